import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';

/** Which channel posts were processed, by text hash: a new id is a new post, a new hash for a known id is an edit. */
export function createPostSeenStore(redis: Redis, keys: StoreKeys) {
  const field = (sourceId: string, postId: number) => `${sourceId}|${postId}`;
  return {
    async hashes(sourceId: string, postIds: number[]): Promise<(string | null)[]> {
      if (postIds.length === 0) return [];
      return redis.hmget(keys.posts, ...postIds.map((id) => field(sourceId, id)));
    },
    async mark(sourceId: string, postId: number, textHash: string): Promise<void> {
      await redis.hset(keys.posts, field(sourceId, postId), textHash);
    },
  };
}

export type PostSeenStore = ReturnType<typeof createPostSeenStore>;
