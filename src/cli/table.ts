/**
 * Aligned text tables for people at a terminal. Pure: rows in, lines out. Numbers are
 * right-aligned; a column too wide for the terminal is cut with "…".
 */
export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  align?: 'left' | 'right';
  /** Longest cell kept; longer ones end in "…". */
  max?: number;
}

const cell = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? '-' : typeof v === 'number' ? v.toLocaleString('en-GB') : String(v).replace(/\s+/g, ' '));
const cut = (s: string, max: number | undefined): string => (max !== undefined && [...s].length > max ? `${[...s].slice(0, Math.max(1, max - 1)).join('')}…` : s);
const width = (s: string): number => [...s].length;

export function renderTable<T>(columns: Column<T>[], rows: T[]): string {
  const cells = rows.map((r) => columns.map((c) => cut(cell(c.value(r)), c.max)));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((row) => width(row[i]!))));
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const pad = ' '.repeat(widths[i]! - width(v));
        return columns[i]!.align === 'right' ? pad + v : i === values.length - 1 ? v : v + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
