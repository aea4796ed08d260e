import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';

/** robots.txt bodies by origin, shared by every process, each kept for its TTL. */
export function createRobotsCache(redis: Redis, keys: StoreKeys) {
  return {
    get: (origin: string): Promise<string | null> => redis.get(keys.robots(origin)),
    async set(origin: string, body: string, ttlSeconds: number): Promise<void> {
      await redis.set(keys.robots(origin), body, 'EX', ttlSeconds);
    },
  };
}

export type RobotsCache = ReturnType<typeof createRobotsCache>;
