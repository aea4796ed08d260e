import { CATEGORY_KEYS } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { addDays } from '../core/dates.ts';
import type { SeriesPoint, StoredReport } from './types.ts';

/**
 * The daily series per metric from the stored reports. The reported (+N) and the
 * difference of totals are both kept; where they disagree (a recount folded into
 * the total) the point is flagged, never corrected.
 */
export function computeSeries(reports: Iterable<StoredReport>, metrics: readonly Category[] = CATEGORY_KEYS): SeriesPoint[] {
  const sorted = [...reports].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const firstDate = sorted[0]?.date;
  // The day after each date, once per report rather than once per report and metric (15×).
  const dayAfter = new Map(sorted.map((r) => [r.date, addDays(r.date, 1)]));
  const points: SeriesPoint[] = [];
  for (const metric of metrics) {
    let prev: { date: string; total: number } | null = null;
    for (const r of sorted) {
      const fig = r.figures[metric];
      if (!fig) continue;
      const diff = prev ? fig.total - prev.total : null;
      const flags: string[] = [];
      if (prev === null) {
        flags.push('first_appearance');
        // A category that appears after the series began is new: its first line carries a back-filled total.
        if (r.date !== firstDate) flags.push('new_category');
      }
      else if (dayAfter.get(prev.date) !== r.date) flags.push('gap_before');
      if (fig.delta !== null && diff !== null && fig.delta !== diff) flags.push('delta_differs_from_totals');
      if (diff !== null && diff < 0) flags.push('total_decreased');
      if (r.flags.includes('edited')) flags.push('edited');
      points.push({ date: r.date, metric, total: fig.total, delta: fig.delta, diff, flags });
      prev = { date: r.date, total: fig.total };
    }
  }
  return points;
}
