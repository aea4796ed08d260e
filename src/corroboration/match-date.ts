/**
 * Which General Staff report a claim belongs to. A claim that carries `asOf` names it; one
 * that does not ("for yesterday", "on Tuesday") is matched on its figure: the report dated
 * near the article's publication whose figure the claim states.
 */
import type { Claim } from '../claims/types.ts';
import { isCategory } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { addDays, daysBetween, isIsoDate, kyivDate } from '../core/dates.ts';
import { plausible } from './figures.ts';
import type { SeriesIndex } from './series-index.ts';
import type { DateMatch, MatchOptions } from './types.ts';

/** Report dates tried around the publication day: that day and this many before and after. */
export const WINDOW_DAYS = 2;

/** Nearest first; on a tie the earlier report (an article cites a report already out). */
const WINDOW_ORDER: readonly number[] = (() => {
  const out = [0];
  for (let k = 1; k <= WINDOW_DAYS; k++) out.push(-k, k);
  return out;
})();

const NONE: DateMatch = { date: null, how: 'none', distanceDays: null };

/** The publication day in Kyiv (reports are dated by Kyiv's calendar); null when absent or unreadable. */
export function publicationDay(published: string | undefined): string | null {
  if (published === undefined) return null;
  const s = published.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isIsoDate(s) ? s : null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : kyivDate(new Date(t));
}

/** The claim's window in days: 1 for daily, N for a period, null for a cumulative figure. */
export function claimDays(claim: Claim): number | null {
  if (claim.kind === 'daily') return 1;
  if (claim.kind === 'period') return claim.periodDays;
  return null;
}

/** Kinds the series can check: daily, cumulative, and periods of known length. */
export function checkable(claim: Claim): boolean {
  if (claim.kind === 'daily' || claim.kind === 'cumulative') return true;
  return claim.kind === 'period' && claim.periodDays !== null && claim.periodDays >= 1;
}

/**
 * The series' figure for the claim on a report date: the (+N) for a daily claim (the
 * difference of totals when the report had none), the total for a cumulative one, the sum
 * over the N reports ending on `date` for a period.
 */
export function seriesFigure(claim: Claim, series: SeriesIndex, metric: Category, date: string): number | null {
  if (claim.kind === 'cumulative') return series.total(metric, date);
  const days = claimDays(claim);
  if (days === null) return null;
  if (days === 1) return series.daily(metric, date)?.value ?? null;
  return series.period(metric, date, days)?.value ?? null;
}

/**
 * The known misreports that still date a claim: one day's (+N) given as a figure for N days,
 * and the difference of totals of a report that folded a recount given as the day's losses.
 */
export function misreportAt(claim: Claim, series: SeriesIndex, metric: Category, date: string): boolean {
  const days = claimDays(claim);
  if (days === null) return false;
  if (days > 1) return series.get(metric, date)?.delta === claim.value;
  return series.recount(metric, date)?.diff === claim.value;
}

/**
 * The report date of a claim.
 * 1. `asOf` when the claim has it.
 * 2. With a publication day P: the report within P ± `WINDOW_DAYS` whose figure the claim
 *    states (for `about`/`more_than`/`at_least`, a figure the qualifier plausibly reads),
 *    nearest to P, the earlier on a tie; then, in the same order, a report whose figure is a
 *    known misreport of the claim (`misreportAt`).
 * 3. A cumulative claim: an exact total anywhere in the series (the report nearest to P, or
 *    the first to reach it); without P, a qualified total is matched to the report whose
 *    total first reaches it (`more_than`/`at_least`) or comes closest (`about`).
 * 4. With P and no report for P in the series: P itself, as `published`.
 */
export function matchReportDate(claim: Claim, series: SeriesIndex, opts: MatchOptions = {}): DateMatch {
  const pub = publicationDay(opts.published);
  const distance = (date: string): number | null => (pub === null ? null : daysBetween(pub, date));
  if (claim.asOf !== null) return { date: claim.asOf, how: 'as_of', distanceDays: distance(claim.asOf) };
  if (!isCategory(claim.metric) || !checkable(claim) || !series.hasMetric(claim.metric)) return NONE;
  const metric = claim.metric;
  const found = (date: string): DateMatch => ({ date, how: 'nearest_value', distanceDays: distance(date) });

  if (pub !== null) {
    const window = WINDOW_ORDER.map((k) => addDays(pub, k));
    for (const date of window) {
      const figure = seriesFigure(claim, series, metric, date);
      if (figure !== null && plausible(claim.qualifier, claim.value, figure)) return found(date);
    }
    for (const date of window) if (misreportAt(claim, series, metric, date)) return found(date);
  }

  if (claim.kind === 'cumulative') {
    const date = matchTotal(claim, series, metric, pub);
    if (date !== null) return found(date);
  }

  if (pub !== null && !series.has(metric, pub)) return { date: pub, how: 'published', distanceDays: 0 };
  return NONE;
}

function matchTotal(claim: Claim, series: SeriesIndex, metric: Category, pub: string | null): string | null {
  if (claim.qualifier === 'exact') {
    const hits = series.withTotal(metric, claim.value);
    if (hits.length === 0) return null;
    if (pub === null) return hits[0]?.date ?? null;
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const p of hits) {
      const d = Math.abs(daysBetween(pub, p.date));
      if (d < bestDistance) [best, bestDistance] = [p.date, d];
    }
    return best;
  }
  // A qualified total names no day on its own; only without a publication day is the
  // crossing of the value taken as its date.
  if (pub !== null) return null;
  const points = series.points(metric);
  if (claim.qualifier === 'about') {
    let best: string | null = null;
    let bestGap = Infinity;
    for (const p of points) {
      const gap = Math.abs(p.total - claim.value);
      if (gap < bestGap && plausible('about', claim.value, p.total)) [best, bestGap] = [p.date, gap];
    }
    return best;
  }
  const first = points.find((p) => (claim.qualifier === 'more_than' ? p.total > claim.value : p.total >= claim.value));
  return first && plausible(claim.qualifier, claim.value, first.total) ? first.date : null;
}
