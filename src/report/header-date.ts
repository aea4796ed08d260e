/**
 * Finds the report date in a report's header: the date after по/to/до/на
 * (`з 24.02 по 30.04`, `from 24.02.2022 to 05.12.2023`, `станом на 05.12.2023`).
 */
import { addDays, isIsoDate, kyivDate } from '../core/dates.ts';

// Keyword, then D.M with an optional 2- or 4-digit year. The (?!…) keeps "05.12.20231" out.
const KEYWORD_DATE =
  /(?:^|[^\p{L}])(?:по|до|на|to|till|until|of|on)\s+(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?(?![\d])/iu;
// Without a keyword, only a full date with a year is trusted.
const FULL_DATE = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/gu;

// A yearless date more than this many days after publication belongs to the year before.
const YEARLESS_LOOKAHEAD_DAYS = 62;

/** The Kyiv calendar date of `published` (an ISO date or instant), or null when unreadable. */
export function publishedDate(published: string | undefined): string | null {
  if (published === undefined) return null;
  if (isIsoDate(published)) return published;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : kyivDate(new Date(ms));
}

function pad2(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

function resolve(day: string, month: string, year: string | undefined, published: string | null): string | null {
  const dd = pad2(day);
  const mm = pad2(month);
  if (year !== undefined) {
    const date = `${year.length === 2 ? `20${year}` : year}-${mm}-${dd}`;
    return isIsoDate(date) ? date : null;
  }
  // Yearless dates were written only in 2022; a publication time says which year otherwise.
  if (published === null) {
    const date = `2022-${mm}-${dd}`;
    return isIsoDate(date) ? date : null;
  }
  const y = Number(published.slice(0, 4));
  let date = `${y}-${mm}-${dd}`;
  if (isIsoDate(date) && date > addDays(published, YEARLESS_LOOKAHEAD_DAYS)) date = `${y - 1}-${mm}-${dd}`;
  // 29.02 may exist in only one of the two years.
  return isIsoDate(date) ? date : null;
}

/**
 * The report date found in `headerLines`, or null. `published` (ISO date or instant) picks the
 * year of a yearless date.
 */
export function findHeaderDate(headerLines: readonly string[], published?: string): string | null {
  const pub = publishedDate(published);
  for (const line of headerLines) {
    const m = KEYWORD_DATE.exec(line);
    if (m !== null) {
      const date = resolve(m[1] as string, m[2] as string, m[3], pub);
      if (date !== null) return date;
    }
  }
  for (const line of headerLines) {
    let last: string | null = null;
    for (const m of line.matchAll(FULL_DATE)) last = resolve(m[1] as string, m[2] as string, m[3], pub) ?? last;
    if (last !== null) return last;
  }
  return null;
}
