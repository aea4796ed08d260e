/**
 * The worker side of the soak, in a process of its own (section.ts, run with --expose-gc): the
 * real worker polls the parent's feeds, whose every poll carries new items, and fetches each
 * item's article, until the target number of items has been handed on and the article queue is
 * empty. Its resident memory is sampled every second against the items handed on so far.
 */
import { startWorker } from '../src/app/worker.ts';
import { createLogger } from '../src/core/logger.ts';
import { storeKeys } from '../src/store/keys.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { feedWorkerConfig } from './feed-config.ts';
import type { SiteLayout } from './feed-config.ts';
import { cpuWindow, mib, peakRss } from './proc.ts';
import type { CpuFigures } from './proc.ts';
import { round, sleep } from './stats.ts';

/** Seconds without a new item after which the stream is taken as over. */
const STILL_SECONDS = 15;

export interface SoakWorkerArgs {
  redisUrl: string;
  prefix: string;
  layout: SiteLayout;
  everyMs: number;
  domainSpacingMs: number;
  /** Items to hand on in all. */
  items: number;
  /** Gives up after this long (the result then says incomplete). */
  maxSeconds: number;
  logLevel: string;
}

export interface SoakSample {
  /** Seconds since the worker was ready. */
  t: number;
  /** Feed items handed on (new to the worker, an article job queued for each). */
  items: number;
  /** Article jobs finished. */
  articles: number;
  rssMiB: number;
  heapUsedMiB: number;
}

export interface SoakWorkerResult {
  setupSeconds: number;
  /** From ready to the last article. */
  seconds: number;
  items: number;
  articles: number;
  complete: boolean;
  cpu: CpuFigures;
  peakRssMiB: number;
  /** After the run, with the worker idle: heap in use and RSS after a forced full GC (null without --expose-gc). */
  afterGc: { heapUsedMiB: number; rssMiB: number } | null;
  samples: SoakSample[];
}

export async function runSoakWorker(args: SoakWorkerArgs): Promise<SoakWorkerResult> {
  const config = feedWorkerConfig(args);
  const probe = await connectRedisOnce(args.redisUrl);
  const feedItems = storeKeys(args.prefix).feedItems;
  // The parent seeded the items the feeds start with: only what comes after counts.
  const seeded = await probe.hlen(feedItems);
  const t0 = performance.now();
  const worker = await startWorker(config, createLogger(args.logLevel, process.stderr));
  try {
    await worker.ready;
    const setupSeconds = (performance.now() - t0) / 1000;
    const ready = performance.now();
    const cpu = cpuWindow();
    const articlesDone = async () => (await worker.ctx.metrics.articles.get()).values.reduce((n, v) => n + v.value, 0);
    const samples: SoakSample[] = [];
    let complete = false;
    let lastReport = 0;
    for (;;) {
      await sleep(1000);
      const mem = process.memoryUsage();
      const s: SoakSample = {
        t: round((performance.now() - ready) / 1000, 1),
        items: (await probe.hlen(feedItems)) - seeded,
        articles: await articlesDone(),
        rssMiB: mib(mem.rss),
        heapUsedMiB: mib(mem.heapUsed),
      };
      samples.push(s);
      if (s.t - lastReport >= 15) {
        lastReport = s.t;
        process.stderr.write(`  soak ${s.t.toFixed(0)} s: ${s.items} items, ${s.articles} articles, RSS ${s.rssMiB} MiB\n`);
      }
      // Done when every item is in and its article job finished; also when nothing has come in
      // for a while (the site has published all it will, some items may have scrolled off).
      const still = samples.length > STILL_SECONDS && samples.at(-1 - STILL_SECONDS)!.items === s.items;
      if (s.items >= args.items || still) {
        const counts = await worker.queues.article.getJobCounts('waiting', 'active', 'delayed');
        if ((counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) === 0) {
          complete = s.items >= args.items;
          break;
        }
      }
      if (s.t > args.maxSeconds) break;
    }
    const last = samples.at(-1)!;
    const cpuFigures = cpu.end();
    let afterGc: SoakWorkerResult['afterGc'] = null;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      const mem = process.memoryUsage();
      afterGc = { heapUsedMiB: mib(mem.heapUsed), rssMiB: mib(mem.rss) };
    }
    return {
      setupSeconds: round(setupSeconds, 1),
      seconds: last.t,
      items: last.items,
      articles: last.articles,
      complete,
      cpu: cpuFigures,
      peakRssMiB: mib(peakRss(Math.max(...samples.map((x) => x.rssMiB)) * 2 ** 20)),
      afterGc,
      samples,
    };
  } finally {
    await worker.close();
    probe.disconnect();
  }
}
