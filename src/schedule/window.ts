import { DAY_MINUTES, isTimeZone, localDate, minuteOfDay, shiftDate, zonedInstant } from './clock.ts';

/**
 * The part of the day when the channel's report is due: local start and end (minutes past
 * midnight, end after start, so a window over midnight ends past 1440) in a time zone.
 */
export interface ReportWindow {
  startMin: number;
  endMin: number;
  tz: string;
  /** "config" when written in the config, "learned" when taken from stored post times. */
  from: 'config' | 'learned';
}

export class WindowSpecError extends Error {
  readonly spec: string;
  constructor(spec: string, why: string) {
    super(`report window ${JSON.stringify(spec)}: ${why} (write e.g. "07:00-10:00 Europe/Kyiv")`);
    this.name = 'WindowSpecError';
    this.spec = spec;
  }
}

export const DEFAULT_TZ = 'Europe/Kyiv';

const SPEC = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})(?:\s+(\S+))?\s*$/;

/** "07:00-10:00 Europe/Kyiv" (zone optional, Kyiv by default); "22:00-01:00" runs over midnight. */
export function parseWindow(spec: string): ReportWindow {
  const m = SPEC.exec(spec);
  if (!m) throw new WindowSpecError(spec, 'not HH:MM-HH:MM [zone]');
  const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 > 0)) throw new WindowSpecError(spec, 'hours 0-24, minutes 0-59');
  const tz = m[5] ?? DEFAULT_TZ;
  if (!isTimeZone(tz)) throw new WindowSpecError(spec, `unknown time zone ${tz}`);
  const startMin = h1 * 60 + m1;
  let endMin = h2 * 60 + m2;
  if (endMin === startMin) throw new WindowSpecError(spec, 'start and end are the same');
  if (endMin < startMin) endMin += DAY_MINUTES;
  return { startMin, endMin, tz, from: 'config' };
}

export function formatWindow(w: ReportWindow): string {
  const hhmm = (min: number) => {
    const m = Math.round(min) % DAY_MINUTES;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  };
  return `${hhmm(w.startMin)}-${hhmm(w.endMin)} ${w.tz}`;
}

export interface LearnOptions {
  /** How many of the newest post times count. @default 60 */
  last?: number;
  /** Fewer than this and no window is learned. @default 7 */
  minReports?: number;
  /** Quantiles of time of day the window spans before its margin. @default [0.05, 0.95] */
  quantiles?: [number, number];
  /** Added on each side: at least this, in minutes. @default 30 */
  marginMin?: number;
  tz?: string;
}

/**
 * The report window learned from post times: the 5th to 95th percentile of their local time of
 * day, widened by a margin on each side (30 min, or a quarter of the spread when that is more).
 * Quantiles rather than the extremes, so one report posted at noon does not stretch the dense
 * polling over the whole morning; that report is still caught by the sparse polls.
 */
export function learnWindow(postTimes: readonly number[], options: LearnOptions = {}): ReportWindow | null {
  const tz = options.tz ?? DEFAULT_TZ;
  const last = options.last ?? 60;
  const recent = [...postTimes].filter(Number.isFinite).sort((a, b) => a - b).slice(-last);
  if (recent.length < (options.minReports ?? 7)) return null;
  const minutes = unwrap(recent.map((t) => minuteOfDay(t, tz)));
  const [qLo, qHi] = options.quantiles ?? [0.05, 0.95];
  const lo = quantile(minutes, qLo);
  const hi = quantile(minutes, qHi);
  const margin = Math.max(options.marginMin ?? 30, (hi - lo) / 4);
  let startMin = Math.floor(lo - margin);
  let endMin = Math.ceil(hi + margin);
  if (endMin - startMin >= DAY_MINUTES) return null;
  if (startMin < 0) {
    startMin += DAY_MINUTES;
    endMin += DAY_MINUTES;
  }
  return { startMin, endMin, tz, from: 'learned' };
}

/**
 * Times of day as one run on the clock face: the cut goes at the widest gap, so posts at 23:50
 * and 00:10 sit 20 minutes apart, not 23 h. Returned sorted, possibly past 1440 or below 0.
 */
function unwrap(minutes: number[]): number[] {
  const sorted = [...minutes].sort((a, b) => a - b);
  let gapAt = 0;
  let widest = sorted[0]! + DAY_MINUTES - sorted[sorted.length - 1]!;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap > widest) {
      widest = gap;
      gapAt = i;
    }
  }
  return [...sorted.slice(gapAt), ...sorted.slice(0, gapAt).map((m) => m + DAY_MINUTES)];
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const i = Math.floor(pos);
  const frac = pos - i;
  return i + 1 < sorted.length ? sorted[i]! + (sorted[i + 1]! - sorted[i]!) * frac : sorted[i]!;
}

/** One occurrence of the window: [start, end) as instants. */
export interface WindowSpan {
  start: number;
  end: number;
}

/** The occurrence that holds `at`, or null when `at` is outside the window. */
export function currentSpan(w: ReportWindow, at: number): WindowSpan | null {
  const today = localDate(at, w.tz);
  // A window over midnight may have begun yesterday.
  for (const date of [today, shiftDate(today, -1)]) {
    const span = spanOn(w, date);
    if (span.start <= at && at < span.end) return span;
  }
  return null;
}

/** The first occurrence that starts after `at`. */
export function nextSpan(w: ReportWindow, at: number): WindowSpan {
  const today = localDate(at, w.tz);
  for (let d = -1; d <= 2; d++) {
    const span = spanOn(w, shiftDate(today, d));
    if (span.start > at) return span;
  }
  return spanOn(w, shiftDate(today, 3));
}

function spanOn(w: ReportWindow, date: string): WindowSpan {
  return { start: zonedInstant(date, w.startMin, w.tz), end: zonedInstant(date, w.endMin, w.tz) };
}
