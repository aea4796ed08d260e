/**
 * The sent ledger: which (event, status, subscriber) triples have been delivered.
 *
 * One record event may be sent once per status (reported, then confirmed or
 * contradicted), so the status is part of the key: field `<eventId>|<status>|<subscriberId>`.
 * Fields written before statuses existed, `<eventId>|<subscriberId>`, are read as status
 * `confirmed`, the only status there was.
 *
 * It lives in its own Redis hash, outside BullMQ, because job retention (removeOnComplete,
 * a consumer obliterating a queue, an operator cleaning up) must never make an alert
 * look unsent and go out twice. Failed deliveries that exhausted their attempts go to a
 * capped dead-letter list beside it.
 */
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { storeKeys } from './keys.ts';
import { parseEach, parseStored, warnCorrupt } from './schemas.ts';
import type { CorruptEntryHandler } from './schemas.ts';

export interface SentInfo {
  /** ISO instant of the delivery. */
  at: string;
  /** Attempts it took, counting the successful one. */
  attempts: number;
  /** webhook | queue | …: the channel that delivered. */
  channel: string;
}

export interface SentEntry extends SentInfo {
  eventId: string;
  /** The message status delivered (`confirmed` for entries older than statuses). */
  status: string;
  subscriberId: string;
}

export interface DeadLetter {
  eventId: string;
  /** Absent on dead letters recorded before statuses existed. */
  status?: string;
  subscriberId: string;
  error: string;
  at: string;
  attempts: number;
}

/** The status that entries without one stand for. */
export const LEGACY_STATUS = 'confirmed';

export interface Ledger {
  wasSent(eventId: string, status: string, subscriberId: string): Promise<boolean>;
  /** Records a delivery; true if this call recorded it, false if it was already recorded. */
  markSent(eventId: string, status: string, subscriberId: string, info: Partial<SentInfo> & Pick<SentInfo, 'channel'>): Promise<boolean>;
  getSent(eventId: string, status: string, subscriberId: string): Promise<SentInfo | null>;
  /** Which of `statuses` were delivered to the subscriber for this event, in the order given. */
  sentStatuses(eventId: string, subscriberId: string, statuses: readonly string[]): Promise<string[]>;
  list(): Promise<SentEntry[]>;
  recordDead(entry: Omit<DeadLetter, 'at'> & { at?: string }): Promise<void>;
  /** Newest first. */
  listDead(limit?: number): Promise<DeadLetter[]>;
  /** Removes the dead letters `match` picks (e.g. once they are redriven); how many went. */
  removeDead(match: (d: DeadLetter) => boolean): Promise<number>;
  /** Entries in the sent ledger and in the dead letters: a cheap sign that either changed. */
  counts(): Promise<{ sent: number; dead: number }>;
}

export interface LedgerOptions {
  /** Dead letters kept; older ones are trimmed. */
  maxDead?: number;
  /** Where an entry that does not parse is reported; it is skipped, never deleted. @default warnCorrupt */
  onCorrupt?: CorruptEntryHandler;
}

/** The two keys of the ledger (names in src/store/keys.ts). */
export function ledgerKeys(prefix: string) {
  const keys = storeKeys(prefix);
  return { sent: keys.ledgerSent, dead: keys.ledgerDead };
}

const SentInfoSchema = z.looseObject({ at: z.string(), attempts: z.number(), channel: z.string() }) satisfies z.ZodType<SentInfo>;

const DeadLetterSchema = z.looseObject({
  eventId: z.string(),
  status: z.string().optional(),
  subscriberId: z.string(),
  error: z.string(),
  at: z.string(),
  attempts: z.number(),
}) satisfies z.ZodType<DeadLetter>;

const SEP = '|';

function check(...parts: string[]): void {
  // The separator must stay unambiguous for list() to split the field back.
  for (const p of parts) {
    if (p === '' || p.includes(SEP)) throw new TypeError(`ledger ids must be non-empty and free of "${SEP}": ${parts.join(' / ')}`);
  }
}

function field(eventId: string, status: string, subscriberId: string): string {
  check(eventId, status, subscriberId);
  return `${eventId}${SEP}${status}${SEP}${subscriberId}`;
}

function legacyField(eventId: string, subscriberId: string): string {
  return `${eventId}${SEP}${subscriberId}`;
}

/**
 * HSETNX of the new field, unless the status is the legacy one and the old-style field
 * already records it: then the delivery was made before the upgrade. Atomic, so two
 * processes racing across the upgrade still record one delivery.
 */
const MARK = `
if ARGV[2] ~= '' and redis.call('HEXISTS', KEYS[1], ARGV[2]) == 1 then return 0 end
return redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[3])
`;

