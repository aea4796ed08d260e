import type { RecordEvent } from '../alerts/record-event.ts';
import { kyivDate } from '../core/dates.ts';
import type { Logger } from '../core/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { ClaimInput, ClaimStore } from '../store/claim-store.ts';
import type { StoredReport } from '../series/types.ts';
import type { TelegramPost } from '../sources/telegram/types.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import type { ReportStore, SaveStatus } from '../store/report-store.ts';
import { recordEventsFor } from './detect-records.ts';
import { relayRecordEvents } from './relay-records.ts';
import { reportChangeMessage } from './report-change.ts';
import { reportFromPost } from '../sources/telegram/report-from-post.ts';

export interface IngestDeps {
  reports: ReportStore;
  events: RecordEventStore;
  baseline: string;
  /** Adds the notify job for an event; must be idempotent (a job id per event and status). Called by the outbox relay. */
  enqueueNotify: (event: RecordEvent) => Promise<void>;
  log: Logger;
  metrics?: Metrics;
  claims?: ClaimStore;
}

export interface IngestResult {
  report: StoredReport | null;
  status: SaveStatus | 'not_a_report';
  live: boolean;
  /** Events this call created. */
  created: RecordEvent[];
}

/**
 * One post through the pipeline: parse → store (atomic, decides "live") →
 * for a live report, judge records over the stored history → create each event
 * once → enqueue its notification. Safe to repeat for the same post.
 */
export async function ingestPost(post: TelegramPost, sourceId: string, deps: IngestDeps): Promise<IngestResult> {
  const report = reportFromPost(post, sourceId);
  if (!report) return { report: null, status: 'not_a_report', live: false, created: [] };
  // Read first: when the save replaces this date's report, the log says which figures changed.
  const previous = await deps.reports.get(report.date);
  const saved = await deps.reports.save(report, post.publishedAt ? kyivDate(post.publishedAt) : null);
  const { status, live } = saved;
  if (saved.date !== report.date) {
    deps.log.warn({ source: sourceId, post: post.id, header: report.date, stored: saved.date }, 'report header date taken by another post: stored under its publication date');
    report.date = saved.date;
    report.flags.push('header_date_mismatch');
  }
  deps.metrics?.reports.inc({ source: sourceId, status });
  if (status === 'changed') {
    const message = previous && previous.date === report.date ? reportChangeMessage(previous, report) : `report ${report.date} changed: an edited post gave other figures`;
    deps.log.warn({ source: sourceId, post: post.id, date: report.date, url: post.url }, message);
  }
  const created = live ? await raiseRecords(report, deps) : [];
  // Live reports also enter the claim store, so press claims about the same day meet them there.
  if (live && deps.claims && (status === 'new' || status === 'changed')) await storeReportClaims(report, post, deps.claims);
  return { report, status, live, created };
}

async function raiseRecords(report: StoredReport, deps: IngestDeps): Promise<RecordEvent[]> {
  const stored = (await deps.reports.get(report.date)) ?? report;
  const history = await deps.reports.all();
  const confirmed = new Map(recordEventsFor(stored, history, deps.baseline).map((e) => [e.metric, e]));
  const created: RecordEvent[] = [];
  const settled = await settleReported(stored, confirmed, deps);
  for (const event of confirmed.values()) {
    if (settled.has(event.metric)) continue;
    if (await deps.events.create(event)) {
      created.push(event);
      deps.metrics?.records.inc({ metric: event.metric });
      deps.log.info({ event: event.id, value: event.value, previous: event.previous }, `new daily record: ${event.metric} ${event.value} on ${event.date}`);
    }
  }
  // A press claim that raced this report may have created a reported event meanwhile: settle it too.
  await settleReported(stored, confirmed, deps);
  // The events (and status changes) entered the outbox with them: hand their messages on now.
  await relayRecordEvents(deps);
  return created;
}

/**
 * A record the press reported for this date is now confirmed or contradicted: the same
 * event, a follow-up. Returns the metrics that had a reported event (they need no new one).
 */
async function settleReported(stored: StoredReport, confirmed: ReadonlyMap<string, RecordEvent>, deps: IngestDeps): Promise<Set<string>> {
  const settled = new Set<string>();
  for (const ev of (await deps.events.forDate(stored.date)).filter((e) => e.status === 'reported')) {
    const rec = confirmed.get(ev.metric);
    settled.add(ev.metric);
    const fig = stored.figures[ev.metric];
    const patch: Partial<RecordEvent> = {
      status: rec ? 'confirmed' : 'contradicted',
      value: fig?.delta ?? ev.value,
      total: fig?.total ?? null,
      previous: rec ? rec.previous : ev.previous,
      source: { id: stored.sourceId ?? 'import', url: stored.url, publishedAt: stored.publishedAt },
      enqueued: false,
    };
    if (await deps.events.transition(ev.metric, ev.date, 'reported', patch)) {
      deps.log.info({ event: ev.id, status: patch.status, reported: ev.value, value: patch.value }, `reported record ${patch.status} by the General Staff`);
    }
  }
  return settled;
}

/** The General Staff's own figures as claims: the (+N) as daily, the total as cumulative. */
export function reportClaims(report: StoredReport): ClaimInput[] {
  const out: ClaimInput[] = [];
  for (const [metric, fig] of Object.entries(report.figures)) {
    if (!fig) continue;
    const base = { claimant: 'ua_general_staff', subject: 'ru', metric, qualifier: 'exact', record: false, asOf: report.date };
    if (fig.delta !== null) out.push({ ...base, kind: 'daily', value: fig.delta, periodDays: 1, quote: `${metric.replaceAll('_', ' ')} (+${fig.delta})` });
    out.push({ ...base, kind: 'cumulative', value: fig.total, periodDays: null, quote: `${metric.replaceAll('_', ' ')} ${fig.total}` });
  }
  return out;
}

async function storeReportClaims(report: StoredReport, post: TelegramPost, claims: ClaimStore): Promise<void> {
  for (const claim of reportClaims(report)) {
    await claims.add(claim, { url: post.url, outlet: 'General Staff of the Armed Forces of Ukraine', quote: claim.quote, publishedAt: post.publishedAt, sourceId: report.sourceId });
  }
}
