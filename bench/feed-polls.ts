/**
 * Feed polls per second at 5,000 configured sources. The parent side: it serves the local news
 * site (250 outlets on their own loopback addresses, 20 RSS feeds each), seeds the prefix as a
 * worker that has already read every feed would leave it, follows the poll queue's events, and
 * runs the worker in a section process (feed-poll-worker.ts). Then it counts what the site saw
 * over the worker's steady window.
 */
import { connectRedisOnce } from '../src/store/redis.ts';
import type { CpuFigures } from './proc.ts';
import { seedSeenFeeds } from './feed-seed.ts';
import { REQ, startFeedSite } from './feed-site.ts';
import type { FeedSite } from './feed-site.ts';
import type { FeedPollWorkerResult } from './feed-poll-worker.ts';
import { OUTCOME, tailQueue } from './queue-tail.ts';
import { runSection } from './section.ts';
import { percentile, round } from './stats.ts';

export interface FeedPollsArgs {
  redisUrl: string;
  prefix: string;
  outlets: number;
  feedsPerOutlet: number;
  order: 'grouped' | 'interleaved';
  everyMs: number;
  /** fetch.domainSpacing; the product's default when absent. */
  domainSpacingMs?: number;
  updateChance: number;
  warmupMs: number;
  windowMs: number;
  logLevel: string;
}

export interface FeedPollsResult {
  sources: number;
  outlets: number;
  order: 'grouped' | 'interleaved';
  everyMs: number;
  domainSpacingMs: number | null;
  updateChance: number;
  demandPerSecond: number;
  setupSeconds: number;
  windowSeconds: number;
  /** Requests the site answered in the window. */
  site: { feed200: number; feed304: number; articles: number; robots: number; other: number };
  pollsPerSecond: number;
  share200: number;
  articlesPerSecond: number;
  /** The worker's own counter of polls (ok + failed) in its window: a cross-check of the site's count. */
  workerPolls: { ok: number; failed: number; failuresByKind: Record<string, number>; deferred: Record<string, number> };
  /** Poll jobs finished in the window, by outcome (from the queue's event stream). */
  ticks: { polled: number; skippedNotDue: number; skippedOther: number; failed: number; failureReasons: Record<string, number> };
  /** Time between two polls of one feed (the later one in the window) against `every`. */
  interval: { samples: number; p50Seconds: number; p95Seconds: number; p99Seconds: number; maxSeconds: number; lateP50Seconds: number; lateP95Seconds: number };
  /** Feeds polled at least once in the window. */
  feedsPolledInWindow: number;
  queuedAtEnd: FeedPollWorkerResult['queuedAtEnd'];
  cpu: CpuFigures;
  redisCpu: CpuFigures | null;
  rssStartMiB: number;
  rssEndMiB: number;
  peakRssMiB: number;
}

/** Counts of the site's log between `from` and `to`, and each feed's poll-to-poll intervals ending in it. */
function siteFigures(site: FeedSite, from: number, to: number) {
  const { at, kind, feed } = site.log;
  const counts = { feed200: 0, feed304: 0, articles: 0, robots: 0, other: 0 };
  const lastPoll = new Map<number, number>();
  const intervals: number[] = [];
  const polled = new Set<number>();
  for (let i = 0; i < at.length; i++) {
    const t = at[i]!;
    if (t > to) break;
    const k = kind[i]!;
    const isPoll = k === REQ.feed200 || k === REQ.feed304;
    if (isPoll) {
      const prev = lastPoll.get(feed[i]!);
      if (t >= from && prev !== undefined) intervals.push(t - prev);
      lastPoll.set(feed[i]!, t);
    }
    if (t < from) continue;
    if (isPoll) polled.add(feed[i]!);
    if (k === REQ.feed200) counts.feed200++;
    else if (k === REQ.feed304) counts.feed304++;
    else if (k === REQ.article) counts.articles++;
    else if (k === REQ.robots) counts.robots++;
    else counts.other++;
  }
  return { counts, intervals, polled: polled.size };
}

