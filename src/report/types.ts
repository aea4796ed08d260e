import type { Category } from '../core/categories.ts';
import type { ReportLang } from '../domain/enums.ts';
import type { Figure } from '../domain/report.ts';

// A report line's figure and the report languages are the domain's (src/domain/).
export type { Figure, ReportLang };

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
