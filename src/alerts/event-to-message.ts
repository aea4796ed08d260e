import { buildAlertMessageV2 } from './alert-message.ts';
import type { AlertMessageV2 } from './alert-message.ts';
import type { RecordEvent, RecordStatus } from './record-event.ts';

/**
 * The alert for a stored event in one of its statuses. Deterministic (detectedAt is the
 * event's creation), so every retry sends the same bytes. A `reported` message carries
 * what the press claimed; `confirmed`/`contradicted` carry the General Staff's figure.
 * Built as v2; each subscriber gets the version it asked for (the deliverer converts).
 */
export function eventToMessage(event: RecordEvent, status: RecordStatus = event.status): AlertMessageV2 {
  return buildAlertMessageV2({
    status,
    metric: event.metric,
    date: event.date,
    value: status === 'reported' ? (event.reported?.value ?? event.value) : event.value,
    evidence: event.evidence,
    total: event.total,
    previous: event.previous,
    source: { id: event.source.id, url: event.source.url ?? 'https://t.me/s/GeneralStaffZSU', publishedAt: event.source.publishedAt },
    flags: event.flags,
    claimants: event.reported?.claimants ?? [],
    detectedAt: event.createdAt,
  });
}
