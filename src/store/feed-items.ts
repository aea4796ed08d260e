import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';

/** Feed items already handed on, per source and stable item key. */
export function createFeedItemStore(redis: Redis, keys: StoreKeys) {
  return {
    /** True the first time this source shows this item: HSETNX, so two pollers hand it on once. */
    async markSeen(sourceId: string, itemKey: string, publishedAt: string | null): Promise<boolean> {
      return (await redis.hsetnx(keys.feedItems, `${sourceId}|${itemKey}`, publishedAt ?? '')) === 1;
    },
  };
}

export type FeedItemStore = ReturnType<typeof createFeedItemStore>;