export function createLedger(redis: Redis, prefix: string, options: LedgerOptions = {}): Ledger {
  const keys = ledgerKeys(prefix);
  const maxDead = options.maxDead ?? 10_000;
  const onCorrupt = options.onCorrupt ?? warnCorrupt;
  const parseDead = (raw: string, i: number | string) => parseStored(DeadLetterSchema, raw, keys.dead, String(i));

  /** The fields that can record (event, status, subscriber): the new one first. */
  const fieldsFor = (eventId: string, status: string, subscriberId: string): string[] =>
    status === LEGACY_STATUS
      ? [field(eventId, status, subscriberId), legacyField(eventId, subscriberId)]
      : [field(eventId, status, subscriberId)];

  return {
    async wasSent(eventId, status, subscriberId) {
      return (await redis.hmget(keys.sent, ...fieldsFor(eventId, status, subscriberId))).some((v) => v !== null);
    },

    async markSent(eventId, status, subscriberId, info) {
      const value: SentInfo = { at: info.at ?? new Date().toISOString(), attempts: info.attempts ?? 1, channel: info.channel };
      const [f, legacy = ''] = fieldsFor(eventId, status, subscriberId);
      // The first record wins, so a concurrent or repeated delivery cannot rewrite it.
      return (await redis.eval(MARK, 1, keys.sent, f as string, legacy, JSON.stringify(value))) === 1;
    },

    async getSent(eventId, status, subscriberId) {
      const fields = fieldsFor(eventId, status, subscriberId);
      const values = await redis.hmget(keys.sent, ...fields);
      const i = values.findIndex((v) => v !== null);
      // A corrupt entry still says "sent" to wasSent; here it is a clear error naming the field.
      return i < 0 ? null : parseStored(SentInfoSchema, values[i] as string, keys.sent, fields[i] as string);
    },

    async sentStatuses(eventId, subscriberId, statuses) {
      if (statuses.length === 0) return [];
      const groups = statuses.map((s) => fieldsFor(eventId, s, subscriberId));
      const values = await redis.hmget(keys.sent, ...groups.flat());
      let i = 0;
      return statuses.filter((_, g) => {
        const n = groups[g]?.length ?? 0;
        const hit = values.slice(i, i + n).some((v) => v !== null);
        i += n;
        return hit;
      });
    },

    async list() {
      const all = await redis.hgetall(keys.sent);
      const out: SentEntry[] = [];
      const parsed = parseEach(Object.entries(all), (raw, f) => ({ f, info: parseStored(SentInfoSchema, raw, keys.sent, f) }), onCorrupt);
      for (const { f, info } of parsed) {
        const parts = f.split(SEP);
        if (parts.length === 3) {
          out.push({ eventId: parts[0] as string, status: parts[1] as string, subscriberId: parts[2] as string, ...info });
        } else if (parts.length === 2) {
          out.push({ eventId: parts[0] as string, status: LEGACY_STATUS, subscriberId: parts[1] as string, ...info });
        }
      }
      return out.sort((a, b) => a.at.localeCompare(b.at));
    },

    async recordDead(entry) {
      const value: DeadLetter = {
        eventId: entry.eventId,
        ...(entry.status === undefined ? {} : { status: entry.status }),
        subscriberId: entry.subscriberId,
        error: entry.error,
        at: entry.at ?? new Date().toISOString(),
        attempts: entry.attempts,
      };
      const results = await redis.multi().lpush(keys.dead, JSON.stringify(value)).ltrim(keys.dead, 0, maxDead - 1).exec();
      // exec() reports per-command failures in its results rather than rejecting.
      const failed = results?.find(([err]) => err);
      if (!results || failed) throw failed?.[0] ?? new Error('dead-letter transaction aborted');
    },

    async listDead(limit = 100) {
      const raws = await redis.lrange(keys.dead, 0, Math.max(0, limit - 1));
      return parseEach(raws.map((r, i): [string, string] => [String(i), r]), parseDead, onCorrupt);
    },

    async removeDead(match) {
      const raws = await redis.lrange(keys.dead, 0, -1);
      // LREM by value: an entry pushed meanwhile shifts indexes, not values.
      const picked = new Set(parseEach(raws.map((r, i): [string, string] => [String(i), r]), (r, i) => ({ r, d: parseDead(r, i) }), onCorrupt).filter((x) => match(x.d)).map((x) => x.r));
      let removed = 0;
      for (const r of picked) removed += await redis.lrem(keys.dead, 0, r);
      return removed;
    },

    async counts() {
      const [sent, dead] = await Promise.all([redis.hlen(keys.sent), redis.llen(keys.dead)]);
      return { sent, dead };
    },
  };
}
