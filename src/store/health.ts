import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';

/** What /readyz asks of Redis itself. */
export function createStoreHealth(redis: Redis, keys: StoreKeys) {
  return {
    async ping(): Promise<void> {
      await redis.ping();
    },
    /**
     * A tiny write that expires: a full Redis (maxmemory with noeviction) still answers PING and
     * reads but refuses every write, so nothing could be stored.
     */
    async probeWrite(): Promise<void> {
      await redis.set(keys.readyProbe, String(Date.now()), 'PX', 60_000);
    },
  };
}

export type StoreHealth = ReturnType<typeof createStoreHealth>;
