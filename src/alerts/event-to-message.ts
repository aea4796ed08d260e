import { buildAlertMessageV2 } from './alert-message.ts';
import type { AlertMessageV2 } from './alert-message.ts';
import { sortEvidence } from './record-event.ts';
import type { RecordEvent, RecordStatus } from './record-event.ts';

/**
 * The alert for a stored event in one of its statuses. Deterministic (detectedAt is the
 * event's creation, evidence sorted by publication time then URL), so every retry sends the
 * same bytes and the outlets do not depend on which one a worker happened to read first. A
 * `reported` message carries what the press claimed, its source the earliest article
 * listed; `confirmed`/`contradicted` carry the General Staff's figure and post.
 * Built as v2; each subscriber gets the version it asked for (the deliverer converts).
 */
export function eventToMessage(event: RecordEvent, status: RecordStatus = event.status): AlertMessageV2 {
  const evidence = sortEvidence(event.evidence);
  return buildAlertMessageV2({
    status,
    metric: event.metric,
    date: event.date,
    value: status === 'reported' ? (event.reported?.value ?? event.value) : event.value,
    evidence,
    total: event.total,
    previous: event.previous,
    source: status === 'reported' ? reportedSource(event, evidence) : generalStaffSource(event),
    flags: event.flags,
    claimants: event.reported?.claimants ?? [],
    detectedAt: event.createdAt,
  });
}

function generalStaffSource(event: RecordEvent) {
  return { id: event.source.id, url: event.source.url ?? 'https://t.me/s/GeneralStaffZSU', publishedAt: event.source.publishedAt };
}

/** The earliest article listed, when its feed is known; else the article that raised the event. */
function reportedSource(event: RecordEvent, sorted: RecordEvent['evidence']) {
  const first = sorted[0];
  if (first?.sourceId) return { id: first.sourceId, url: first.url, publishedAt: first.publishedAt };
  return generalStaffSource(event);
}
