import type { Redis } from 'ioredis';
import type { z } from 'zod';
import type { StoreKeys } from './keys.ts';
import { ArticleRecordSchema, parseStored } from './schemas.ts';

/** What is kept of a fetched article (the pipeline's ArticleRecord, as the store checks it). */
export type StoredArticle = z.infer<typeof ArticleRecordSchema>;

/** Articles already fetched, by canonical URL: each is fetched and read once, whatever the number of feeds linking it. */
export function createArticleStore(redis: Redis, keys: StoreKeys) {
  return {
    async has(url: string): Promise<boolean> {
      return (await redis.hexists(keys.articles, url)) === 1;
    },
    async save(record: StoredArticle): Promise<void> {
      await redis.hset(keys.articles, record.url, JSON.stringify(record));
    },
    /** The record, or null; one that does not parse is a StoreReadError naming it. */
    async get(url: string): Promise<StoredArticle | null> {
      const raw = await redis.hget(keys.articles, url);
      return raw === null ? null : parseStored(ArticleRecordSchema, raw, keys.articles, url);
    },
  };
}

export type ArticleStore = ReturnType<typeof createArticleStore>;
