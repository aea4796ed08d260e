/**
 * Dates in prose and what they mean for a figure: the day of the losses ("On November 24,
 * Russia lost", "за минулу добу, 22 листопада": the report comes the next day), the day of the
 * statement ("the ministry said on Friday", "recorded on Jan. 5"), an as-of date ("станом на",
 * "al 3 de junio"), or a past month ("in March 2023"). Weekdays and "yesterday" need the
 * publication date; without it they resolve to nothing.
 */
import { addDays, isIsoDate } from '../core/dates.ts';
import { publishedDate } from '../report/header-date.ts';
import { MONTH_WORDS, WEEKDAY_WORDS, daysInMonth, monthOf, weekdayOf } from './calendar.ts';
import { foldForGate, gateOf, mayMatch } from './literal-gate.ts';
import { execAll } from './match-all.ts';
import { native } from './native.ts';

export type DateRole = 'loss' | 'statement' | 'as_of' | 'since' | 'month';

export interface DateMention {
  start: number;
  end: number;
  day: number | null;
  month: number | null;
  year: number | null;
  weekday: number | null;
  /** Days before publication: -1 yesterday, 0 today. */
  relative: number | null;
  role: DateRole;
}

const M = MONTH_WORDS.join('|');
const WD = WEEKDAY_WORDS.join('|');
const ORD = '(?:st|nd|rd|th)?';

type Raw = Omit<DateMention, 'role'> & { forced?: DateRole };

function mk(start: number, end: number, fields: Partial<Raw>): Raw {
  return { start, end, day: null, month: null, year: null, weekday: null, relative: null, ...fields };
}

function year(y: string | undefined): number | null {
  if (y === undefined) return null;
  const v = Number(y);
  return y.length === 2 ? 2000 + v : v;
}

