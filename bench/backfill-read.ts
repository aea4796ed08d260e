/**
 * The reading side of the backfill benchmark, run in a process of its own (see section.ts) so
 * that its peak RSS is the backfill's alone and the channel server's page rendering (in the
 * parent) does not share its thread.
 */
import { performance } from 'node:perf_hooks';
import { createContext } from '../src/app/services.ts';
import { loadConfig } from '../src/config/load.ts';
import { createLogger } from '../src/core/logger.ts';
import { backfillChannel } from '../src/pipeline/backfill-channel.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { peakRss } from './proc.ts';

export interface BackfillReadArgs {
  channelUrl: string;
  prefix: string;
  redisUrl: string;
  baseline: string;
  logLevel: string;
}

export interface BackfillReadResult {
  seconds: number;
  pages: number;
  reportsStored: number;
  complete: boolean;
  oldestDate: string | null;
  note: string;
  /** Record notifications the backfill asked for: must be 0 (history is never notified). */
  notifications: number;
  rssBeforeBytes: number;
  peakRssBytes: number;
  heapUsedEndBytes: number;
  /** True when heapUsedEndBytes was read after a forced full GC (the section runs with --expose-gc). */
  heapAfterGc: boolean;
}

function heapAtEnd(): { heapUsedEndBytes: number; heapAfterGc: boolean } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return { heapUsedEndBytes: process.memoryUsage().heapUsed, heapAfterGc: gc !== undefined };
}

export async function readBackfill(args: BackfillReadArgs): Promise<BackfillReadResult> {
  const config = loadConfig({
    env: {},
    raw: {
      prefix: args.prefix,
      redis: { url: args.redisUrl },
      sources: [{ id: 'gs-telegram', type: 'telegram', url: args.channelUrl, primary: true }],
      fetch: { allowPrivateNetworks: true },
      records: { baseline: args.baseline },
    },
  });
  const redis = await connectRedisOnce(config.redis.url);
  // Logs go to stderr: stdout carries the result.
  const ctx = createContext(config, redis, createLogger(args.logLevel, process.stderr));
  try {
    let notifications = 0;
    const rssBeforeBytes = process.memoryUsage.rss();
    let sampled = rssBeforeBytes;
    const sample = () => void (sampled = Math.max(sampled, process.memoryUsage.rss()));
    const t0 = performance.now();
    const res = await backfillChannel(ctx, config.sources[0]!, async () => void notifications++, { pageDelayMs: 0, onPage: sample });
    const seconds = (performance.now() - t0) / 1000;
    sample();
    return {
      seconds,
      pages: res.pages,
      reportsStored: res.reports,
      complete: res.complete,
      oldestDate: res.oldestDate,
      note: res.note,
      notifications,
      rssBeforeBytes,
      peakRssBytes: peakRss(sampled),
      // What the heap still holds after a full collection, to tell retained data from V8
      // letting the heap grow (without it, garbage not yet collected counts as held).
      ...heapAtEnd(),
    };
  } finally {
    await ctx.http.close();
    redis.disconnect();
  }
}
