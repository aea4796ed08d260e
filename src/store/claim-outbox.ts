/**
 * The claim outbox: fingerprints of new claims still to be published to the claim
 * subscribers. Entries are written by the claim store in the same script as the claim
 * (src/store/claim-store.ts), and removed only once every subscriber has the message, so a
 * failure anywhere between storing and publishing delays the message instead of losing it.
 * Each entry is scored by when its next attempt is due.
 */
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { StoreKeys } from './keys.ts';

const Fingerprint = z.string().regex(/^[0-9a-f]{24}$/);

export function createClaimOutbox(redis: Redis, keys: StoreKeys) {
  return {
    /** Up to `limit` fingerprints whose attempt is due at `now`, the longest-waiting first. */
    async due(now: number, limit: number): Promise<string[]> {
      const raw = await redis.zrangebyscore(keys.claimOutbox, '-inf', now, 'LIMIT', 0, limit);
      return z.array(Fingerprint).parse(raw);
    },
    /** Delays an entry's next attempt; XX: an entry another process has just removed stays removed. */
    async retryAt(fingerprint: string, at: number): Promise<void> {
      await redis.zadd(keys.claimOutbox, 'XX', at, fingerprint);
    },
    /** Published to every subscriber: out of the outbox. */
    async done(fingerprint: string): Promise<void> {
      await redis.zrem(keys.claimOutbox, fingerprint);
    },
    async size(): Promise<number> {
      return redis.zcard(keys.claimOutbox);
    },
  };
}

export type ClaimOutbox = ReturnType<typeof createClaimOutbox>;
