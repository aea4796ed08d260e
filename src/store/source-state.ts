import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';

/** What `tallywatch sources` and /readyz show of a source. */
export interface SourceState {
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  lastError: string | null;
  lastErrorKind: string | null;
  newestPostId: number | null;
  backfillBefore: number | null;
  backfillDone: boolean;
  backfillPages: number;
  backfillOldestDate: string | null;
  backfillNote: string | null;
}

/** What a feed source keeps between polls. */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  ttlMinutes: number | null;
  cacheControl: string | null;
  /** Epoch ms before which a scheduler tick skips the source (ttl, max-age, Retry-After, backoff). */
  nextDueAt: number | null;
}

const num = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));

export function createSourceStateStore(redis: Redis, keys: StoreKeys) {
  return {
    async get(id: string): Promise<SourceState> {
      const h = await redis.hgetall(keys.source(id));
      return {
        lastPollAt: h.lastPollAt || null,
        lastSuccessAt: h.lastSuccessAt || null,
        consecutiveFailures: Number(h.consecutiveFailures ?? 0),
        lastError: h.lastError || null,
        lastErrorKind: h.lastErrorKind || null,
        newestPostId: num(h.newestPostId),
        backfillBefore: num(h.backfillBefore),
        backfillDone: h.backfillDone === '1',
        backfillPages: Number(h.backfillPages ?? 0),
        backfillOldestDate: h.backfillOldestDate || null,
        backfillNote: h.backfillNote || null,
      };
    },

    async pollSucceeded(id: string, at: Date, newestPostId: number | null): Promise<void> {
      const m = redis.multi();
      m.hset(keys.source(id), { lastPollAt: at.toISOString(), lastSuccessAt: at.toISOString(), consecutiveFailures: '0', lastError: '', lastErrorKind: '' });
      if (newestPostId !== null) {
        // Only ever raise the newest id (two pollers may finish out of order).
        m.eval(`local c = tonumber(redis.call('HGET', KEYS[1], 'newestPostId') or '0') if tonumber(ARGV[1]) > c then redis.call('HSET', KEYS[1], 'newestPostId', ARGV[1]) end return 1`, 1, keys.source(id), String(newestPostId));
      }
      await m.exec();
    },

    async pollFailed(id: string, at: Date, error: string, kind: string): Promise<number> {
      const m = redis.multi();
      m.hset(keys.source(id), { lastPollAt: at.toISOString(), lastError: error.slice(0, 500), lastErrorKind: kind });
      m.hincrby(keys.source(id), 'consecutiveFailures', 1);
      const res = await m.exec();
      return Number(res?.[1]?.[1] ?? 0);
    },

    async saveBackfill(id: string, patch: { before?: number | null; done?: boolean; pages?: number; oldestDate?: string | null; note?: string }): Promise<void> {
      const h: Record<string, string> = {};
      if (patch.before !== undefined) h.backfillBefore = patch.before === null ? '' : String(patch.before);
      if (patch.done !== undefined) h.backfillDone = patch.done ? '1' : '0';
      if (patch.pages !== undefined) h.backfillPages = String(patch.pages);
      if (patch.oldestDate !== undefined) h.backfillOldestDate = patch.oldestDate ?? '';
      if (patch.note !== undefined) h.backfillNote = patch.note;
      if (Object.keys(h).length) await redis.hset(keys.source(id), h);
    },

    /** Conditional-GET validators and schedule hints of a feed source. */
    async feedState(id: string): Promise<FeedState> {
      const h = await redis.hgetall(keys.source(id));
      return {
        etag: h.etag || null,
        lastModified: h.lastModified || null,
        ttlMinutes: num(h.ttlMinutes),
        cacheControl: h.cacheControl || null,
        nextDueAt: num(h.nextDueAt),
      };
    },

    async saveFeedState(id: string, st: Partial<FeedState>): Promise<void> {
      const h: Record<string, string> = {};
      for (const [k, v] of Object.entries(st)) if (v !== undefined) h[k] = v === null ? '' : String(v);
      if (Object.keys(h).length) await redis.hset(keys.source(id), h);
    },

    async remove(id: string): Promise<void> {
      await redis.del(keys.source(id));
    },
  };
}

export type SourceStateStore = ReturnType<typeof createSourceStateStore>;
