/**
 * An outbox as a sorted set: members are messages still owed, scored by when their next
 * attempt is due (ms). The writer adds an entry in the same script as the data it announces;
 * the relay removes it only once the message is handed on, so a failure in between delays the
 * message instead of losing it.
 */
import type { Redis } from 'ioredis';

export function createOutbox(redis: Redis, key: string) {
  return {
    /** Up to `limit` members due at `now`, the longest-waiting first. */
    async due(now: number, limit: number): Promise<string[]> {
      return redis.zrangebyscore(key, '-inf', now, 'LIMIT', 0, limit);
    },
    /** Delays an entry's next attempt; XX: an entry another process has just removed stays removed. */
    async retryAt(member: string, at: number): Promise<void> {
      await redis.zadd(key, 'XX', at, member);
    },
    /** Handed on: out of the outbox. */
    async done(member: string): Promise<void> {
      await redis.zrem(key, member);
    },
    async size(): Promise<number> {
      return redis.zcard(key);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
