/**
 * Soak: a long stream of feed items through the real worker, with the worker's resident memory
 * watched. The parent serves the feeds (every poll carries new items) and the articles they link
 * to, holding news back while the worker's article queue is long, so the run goes at the speed
 * of the whole pipeline rather than piling jobs up in Redis. The worker runs in a section
 * process (soak-worker.ts) started with --expose-gc.
 */
import { connectRedisOnce } from '../src/store/redis.ts';
import { seedSeenFeeds } from './feed-seed.ts';
import { REQ, startFeedSite } from './feed-site.ts';
import type { CpuFigures } from './proc.ts';
import { runSection } from './section.ts';
import type { SoakSample } from './soak-worker.ts';
import { round, sleep } from './stats.ts';

export interface SoakArgs {
  redisUrl: string;
  prefix: string;
  items: number;
  warmupItems: number;
  maxSeconds: number;
  logLevel: string;
}

/** RSS is called flat when the second half grows less than this per 10,000 items (about 100 bytes an item)… */
export const FLAT_SLOPE_MIB_PER_10K = 1;
/** …and the end is within this of the start. */
export const FLAT_GROWTH_MIB = 48;

const LAYOUT = { outlets: 25, feedsPerOutlet: 4 };
const EVERY_MS = 2_000;
const ITEMS_PER_POLL = 10;
/** Long enough that no new item scrolls off a feed before its next poll. */
const ITEMS_PER_FEED = 40;
/** Each article is listed by two feeds of its outlet: half the items are articles already fetched (or queued). */
const CROSS_POST = 1;
/** News is held back while more article jobs than this are waiting. */
const MAX_WAITING_ARTICLES = 1_000;

export interface SoakResult {
  setup: { feeds: number; outlets: number; everyMs: number; itemsPerPoll: number; crossPost: number; domainSpacingMs: number; maxWaitingArticles: number };
  targetItems: number;
  items: number;
  articlesFetched: number;
  complete: boolean;
  seconds: number;
  itemsPerSecond: number;
  cpu: CpuFigures;
  rss: { startMiB: number; startAtItems: number; peakMiB: number; endMiB: number; slopeMiBPer10kItems: number; growthMiB: number; flat: boolean };
  heapUsedStartMiB: number;
  afterGc: { heapUsedMiB: number; rssMiB: number } | null;
  /** One sample in every 5, to plot. */
  samples: SoakSample[];
}

/** Least-squares slope of y on x. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? Number.NaN : num / den;
}

export async function benchSoak(args: SoakArgs): Promise<SoakResult> {
  const redis = await connectRedisOnce(args.redisUrl);
  let waiting = 0;
  const site = await startFeedSite({ ...LAYOUT, itemsPerFeed: ITEMS_PER_FEED, updateChance: 1, itemsPerUpdate: ITEMS_PER_POLL, crossPost: CROSS_POST, maxNewItems: args.items, gate: () => waiting < MAX_WAITING_ARTICLES });
  let watching = true;
  // The article backlog, looked up a few times a second for the gate.
  const watcher = (async () => {
    while (watching) {
      waiting = await redis.llen(`${args.prefix}:article:wait`);
      await sleep(250);
    }
  })();
  try {
    await seedSeenFeeds(redis, args.prefix, site.feeds, (f) => `feed-${f.index}`);
    const port = Number(new URL(site.feeds[0]!.url).port);
    const w = await runSection('soak-worker', {
      redisUrl: args.redisUrl,
      prefix: args.prefix,
      layout: { port, ...LAYOUT },
      everyMs: EVERY_MS,
      domainSpacingMs: 0,
      items: args.items,
      maxSeconds: args.maxSeconds,
      logLevel: args.logLevel,
    });
    const s = w.samples;
    const start = s.find((x) => x.items >= args.warmupItems) ?? s[0]!;
    const end = s.at(-1)!;
    const half = s.filter((x) => x.items >= end.items / 2);
    const perItem = slope(half.map((x) => ({ x: x.items, y: x.rssMiB })));
    const slope10k = round(perItem * 10_000, 2);
    const growth = round(end.rssMiB - start.rssMiB, 1);
    const articles = site.log.kind.reduce<number>((n, k) => n + (k === REQ.article ? 1 : 0), 0);
    const seconds = end.t - start.t;
    return {
      setup: { feeds: site.feeds.length, outlets: LAYOUT.outlets, everyMs: EVERY_MS, itemsPerPoll: ITEMS_PER_POLL, crossPost: CROSS_POST, domainSpacingMs: 0, maxWaitingArticles: MAX_WAITING_ARTICLES },
      targetItems: args.items,
      items: w.items,
      articlesFetched: articles,
      complete: w.complete,
      seconds: w.seconds,
      itemsPerSecond: round((end.items - start.items) / seconds, 1),
      cpu: w.cpu,
      rss: {
        startMiB: start.rssMiB,
        startAtItems: start.items,
        peakMiB: w.peakRssMiB,
        endMiB: end.rssMiB,
        slopeMiBPer10kItems: slope10k,
        growthMiB: growth,
        flat: slope10k < FLAT_SLOPE_MIB_PER_10K && growth < FLAT_GROWTH_MIB,
      },
      heapUsedStartMiB: start.heapUsedMiB,
      afterGc: w.afterGc,
      samples: s.filter((_, i) => i % 5 === 0 || i === s.length - 1),
    };
  } finally {
    watching = false;
    await watcher;
    redis.disconnect();
    await site.close();
  }
}
