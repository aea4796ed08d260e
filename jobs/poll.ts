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
import { nextDue } from '../src/schedule/policy.ts';
import { createReportTimesCache } from '../src/schedule/report-times.ts';
import type { ReportReader } from '../src/schedule/report-times.ts';
import type { PollSchedule } from '../src/store/poll-schedule.ts';
import { pollPayload, parsePayload } from './payloads.ts';

/** Post times per report store: one cache per process (and per test context). */
const reportTimesCaches = new WeakMap<ReportReader, ReturnType<typeof createReportTimesCache>>();

/**
 * Polls one source, then sets its next due time (src/schedule/policy.ts). A lock per source
 * keeps two processes from polling it at once; a job that finds it held is skipped, and the
 * holder sets the next due time.
 */
export type PollJobDeps = ChannelPollDeps &
  FeedPollDeps & {
    config: Pick<LoadedConfig, 'sources' | 'worker' | 'delivery'>;
    sources: Pick<SourceStateStore, 'pollSucceeded' | 'pollFailed' | 'feedState'>;
    locks: Pick<Locks, 'tryLock'>;
    events: RecordEventStore;
    /** Stored reports, for the post times the channel's report window is learned from. */
    reports: ReportReader;
    /** Where the source's next due poll is set. */
    pollDue: Pick<PollSchedule, 'set'>;
  };

export async function processPoll(job: Job, ctx: PollJobDeps, queues: NotifyQueue & ArticleQueue): Promise<{ skipped?: string; newPosts?: number; edited?: number; records?: number }> {
  const { sourceId } = parsePayload(pollPayload, job);
  const source = ctx.config.sources.find((s) => s.id === sourceId && s.enabled);
  if (!source) return { skipped: `source ${sourceId} is not in the config` };

  // Kept alive while the poll runs, so a killed process blocks the source for one jobLock, not a minute.
  const lock = await ctx.locks.tryLock(`poll:${sourceId}`, ctx.config.worker.jobLock, { keepAlive: true });
  if (!lock) return { skipped: 'another process is polling this source' };
  const started = new Date();
  // What the policy learns from this poll; the next due time is set however the poll ends.
  const outcome: { failures: number; retryAfterMs: number | null; reportsChanged: boolean; feedDueAt: number | null; deferred: boolean } = { failures: 0, retryAfterMs: null, reportsChanged: false, feedDueAt: null, deferred: false };
  const succeeded = async (newestPostId: number | null) => {
    await ctx.sources.pollSucceeded(sourceId, started, newestPostId);
    ctx.metrics.polls.inc({ source: sourceId, outcome: 'ok' });
    ctx.metrics.consecutiveFailures.set({ source: sourceId }, 0);
  };
  try {
    if (source.type === 'rss') {
      const res = await pollFeed(ctx, source, (t) => queues.enqueueArticle(t), started);
      outcome.feedDueAt = res.nextDueAt ?? null;
      if (res.skipped) return { skipped: res.skipped };
      await succeeded(null);
      if (res.newItems) ctx.log.info({ source: sourceId, newItems: res.newItems }, 'feed poll found new items');
      return { newPosts: res.newItems ?? 0 };
    }
    const res = await pollChannel(ctx, source, (e) => queues.enqueueNotify(e));
    await succeeded(res.newestPostId);
    outcome.reportsChanged = res.results.some((r) => r.status === 'new' || r.status === 'changed');
    const records = res.results.reduce((n, r) => n + r.created.length, 0);
    if (res.newPosts || res.edited) ctx.log.info({ source: sourceId, newPosts: res.newPosts, edited: res.edited, records }, 'poll found posts');
    return { newPosts: res.newPosts, edited: res.edited, records };
  } catch (err) {
    // A busy site is not a failed poll: the worker defers the job (see src/app/worker.ts).
    if (err instanceof PolitenessWaitError) {
      outcome.deferred = true;
      throw err;
    }
    const kind = err instanceof FetchError ? err.kind : err instanceof FeedParseError ? `feed_${err.kind}` : err instanceof TallywatchError ? err.code : 'internal';
    const failures = await ctx.sources.pollFailed(sourceId, started, (err as Error).message, kind);
    outcome.failures = failures;
    outcome.retryAfterMs = err instanceof FetchError ? (err.retryAfterMs ?? null) : null;
    ctx.metrics.polls.inc({ source: sourceId, outcome: 'failed' });
    ctx.metrics.pollFailures.inc({ source: sourceId, kind });
    ctx.metrics.consecutiveFailures.set({ source: sourceId }, failures);
    ctx.log.warn({ source: sourceId, kind, failures, err: { message: (err as Error).message } }, `poll of ${sourceId} failed: ${(err as Error).message}`);
    throw err;
  } finally {
    await lock.release();
    // A deferred job comes back at its site's turn and sets the due time then.
    if (!outcome.deferred) await scheduleNext(ctx, source, started.getTime(), outcome);
    await drainOutbox(ctx, queues);
  }
}

/**
 * The source's next due time, counted from when this poll started so the rhythm does not drift
 * by the poll's own duration. A feed's was worked out (and stored) by pollFeed; a channel's
 * comes from its failures and the post times of its stored reports.
 */
async function scheduleNext(ctx: PollJobDeps, source: PollJobDeps['config']['sources'][number], started: number, outcome: { failures: number; retryAfterMs: number | null; reportsChanged: boolean; feedDueAt: number | null }): Promise<void> {
  try {
    let at: number;
    if (source.type === 'rss') {
      at = outcome.feedDueAt ?? (await ctx.sources.feedState(source.id)).nextDueAt ?? nextDue(source, { consecutiveFailures: outcome.failures }, started).at;
    } else {
      let times = reportTimesCaches.get(ctx.reports);
      if (!times) reportTimesCaches.set(ctx.reports, (times = createReportTimesCache(ctx.reports)));
      const reportTimes = await times(source.id, outcome.reportsChanged);
      const due = nextDue(source, { consecutiveFailures: outcome.failures, retryAfterMs: outcome.retryAfterMs, reportTimes }, started);
      at = due.at;
      ctx.log.debug({ source: source.id, dueAt: new Date(at).toISOString(), reason: due.reason }, 'next poll');
    }
    await ctx.pollDue.set(source.id, at);
  } catch (err) {
    // The lease on the due time brings the source back if this write is lost.
    ctx.log.warn({ source: source.id, err: { message: (err as Error).message } }, `next poll time not set: ${(err as Error).message}`);
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
