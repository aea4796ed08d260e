import type { LoadedConfig } from '../config/load.ts';
import { longestInterval, pollEvery } from '../schedule/policy.ts';
import type { PollSchedule } from '../store/poll-schedule.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { SourceStateStore } from '../store/source-state.ts';
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
  config: Pick<LoadedConfig, 'sources'>;
  reports: Pick<ReportStore, 'history'>;
  sources: Pick<SourceStateStore, 'get'>;
  /** Each source's next due poll. */
  pollDue: Pick<PollSchedule, 'get'>;
}

export async function sourcesCommand(ctx: SourcesQueryDeps) {
  const schedule = ctx.pollDue;
  const history = await ctx.reports.history();
  const rows = [];
  for (const s of ctx.config.sources) {
    const st = await ctx.sources.get(s.id);
    const dueAt = await schedule.get(s.id);
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
      stale: sourceIsStale(st, longestInterval(s)),
      nextRunAt: dueAt !== null ? new Date(dueAt).toISOString() : null,
      backfill: backfillState(s.type, st, history),
    });
  }
  return rows;
}
