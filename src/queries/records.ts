import type { LoadedConfig } from '../config/load.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import type { ReportStore } from '../store/report-store.ts';
import { CATEGORY_KEYS } from '../core/categories.ts';
import { computeRecords } from '../series/records.ts';
import { computeSeries } from '../series/series.ts';
import type { RecordDay } from '../series/types.ts';
import type { RecordEvent } from '../alerts/record-event.ts';

export interface RecordRow {
  metric: string;
  date: string;
  value: number;
  previous: { value: number; date: string } | null;
  /** historical: found in backfilled or imported history, never notified; otherwise the event's status. */
  status: string;
  notified: boolean;
}

/** Every record day of the stored series, with the live events' status. */
export interface RecordsQueryDeps {
  config: Pick<LoadedConfig, 'records'>;
  reports: Pick<ReportStore, 'all'>;
  events: Pick<RecordEventStore, 'all'>;
}

export async function recordRows(ctx: RecordsQueryDeps): Promise<RecordRow[]> {
  const days = computeRecords(computeSeries(await ctx.reports.all()), ctx.config.records.baseline);
  return recordRowsOf(days, await ctx.events.all());
}

/** The record days joined with their events, metric by metric in category order, then by date. */
export function recordRowsOf(days: RecordDay[], events: RecordEvent[]): RecordRow[] {
  const byKey = new Map(events.map((e) => [`${e.metric}:${e.date}`, e]));
  const order = (m: string) => CATEGORY_KEYS.indexOf(m as (typeof CATEGORY_KEYS)[number]);
  return days
    .map((d): RecordRow => {
      const ev = byKey.get(`${d.metric}:${d.date}`);
      return { metric: d.metric, date: d.date, value: d.value, previous: d.previous, status: ev ? ev.status : 'historical', notified: Boolean(ev?.notifiedAt) };
    })
    .sort((a, b) => order(a.metric) - order(b.metric) || (a.date < b.date ? -1 : 1));
}
