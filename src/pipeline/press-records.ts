import { isCategory } from '../core/categories.ts';
import { recordEventId } from '../alerts/record-event.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import type { Claim } from '../claims/types.ts';
import { computeRecords } from '../series/records.ts';
import { computeSeries } from '../series/series.ts';
import type { StoredReport } from '../series/types.ts';

export interface PressContext {
  url: string;
  outlet: string;
  sourceId: string;
  publishedAt: string | null;
}

/**
 * The "reported" record event a press claim raises, or null. Only a daily claim of
 * Russian losses that says "record", for a report date newer than every stored one
 * (the series does not have it yet), and above the current record, qualifies; a
 * claim about a date the series has is corroboration, never a new alert. Pure.
 */
export function reportedRecordFrom(claim: Claim, history: StoredReport[], baseline: string, press: PressContext, now: Date = new Date()): RecordEvent | null {
  if (!claim.record || claim.kind !== 'daily' || claim.subject !== 'ru' || !claim.asOf || !isCategory(claim.metric)) return null;
  const metric = claim.metric;
  const newest = history.reduce<string | null>((m, r) => (m === null || r.date > m ? r.date : m), null);
  if (newest !== null && claim.asOf <= newest) return null;
  const records = computeRecords(computeSeries(history, [metric]), baseline);
  const last = records.at(-1);
  const previous = last ? { value: last.value, date: last.date } : null;
  if (previous && claim.value <= previous.value) return null;
  const at = now.toISOString();
  return {
    id: recordEventId(metric, claim.asOf),
    metric,
    date: claim.asOf,
    value: claim.value,
    total: null,
    previous,
    status: 'reported',
    source: { id: press.sourceId, url: press.url, publishedAt: press.publishedAt },
    createdAt: at,
    enqueued: false,
    notifiedAt: null,
    flags: [],
    reported: { value: claim.value, at, claimants: [claim.claimant] },
    evidence: [{ url: press.url, outlet: press.outlet, quote: claim.quote, publishedAt: press.publishedAt, value: claim.value, sourceId: press.sourceId }],
  };
}
