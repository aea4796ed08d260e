/**
 * The layouts the General Staff used over time, and which of them can carry a given date.
 */

/**
 * - `2022-early`: before 2022-04-26: no `(+N)`, yearless `з 24.02 по DD.MM`.
 * - `2022`: yearless with `(+N)`.
 * - `2023`: `з 24.02.22 по DD.MM.YY`, plain numbers.
 * - `2024`: a leading ⚡️/🔥 and 👉 bullets.
 * - `2025`: like 2024 with space-grouped numbers (`1 164 180 (+1 130)`).
 */
export const REPORT_STYLES = ['2022-early', '2022', '2023', '2024', '2025'] as const;

export type ReportStyle = (typeof REPORT_STYLES)[number];

/** The style the General Staff used on `date`. */
export function styleForDate(date: string): ReportStyle {
  if (date < '2022-04-26') return '2022-early';
  if (date < '2023-01-01') return '2022';
  if (date < '2024-01-01') return '2023';
  if (date < '2025-01-01') return '2024';
  return '2025';
}

/**
 * Styles that render `date` so that it parses back unchanged (without a publication time):
 * the yearless styles only for 2022 dates, and `2022-early`, which prints no `(+N)`, only
 * where no report had one.
 */
export function stylesForDate(date: string): ReportStyle[] {
  return REPORT_STYLES.filter((style) => {
    if (style === '2022-early') return date < '2022-04-26';
    if (style === '2022') return date.startsWith('2022-');
    return true;
  });
}
