import type { Category } from '../core/categories.ts';

/** confirmed: the General Staff reported it; reported/contradicted come with press claims (a later issue). */
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
}

export { recordEventId } from './alert-message.ts';
