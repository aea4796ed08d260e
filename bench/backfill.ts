/**
 * Full backfill from a local channel: the whole series as Ukrainian report posts among the
 * channel's other posts, 20 per page, served from this process and read back to the baseline by
 * `backfillChannel` in another (backfill-read.ts). Then the record days found are compared with
 * the reference.
 */
import { createContext } from '../src/app/services.ts';
import { recordRows } from '../src/queries/records.ts';
import { loadConfig } from '../src/config/load.ts';
import { createLogger } from '../src/core/logger.ts';
import { renderReport } from '../test/support/render/render.ts';
import type { DayFigures } from '../src/report/series-csv.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { startFakeChannel } from '../test/support/fake-channel.ts';
import type { ReferenceRecord } from './data.ts';
import { noisePostsFor } from './noise.ts';
import { runSection } from './section.ts';
import { mulberry32, round } from './stats.ts';

export const BASELINE = '2022-04-26';
const PAGE_SIZE = 20;
// Reports go out around 08:30 Kyiv time.
const REPORT_TIME = 'T05:30:00Z';

export interface RecordsComparison {
  reference: number;
  found: number;
  matched: number;
  /** In the reference, not found. */
  missing: string[];
  /** Found, not in the reference. */
  extra: string[];
  /** Same metric and date, another value: `metric date ours!=reference`. */
  valueDiffers: string[];
}

export interface BackfillBenchResult {
  channel: { posts: number; reportPosts: number; otherPosts: number; pageSize: number; pagesTotal: number };
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  requests: number;
  reportsStored: number;
  /** Report days from the oldest date reached onwards: what a complete read stores. */
  reportsExpected: number;
  oldestDate: string | null;
  complete: boolean;
  notifications: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
  heapUsedEndMiB: number;
  /** heapUsedEndMiB was read after a forced full GC. */
  heapAfterGc: boolean;
  records: { count: number; computeSeconds: number; comparison: RecordsComparison | null };
}

export async function benchBackfill(
  days: readonly DayFigures[],
  reference: readonly ReferenceRecord[] | null,
  opts: { redisUrl: string; prefix: string; logLevel: string },
): Promise<BackfillBenchResult> {
  const channel = await startFakeChannel({ pageSize: PAGE_SIZE });
  try {
    const rand = mulberry32(0x7a11);
    let posts = 0;
    for (const day of days) {
      const report = { text: renderReport(day, { lang: 'uk' }), publishedAt: `${day.date}${REPORT_TIME}` };
      const all = [...noisePostsFor(rand, day.date), report].sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : 0));
      for (const p of all) channel.addPost(p);
      posts += all.length;
    }

    const child = await runSection('backfill-read', { channelUrl: channel.url, prefix: opts.prefix, redisUrl: opts.redisUrl, baseline: BASELINE, logLevel: opts.logLevel });
    const requests = channel.requests.length;

    const redis = await connectRedisOnce(opts.redisUrl);
    try {
      const ctx = createContext(loadConfig({ env: {}, raw: { prefix: opts.prefix, redis: { url: opts.redisUrl }, records: { baseline: BASELINE } } }), redis, createLogger('silent'));
      const stored = await ctx.reports.count();
      const t0 = performance.now();
      const rows = await recordRows(ctx);
      const computeSeconds = (performance.now() - t0) / 1000;
      await ctx.http.close();
      return {
        channel: { posts, reportPosts: days.length, otherPosts: posts - days.length, pageSize: PAGE_SIZE, pagesTotal: Math.ceil(posts / PAGE_SIZE) },
        seconds: round(child.seconds, 2),
        pages: child.pages,
        pagesPerSecond: round(child.pages / child.seconds, 1),
        requests,
        reportsStored: stored,
        reportsExpected: child.oldestDate === null ? 0 : days.filter((d) => d.date >= child.oldestDate!).length,
        oldestDate: child.oldestDate,
        complete: child.complete,
        notifications: child.notifications,
        rssBeforeMiB: round(child.rssBeforeBytes / 2 ** 20, 1),
        peakRssMiB: round(child.peakRssBytes / 2 ** 20, 1),
        heapUsedEndMiB: round(child.heapUsedEndBytes / 2 ** 20, 1),
        heapAfterGc: child.heapAfterGc,
        records: { count: rows.length, computeSeconds: round(computeSeconds, 3), comparison: reference ? compareRecords(rows, reference) : null },
      };
    } finally {
      redis.disconnect();
    }
  } finally {
    await channel.close();
  }
}

export function compareRecords(found: readonly { metric: string; date: string; value: number }[], reference: readonly ReferenceRecord[]): RecordsComparison {
  const key = (r: { metric: string; date: string }) => `${r.metric} ${r.date}`;
  const ours = new Map(found.map((r) => [key(r), r.value]));
  const theirs = new Map(reference.map((r) => [key(r), r.delta]));
  const missing: string[] = [];
  const valueDiffers: string[] = [];
  let matched = 0;
  for (const [k, delta] of theirs) {
    const v = ours.get(k);
    if (v === undefined) missing.push(`${k} ${delta}`);
    else if (v !== delta) valueDiffers.push(`${k} ${v}!=${delta}`);
    else matched++;
  }
  const extra = [...ours].filter(([k]) => !theirs.has(k)).map(([k, v]) => `${k} ${v}`);
  return { reference: reference.length, found: found.length, matched, missing, extra, valueDiffers };
}
