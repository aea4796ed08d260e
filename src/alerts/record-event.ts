import type { Category } from '../core/categories.ts';

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
  /** The first outlets that stated it. */
  evidence: { url: string; outlet: string; quote: string; publishedAt: string | null }[];
}

/** Most outlets kept on an event. */
export const MAX_EVIDENCE = 5;

export { recordEventId } from './alert-message.ts';
