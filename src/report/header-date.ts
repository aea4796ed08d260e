/**
 * Finds the report date in a report's header: the date after по/to/до/на
 * (`з 24.02 по 30.04`, `from 24.02.2022 to 05.12.2023`, `станом на 05.12.2023`).
 */
import { addDays, isIsoDate, kyivDate } from '../core/dates.ts';

// Keyword, then D.M with an optional 2- or 4-digit year. The (?!…) keeps "05.12.20231" out.
// `-` joins a date only as "19-02-24" (a news site's URL-like title), never as a range.
// A time may come first: "станом на 10.00 27.02.2022".
const KEYWORD_DATE =
  /(?:^|[^\p{L}])(?:по|до|на|to|till|until|of|on)\s+(?:\d{1,2}[:.]\d{2}\s+)?(\d{1,2})(?:([./])(\d{1,2})(?:\2(\d{4}|\d{2}))?|-(\d{1,2})-(\d{4}|\d{2}))(?![\d])/giu;
// Without a keyword, only a full date with a year is trusted...
const FULL_DATE = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/gu;
// ...or the end of a range of two dates ("24.02–12.04").
const DATE_RANGE = /(?:^|[^\d.])\d{1,2}\.\d{1,2}(?:\.(?:\d{4}|\d{2}))?\s*[-\u2012\u2013\u2014]\s*(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d.])/gu;

// Month names, as outlets write dates out ("по 21 листопада 2024 року", "to November 21, 2024").
const MONTHS: readonly (readonly string[])[] = [
  ['січня', 'января', 'january', 'jan'],
  ['лютого', 'февраля', 'february', 'feb'],
  ['березня', 'марта', 'march', 'mar'],
  ['квітня', 'апреля', 'april', 'apr'],
  ['травня', 'мая', 'may'],
  ['червня', 'июня', 'june', 'jun'],
  ['липня', 'июля', 'july', 'jul'],
  ['серпня', 'августа', 'august', 'aug'],
  ['вересня', 'сентября', 'september', 'sept', 'sep'],
  ['жовтня', 'октября', 'october', 'oct'],
  ['листопада', 'ноября', 'november', 'nov'],
  ['грудня', 'декабря', 'december', 'dec'],
];
const MONTH_NUMBER = new Map<string, number>();
MONTHS.forEach((names, i) => {
  for (const name of names) MONTH_NUMBER.set(name, i + 1);
});
const MONTH_NAMES = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(
  `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?![\\p{L}])(?:,?\\s+(\\d{4})(?!\\d))?`,
  'giu',
);
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.])(?:,?\\s+(\\d{4})(?!\\d))?`,
  'giu',
);

// A header sits right above its list: only this much text before the list is searched.
const MAX_HEADER_CHARS = 2000;

function spelled(day: string, month: string, year: string | undefined): string {
  const m = MONTH_NUMBER.get(month.toLowerCase());
  if (m === undefined) return `${day} ${month}`;
  return year === undefined ? `${day}.${m}` : `${day}.${m}.${year}`;
}

const ISO_DAY = /(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/** Rewrites dates with month names, and ISO dates, as D.M[.YYYY], so one set of patterns reads them all. */
function numericDates(text: string): string {
  let t = text.includes('-') ? text.replace(ISO_DAY, '$3.$2.$1') : text;
  if (/\p{L}{3}/u.test(t)) {
    t = t
      .replace(DAY_MONTH, (_all, day: string, month: string, year: string | undefined) => spelled(day, month, year))
      .replace(MONTH_DAY, (_all, month: string, day: string, year: string | undefined) => spelled(day, month, year));
  }
  return t;
}

// A yearless date more than this many days after publication belongs to the year before.
const YEARLESS_LOOKAHEAD_DAYS = 62;

// The last instant converted: a caller parsing one post asks for the same one several times,
// and a time-zone conversion costs more than parsing a whole report.
let lastPublished: string | undefined;
let lastPublishedDate: string | null = null;

/** The Kyiv calendar date of `published` (an ISO date or instant), or null when unreadable. */
export function publishedDate(published: string | undefined): string | null {
  if (published === undefined) return null;
  if (isIsoDate(published)) return published;
  if (published === lastPublished) return lastPublishedDate;
  const ms = Date.parse(published);
  const date = Number.isNaN(ms) ? null : kyivDate(new Date(ms));
  lastPublished = published;
  lastPublishedDate = date;
  return date;
}

function pad2(n: string): string {
  return n.length === 1 ? `0${n}` : n;
}

function resolve(day: string, month: string, year: string | undefined, published: () => string | null): string | null {
  const dd = pad2(day);
  const mm = pad2(month);
  if (year !== undefined) {
    const date = `${year.length === 2 ? `20${year}` : year}-${mm}-${dd}`;
    return isIsoDate(date) ? date : null;
  }
  // Yearless dates were written only in 2022; a publication time says which year otherwise.
  const pub = published();
  if (pub === null) {
    const date = `2022-${mm}-${dd}`;
    return isIsoDate(date) ? date : null;
  }
  const y = Number(pub.slice(0, 4));
  let date = `${y}-${mm}-${dd}`;
  if (isIsoDate(date) && date > addDays(pub, YEARLESS_LOOKAHEAD_DAYS)) date = `${y - 1}-${mm}-${dd}`;
  // 29.02 may exist in only one of the two years.
  return isIsoDate(date) ? date : null;
}

/**
 * The report date found in `headerLines` (the lines above a list, nearest last), or null.
 * `published` (ISO date or instant) picks the year of a yearless date.
 */
export function findHeaderDate(headerLines: readonly string[], published?: string): string | null {
  // Only a yearless date needs the publication date.
  const pub = (): string | null => publishedDate(published);
  let text = headerLines.join('\n');
  if (text.length > MAX_HEADER_CHARS) text = text.slice(text.length - MAX_HEADER_CHARS);
  text = numericDates(text);
  // Lines are joined, so a header wrapped right after "по" still reads. A date with its year
  // wins over a yearless one: a news title's "на 21 листопада" says less than the header's
  // "по 21.11.24", and yearless headers (2022) carry no year anywhere.
  let yearless: string | null = null;
  for (const m of text.matchAll(KEYWORD_DATE)) {
    const [day, month, year] = m[3] !== undefined ? [m[1], m[3], m[4]] : [m[1], m[5], m[6]];
    if (year === undefined) {
      yearless ??= resolve(day as string, month as string, undefined, pub);
      continue;
    }
    const date = resolve(day as string, month as string, year, pub);
    if (date !== null) return date;
  }
  if (yearless !== null) return yearless;
  for (const line of text.split('\n')) {
    let last: string | null = null;
    for (const m of line.matchAll(FULL_DATE)) last = resolve(m[1] as string, m[2] as string, m[3], pub) ?? last;
    for (const m of line.matchAll(DATE_RANGE)) last = resolve(m[1] as string, m[2] as string, m[3], pub) ?? last;
    if (last !== null) return last;
  }
  return null;
}
