import { nextPollDelay } from '../feed-format/schedule.ts';
import { currentSpan, learnWindow, nextSpan, parseWindow } from './window.ts';
import type { ReportWindow } from './window.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** What the policy needs of a source's config (a SourceConfig fits). */
export interface ScheduleSource {
  type: 'telegram' | 'rss';
  primary: boolean;
  every?: number | undefined;
  /** "auto" (learned; the default of the primary channel), "off", or "HH:MM-HH:MM zone". */
  window?: string | undefined;
  dense?: number | undefined;
  sparse?: number | undefined;
}

/** What the policy knows of the source's past: the last poll's outcome and, for the channel, its reports. */
export interface PollHistory {
  /** 0 after a success. */
  consecutiveFailures: number;
  /** From a 429/503 on the last poll. */
  retryAfterMs?: number | null;
  /** Feeds: `<ttl>` and Cache-Control of the last good response. */
  ttlMinutes?: number | null;
  cacheControl?: string | null;
  /** The channel: publication times (epoch ms) of its stored reports, any order; the newest 60 count. */
  reportTimes?: readonly number[];
  /** In [0, 1): backoff jitter. @default Math.random */
  random?: () => number;
}

export type DueReason = 'every' | 'feed' | 'retry-after' | 'backoff' | 'dense' | 'sparse' | 'window-start';

export interface Due {
  /** Epoch ms of the next poll. */
  at: number;
  reason: DueReason;
  /** The report window in force, when there is one. */
  window: ReportWindow | null;
}

/** Default interval of a source without a report window. */
export function pollEvery(source: Pick<ScheduleSource, 'type' | 'every'>): number {
  return source.every ?? (source.type === 'telegram' ? 60 * SECOND : 5 * MINUTE);
}

/** The interval outside the report window and after the report: `sparse`, else `every`, else 5 min. */
export function sparseEvery(source: ScheduleSource): number {
  return source.sparse ?? source.every ?? 5 * MINUTE;
}

/** The interval inside the window until the report is seen: `dense`, else 15 s (never above sparse). */
export function denseEvery(source: ScheduleSource): number {
  return source.dense ?? Math.min(15 * SECOND, sparseEvery(source));
}

/**
 * The longest pause a healthy source has between polls: what staleness is measured in. A
 * channel that can learn a window polls at the sparse interval most of the day.
 */
export function longestInterval(source: ScheduleSource): number {
  return windowMode(source) === 'none' ? pollEvery(source) : Math.max(pollEvery(source), sparseEvery(source));
}

function windowMode(source: ScheduleSource): 'none' | 'auto' | 'config' {
  if (source.type !== 'telegram') return 'none';
  const w = source.window ?? (source.primary ? 'auto' : 'off');
  if (w === 'off') return 'none';
  return w === 'auto' ? 'auto' : 'config';
}

/** The window in force: the configured one, or (for "auto") the one learned from the stored post times. */
export function reportWindow(source: ScheduleSource, reportTimes: readonly number[] = []): ReportWindow | null {
  const mode = windowMode(source);
  if (mode === 'none') return null;
  if (mode === 'config') return parseWindow(source.window!);
  const key = `${reportTimes.length}:${Math.min(...reportTimes)}:${Math.max(...reportTimes)}`;
  if (learned?.key !== key) learned = { key, window: learnWindow(reportTimes) };
  return learned.window;
}

/** The last learned window: the same 60 post times give the same window, and polls ask often. */
let learned: { key: string; window: ReportWindow | null } | undefined;

/** Backoff after failures never waits longer than this inside the window before the report. */
export const WINDOW_FAILURE_CAP_MS = 2 * MINUTE;
/** ...and outside it (where the window's start also bounds it). */
export const FAILURE_CAP_MS = 30 * MINUTE;
/** Most a Retry-After is honoured for. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR;

/**
 * When to poll a source next. Pure: the clock (`now`) and the jitter come from the caller.
 *
 * - A feed: `every`, raised to its `<ttl>` and Cache-Control max-age, backed off on failures,
 *   Retry-After first (src/feed-format/schedule.ts).
 * - A channel without a window: every `every`, backed off on failures up to 30 min.
 * - A channel with a window: every `dense` inside it until a report published since the window
 *   opened is stored, then (and outside it) every `sparse`, never sleeping past the next
 *   opening. Failures (a broken scraper, an unreachable t.me) back off from the current
 *   interval, capped at 2 min inside the window and 30 min outside, so the window is covered
 *   whatever happens. A Retry-After is honoured as the server asks.
 */
export function nextDue(source: ScheduleSource, history: PollHistory, now: number): Due {
  const failures = Math.max(0, Math.floor(history.consecutiveFailures || 0));
  const random = history.random ?? Math.random;
  if (source.type === 'rss') {
    const everyMs = pollEvery(source);
    const delay = nextPollDelay({
      everyMs,
      ttlMinutes: history.ttlMinutes ?? null,
      cacheControl: history.cacheControl ?? null,
      retryAfterMs: history.retryAfterMs ?? null,
      consecutiveFailures: failures,
      minMs: Math.min(everyMs, 30 * SECOND),
      random,
    });
    const reason: DueReason = typeof history.retryAfterMs === 'number' ? 'retry-after' : failures > 0 ? 'backoff' : 'feed';
    return { at: now + delay, reason, window: null };
  }

  const window = reportWindow(source, history.reportTimes);
  const retryAfter = history.retryAfterMs;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return { at: now + Math.min(MAX_RETRY_AFTER_MS, Math.max(SECOND, retryAfter)), reason: 'retry-after', window };
  }
  if (!window) {
    const every = pollEvery(source);
    if (failures === 0) return { at: now + every, reason: 'every', window };
    return { at: now + backoff(every, failures, Math.max(every, FAILURE_CAP_MS), random), reason: 'backoff', window };
  }

  const span = currentSpan(window, now);
  const seen = span !== null && (history.reportTimes ?? []).some((t) => t >= span.start);
  const dense = span !== null && !seen;
  const interval = dense ? denseEvery(source) : sparseEvery(source);
  const opening = nextSpan(window, now).start;
  if (failures > 0) {
    const cap = dense ? Math.max(interval, WINDOW_FAILURE_CAP_MS) : Math.max(interval, FAILURE_CAP_MS);
    const at = now + backoff(interval, failures, cap, random);
    return dense || at < opening ? { at, reason: 'backoff', window } : { at: opening, reason: 'window-start', window };
  }
  if (dense) return { at: now + interval, reason: 'dense', window };
  return now + interval < opening ? { at: now + interval, reason: 'sparse', window } : { at: opening, reason: 'window-start', window };
}

/** Exponential from `base`, capped, with equal jitter (half to all of it) so failing sources do not retry in step. */
function backoff(base: number, failures: number, cap: number, random: () => number): number {
  const raw = Math.min(cap, base * 2 ** Math.min(failures, 40));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(Math.max(base, raw * (0.5 + 0.5 * r)));
}
