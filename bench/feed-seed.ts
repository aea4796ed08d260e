/**
 * Puts a fresh prefix in the state a long-running worker leaves behind: every item the site's
 * feeds list now is already seen, and each feed's validators (ETag, Last-Modified) are stored.
 * Without it the first poll of 5,000 feeds would hand on 100,000 "new" items at once, a
 * first-start surge rather than the steady load the sections measure.
 */
import type { Redis } from 'ioredis';
import { itemKey } from '../src/feed-format/index.ts';
import { storeKeys } from '../src/store/keys.ts';
import type { SiteFeed } from './feed-site.ts';

export async function seedSeenFeeds(redis: Redis, prefix: string, feeds: readonly SiteFeed[], sourceId: (f: SiteFeed) => string): Promise<void> {
  const keys = storeKeys(prefix);
  for (let i = 0; i < feeds.length; i += 200) {
    const m = redis.multi();
    for (const f of feeds.slice(i, i + 200)) {
      const id = sourceId(f);
      const seen: Record<string, string> = {};
      for (const it of f.items) {
        seen[`${id}|${itemKey({ guid: it.guid, link: it.link, title: it.title, publishedAt: it.publishedAt.toISOString(), summary: null }, f.url)}`] = it.publishedAt.toISOString();
      }
      m.hset(keys.feedItems, seen);
      m.hset(keys.source(id), { etag: f.etag, lastModified: f.lastModified });
    }
    await m.exec();
  }
}
