import type { Job } from 'bullmq';
import type { LoadedConfig } from '../src/config/load.ts';
import type { ClaimPublishDeps } from '../src/pipeline/publish-claims.ts';
import type { ChannelPollDeps } from '../src/pipeline/poll-channel.ts';
import type { RecordEventStore } from '../src/store/record-event-store.ts';
import type { FeedPollDeps } from '../src/sources/feed/poll-feed.ts';
import type { Locks } from '../src/store/lock.ts';
import type { SourceStateStore } from '../src/store/source-state.ts';
import type { ArticleQueue, NotifyQueue } from './ports.ts';
import { FetchError, TallywatchError } from '../src/core/errors.ts';
import { FeedParseError } from '../src/feed-format/index.ts';
import { PolitenessWaitError } from '../src/fetch/politeness.ts';
import { pollFeed } from '../src/sources/feed/poll-feed.ts';
import { drainClaimOutbox } from '../src/pipeline/publish-claims.ts';
import { relayRecordEvents } from '../src/pipeline/relay-records.ts';
import { pollChannel } from '../src/pipeline/poll-channel.ts';
import { pollPayload, parsePayload } from './payloads.ts';

/**
 * Polls one source. A lock per source keeps two processes (or an overlapping
 * scheduler tick) from polling it at once; a tick that finds it held is skipped.
 */
export type PollJobDeps = ChannelPollDeps &
  FeedPollDeps & {
    config: Pick<LoadedConfig, 'sources' | 'worker' | 'delivery'>;
    sources: Pick<SourceStateStore, 'pollSucceeded' | 'pollFailed'>;
    locks: Pick<Locks, 'tryLock'>;
    events: RecordEventStore;
  };

export async function processPoll(job: Job, ctx: PollJobDeps, queues: NotifyQueue & ArticleQueue): Promise<{ skipped?: string; newPosts?: number; edited?: number; records?: number }> {
  const { sourceId } = parsePayload(pollPayload, job);
  const source = ctx.config.sources.find((s) => s.id === sourceId && s.enabled);
  if (!source) return { skipped: `source ${sourceId} is not in the config` };

  // Kept alive while the poll runs, so a killed process blocks the source for one jobLock, not a minute.
  const lock = await ctx.locks.tryLock(`poll:${sourceId}`, ctx.config.worker.jobLock, { keepAlive: true });
  if (!lock) return { skipped: 'another process is polling this source' };
  const started = new Date();
  const succeeded = async (newestPostId: number | null) => {
    await ctx.sources.pollSucceeded(sourceId, started, newestPostId);
    ctx.metrics.polls.inc({ source: sourceId, outcome: 'ok' });
    ctx.metrics.consecutiveFailures.set({ source: sourceId }, 0);
  };
  try {
    if (source.type === 'rss') {
      const res = await pollFeed(ctx, source, (t) => queues.enqueueArticle(t), started);
      if (res.skipped) return { skipped: res.skipped };
      await succeeded(null);
      if (res.newItems) ctx.log.info({ source: sourceId, newItems: res.newItems }, 'feed poll found new items');
      return { newPosts: res.newItems ?? 0 };
    }
    const res = await pollChannel(ctx, source, (e) => queues.enqueueNotify(e));
    await succeeded(res.newestPostId);
    const records = res.results.reduce((n, r) => n + r.created.length, 0);
    if (res.newPosts || res.edited) ctx.log.info({ source: sourceId, newPosts: res.newPosts, edited: res.edited, records }, 'poll found posts');
    return { newPosts: res.newPosts, edited: res.edited, records };
  } catch (err) {
    // A busy site is not a failed poll: the worker defers the job (see src/app/worker.ts).
    if (err instanceof PolitenessWaitError) throw err;
    const kind = err instanceof FetchError ? err.kind : err instanceof FeedParseError ? `feed_${err.kind}` : err instanceof TallywatchError ? err.code : 'internal';
    const failures = await ctx.sources.pollFailed(sourceId, started, (err as Error).message, kind);
    ctx.metrics.polls.inc({ source: sourceId, outcome: 'failed' });
    ctx.metrics.pollFailures.inc({ source: sourceId, kind });
    ctx.metrics.consecutiveFailures.set({ source: sourceId }, failures);
    ctx.log.warn({ source: sourceId, kind, failures, err: { message: (err as Error).message } }, `poll of ${sourceId} failed: ${(err as Error).message}`);
    throw err;
  } finally {
    await lock.release();
    await drainOutbox(ctx, queues);
  }
}

/**
 * Every poll tick also hands on the claims and record alerts an earlier failure left in the
 * outboxes (due ones only, so a subscriber that keeps failing is retried at the delivery
 * backoff, not per poll).
 */
async function drainOutbox(ctx: ClaimPublishDeps & { events: RecordEventStore }, queues: NotifyQueue): Promise<void> {
  try {
    await relayRecordEvents({ events: ctx.events, enqueueNotify: (e) => queues.enqueueNotify(e), log: ctx.log, retryMs: ctx.config.delivery.backoff });
  } catch (err) {
    ctx.log.warn({ err: { message: (err as Error).message } }, `record outbox not relayed: ${(err as Error).message}`);
  }
  try {
    await drainClaimOutbox(ctx);
  } catch (err) {
    ctx.log.warn({ err: { message: (err as Error).message } }, `claim outbox not drained: ${(err as Error).message}`);
  }
}
