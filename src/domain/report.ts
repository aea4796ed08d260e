/**
 * A General Staff report as stored (one per report date) and a series point (one metric on
 * one date), as zod schemas and their types. The store parses what it reads back through
 * StoredReportSchema.
 */
import { z } from 'zod';
import { CATEGORY_KEYS, REPORT_LANGS, REPORT_ORIGINS } from './enums.ts';

/** One category line of a report: the cumulative total and the `(+N)` for the day before. */
export const FigureSchema = z.object({
  total: z.number(),
  /** The reported `(+N)`; null where the line carries none (before 2022-04-26, or a new category's first line). */
  delta: z.number().nullable(),
});

export const StoredReportSchema = z.object({
  date: z.string(),
  origin: z.enum(REPORT_ORIGINS),
  sourceId: z.string().nullable(),
  postId: z.number().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.enum(REPORT_LANGS).nullable(),
  figures: z.partialRecord(z.enum(CATEGORY_KEYS), FigureSchema),
  /** Lines with a figure whose label matches no known category, kept under their label. */
  other: z.record(z.string(), FigureSchema),
  /** Hash of the post text the figures came from (detects edits). */
  textHash: z.string().nullable(),
  /** Hash of the figures alone: an edit that leaves them as they were changes nothing. */
  figuresHash: z.string(),
  /** True when the report arrived newer than every stored date with the history complete: only these can notify. */
  live: z.boolean(),
  ingestedAt: z.string(),
  /** e.g. "edited" when a later version of the post changed the figures. */
  flags: z.array(z.string()),
});

/** One metric on one report date, as `tallywatch series` shows it. */
export const SeriesPointSchema = z.object({
  date: z.string(),
  metric: z.enum(CATEGORY_KEYS),
  total: z.number(),
  /** The reported (+N). */
  delta: z.number().nullable(),
  /** Total minus the total of the previous stored date; null on a metric's first date. */
  diff: z.number().nullable(),
  flags: z.array(z.string()),
});

export type Figure = z.infer<typeof FigureSchema>;
export type StoredReport = z.infer<typeof StoredReportSchema>;
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;
