/**
 * The worker side of the feed-poll load section, in a process of its own (section.ts): the
 * real worker (`startWorker`) with one RSS source per feed of the parent's local site, polled
 * through BullMQ Job Schedulers. After set-up and a warm-up it measures a steady window: its
 * own CPU and memory, redis-server's CPU, and the worker's own poll counters. The site (in the
 * parent) counts the requests over the same window.
 */
import { startWorker } from '../src/app/worker.ts';
import { createLogger } from '../src/core/logger.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { feedWorkerConfig } from './feed-config.ts';
import type { SiteLayout } from './feed-config.ts';
import { cpuWindow, mib, peakRss, redisCpuWindow } from './proc.ts';
import type { CpuFigures } from './proc.ts';
import { round, sleep } from './stats.ts';

export interface FeedPollWorkerArgs {
  redisUrl: string;
  prefix: string;
  layout: SiteLayout;
  everyMs: number;
  domainSpacingMs?: number;
  warmupMs: number;
  windowMs: number;
  logLevel: string;
}

export interface FeedPollWorkerResult {
  /** startWorker → ready: the ops server, the workers, and upserting one Job Scheduler per source. */
  setupSeconds: number;
  windowStart: number;
  windowEnd: number;
  /** The worker's own counters over the window (tallywatch_polls_total and friends). */
  /** deferred: jobs put back because their site was busy (tallywatch_polite_deferred_total), by queue. */
  metrics: { pollsOk: number; pollsFailed: number; failuresByKind: Record<string, number>; articles: number; deferred: Record<string, number> };
  /** Jobs queued at the end of the window (waiting: due now; delayed: deferred or not yet due). */
  queuedAtEnd: { poll: { waiting: number; delayed: number }; article: { waiting: number; delayed: number } };
  cpu: CpuFigures;
  redisCpu: CpuFigures | null;
  rssStartMiB: number;
  rssEndMiB: number;
  peakRssMiB: number;
}

/** What is read of a prom-client counter. */
type CounterLike = { get(): Promise<{ values: { value: number; labels: Record<string, string | number | undefined> }[] }> };

/** Sum of a counter's values per label value of `by`. */
async function counterBy(counter: CounterLike, by: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const v of (await counter.get()).values) {
    const k = String(v.labels[by] ?? '');
    out[k] = (out[k] ?? 0) + v.value;
  }
  return out;
}

const queued = async (q: { getJobCounts(...types: string[]): Promise<Record<string, number | undefined>> }) => {
  const c = await q.getJobCounts('waiting', 'delayed');
  return { waiting: c.waiting ?? 0, delayed: c.delayed ?? 0 };
};

const minus = (a: Record<string, number>, b: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - (b[k] ?? 0)] as const).filter(([, v]) => v !== 0));

export async function runFeedPollWorker(args: FeedPollWorkerArgs): Promise<FeedPollWorkerResult> {
  const config = feedWorkerConfig(args);
  const probe = await connectRedisOnce(args.redisUrl);
  const t0 = performance.now();
  const worker = await startWorker(config, createLogger(args.logLevel, process.stderr));
  try {
    await worker.ready;
    const setupSeconds = (performance.now() - t0) / 1000;
    await sleep(args.warmupMs);

    const m = worker.ctx.metrics;
    const snapshot = async () => ({
      polls: await counterBy(m.polls, 'outcome'),
      kinds: await counterBy(m.pollFailures, 'kind'),
      articles: await counterBy(m.articles, 'outcome'),
      deferred: await counterBy(m.politeDeferred, 'queue'),
    });
    const before = await snapshot();
    const redisCpu = await redisCpuWindow(probe);
    const cpu = cpuWindow();
    const windowStart = Date.now();
    const rssStart = process.memoryUsage.rss();
    await sleep(args.windowMs);
    const windowEnd = Date.now();
    const cpuFigures = cpu.end();
    const redisFigures = redisCpu.end();
    const rssEnd = process.memoryUsage.rss();
    const after = await snapshot();
    const articles = minus(after.articles, before.articles);

    return {
      setupSeconds: round(setupSeconds, 1),
      windowStart,
      windowEnd,
      metrics: {
        pollsOk: (after.polls.ok ?? 0) - (before.polls.ok ?? 0),
        pollsFailed: (after.polls.failed ?? 0) - (before.polls.failed ?? 0),
        failuresByKind: minus(after.kinds, before.kinds),
        articles: Object.values(articles).reduce((a, b) => a + b, 0),
        deferred: minus(after.deferred, before.deferred),
      },
      queuedAtEnd: { poll: await queued(worker.queues.poll), article: await queued(worker.queues.article) },
      cpu: cpuFigures,
      redisCpu: redisFigures,
      rssStartMiB: mib(rssStart),
      rssEndMiB: mib(rssEnd),
      peakRssMiB: mib(peakRss(Math.max(rssStart, rssEnd))),
    };
  } finally {
    await worker.close();
    probe.disconnect();
  }
}
