import type { Category } from '../core/categories.ts';
import { ALERT_LIMITS } from './alert-message.ts';

/**
 * reported: the press claims a record for a date the series does not have yet;
 * confirmed: the General Staff's report sets it (directly, or confirming a reported one);
 * contradicted: the General Staff's report for that date does not bear the reported record out.
 */
export type RecordStatus = 'confirmed' | 'reported' | 'contradicted';

/** One record event per (metric, date), created once across all processes. */
export interface RecordEvent {
  id: string;
  metric: Category;
  date: string;
  value: number;
  total: number | null;
  previous: { value: number; date: string } | null;
  status: RecordStatus;
  source: { id: string; url: string | null; publishedAt: string | null };
  createdAt: string;
  /** The notify job was added (a crash before that is repaired by the reconciler). */
  enqueued: boolean;
  /** Fan-out to the subscribers happened. */
  notifiedAt: string | null;
  flags: string[];
  /** What the press claimed before the General Staff reported (null when the event began as confirmed). */
  reported: { value: number; at: string; claimants: string[] } | null;
  /**
   * The outlets that stated it, in arrival order (messages sort them). `value` is the figure the
   * outlet gave and `sourceId` the feed it came from; both are absent on events stored before
   * they were kept.
   */
  evidence: EventEvidence[];
}

export interface EventEvidence {
  url: string;
  outlet: string;
  quote: string;
  publishedAt: string | null;
  value?: number | null;
  sourceId?: string;
}

/** Most outlets kept on an event: as many as an alert may carry. */
export const MAX_EVIDENCE = ALERT_LIMITS.evidence;

/**
 * Evidence in a fixed order, whatever order the outlets were read in: by publication time
 * (undated last), then URL. Pure.
 */
export function sortEvidence<E extends Pick<EventEvidence, 'url' | 'publishedAt'>>(evidence: readonly E[]): E[] {
  const at = (e: E) => (e.publishedAt ? Date.parse(e.publishedAt) : Number.POSITIVE_INFINITY);
  return [...evidence].sort((a, b) => at(a) - at(b) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

export { recordEventId } from './alert-message.ts';
