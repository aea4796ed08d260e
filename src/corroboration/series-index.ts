/**
 * Lookups over the daily series for corroboration: a point by (metric, date) and the dates
 * by total in O(1), each metric's points in date order, and the figures a claim is compared
 * with (a day's reported (+N), a total, the sum over a period).
 */
import type { Category } from '../core/categories.ts';
import { addDays } from '../core/dates.ts';
import type { RecordDay, SeriesPoint } from '../series/types.ts';

export interface Figure {
  value: number;
  /** `delta`: the reported (+N); `diff`: the difference of totals (no (+N) on that report). */
  source: 'delta' | 'diff';
}

export interface PeriodFigure {
  /** The sum of the reported (+N) over the period, or the difference of totals when a (+N) is missing. */
  value: number;
  source: 'deltas' | 'totals';
  /** Total at the end minus the total the day before the period; null when either is missing. */
  totalsDiff: number | null;
}

/** The difference of totals from the day before; null on a first point or after a gap. */
function oneDayDiff(p: SeriesPoint): number | null {
  return p.diff === null || p.flags.includes('gap_before') ? null : p.diff;
}

const key = (metric: Category, date: string): string => `${metric}|${date}`;
const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export class SeriesIndex {
  readonly #points = new Map<string, SeriesPoint>();
  readonly #byTotal = new Map<string, SeriesPoint[]>();
  readonly #byMetric = new Map<Category, SeriesPoint[]>();

  constructor(points: Iterable<SeriesPoint>) {
    for (const p of points) {
      this.#points.set(key(p.metric, p.date), p);
    }
    for (const p of this.#points.values()) {
      let list = this.#byMetric.get(p.metric);
      if (!list) this.#byMetric.set(p.metric, (list = []));
      list.push(p);
    }
    for (const list of this.#byMetric.values()) {
      list.sort(byDate);
      for (const p of list) {
        const k = `${p.metric}|${p.total}`;
        let same = this.#byTotal.get(k);
        if (!same) this.#byTotal.set(k, (same = []));
        same.push(p);
      }
    }
  }

  static from(points: Iterable<SeriesPoint>): SeriesIndex {
    return new SeriesIndex(points);
  }

  get(metric: Category, date: string): SeriesPoint | undefined {
    return this.#points.get(key(metric, date));
  }

  has(metric: Category, date: string): boolean {
    return this.#points.has(key(metric, date));
  }

  hasMetric(metric: Category): boolean {
    return this.#byMetric.has(metric);
  }

  /** One metric's points in date order. */
  points(metric: Category): readonly SeriesPoint[] {
    return this.#byMetric.get(metric) ?? [];
  }

  /** The reports whose total is exactly `total`, in date order. */
  withTotal(metric: Category, total: number): readonly SeriesPoint[] {
    return this.#byTotal.get(`${metric}|${total}`) ?? [];
  }

  /** The newest date the metric has. */
  last(metric: Category): string | null {
    const list = this.#byMetric.get(metric);
    return list?.[list.length - 1]?.date ?? null;
  }

  /**
   * The figure a daily claim is about: the reported (+N), else the difference of totals from
   * the day before (not across a gap in the series, where it spans several days).
   */
  daily(metric: Category, date: string): Figure | null {
    const p = this.get(metric, date);
    if (!p) return null;
    if (p.delta !== null) return { value: p.delta, source: 'delta' };
    const diff = oneDayDiff(p);
    return diff === null ? null : { value: diff, source: 'diff' };
  }

  /** The difference of totals when the report's (+N) differs from it (a recount folded into the total). */
  recount(metric: Category, date: string): { delta: number; diff: number } | null {
    const p = this.get(metric, date);
    const diff = p ? oneDayDiff(p) : null;
    if (!p || p.delta === null || diff === null || diff === p.delta) return null;
    return { delta: p.delta, diff };
  }

  total(metric: Category, date: string): number | null {
    return this.get(metric, date)?.total ?? null;
  }

  /**
   * The losses of the `days` reports ending with `date`: the sum of their reported (+N), or,
   * when one of them lacks a (+N) or is missing, the total of `date` minus the total of the
   * report `days` days earlier.
   */
  period(metric: Category, date: string, days: number): PeriodFigure | null {
    const end = this.get(metric, date);
    if (!end || days < 1) return null;
    const before = this.get(metric, addDays(date, -days));
    const totalsDiff = before ? end.total - before.total : null;
    let sum = 0;
    for (let i = 0; i < days; i++) {
      const delta = this.get(metric, addDays(date, -i))?.delta;
      if (delta === undefined || delta === null) {
        return totalsDiff === null ? null : { value: totalsDiff, source: 'totals', totalsDiff };
      }
      sum += delta;
    }
    return { value: sum, source: 'deltas', totalsDiff };
  }
}

/** The record days per metric, in date order. */
export class RecordIndex {
  readonly #byMetric = new Map<Category, RecordDay[]>();
  readonly #byKey = new Map<string, RecordDay>();

  constructor(records: Iterable<RecordDay>) {
    for (const r of records) {
      let list = this.#byMetric.get(r.metric);
      if (!list) this.#byMetric.set(r.metric, (list = []));
      list.push(r);
      this.#byKey.set(key(r.metric, r.date), r);
    }
    for (const list of this.#byMetric.values()) list.sort(byDate);
  }

  hasMetric(metric: Category): boolean {
    return this.#byMetric.has(metric);
  }

  /** The record set on `date`, if one was. */
  on(metric: Category, date: string): RecordDay | undefined {
    return this.#byKey.get(key(metric, date));
  }

  /** The records set before `date` (all of them when `date` is null), oldest first. */
  before(metric: Category, date: string | null): RecordDay[] {
    const list = this.#byMetric.get(metric) ?? [];
    return date === null ? [...list] : list.filter((r) => r.date < date);
  }

  /** The record standing on the eve of `date`: the last one set before it. */
  standing(metric: Category, date: string): RecordDay | null {
    const list = this.before(metric, date);
    return list[list.length - 1] ?? null;
  }
}
