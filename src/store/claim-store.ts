import type { Redis } from 'ioredis';
import { canonicalJson, sha1 } from '../core/hash.ts';

/** The fields that identify a claim: the normalised tuple without its quote. */
export interface ClaimIdentity {
  claimant: string;
  subject: string;
  metric: string;
  kind: string;
  value: number;
  periodDays: number | null;
  asOf: string | null;
}

export interface ClaimInput extends ClaimIdentity {
  qualifier: string;
  record: boolean;
  quote: string;
  /** How `asOf` was found when the text did not state it (e.g. "nearest_value"). */
  asOfMatch?: string;
}

/** Where a claim was stated: one article (or post) per mention. */
export interface Mention {
  url: string;
  outlet: string;
  quote: string;
  publishedAt: string | null;
  sourceId: string | null;
  seenAt: string;
}

export interface StoredClaim extends ClaimInput {
  fingerprint: string;
  firstSeenAt: string;
}

/** A stable fingerprint: the same figure stated by ten outlets is one claim. */
export function claimFingerprint(c: ClaimIdentity): string {
  return sha1(
    canonicalJson({
      claimant: c.claimant,
      subject: c.subject,
      metric: c.metric,
      kind: c.kind,
      value: c.value,
      periodDays: c.kind === 'daily' ? 1 : c.periodDays,
      asOf: c.asOf,
    }),
  ).slice(0, 24);
}

/** Claim and mention in one step: [claim created, mention created]. */
const ADD = `
local created = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if created == 1 then redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1]) end
local mention = redis.call('HSETNX', KEYS[3], ARGV[5], ARGV[3])
return {created, mention}
`;

export function createClaimStore(redis: Redis, prefix: string) {
  const k = {
    claims: `${prefix}:store:claims`,
    index: `${prefix}:store:claims:by-time`,
    mentions: (fp: string) => `${prefix}:store:claim:${fp}:mentions`,
  };
  return {
    /** Adds the claim (once) and this mention (once per URL). */
    async add(claim: ClaimInput, mention: Omit<Mention, 'seenAt'>, now: Date = new Date()): Promise<{ fingerprint: string; newClaim: boolean; newMention: boolean }> {
      const fingerprint = claimFingerprint(claim);
      const stored: StoredClaim = { ...claim, fingerprint, firstSeenAt: now.toISOString() };
      const full: Mention = { ...mention, seenAt: now.toISOString() };
      const [c, m] = (await redis.eval(ADD, 3, k.claims, k.index, k.mentions(fingerprint), fingerprint, JSON.stringify(stored), JSON.stringify(full), String(now.getTime()), mention.url)) as [number, number];
      return { fingerprint, newClaim: c === 1, newMention: m === 1 };
    },

    async get(fingerprint: string): Promise<StoredClaim | null> {
      const raw = await redis.hget(k.claims, fingerprint);
      return raw ? (JSON.parse(raw) as StoredClaim) : null;
    },

    async mentions(fingerprint: string): Promise<Mention[]> {
      const all = await redis.hvals(k.mentions(fingerprint));
      return all.map((m) => JSON.parse(m) as Mention).sort((a, b) => (a.seenAt === b.seenAt ? (a.url < b.url ? -1 : 1) : a.seenAt < b.seenAt ? -1 : 1));
    },

    /** Claims first seen at or after `since`, oldest first, with their mention counts. */
    async list(since?: Date): Promise<(StoredClaim & { mentions: number })[]> {
      const fps = await redis.zrangebyscore(k.index, since ? since.getTime() : '-inf', '+inf');
      if (fps.length === 0) return [];
      const raws = await redis.hmget(k.claims, ...fps);
      const counts = await Promise.all(fps.map((fp) => redis.hlen(k.mentions(fp))));
      return raws.flatMap((raw, i) => (raw ? [{ ...(JSON.parse(raw) as StoredClaim), mentions: counts[i] ?? 0 }] : []));
    },
  };
}

export type ClaimStore = ReturnType<typeof createClaimStore>;
