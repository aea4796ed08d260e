import type { Category } from '../core/categories.ts';
import type { Figure, ReportLang } from '../report/types.ts';

/** Where a stored report came from: a channel post, or a CSV the operator imported. */
export type ReportOrigin = 'channel' | 'import';

/** One General Staff report as stored: one per report date. */
export interface StoredReport {
  date: string;
  origin: ReportOrigin;
  sourceId: string | null;
  postId: number | null;
  url: string | null;
  publishedAt: string | null;
  lang: ReportLang | null;
  figures: Partial<Record<Category, Figure>>;
  other: Record<string, Figure>;
  /** Hash of the post text the figures came from (detects edits). */
  textHash: string | null;
  /** Hash of the figures alone: an edit that leaves them as they were changes nothing. */
  figuresHash: string;
  /** True when the report arrived newer than every stored date with the history complete: only these can notify. */
  live: boolean;
  ingestedAt: string;
  /** e.g. "edited" when a later version of the post changed the figures. */
  flags: string[];
}

/** One metric on one report date, as `tallywatch series` shows it. */
export interface SeriesPoint {
  date: string;
  metric: Category;
  total: number;
  /** The reported (+N). */
  delta: number | null;
  /** Total minus the total of the previous stored date; null on a metric's first date. */
  diff: number | null;
  flags: string[];
}

/** A record day: the reported (+N) beat every earlier one since the baseline. */
export interface RecordDay {
  metric: Category;
  date: string;
  value: number;
  previous: { value: number; date: string } | null;
}
