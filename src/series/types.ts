import type { Category } from '../core/categories.ts';

// The stored report, its origin and the series point are the domain's (src/domain/report.ts).
export type { ReportOrigin } from '../domain/enums.ts';
export type { SeriesPoint, StoredReport } from '../domain/report.ts';

/** A record day: the reported (+N) beat every earlier one since the baseline. */
export interface RecordDay {
  metric: Category;
  date: string;
  value: number;
  previous: { value: number; date: string } | null;
}
