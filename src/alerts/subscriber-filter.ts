import type { Subscriber } from '../config/load.ts';
import type { RecordEvent } from './record-event.ts';

/** Whether a subscriber wants this record event in this status (event types, statuses, metrics). Pure. */
export function wantsRecord(sub: Subscriber, event: RecordEvent, status: RecordEvent['status'] = event.status): boolean {
  if (!sub.events.includes('record')) return false;
  if (sub.statuses && !sub.statuses.includes(status)) return false;
  if (sub.metrics && sub.metrics.length > 0 && !sub.metrics.includes(event.metric)) return false;
  return true;
}
