import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LoadedConfig } from '../config/load.ts';
import { pollEvery } from '../config/poll-every.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { SourceStateStore } from '../store/source-state.ts';
import { QUEUE_NAMES } from '../../jobs/payloads.ts';
import { sourceIsStale } from '../ops/readiness.ts';
import type { HistoryState } from '../store/report-store.ts';
import type { SourceState } from '../store/source-state.ts';

/**
 * A source's backfill as `sources` shows it: null for feeds (they have no history to page
 * back through); for a channel, done when its own backfill finished or when the history is
 * complete by other means (import-series), which the note names.
 */
export function backfillState(type: string, st: SourceState, history: HistoryState) {
  if (type !== 'telegram') return null;
  const viaOther = !st.backfillDone && history.complete;
  return {
    done: st.backfillDone || history.complete,
    pages: st.backfillPages,
    oldestDate: st.backfillOldestDate,
    note: viaOther ? `history complete via ${history.via ?? 'another source'} (${history.from ?? '?'} to ${history.to || '?'}); no channel backfill needed` : st.backfillNote,
  };
}

/** `tallywatch sources`: each source with its last poll, last success, consecutive failures and next run. */
export interface SourcesQueryDeps {
  config: Pick<LoadedConfig, 'prefix' | 'sources'>;
  redis: Redis;
  reports: Pick<ReportStore, 'history'>;
  sources: Pick<SourceStateStore, 'get'>;
}

export async function sourcesCommand(ctx: SourcesQueryDeps) {
  const poll = new Queue(QUEUE_NAMES.poll, { connection: ctx.redis, prefix: ctx.config.prefix });
  try {
    const history = await ctx.reports.history();
    const rows = [];
    for (const s of ctx.config.sources) {
      const st = await ctx.sources.get(s.id);
      const sched = await poll.getJobScheduler(s.id);
      rows.push({
        id: s.id,
        type: s.type,
        url: s.url,
        enabled: s.enabled,
        primary: s.primary,
        everyMs: pollEvery(s),
        lastPollAt: st.lastPollAt,
        lastSuccessAt: st.lastSuccessAt,
        consecutiveFailures: st.consecutiveFailures,
        lastError: st.lastError,
        stale: sourceIsStale(st, pollEvery(s)),
        nextRunAt: sched?.next ? new Date(sched.next).toISOString() : null,
        backfill: backfillState(s.type, st, history),
      });
    }
    return rows;
  } finally {
    await poll.close();
  }
}
