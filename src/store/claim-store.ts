import type { Redis } from 'ioredis';
import { z } from 'zod';
import { claimFingerprint } from '../claims/fingerprint.ts';
import type { ClaimInput, Mention } from '../claims/fingerprint.ts';
import { createClaimOutbox } from './claim-outbox.ts';
import { storeKeys } from './keys.ts';
import { parseEach, parseStored, warnCorrupt } from './schemas.ts';
import type { CorruptEntryHandler } from './schemas.ts';

// Defined beside the fingerprint, so a message built from a claim needs no store (src/alerts uses them).
export type { ClaimIdentity, ClaimInput, Mention } from '../claims/fingerprint.ts';
export { claimFingerprint } from '../claims/fingerprint.ts';

export interface StoredClaim extends ClaimInput {
  fingerprint: string;
  firstSeenAt: string;
}

/**
 * What is read back from Redis is checked, not trusted: another version may have written it.
 * Loose: fields the extractor adds (published, lang, url) pass through as stored.
 */
const StoredClaimSchema = z.looseObject({
  claimant: z.string(),
  subject: z.string(),
  metric: z.string(),
  kind: z.string(),
  value: z.number(),
  periodDays: z.number().nullable(),
  asOf: z.string().nullable(),
  qualifier: z.string(),
  record: z.boolean(),
  quote: z.string(),
  asOfMatch: z.string().optional(),
  fingerprint: z.string().regex(/^[0-9a-f]{24}$/),
  firstSeenAt: z.string(),
}) satisfies z.ZodType<StoredClaim>;

const MentionSchema = z.looseObject({
  url: z.string(),
  outlet: z.string(),
  quote: z.string(),
  publishedAt: z.string().nullable(),
  sourceId: z.string().nullable(),
  seenAt: z.string(),
}) satisfies z.ZodType<Mention>;


/**
 * Claim, mention and outbox entry in one step: [claim created, mention created]. A new claim
 * enters the outbox in the same script, so it is published even if the process dies before
 * it gets to publishing (src/pipeline/publish-claims.ts drains it).
 */
const ADD = `
local created = redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])
if created == 1 then
  redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
  redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
end
local mention = redis.call('HSETNX', KEYS[3], ARGV[5], ARGV[3])
return {created, mention}
`;

export function createClaimStore(redis: Redis, prefix: string, options: { onCorrupt?: CorruptEntryHandler } = {}) {
  const keys = storeKeys(prefix);
  const onCorrupt = options.onCorrupt ?? warnCorrupt;
  const parseClaim = (raw: string, fp: string): StoredClaim => parseStored(StoredClaimSchema, raw, keys.claims, fp);
  return {
    /** Adds the claim (once, with its outbox entry) and this mention (once per URL). */
    async add(claim: ClaimInput, mention: Omit<Mention, 'seenAt'>, now: Date = new Date()): Promise<{ fingerprint: string; newClaim: boolean; newMention: boolean }> {
      const fingerprint = claimFingerprint(claim);
      const stored: StoredClaim = { ...claim, fingerprint, firstSeenAt: now.toISOString() };
      const full: Mention = { ...mention, seenAt: now.toISOString() };
      const [c, m] = (await redis.eval(ADD, 4, keys.claims, keys.claimsByTime, keys.claimMentions(fingerprint), keys.claimOutbox, fingerprint, JSON.stringify(stored), JSON.stringify(full), String(now.getTime()), mention.url)) as [number, number];
      return { fingerprint, newClaim: c === 1, newMention: m === 1 };
    },

    async get(fingerprint: string): Promise<StoredClaim | null> {
      const raw = await redis.hget(keys.claims, fingerprint);
      return raw ? parseClaim(raw, fingerprint) : null;
    },

    async mentions(fingerprint: string): Promise<Mention[]> {
      const key = keys.claimMentions(fingerprint);
      const all = parseEach(Object.entries(await redis.hgetall(key)), (raw, url) => parseStored(MentionSchema, raw, key, url), onCorrupt);
      return all.sort((a, b) => (a.seenAt === b.seenAt ? (a.url < b.url ? -1 : 1) : a.seenAt < b.seenAt ? -1 : 1));
    },

    /** Claims first seen at or after `since`, oldest first, with their mention counts. */
    async list(since?: Date): Promise<(StoredClaim & { mentions: number })[]> {
      const fps = await redis.zrangebyscore(keys.claimsByTime, since ? since.getTime() : '-inf', '+inf');
      if (fps.length === 0) return [];
      const raws = await redis.hmget(keys.claims, ...fps);
      const counts = await Promise.all(fps.map((fp) => redis.hlen(keys.claimMentions(fp))));
      const found = fps.flatMap((fp, i): [string, string][] => {
        const raw = raws[i];
        return raw ? [[fp, raw]] : [];
      });
      const byFp = new Map(fps.map((fp, i) => [fp, counts[i] ?? 0]));
      // A corrupt claim is reported and left out: the listing (CLI, web page, digest) goes on.
      return parseEach(found, (raw, fp) => ({ ...parseClaim(raw, fp), mentions: byFp.get(fp) ?? 0 }), onCorrupt);
    },

    async count(): Promise<number> {
      return redis.hlen(keys.claims);
    },

    /** New claims still to be published, written with each claim (drained by src/pipeline/publish-claims.ts). */
    outbox: createClaimOutbox(redis, keys),
  };
}

export type ClaimStore = ReturnType<typeof createClaimStore>;
