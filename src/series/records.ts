import type { Category } from '../core/categories.ts';
import type { RecordDay, SeriesPoint } from './types.ts';

/**
 * Record days per DESIGN.md: the reported (+N) of a metric on report date D is a
 * record when it is above zero and strictly greater than every reported (+N) of
 * that metric on earlier dates since the baseline. Reported deltas, not
 * differences of totals, are compared (recounts are folded into totals). A
 * metric's history starts at its first reported (+N) on or after the baseline;
 * a delta on the first line of a category that appears after the series began
 * (flag `new_category`) is not counted: that line carries a back-filled total.
 *
 * `points` must be one metric's series or several; they are grouped here.
 */
export function computeRecords(points: Iterable<SeriesPoint>, baseline: string): RecordDay[] {
  const byMetric = new Map<Category, SeriesPoint[]>();
  for (const p of points) {
    let list = byMetric.get(p.metric);
    if (!list) byMetric.set(p.metric, (list = []));
    list.push(p);
  }
  const out: RecordDay[] = [];
  for (const [metric, list] of byMetric) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let best: { value: number; date: string } | null = null;
    for (const p of list) {
      if (p.date < baseline || p.delta === null || p.flags.includes('new_category')) continue;
      if (p.delta > 0 && (best === null || p.delta > best.value)) {
        out.push({ metric, date: p.date, value: p.delta, previous: best });
        best = { value: p.delta, date: p.date };
      }
    }
  }
  return out.sort((a, b) => (a.metric === b.metric ? (a.date < b.date ? -1 : 1) : a.metric < b.metric ? -1 : 1));
}

/** The record (if any) that a report on `date` sets for `metric`, judged over the given points. */
export function recordOn(points: SeriesPoint[], metric: Category, date: string, baseline: string): RecordDay | null {
  return computeRecords(points.filter((p) => p.metric === metric && p.date <= date), baseline).find((r) => r.date === date) ?? null;
}
