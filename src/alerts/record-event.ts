import type { EventEvidence } from '../domain/record-event.ts';

// The record event's shape lives in src/domain/record-event.ts; its names stay importable from here.
export { MAX_EVIDENCE, RecordEventSchema, EventEvidenceSchema } from '../domain/record-event.ts';
export type { EventEvidence, RecordEvent } from '../domain/record-event.ts';
export type { RecordStatus } from '../domain/enums.ts';

/**
 * Evidence in a fixed order, whatever order the outlets were read in: by publication time
 * (undated last), then URL. Pure.
 */
export function sortEvidence<E extends Pick<EventEvidence, 'url' | 'publishedAt'>>(evidence: readonly E[]): E[] {
  const at = (e: E) => (e.publishedAt ? Date.parse(e.publishedAt) : Number.POSITIVE_INFINITY);
  return [...evidence].sort((a, b) => at(a) - at(b) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export { recordEventId } from '../domain/alert.ts';
