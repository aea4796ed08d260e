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
import { createOutbox } from './outbox.ts';

const Fingerprint = z.string().regex(/^[0-9a-f]{24}$/);

export function createClaimOutbox(redis: Redis, keys: StoreKeys) {
  const outbox = createOutbox(redis, keys.claimOutbox);
  return {
    ...outbox,
    /** Up to `limit` fingerprints whose attempt is due at `now`, the longest-waiting first. */
    async due(now: number, limit: number): Promise<string[]> {
      return z.array(Fingerprint).parse(await outbox.due(now, limit));
    },
  };
}

export type ClaimOutbox = ReturnType<typeof createClaimOutbox>;
