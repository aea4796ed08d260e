import type { LoadedConfig } from '../config/load.ts';
import { longestInterval } from '../schedule/policy.ts';
import type { PollSchedule } from '../store/poll-schedule.ts';
import type { StoreHealth } from '../store/health.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { SourceStateStore } from '../store/source-state.ts';
import { isStale } from '../feed-format/index.ts';
import type { SourceState } from '../store/source-state.ts';

/** A source with no successful poll for this many of its intervals is stale (shown, not a readiness failure). */
export const STALE_INTERVALS = 5;

/** Stale: the last success is older than STALE_INTERVALS intervals, or there was none in as many polls. */
export function sourceIsStale(st: Pick<SourceState, 'lastSuccessAt' | 'consecutiveFailures'>, everyMs: number, now: number = Date.now()): boolean {
  if (st.lastSuccessAt) return isStale(st.lastSuccessAt, everyMs, now, STALE_INTERVALS);
  return st.consecutiveFailures >= STALE_INTERVALS;
}

export interface Readiness {
  ready: boolean;
  checks: {
    redis: { ok: boolean; error?: string };
    schedulers: { ok: boolean; missing: string[] };
    history: { ok: boolean; reason?: string; via?: string | undefined };
  };
  sources: Record<string, { consecutiveFailures: number; lastSuccessAt: string | null; lastError: string | null; stale: boolean }>;
}

/** Ready = Redis answers and accepts writes, every enabled source has a next poll time, and the history is complete (so records can be judged). */
export interface ReadinessDeps {
  config: Pick<LoadedConfig, 'records' | 'sources'>;
  health: StoreHealth;
  reports: Pick<ReportStore, 'history'>;
  sources: Pick<SourceStateStore, 'get'>;
  /** Each source's next due poll. */
  pollDue: Pick<PollSchedule, 'get'>;
}

export async function checkReadiness(ctx: ReadinessDeps, timeoutMs = 2000): Promise<Readiness> {
  const out: Readiness = {
    ready: false,
    checks: { redis: { ok: false }, schedulers: { ok: false, missing: [] }, history: { ok: false } },
    sources: {},
  };
  const withTimeout = <T>(p: Promise<T>) =>
    Promise.race([p, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref())]);
  try {
    await withTimeout(ctx.health.ping());
  } catch (err) {
    out.checks.redis.error = (err as Error).message;
    return out;
  }
  // A full Redis still answers PING and reads but refuses every write: probe with a tiny one.
  try {
    await withTimeout(ctx.health.probeWrite());
    out.checks.redis.ok = true;
  } catch (err) {
    out.checks.redis.error = `Redis refuses writes: ${(err as Error).message}`;
    return out;
  }
  try {
    const enabled = ctx.config.sources.filter((s) => s.enabled);
    for (const s of enabled) {
      const due = await withTimeout(ctx.pollDue.get(s.id));
      if (due === null) out.checks.schedulers.missing.push(s.id);
      const st = await ctx.sources.get(s.id);
      const stale = sourceIsStale(st, longestInterval(s));
      out.sources[s.id] = { consecutiveFailures: st.consecutiveFailures, lastSuccessAt: st.lastSuccessAt, lastError: st.lastError, stale };
    }
    out.checks.schedulers.ok = out.checks.schedulers.missing.length === 0;
    const h = await withTimeout(ctx.reports.history());
    out.checks.history = h.complete
      ? { ok: true, via: h.via }
      : { ok: false, reason: `history not complete back to ${ctx.config.records.baseline}: no record alert is sent until the backfill or an import finishes` };
  } catch (err) {
    out.checks.redis = { ok: false, error: (err as Error).message };
  }
  out.ready = out.checks.redis.ok && out.checks.schedulers.ok && out.checks.history.ok;
  return out;
}
