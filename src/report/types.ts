import type { Category } from '../core/categories.ts';

/** One category line of a General Staff report: the cumulative total and the `(+N)` for the day before. */
export interface Figure {
  total: number;
  /** The reported `(+N)`; null where the line carries none (before 2022-04-26, or a new category's first line). */
  delta: number | null;
}

export type ReportLang = 'uk' | 'en' | 'bilingual';

/** A parsed General Staff daily loss report. */
export interface ParsedReport {
  /** The report date D (`по DD.MM.YY`), ISO `YYYY-MM-DD`. */
  date: string;
  lang: ReportLang;
  /** Known categories, keyed as in DESIGN.md. */
  figures: Partial<Record<Category, Figure>>;
  /** Lines with a figure whose label matches no known category, kept under their label. */
  other: Record<string, Figure>;
}
