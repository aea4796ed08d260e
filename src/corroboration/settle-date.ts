import { addDays } from '../core/dates.ts';
import { isCategory } from '../core/categories.ts';
import type { Claim } from '../claims/types.ts';
import { matchReportDate } from './match-date.ts';
import type { RecordIndex, SeriesIndex } from './series-index.ts';

export type AsOfMatch = 'nearest_value' | 'adjacent_report' | 'record_day';

/**
 * The report date a General Staff figure belongs to, settled against the series so that
 * copies of one story fingerprint alike: an unknown date is matched to the nearest report
 * with the same figure; a stated date whose report lacks the figure while the report a day
 * before or after has it exactly (loss day taken for report day) moves to that report.
 * Returns the claim unchanged when nothing matches. Pure.
 */
export function settleReportDate<C extends Claim>(claim: C, series: SeriesIndex, published: string | null, records?: RecordIndex): C & { asOfMatch?: AsOfMatch } {
  if (claim.claimant !== 'ua_general_staff' || claim.subject !== 'ru' || !isCategory(claim.metric)) return claim;
  if (claim.kind !== 'daily' && claim.kind !== 'cumulative') return claim;
  const metric = claim.metric;
  const figureOn = (date: string) => (claim.kind === 'daily' ? series.daily(metric, date)?.value : series.total(metric, date)) ?? null;
  if (claim.asOf !== null && figureOn(claim.asOf) === claim.value) return claim;
  // A daily figure equal to a record day's (+N) is that day: record values never repeat in the record list.
  const recordDay = claim.kind === 'daily' ? records?.before(metric, null).find((r) => r.value === claim.value) : undefined;
  if (claim.asOf === null) {
    const m = matchReportDate(claim, series, published ? { published } : {});
    if (m.date && m.how === 'nearest_value') return { ...claim, asOf: m.date, asOfMatch: 'nearest_value' };
    return recordDay ? { ...claim, asOf: recordDay.date, asOfMatch: 'record_day' } : claim;
  }
  if (recordDay && Math.abs(Date.parse(recordDay.date) - Date.parse(claim.asOf)) <= 3 * 86_400_000) return { ...claim, asOf: recordDay.date, asOfMatch: 'record_day' };
  if (claim.qualifier !== 'exact') return claim;
  for (const d of [addDays(claim.asOf, 1), addDays(claim.asOf, -1)]) {
    if (figureOn(d) === claim.value) return { ...claim, asOf: d, asOfMatch: 'adjacent_report' };
  }
  return claim;
}

/**
 * All the claims of one article: each settled alone first; then the report date most of
 * its General Staff figures settled on anchors the rest, which the text left undated
 * (a story states the headline figure's day and not the day of every line).
 */
export function settleArticleDates<C extends Claim>(claims: C[], series: SeriesIndex, published: string | null, records?: RecordIndex): (C & { asOfMatch?: AsOfMatch | 'article_anchor' })[] {
  const first = claims.map((c) => settleReportDate(c, series, published, records));
  const counts = new Map<string, number>();
  for (const c of first) if (c.claimant === 'ua_general_staff' && c.asOf) counts.set(c.asOf, (counts.get(c.asOf) ?? 0) + 1);
  const anchor = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0];
  if (!anchor) return first;
  return first.map((c) => {
    if (c.asOf !== null || c.claimant !== 'ua_general_staff' || c.subject !== 'ru' || !isCategory(c.metric)) return c;
    if (c.kind === 'period' && c.periodDays) {
      const p = series.period(c.metric, anchor, c.periodDays);
      return p && p.value === c.value ? { ...c, asOf: anchor, asOfMatch: 'article_anchor' as const } : c;
    }
    const again = settleReportDate(c, series, `${anchor}T12:00:00Z`, records);
    return again.asOf ? { ...again, asOfMatch: 'article_anchor' as const } : c;
  });
}