const PATTERNS: readonly (readonly [RegExp, (m: RegExpExecArray) => Partial<Raw> | null])[] = [
  [/(\d{4})-(\d{2})-(\d{2})/g, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g, (m) => ({ day: Number(m[1]), month: Number(m[2]), year: year(m[3]) })],
  // "between March 3 and 4": the report of the 4th.
  [new RegExp(`between (${M})\\.? (\\d{1,2})${ORD} and (\\d{1,2})${ORD}(?:,? (\\d{4}))?`, 'giu'), (m) => month(m[1], m[3], m[4], 'as_of')],
  [new RegExp(`(?<![\\p{L}])(${M})\\.?\\s?(\\d{1,2})${ORD}(?![\\d])(?:(?:,|\\s+-|\\s)\\s*(\\d{4}))?`, 'giu'), (m) => month(m[1], m[2], m[3])],
  [new RegExp(`(?<![\\d.])(\\d{1,2})${ORD}\\.?\\s+(?:de\\s+|of\\s+)?(${M})(?![\\p{L}])(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'giu'), (m) => month(m[2], m[1], m[3])],
  [new RegExp(`(?<![\\p{L}])(?:early |late |mid-|the end of |the beginning of |end of |beginning of )?(${M})(?: of)?,? (\\d{4})(?![\\d])`, 'giu'), (m) => month(m[1], undefined, m[2], 'month')],
  [/(?<![\p{L}\d])(?:early |late |mid-|in )(20\d{2})(?![\d])/giu, (m) => ({ year: Number(m[1]), forced: 'month' })],
  [new RegExp(`(?<![\\p{L}])(${WD})(?:'s)?(?![\\p{L}])`, 'giu'), (m) => weekday(m[1])],
  [/(?<![\p{L}])(?:yesterday|вчора|вчера|wczoraj|gestern|ayer|ieri)(?![\p{L}])/giu, () => ({ relative: -1 })],
  [/(?<![\p{L}])(?:today|сьогодні|сегодня|dzisiaj|dziś|heute|hoy|astăzi|aujourd'hui)(?![\p{L}])/giu, () => ({ relative: 0 })],
];

// Each pattern with the literal pieces a sentence needs for it to match (literal-gate.ts).
const GATED = PATTERNS.map(([re, make]) => [native(re), make, gateOf(re.source)] as const);

function month(name: string | undefined, day: string | undefined, y: string | undefined, forced?: DateRole): Partial<Raw> | null {
  const mo = monthOf(name ?? '');
  if (mo === null) return null;
  const d = day === undefined ? null : Number(day);
  if (d !== null && (d < 1 || d > 31)) return null;
  return { month: mo, day: d, year: year(y), ...(forced ? { forced } : {}) };
}

function weekday(name: string | undefined): Partial<Raw> | null {
  const w = weekdayOf(name ?? '');
  // English weekdays are capitalised; "marți"/"joi" are weekdays only in Romanian text anyway.
  return w === null ? null : { weekday: w };
}

// "since the invasion began on February 24": the date opens the count.
const SINCE_CLAUSE = /(?:since|з початку|від початку|с начала|od początku|seit|desde|depuis)[^,;.]*(?:began|started|launched|invaded|invasion|war|aggression|розпоча\p{L}*|почал\p{L}*|началось|вторгнення|війни|вторжения|войны|сво|операции|rozpoczęł\p{L}*|inwazji|wojny|begann|invasion|krieges|comenzó|invasión|guerra)\s+(?:on|in|of|від|з|с|от|w|am|im|el|en)?\s*$/iu;
// The article after the preposition ("seit dem", "desde el", "depuis le") and Romanian "din".
const SINCE_BEFORE = /(?:since|from|з|із|від|с|со|od|seit|desde|depuis|de la|din)\s+(?:the\s+|dem\s+|el\s+|le\s+|dnia\s+)?$/iu;
const DATELINE_PLACE = /^\s*(?:[\p{Lu}][\p{L}/ .'-]{1,40},\s*)?$/u;
const DATELINE_DASH = /^\s*(?:,\s*\d{4}\s*)?(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014]\s/u;
const AS_OF_BEFORE = /(?:as of|as at|станом на|по состоянию на|на|stan na|stand|al|to|по|до|until|through|till|hasta el|hasta|bis zum|până la|à la date du)\s+(?:the\s+)?$/iu;
const SPEECH_NEAR =
  /(?:said|says|say|reported|reports|announced|claimed|claims|stated|declared|updated|recorded|registered|released|published|told|added|noted|revealed|confirmed|estimated|named|admitted|acknowledged|spoke|sagte|erklärte|sprach|gesprochen|berichtete|powiedział\p{L}*|mówił|oświadczył\p{L}*|stwierdził\p{L}*|dijo|afirmó|aseguró|declaró|a spus|a precizat|сказав|заявив|зазначив|розповів|сказал|заявил|отметил|заяви\p{L}*|повідоми\p{L}*|сообщи\p{L}*|зафіксова\p{L}*|зафиксирова\p{L}*|оголоси\p{L}*|объяви\p{L}*|podał\p{L}*|poinformował\p{L}*|przekazał\p{L}*|mitgeteilt|teilte|meldete|informó|inform\p{L}*|anunció|anunț\p{L}*|transmis|a declarat)/iu;
const LOSS_NEAR =
  /(?:lost|lose|loses|killed|died|suffered|destroyed|eliminated|wounded|втратил\p{L}*|знищил\p{L}*|знищено|ліквідова\p{L}*|загинул\p{L}*|потерял\p{L}*|уничтож\p{L}*|погибл\p{L}*|stracił\p{L}*|zginęł\p{L}*|zniszcz\p{L}*|verloren|getötet|gefallen|perdió|perdido|murieron|muertos|pierdut|uciș\p{L}*|au murit)/iu;
const DAILY_NEAR = /(?:доб[уи]|сутки|суток|24 hours|24 годин|24 часа|24 godzin|24 horas|24 stunden|24 de ore)[\s,]*$/iu;

// Global copies for lastIndexOf, compiled once rather than on every call.
const GLOBAL = new Map([SPEECH_NEAR, LOSS_NEAR].map((re) => [re, new RegExp(re.source, 'giu')]));

function lastIndexOf(re: RegExp, text: string): number {
  let at = -1;
  for (const m of execAll(GLOBAL.get(re) ?? new RegExp(re.source, 'giu'), text)) at = m.index + m[0].length;
  return at;
}

function firstIndexOf(re: RegExp, text: string): number {
  const m = re.exec(text);
  return m ? m.index : -1;
}

const STATEMENT_OF_DAY = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:announcement|statement|briefing|remarks|address|speech|interview|comments|press conference)(?![\p{L}])/iu;

/** What a date in a sentence dates: the losses, the statement, a total as of it, or it opens a "since". */
function roleOf(s: string, start: number, end: number): DateRole {
  const before = s.slice(Math.max(0, start - 40), start);
  // "Friday's announcement", "Tuesday's briefing": the day of the statement, not of the losses.
  if (STATEMENT_OF_DAY.test(/['’]s$/u.test(s.slice(start, end)) ? s.slice(end - 2, end + 50) : s.slice(end, end + 50))) return 'statement';
  // "Wednesday's total": the figures of that day.
  if (/^'s/.test(s.slice(end - 2, end + 1)) || /'s$/.test(s.slice(start, end))) return 'loss';
  // A dateline: "(Agency - 5th June, 2024)", "date 2024-06-05".
  if (/^\s*\)/.test(s.slice(end, end + 3)) || /(?:^|\s)date:?\s*$/i.test(before)) return 'statement';
  // "KYIV, July 16, 2024 - Russian forces lost …": a dateline opening a paragraph dates the
  // story, not the losses the verb after it reports.
  if (start <= 48 && DATELINE_PLACE.test(s.slice(0, start)) && DATELINE_DASH.test(s.slice(end, end + 48))) return 'statement';
  if (SINCE_CLAUSE.test(s.slice(Math.max(0, start - 60), start))) return 'since';
  if (SINCE_BEFORE.test(before)) return 'since';
  if (AS_OF_BEFORE.test(before)) return 'as_of';
  if (DAILY_NEAR.test(before)) return 'loss';
  // "…, 1,320 on Monday", "and 1,480 on Wednesday": a figure of a list hung on its own day.
  if (/(?:,|(?<![\p{L}])and)\s+(?:another\s+)?\d[\d,.]*\s+on\s+$/iu.test(before)) return 'loss';
  // "the heaviest days were November 28, with 2,030 casualties": a figure hung on the date is that day's.
  if (/^,?\s*(?:with|[\u2013\u2014:])\s+(?:(?:just|some|about|around|nearly|almost|more than|over)\s+)?\d/iu.test(s.slice(end, end + 30))) return 'loss';
  // The verb right before the date ("lost … on November 11", "said on Saturday").
  const speechBefore = lastIndexOf(SPEECH_NEAR, before);
  const lossBefore = lastIndexOf(LOSS_NEAR, before);
  const near = before.length - 28;
  if ((speechBefore >= 0 && speechBefore > near) || (lossBefore >= 0 && lossBefore > near)) return speechBefore > lossBefore ? 'statement' : 'loss';
  // A date that opens a clause: the first verb after it ("On Friday, Kyiv's general staff reported").
  const after = s.slice(end, end + 80);
  const speechAfter = firstIndexOf(SPEECH_NEAR, after);
  const lossAfter = firstIndexOf(LOSS_NEAR, after);
  if (lossAfter >= 0 && (speechAfter < 0 || lossAfter < speechAfter)) return 'loss';
  return 'statement';
}

const FIGURE_ON = /\d\s+(?:[\p{L}-]+\s+){0,2}?on\s+$/u;
const DAY_LIST_GAP = /^\s*,?\s*(?:and|while|with)\s+(?:another\s+)?\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}?on\s+$/u;

/** Date mentions in a sentence, left to right. */
export function findDates(s: string): DateMention[] {
  const raws: Raw[] = [];
  const folded = foldForGate(s);
  for (const [re, make, gate] of GATED) {
    if (!mayMatch(gate, folded)) continue;
    re.lastIndex = 0;
    for (const m of execAll(re, s)) {
      const fields = make(m as RegExpExecArray);
      if (fields === null) continue;
      raws.push(mk(m.index, m.index + m[0].length, fields));
    }
  }
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  let lastEnd = -1;
  for (const r of raws) {
    if (r.start < lastEnd) continue;
    lastEnd = r.end;
    const { forced, ...rest } = r;
    let role: DateRole = forced ?? (rest.day === null && rest.weekday === null && rest.relative === null ? 'month' : roleOf(s, r.start, r.end));
    if (role === 'month' && (SINCE_CLAUSE.test(s.slice(Math.max(0, r.start - 60), r.start)) || SINCE_BEFORE.test(s.slice(Math.max(0, r.start - 20), r.start)))) role = 'since';
    out.push({ ...rest, role });
  }
  // "590 on Saturday and 620 on Sunday": days named each right after its figure, in one list, are the days of those figures.
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1] as DateMention;
    const b = out[k] as DateMention;
    if (a.weekday !== null && b.weekday !== null && FIGURE_ON.test(s.slice(Math.max(0, a.start - 40), a.start)) && DAY_LIST_GAP.test(s.slice(a.end, b.start))) {
      a.role = 'loss';
      b.role = 'loss';
    }
  }
  return out;
}

// A yearless date more than this far after publication belongs to the year before.
const LOOKAHEAD_DAYS = 7;

/** The calendar date a mention names, or null when the text and publication date cannot fix it. */
export function resolveDate(d: DateMention, published: string | null): string | null {
  if (d.relative !== null) return published === null ? null : addDays(published, d.relative);
  if (d.weekday !== null) {
    if (published === null) return null;
    const pubDay = new Date(`${published}T00:00:00Z`).getUTCDay();
    return addDays(published, -((pubDay - d.weekday + 7) % 7));
  }
  if (d.day === null || d.month === null) return null;
  let y = d.year;
  if (y === null) {
    if (published === null) return null;
    y = Number(published.slice(0, 4));
    if (iso(y, d.month, d.day) > addDays(published, LOOKAHEAD_DAYS)) y -= 1;
  }
  const date = iso(y, d.month, d.day);
  return isIsoDate(date) ? date : null;
}

/** The last day of a month named without a day ("in January", "í febrúar"); year from the text or publication. */
export function monthEnd(monthNo: number, y: number | null, published: string | null): string | null {
  let yy = y;
  if (yy === null) {
    if (published === null) return null;
    yy = Number(published.slice(0, 4));
    if (monthNo > Number(published.slice(5, 7))) yy -= 1;
  }
  return iso(yy, monthNo, daysInMonth(yy, monthNo));
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const URL_DATE = /\/(20\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$|\?)/;
const DATE_MARK = /(?:^|\s)date:?\s+(\d{4}-\d{2}-\d{2})/i;
const LINE_DATE = [
  new RegExp(`(?<![\\p{L}])(${M})\\.?\\s?(\\d{1,2})${ORD}(?:,|\\s+-|\\s)\\s*(\\d{4})`, 'iu'),
  new RegExp(`(?<![\\d])(\\d{1,2})${ORD}\\.?\\s+(?:de\\s+)?(${M}),?\\s+(?:de\\s+)?(\\d{4})`, 'iu'),
];
// A dateline sits in the first lines; photo captions further down do not date the article.
const DATELINE_LINES = 4;
const DATELINE_MAX_CHARS = 120;
const DATELINE_OTHER_LETTERS = 40;

// A place in capitals (or none), then the date, then a dash: "KYIV, 12 November 2024 -", "MOSCOW/KYIV, 1 December 2023 -".
const DATELINE_OPENING = /^\s*(?:[\p{Lu}][\p{Lu}\p{L}/ .'-]{1,40},\s*(?:[\p{Lu}][\p{L}]+,\s*)?)?[\p{L}\d][\p{L}\d .,]{4,24}?\d{4}\s*(?:[-\u2013\u2014]|\(|$)/u;
// A line that is a date, alone or before a section name: "Date: 09.01.2025", "12.03.2023 | Europe", "11/11/2024".
const NUMERIC_DATE_LINE = /^\s*(?:(?:date|published|updated|posted)\s*:?\s*)?(\d{1,2})([./])(\d{1,2})\2(20\d{2})\s*(?:[|,\u2022\u00b7-].{0,40})?$/iu;

function numericDateLine(line: string): string | null {
  const m = NUMERIC_DATE_LINE.exec(line);
  if (!m) return null;
  let day = Number(m[1]);
  let month = Number(m[3]);
  // Dots are day.month; slashes are month/day only when the day could not be the first.
  if (m[2] === '/' && month > 12 && day <= 12) [day, month] = [month, day];
  const date = iso(Number(m[4]), month, day);
  return isIsoDate(date) ? date : null;
}

/** The publication date an article gives: a date in its URL path, a "date …" mark or a dateline. */
export function inferPublished(text: string, url?: string): string | null {
  const mark = DATE_MARK.exec(text.slice(0, 300));
  if (mark && isIsoDate(mark[1] as string)) return mark[1] as string;
  if (url !== undefined) {
    let path = url;
    try {
      path = new URL(url).pathname;
    } catch {
      // Not a URL: search the string as given.
    }
    const m = URL_DATE.exec(path);
    if (m) {
      const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (isIsoDate(date)) return date;
    }
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '').slice(0, DATELINE_LINES);
  for (const line of lines) {
    const numeric = numericDateLine(line);
    if (numeric !== null) return numeric;
    // "KYIV, July 16, 2024 - Russian forces lost …": a dateline opening the first paragraph.
    const opening = DATELINE_OPENING.exec(line);
    if (opening) {
      const head = opening[0];
      for (const [k, re] of LINE_DATE.entries()) {
        const m = re.exec(head);
        if (!m) continue;
        const mo = monthOf((k === 0 ? m[1] : m[2]) as string);
        const date = mo === null ? null : iso(Number(m[3]), mo, Number(k === 0 ? m[2] : m[1]));
        if (date !== null && isIsoDate(date)) return date;
      }
    }
    if (line.trim().length > DATELINE_MAX_CHARS) continue;
    for (const [k, re] of LINE_DATE.entries()) {
      const m = re.exec(line);
      if (!m) continue;
      // A dateline is mostly the date; "… since February 24, 2022" in a headline is not one.
      const rest = (line.slice(0, m.index) + line.slice(m.index + m[0].length)).replace(/[^\p{L}]/gu, '');
      if (rest.length > DATELINE_OTHER_LETTERS || /(?:since|from|on|до|з|с|od|seit|desde)\s*$/iu.test(line.slice(0, m.index))) continue;
      const mo = monthOf((k === 0 ? m[1] : m[2]) as string);
      const day = Number(k === 0 ? m[2] : m[1]);
      if (mo === null) continue;
      const date = iso(Number(m[3]), mo, day);
      if (isIsoDate(date)) return date;
    }
  }
  return null;
}

/** The Kyiv calendar date of an ISO date or instant, or null. */
export function toDate(published: string | undefined): string | null {
  return publishedDate(published);
}
