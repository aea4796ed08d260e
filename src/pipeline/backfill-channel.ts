import { setTimeout as sleep } from 'node:timers/promises';
import type { LoadedConfig } from '../config/load.ts';
import type { Locks } from '../store/lock.ts';
import type { SourceStateStore } from '../store/source-state.ts';
import type { ChannelPageDeps } from '../sources/telegram/read-page.ts';
import type { PostProcessDeps } from './process-posts.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import type { SourceConfig } from '../config/schema.ts';
import { TallywatchError } from '../core/errors.ts';
import { reportFromPost } from '../sources/telegram/report-from-post.ts';
import { processPosts } from './process-posts.ts';
import { readChannelPage } from '../sources/telegram/read-page.ts';

export interface BackfillOptions {
  /** Pause between pages. @default config.backfill.pageDelay */
  pageDelayMs?: number;
  /** @default config.backfill.maxPages */
  maxPages?: number;
  onPage?: (info: { pages: number; oldestDate: string | null; posts: number }) => void;
  signal?: AbortSignal;
}

export interface BackfillResult {
  complete: boolean;
  pages: number;
  oldestDate: string | null;
  reports: number;
  note: string;
}

/**
 * Pages back through the channel with `?before=` until a report older than the
 * baseline (or the channel's first post), storing every report as history. The
 * cursor is saved after each page, so a crashed run resumes where it stopped;
 * a lock keeps two processes from paging the same channel at once. When it
 * reaches the baseline the history is marked complete and record alerts start.
 */
export type ChannelBackfillDeps = ChannelPageDeps &
  PostProcessDeps & {
    config: Pick<LoadedConfig, 'backfill' | 'worker'>;
    sources: Pick<SourceStateStore, 'get' | 'saveBackfill'>;
    locks: Pick<Locks, 'tryLock'>;
  };

export async function backfillChannel(ctx: ChannelBackfillDeps, source: SourceConfig, enqueueNotify: (e: RecordEvent) => Promise<void>, opts: BackfillOptions = {}): Promise<BackfillResult> {
  const baseline = ctx.config.records.baseline;
  const pageDelayMs = opts.pageDelayMs ?? ctx.config.backfill.pageDelay;
  const maxPages = opts.maxPages ?? ctx.config.backfill.maxPages;
  const history = await ctx.reports.history();
  const state = await ctx.sources.get(source.id);
  if (history.complete && state.backfillDone) {
    return { complete: true, pages: 0, oldestDate: state.backfillOldestDate, reports: 0, note: 'history already complete' };
  }
  const lock = await ctx.locks.tryLock(`backfill:${source.id}`, ctx.config.worker.jobLock, { keepAlive: true });
  if (!lock) throw new TallywatchError('backfill_locked', `backfill of ${source.id} is already running in another process`, { source: source.id });
  try {
    let before: number | undefined = state.backfillBefore ?? undefined;
    let pages = state.backfillPages;
    let oldestDate = state.backfillOldestDate;
    let reports = 0;
    for (let n = 0; n < maxPages; n++) {
      opts.signal?.throwIfAborted();
      const page = await readChannelPage(ctx, source, before);
      const processed = await processPosts(ctx, source.id, page.posts, enqueueNotify);
      reports += processed.results.filter((r) => r.report).length;
      // Every report on the page counts for the depth reached, also those the live poll already stored.
      for (const post of page.posts) {
        const date = reportFromPost(post, source.id)?.date;
        if (date && (oldestDate === null || date < oldestDate)) oldestDate = date;
      }
      pages++;
      ctx.metrics.backfillPages.inc({ source: source.id });
      const reachedBaseline = oldestDate !== null && oldestDate < baseline;
      const atStart = page.before === null || page.posts.length === 0;
      await ctx.sources.saveBackfill(source.id, { before: page.before, pages, oldestDate });
      opts.onPage?.({ pages, oldestDate, posts: page.posts.length });
      if (reachedBaseline || atStart) {
        return await finish(ctx, source, { pages, oldestDate, reports, reachedBaseline });
      }
      before = page.before ?? undefined;
      if (!(await lock.extend())) throw new TallywatchError('backfill_lock_lost', `backfill of ${source.id} lost its lock`, { source: source.id });
      if (pageDelayMs > 0) await sleep(pageDelayMs, undefined, opts.signal ? { signal: opts.signal } : undefined);
    }
    const note = `stopped after ${maxPages} pages (backfill.maxPages) at ${oldestDate ?? 'no report yet'}; run again to continue`;
    await ctx.sources.saveBackfill(source.id, { note });
    return { complete: false, pages, oldestDate, reports, note };
  } finally {
    await lock.release();
  }
}

async function finish(ctx: ChannelBackfillDeps, source: SourceConfig, r: { pages: number; oldestDate: string | null; reports: number; reachedBaseline: boolean }): Promise<BackfillResult> {
  const baseline = ctx.config.records.baseline;
  if (!r.reachedBaseline && (r.oldestDate === null || r.oldestDate > baseline)) {
    const note = `the channel's history starts at ${r.oldestDate ?? '(no report)'}, after the baseline ${baseline}: records cannot be judged`;
    await ctx.sources.saveBackfill(source.id, { done: true, note });
    ctx.log.error({ source: source.id, oldestDate: r.oldestDate, baseline }, note);
    return { complete: false, pages: r.pages, oldestDate: r.oldestDate, reports: r.reports, note };
  }
  const newest = await ctx.reports.newestDate();
  await ctx.reports.markHistoryComplete(`backfill:${source.id}`, r.oldestDate ?? baseline, newest);
  await ctx.sources.saveBackfill(source.id, { done: true, note: 'complete' });
  ctx.metrics.historyComplete.set(1);
  ctx.log.info({ source: source.id, pages: r.pages, oldestDate: r.oldestDate, newest }, 'backfill complete: record alerts enabled');
  return { complete: true, pages: r.pages, oldestDate: r.oldestDate, reports: r.reports, note: 'complete' };
}
