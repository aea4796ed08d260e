/**
 * Reads the daily series CSV (`date,personnel,...`, cumulative totals) and the recount rows of
 * the data-quality CSV, and turns the series into per-day report figures.
 */
import { CATEGORY_KEYS, isCategory } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { addDays, isIsoDate } from '../core/dates.ts';
import { InputError } from '../core/errors.ts';
import type { Figure } from './types.ts';

/** The first report that printed `(+N)`; earlier days carry no delta. */
export const FIRST_DELTA_DATE = '2022-04-26';

export interface SeriesRow {
  date: string;
  totals: Partial<Record<Category, number>>;
}

/** One day's figures, as a report of that day would print them. */
export interface DayFigures {
  date: string;
  figures: Partial<Record<Category, Figure>>;
}

/** Key of the recounts map: the reported `(+N)` of `metric` on `date`. */
export function recountKey(date: string, metric: Category): string {
  return `${date}|${metric}`;
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** Splits one CSV record; handles quoted fields ("a, b" and "" escapes) on a single line. */
function splitCsvLine(line: string, lineNo: number): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new InputError(`line ${lineNo}: unterminated quoted field`, { line: lineNo });
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < line.length && line[i] !== ',') {
        throw new InputError(`line ${lineNo}: text after a quoted field`, { line: lineNo, column: cells.length + 1 });
      }
    } else {
      const c = line.indexOf(',', i);
      cell = c < 0 ? line.slice(i) : line.slice(i, c);
      i = c < 0 ? line.length : c;
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

function cellError(message: string, line: number, column: number, name: string, value: string): InputError {
  return new InputError(`line ${line}, column ${column} (${name}): ${message} "${value}"`, { line, column, name, value });
}

/**
 * Parses the series CSV. Empty cells mean no figure that day. Throws InputError naming line and
 * column for a bad value, an unknown or repeated column, a bad date, or a date not after the previous.
 */
export function parseSeriesCsv(csvText: string): SeriesRow[] {
  const lines = splitLines(csvText);
  const headerLine = lines[0] ?? '';
  const header = splitCsvLine(headerLine, 1).map((h) => h.trim());
  if (header[0] !== 'date') throw cellError('first column must be "date", found', 1, 1, 'date', header[0] ?? '');
  const columns: Category[] = [];
  for (let c = 1; c < header.length; c++) {
    const name = header[c] as string;
    if (!isCategory(name)) throw cellError('unknown column', 1, c + 1, name, name);
    if (columns.includes(name)) throw cellError('repeated column', 1, c + 1, name, name);
    columns.push(name);
  }

  const rows: SeriesRow[] = [];
  for (let l = 1; l < lines.length; l++) {
    const text = lines[l] as string;
    const lineNo = l + 1;
    if (text.trim() === '') continue;
    const cells = splitCsvLine(text, lineNo);
    if (cells.length !== header.length) {
      throw new InputError(`line ${lineNo}: ${cells.length} cells, the header has ${header.length}`, { line: lineNo });
    }
    const date = (cells[0] as string).trim();
    if (!isIsoDate(date)) throw cellError('bad date', lineNo, 1, 'date', date);
    const previous = rows.at(-1);
    if (previous !== undefined && date <= previous.date) {
      throw cellError(`date not after the previous row's ${previous.date}:`, lineNo, 1, 'date', date);
    }
    const totals: Partial<Record<Category, number>> = {};
    for (let c = 0; c < columns.length; c++) {
      const raw = (cells[c + 1] as string).trim();
      if (raw === '') continue;
      const name = columns[c] as Category;
      if (!/^\d{1,15}$/.test(raw)) throw cellError('bad value', lineNo, c + 2, name, raw);
      totals[name] = Number(raw);
    }
    rows.push({ date, totals });
  }
  return rows;
}

/**
 * Per-day figures from series rows (sorted by date). The delta is the change of the total from
 * the previous day, except: none before FIRST_DELTA_DATE, none where the previous day has no
 * total (a category's first line, or a gap), and a recount entry replaces it with the reported one.
 */
export function rowsToReports(rows: readonly SeriesRow[], recounts?: ReadonlyMap<string, number>): DayFigures[] {
  const out: DayFigures[] = [];
  let previous: SeriesRow | undefined;
  for (const row of rows) {
    const prevTotals = previous !== undefined && addDays(previous.date, 1) === row.date ? previous.totals : undefined;
    const figures: Partial<Record<Category, Figure>> = {};
    for (const key of CATEGORY_KEYS) {
      const total = row.totals[key];
      if (total === undefined) continue;
      let delta: number | null = null;
      if (row.date >= FIRST_DELTA_DATE) {
        const before = prevTotals?.[key];
        if (before !== undefined) delta = total - before;
        delta = recounts?.get(recountKey(row.date, key)) ?? delta;
      }
      figures[key] = { total, delta };
    }
    out.push({ date: row.date, figures });
    previous = row;
  }
  return out;
}

const REPORTED_DELTA = /implied reported \(\+N\)\s*(-?\d+)/;

/**
 * Reads the `gs_recount` rows of the data-quality CSV (`date,category,issue,details`) into a
 * map from recountKey(date, metric) to the reported `(+N)` named in the details.
 */
export function parseRecountsCsv(csvText: string): Map<string, number> {
  const lines = splitLines(csvText);
  const header = splitCsvLine(lines[0] ?? '', 1).map((h) => h.trim());
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new InputError(`line 1: no "${name}" column`, { line: 1, name });
    return i;
  };
  const [dateCol, categoryCol, issueCol, detailsCol] = [col('date'), col('category'), col('issue'), col('details')];
  const recounts = new Map<string, number>();
  for (let l = 1; l < lines.length; l++) {
    const text = lines[l] as string;
    const lineNo = l + 1;
    if (text.trim() === '') continue;
    const cells = splitCsvLine(text, lineNo);
    if (cells[issueCol]?.trim() !== 'gs_recount') continue;
    const date = cells[dateCol]?.trim() ?? '';
    const category = cells[categoryCol]?.trim() ?? '';
    const details = cells[detailsCol] ?? '';
    if (!isIsoDate(date)) throw cellError('bad date', lineNo, dateCol + 1, 'date', date);
    if (!isCategory(category)) throw cellError('unknown category', lineNo, categoryCol + 1, 'category', category);
    const m = REPORTED_DELTA.exec(details);
    if (m === null) throw cellError('no "implied reported (+N)" in', lineNo, detailsCol + 1, 'details', details);
    const key = recountKey(date, category);
    if (recounts.has(key)) throw cellError('repeated recount for', lineNo, categoryCol + 1, 'category', key);
    recounts.set(key, Number(m[1]));
  }
  return recounts;
}
