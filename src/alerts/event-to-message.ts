import { buildAlertMessage } from './alert-message.ts';
import type { AlertMessage } from './alert-message.ts';
import type { RecordEvent } from './record-event.ts';

/** The alert for a stored event. Deterministic (detectedAt is the event's creation), so every retry sends the same bytes. */
export function eventToMessage(event: RecordEvent): AlertMessage {
  return buildAlertMessage({
    status: event.status,
    metric: event.metric,
    date: event.date,
    value: event.value,
    total: event.total,
    previous: event.previous,
    source: { id: event.source.id, url: event.source.url ?? 'https://t.me/s/GeneralStaffZSU', publishedAt: event.source.publishedAt },
    flags: event.flags,
    detectedAt: event.createdAt,
  });
}
