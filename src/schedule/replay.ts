import { localDate, shiftDate, zonedInstant } from './clock.ts';
import { quantile } from './window.ts';
import { nextDue } from './policy.ts';
import type { ScheduleSource } from './policy.ts';
import { DEFAULT_TZ } from './window.ts';

export interface ReplayResult {
  /** Calendar days replayed (Kyiv). */
  days: number;
  /** Polls the policy would have made, per day. */
  requestsPerDay: number;
  /** Post to the first poll that sees it, over the replayed reports, in seconds. */
  delayMedianS: number;
  delayP95S: number;
  /** Reports replayed. */
  reports: number;
  delayMaxS: number;
}

export interface ReplayOptions {
  /** Days replayed: the last `days` Kyiv dates that end at the newest post. @default 90 */
  days?: number;
  /** Deterministic jitter for the backoff (no failures are replayed, so it is rarely used). */
  random?: () => number;
}

/**
 * Runs the policy over a history of report post times: a poll at each due time, every poll
 * seeing the posts published by then. The reports before the replayed days seed the learned
 * window, as the stored history does in production; within the replay each report joins the
 * history when a poll sees it. Fetching and the pipeline take no time here (0.06 s measured):
 * the delay is the wait for the next poll.
 */
export function replaySchedule(source: ScheduleSource, postTimes: readonly number[], options: ReplayOptions = {}): ReplayResult {
  const sorted = [...postTimes].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { days: 0, requestsPerDay: 0, delayMedianS: 0, delayP95S: 0, reports: 0, delayMaxS: 0 };
  const days = options.days ?? 90;
  const lastDate = localDate(sorted[sorted.length - 1]!, DEFAULT_TZ);
  const firstDate = shiftDate(lastDate, -(days - 1));
  const start = zonedInstant(firstDate, 0, DEFAULT_TZ);
  const end = zonedInstant(shiftDate(lastDate, 1), 0, DEFAULT_TZ);
  const random = options.random ?? (() => 0.5);

  const seen = sorted.filter((t) => t < start);
  const pending = sorted.filter((t) => t >= start && t < end);
  const delays: number[] = [];
  let polls = 0;
  let t = start;
  let next = 0;
  while (t < end) {
    polls++;
    while (next < pending.length && pending[next]! <= t) {
      delays.push((t - pending[next]!) / 1000);
      seen.push(pending[next]!);
      next++;
    }
    const due = nextDue(source, { consecutiveFailures: 0, reportTimes: seen.slice(-60), random }, t);
    t = Math.max(due.at, t + 1);
  }
  delays.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    days,
    requestsPerDay: round(polls / days),
    delayMedianS: round(quantile(delays, 0.5)),
    delayP95S: round(quantile(delays, 0.95)),
    reports: delays.length,
    delayMaxS: round(delays[delays.length - 1] ?? 0),
  };
}