export async function benchFeedPolls(args: FeedPollsArgs): Promise<FeedPollsResult> {
  const site = await startFeedSite({ outlets: args.outlets, feedsPerOutlet: args.feedsPerOutlet, itemsPerFeed: 20, updateChance: args.updateChance, itemsPerUpdate: 1 });
  const redis = await connectRedisOnce(args.redisUrl);
  try {
    const port = Number(new URL(site.feeds[0]!.url).port);
    await seedSeenFeeds(redis, args.prefix, site.feeds, (f) => `feed-${f.index}`);
    const tail = await tailQueue(redis, args.prefix, 'poll');
    let w: FeedPollWorkerResult;
    try {
      w = await runSection('feed-poll-worker', {
        redisUrl: args.redisUrl,
        prefix: args.prefix,
        layout: { port, outlets: args.outlets, feedsPerOutlet: args.feedsPerOutlet, order: args.order },
        everyMs: args.everyMs,
        ...(args.domainSpacingMs !== undefined ? { domainSpacingMs: args.domainSpacingMs } : {}),
        warmupMs: args.warmupMs,
        windowMs: args.windowMs,
        logLevel: args.logLevel,
      });
    } finally {
      await tail.stop();
    }

    const seconds = (w.windowEnd - w.windowStart) / 1000;
    const { counts, intervals, polled } = siteFigures(site, w.windowStart, w.windowEnd);
    const ticks = { polled: 0, skippedNotDue: 0, skippedOther: 0, failed: 0 };
    tail.at.forEach((t, i) => {
      if (t < w.windowStart || t > w.windowEnd) return;
      const o = tail.outcome[i];
      if (o === OUTCOME.polled) ticks.polled++;
      else if (o === OUTCOME.skippedNotDue) ticks.skippedNotDue++;
      else if (o === OUTCOME.skippedOther) ticks.skippedOther++;
      else ticks.failed++;
    });
    const polls = counts.feed200 + counts.feed304;
    const sec = (ms: number) => round(ms / 1000, 2);
    return {
      sources: site.feeds.length,
      outlets: args.outlets,
      order: args.order,
      everyMs: args.everyMs,
      domainSpacingMs: args.domainSpacingMs ?? null,
      updateChance: args.updateChance,
      demandPerSecond: round(site.feeds.length / (args.everyMs / 1000), 1),
      setupSeconds: w.setupSeconds,
      windowSeconds: round(seconds, 1),
      site: counts,
      pollsPerSecond: round(polls / seconds, 1),
      share200: polls ? round(counts.feed200 / polls, 3) : 0,
      articlesPerSecond: round(counts.articles / seconds, 1),
      workerPolls: { ok: w.metrics.pollsOk, failed: w.metrics.pollsFailed, failuresByKind: w.metrics.failuresByKind, deferred: w.metrics.deferred },
      ticks: { ...ticks, failureReasons: Object.fromEntries(tail.failures) },
      interval: {
        samples: intervals.length,
        p50Seconds: sec(percentile(intervals, 0.5)),
        p95Seconds: sec(percentile(intervals, 0.95)),
        p99Seconds: sec(percentile(intervals, 0.99)),
        maxSeconds: sec(intervals.length ? intervals.reduce((a, b) => Math.max(a, b)) : Number.NaN),
        lateP50Seconds: sec(percentile(intervals, 0.5) - args.everyMs),
        lateP95Seconds: sec(percentile(intervals, 0.95) - args.everyMs),
      },
      feedsPolledInWindow: polled,
      queuedAtEnd: w.queuedAtEnd,
      cpu: w.cpu,
      redisCpu: w.redisCpu,
      rssStartMiB: w.rssStartMiB,
      rssEndMiB: w.rssEndMiB,
      peakRssMiB: w.peakRssMiB,
    };
  } finally {
    redis.disconnect();
    await site.close();
  }
}
