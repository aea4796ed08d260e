/**
 * The worker configuration of the feed load sections: one RSS source per feed of the local
 * site, listed outlet by outlet as a hand-written or generated config would list them. Built
 * from the site's layout (not from a list of URLs) so a section process can rebuild it from a
 * few numbers on its command line.
 */
import { loadConfig } from '../src/config/load.ts';
import type { LoadedConfig } from '../src/config/load.ts';
import { outletAddress } from './feed-site.ts';

export interface SiteLayout {
  port: number;
  outlets: number;
  feedsPerOutlet: number;
  /**
   * Order of the sources in the config, which is the order their schedulers are upserted and so
   * their phase: "grouped" lists an outlet's feeds together (as a config usually does);
   * "interleaved" takes one feed of each outlet in turn. @default "grouped"
   */
  order?: 'grouped' | 'interleaved';
}

/** Source id and URL of every feed (id `feed-<site index>`), in the layout's order. */
export function feedSources(layout: SiteLayout): { id: string; url: string }[] {
  const out: { id: string; url: string }[] = [];
  const add = (o: number, j: number) => {
    const index = o * layout.feedsPerOutlet + j;
    out.push({ id: `feed-${index}`, url: `http://${outletAddress(o)}:${layout.port}/feeds/${index}.xml` });
  };
  if (layout.order === 'interleaved') {
    for (let j = 0; j < layout.feedsPerOutlet; j++) for (let o = 0; o < layout.outlets; o++) add(o, j);
  } else {
    for (let o = 0; o < layout.outlets; o++) for (let j = 0; j < layout.feedsPerOutlet; j++) add(o, j);
  }
  return out;
}

export interface FeedWorkerSettings {
  prefix: string;
  redisUrl: string;
  layout: SiteLayout;
  everyMs: number;
  /** fetch.domainSpacing; the product's default (2 s) when absent. */
  domainSpacingMs?: number;
}

export function feedWorkerConfig(s: FeedWorkerSettings): LoadedConfig {
  return loadConfig({
    env: {},
    raw: {
      prefix: s.prefix,
      redis: { url: s.redisUrl },
      http: { port: 0, host: '127.0.0.1' },
      sources: feedSources(s.layout).map((f) => ({ ...f, type: 'rss', every: s.everyMs })),
      // Loopback addresses are refused unless allowed: the site is local.
      fetch: { allowPrivateNetworks: true, ...(s.domainSpacingMs !== undefined ? { domainSpacing: s.domainSpacingMs } : {}) },
      // No Telegram source here: nothing to backfill.
      backfill: { onStart: false },
      worker: { shutdownTimeout: '5s' },
    },
  });
}
