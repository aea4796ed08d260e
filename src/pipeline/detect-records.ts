import type { Category } from '../core/categories.ts';
import { recordEventId } from '../alerts/record-event.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import { recordOn } from '../series/records.ts';
import { computeSeries } from '../series/series.ts';
import type { StoredReport } from '../series/types.ts';

/**
 * The record events a live report raises, judged over every stored report up to
 * its date. Pure: the caller creates them atomically in the store.
 */
export function recordEventsFor(report: StoredReport, history: StoredReport[], baseline: string, now: Date = new Date()): RecordEvent[] {
  const metrics = (Object.keys(report.figures) as Category[]).filter((m) => (report.figures[m]?.delta ?? 0) > 0);
  if (metrics.length === 0) return [];
  const upTo = history.filter((r) => r.date < report.date);
  upTo.push(report);
  const points = computeSeries(upTo, metrics);
  const events: RecordEvent[] = [];
  for (const metric of metrics) {
    const rec = recordOn(points, metric, report.date, baseline);
    if (!rec) continue;
    events.push({
      id: recordEventId(metric, report.date),
      metric,
      date: report.date,
      value: rec.value,
      total: report.figures[metric]?.total ?? null,
      previous: rec.previous,
      status: 'confirmed',
      source: { id: report.sourceId ?? 'import', url: report.url, publishedAt: report.publishedAt },
      createdAt: now.toISOString(),
      enqueued: false,
      notifiedAt: null,
      flags: report.flags.includes('edited') ? ['from_edited_post'] : [],
      reported: null,
      evidence: [],
    });
  }
  return events;
}
