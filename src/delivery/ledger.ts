/**
 * The sent ledger: which (record event, subscriber) pairs have been delivered.
 *
 * It lives in its own Redis hash, outside BullMQ, because job retention (removeOnComplete,
 * a consumer obliterating a queue, an operator cleaning up) must never make an alert
 * look unsent and go out twice. Failed deliveries that exhausted their attempts go to a
 * capped dead-letter list beside it.
 */
import type { Redis } from 'ioredis';

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
  subscriberId: string;
}

export interface DeadLetter {
  eventId: string;
  subscriberId: string;
  error: string;
  at: string;
  attempts: number;
}

export interface Ledger {
  wasSent(eventId: string, subscriberId: string): Promise<boolean>;
  /** Records a delivery; true if this call recorded it, false if it was already recorded. */
  markSent(eventId: string, subscriberId: string, info: Partial<SentInfo> & Pick<SentInfo, 'channel'>): Promise<boolean>;
  getSent(eventId: string, subscriberId: string): Promise<SentInfo | null>;
  list(): Promise<SentEntry[]>;
  recordDead(entry: Omit<DeadLetter, 'at'> & { at?: string }): Promise<void>;
  /** Newest first. */
  listDead(limit?: number): Promise<DeadLetter[]>;
}

export interface LedgerOptions {
  /** Dead letters kept; older ones are trimmed. */
  maxDead?: number;
}

export function ledgerKeys(prefix: string) {
  return { sent: `${prefix}:ledger:sent`, dead: `${prefix}:ledger:dead` };
}

const SEP = '|';

function field(eventId: string, subscriberId: string): string {
  // The separator must stay unambiguous for list() to split the field back.
  if (eventId.includes(SEP) || subscriberId.includes(SEP)) {
    throw new TypeError(`ledger ids must not contain "${SEP}": ${eventId} / ${subscriberId}`);
  }
  return `${eventId}${SEP}${subscriberId}`;
}

function parseJson<T>(raw: string): T | null {
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

export function createLedger(redis: Redis, prefix: string, options: LedgerOptions = {}): Ledger {
  const keys = ledgerKeys(prefix);
  const maxDead = options.maxDead ?? 10_000;

  return {
    async wasSent(eventId, subscriberId) {
      return (await redis.hexists(keys.sent, field(eventId, subscriberId))) === 1;
    },

    async markSent(eventId, subscriberId, info) {
      const value: SentInfo = { at: info.at ?? new Date().toISOString(), attempts: info.attempts ?? 1, channel: info.channel };
      // HSETNX: the first record wins, so a concurrent or repeated delivery cannot rewrite it.
      return (await redis.hsetnx(keys.sent, field(eventId, subscriberId), JSON.stringify(value))) === 1;
    },

    async getSent(eventId, subscriberId) {
      const raw = await redis.hget(keys.sent, field(eventId, subscriberId));
      return raw === null ? null : parseJson<SentInfo>(raw);
    },

    async list() {
      const all = await redis.hgetall(keys.sent);
      const out: SentEntry[] = [];
      for (const [f, raw] of Object.entries(all)) {
        const cut = f.indexOf(SEP);
        const info = parseJson<SentInfo>(raw);
        if (cut < 0 || !info) continue;
        out.push({ eventId: f.slice(0, cut), subscriberId: f.slice(cut + 1), ...info });
      }
      return out.sort((a, b) => a.at.localeCompare(b.at));
    },

    async recordDead(entry) {
      const value: DeadLetter = {
        eventId: entry.eventId,
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
      return raws.map((r) => parseJson<DeadLetter>(r)).filter((d): d is DeadLetter => d !== null);
    },
  };
}
