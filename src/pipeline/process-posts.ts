import type { RecordEvent } from '../alerts/record-event.ts';
import type { LoadedConfig } from '../config/load.ts';
import type { Logger } from '../core/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import type { PostSeenStore } from '../store/post-seen.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import type { ReportStore } from '../store/report-store.ts';
import { sha1 } from '../core/hash.ts';
import { ingestPost } from './ingest-report.ts';
import { drainClaimOutbox } from './publish-claims.ts';
import type { ClaimPublishDeps, DrainOptions } from './publish-claims.ts';
import type { IngestResult } from './ingest-report.ts';
import type { TelegramPost } from '../sources/telegram/types.ts';

export interface ProcessedPosts {
  newPosts: number;
  edited: number;
  results: IngestResult[];
}

/**
 * Runs the posts that are new or edited (by text hash) through the pipeline, oldest
 * first so that live reports are judged in date order. A post is marked seen only
 * after it went through, so a crash in between repeats it, harmlessly.
 */
export interface PostProcessDeps extends ClaimPublishDeps {
  config: ClaimPublishDeps['config'] & Pick<LoadedConfig, 'records'>;
  seen: PostSeenStore;
  reports: ReportStore;
  events: RecordEventStore;
  claims: ClaimStore;
  metrics: Metrics;
  log: Logger;
}

export async function processPosts(ctx: PostProcessDeps, sourceId: string, posts: TelegramPost[], enqueueNotify: (e: RecordEvent) => Promise<void>, publish: DrainOptions = {}): Promise<ProcessedPosts> {
  const sorted = [...posts].sort((a, b) => a.id - b.id);
  const hashes = await ctx.seen.hashes(sourceId, sorted.map((p) => p.id));
  const out: ProcessedPosts = { newPosts: 0, edited: 0, results: [] };
  for (const [i, post] of sorted.entries()) {
    const hash = sha1(post.text);
    const before = hashes[i];
    if (before === hash) continue;
    const kind = before ? 'edited' : 'new';
    if (kind === 'edited') out.edited++;
    else out.newPosts++;
    ctx.metrics.posts.inc({ source: sourceId, kind });
    const result = await ingestPost(post, sourceId, {
      reports: ctx.reports,
      events: ctx.events,
      baseline: ctx.config.records.baseline,
      enqueueNotify,
      log: ctx.log,
      metrics: ctx.metrics,
      claims: ctx.claims,
    });
    out.results.push(result);
    await ctx.seen.mark(sourceId, post.id, hash);
  }
  // A live report's figures entered the claim store (and its outbox) as General Staff claims:
  // they go to the claim subscribers like any article's.
  if (out.results.length > 0) await drainClaimOutbox(ctx, publish);
  return out;
}
