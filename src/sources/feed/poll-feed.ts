import type { LoadedConfig } from '../../config/load.ts';
import type { HttpClient } from '../../fetch/http-client.ts';
import type { Politeness } from '../../fetch/politeness.ts';
import type { FeedItemStore } from '../../store/feed-items.ts';
import type { SourceStateStore } from '../../store/source-state.ts';
import type { SourceConfig } from '../../config/schema.ts';
import { FetchError } from '../../core/errors.ts';
import { PolitenessWaitError } from '../../fetch/politeness.ts';
import { canonicalUrl, fetchFeed, isPollDue, registrableDomain } from '../../feed-format/index.ts';
import type { FeedItem } from '../../feed-format/index.ts';
import { nextDue, pollEvery } from '../../schedule/policy.ts';

export interface ArticleTask {
  url: string;
  sourceId: string;
  /** The feed's title: the outlet when the article is on the feed's own site. */
  outlet: string;
  feedUrl?: string;
  title: string | null;
  publishedAt: string | null;
}

export interface FeedPollResult {
  skipped?: string;
  status?: 'ok' | 'unchanged';
  items?: number;
  newItems?: number;
  nextDueAt?: number;
}

/**
 * One poll of a news feed: conditional GET through the per-domain politeness, new
 * items by stable key, one article task per new canonical link. The next poll time
 * honours `every`, the feed's ttl, Cache-Control and Retry-After, and backs off on
 * failures (src/schedule/policy.ts); a poll before it is skipped.
 */
export interface FeedPollDeps {
  config: Pick<LoadedConfig, 'fetch'>;
  http: HttpClient;
  polite: Pick<Politeness, 'run'>;
  sources: Pick<SourceStateStore, 'get' | 'feedState' | 'saveFeedState'>;
  feedItems: Pick<FeedItemStore, 'markSeen'>;
}

export async function pollFeed(ctx: FeedPollDeps, source: SourceConfig, enqueueArticle: (t: ArticleTask) => Promise<void>, now: Date = new Date()): Promise<FeedPollResult> {
  const st = await ctx.sources.feedState(source.id);
  const everyMs = pollEvery(source);
  if (!isPollDue(now.getTime(), st.nextDueAt, everyMs)) return { skipped: 'not due yet', nextDueAt: st.nextDueAt! };
  const domain = registrableDomain(source.url) ?? new URL(source.url).hostname;
  try {
    const res = await ctx.polite.run(domain, () => fetchFeed(ctx.http, source.url, { etag: st.etag, lastModified: st.lastModified }, { maxBytes: ctx.config.fetch.maxBytes }));
    const ttlMinutes = res.status === 'ok' ? res.feed.ttlMinutes : st.ttlMinutes;
    const nextDueAt = nextDue(source, { ttlMinutes, cacheControl: res.cacheControl, consecutiveFailures: 0 }, now.getTime()).at;
    await ctx.sources.saveFeedState(source.id, { ...res.validators, ttlMinutes, cacheControl: res.cacheControl, nextDueAt });
    if (res.status === 'unchanged') return { status: 'unchanged', items: 0, newItems: 0, nextDueAt };
    let newItems = 0;
    for (const item of res.feed.items) {
      if (!(await markItemSeen(ctx, source.id, item))) continue;
      const url = item.link ? canonicalUrl(item.link, res.url) : null;
      if (!url) continue;
      newItems++;
      await enqueueArticle({ url, sourceId: source.id, outlet: res.feed.title ?? domain, feedUrl: source.url, title: item.title, publishedAt: item.publishedAt });
    }
    return { status: 'ok', items: res.feed.items.length, newItems, nextDueAt };
  } catch (err) {
    // Not the feed's failure: its site was busy, and the job comes back later.
    if (err instanceof PolitenessWaitError) throw err;
    const failures = (await ctx.sources.get(source.id)).consecutiveFailures + 1;
    const retryAfterMs = err instanceof FetchError ? (err.retryAfterMs ?? null) : null;
    const nextDueAt = nextDue(source, { consecutiveFailures: failures, retryAfterMs }, now.getTime()).at;
    await ctx.sources.saveFeedState(source.id, { nextDueAt });
    throw err;
  }
}

/** True the first time this source shows this item (by its stable key). */
async function markItemSeen(ctx: Pick<FeedPollDeps, 'feedItems'>, sourceId: string, item: FeedItem): Promise<boolean> {
  return ctx.feedItems.markSeen(sourceId, item.key, item.publishedAt ?? null);
}
