/**
 * Feed dates → ISO 8601 UTC, without `Date.parse`: it reads zone-less dates in the process time
 * zone, rolls 31 Feb over into March and knows neither MSK/EET nor Cyrillic month names.
 *
 * Policy, the same on every machine:
 * - a date with no zone is read as UTC (a publisher's local time cannot be known from the feed);
 * - a date with no time is midnight UTC;
 * - the weekday is ignored (feeds get it wrong), impossible calendar dates give null;
 * - two-digit years: 00–49 → 20xx, 50–99 → 19xx (RFC 2822);
 * - an all-digit value is a Unix time: below 10^11 seconds, otherwise milliseconds;
 * - d/m/y vs m/d/y with slashes is decided only when one part exceeds 12, else null;
 *   dotted `06.01.2025` is day first (the Ukrainian and Russian convention);
 * - far-past and future dates are returned as written; judging them is the caller's business.
 */

/** Offsets in minutes east of UTC. IST, CST (China) and other clashing names are left out on purpose. */
const ZONES: Record<string, number> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  MSD: 240,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  AEST: 600,
  AEDT: 660,
};

/** First three letters (lower-case) → month; English, Russian and Ukrainian, any case form. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  янв: 1, фев: 2, мар: 3, апр: 4, мая: 5, май: 5, июн: 6, июл: 7, авг: 8, сен: 9, окт: 10, ноя: 11, дек: 12,
  січ: 1, лют: 2, бер: 3, кві: 4, тра: 5, чер: 6, лип: 7, сер: 8, вер: 9, жов: 10, лис: 11, гру: 12,
};

const MONTH_WORD = '[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]{3,}\\.?';
const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:\\s*([AaPp])\\.?[Mm]\\.?)?';
const ZONE = '(?:\\s*(?:\\(?([A-Za-z]{1,5})\\)?)?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?)';
/** Text after the zone that carries nothing: a JS-style "(Eastern European Standard Time)". */
const TAIL = '(?:\\s*\\([^)]*\\))?';

/** `Mon, 06 Jan 2025 10:00:00 GMT`, `6 січня 2025 13:00`, `06-Jan-2025`, with or without time and zone. */
const DAY_FIRST = new RegExp(`^(?:[^\\d\\s,]+,?\\s+)?(\\d{1,2})[\\s-]+(${MONTH_WORD})[\\s-]+(\\d{2}|\\d{4})(?:\\s*(?:г|р|року|года)\\.?)?(?:,?\\s+(?:в\\s+|о\\s+|at\\s+)?${TIME}${ZONE})?${TAIL}$`);
/** `Jan 6, 2025 10:00 AM EST`, `Mon Jan 06 2025 10:00:00 GMT+0200 (…)`. */
const MONTH_FIRST = new RegExp(`^(?:[^\\d\\s,]+,?\\s+)?(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?${TIME}${ZONE})?${TAIL}$`);
/** asctime: `Mon Jan  6 10:00:00 2025`. */
const ASCTIME = new RegExp(`^[A-Za-z]{3}\\s+(${MONTH_WORD})\\s+(\\d{1,2})\\s+${TIME}\\s+(\\d{4})$`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:(Z|z|UTC|GMT)|([+-]\d{2}(?::?\d{2})?))?$/;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const NUMERIC = new RegExp(`^(\\d{1,4})([/.])(\\d{1,2})\\2(\\d{1,4})(?:,?\\s+${TIME}${ZONE})?$`);
const EPOCH = /^\d{1,15}$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC; 0 when the value carries no zone (the UTC policy). */
  offset: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length !== 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function monthOf(word: string): number | null {
  return MONTHS[word.toLowerCase().slice(0, 3)] ?? null;
}

/** `+0300`, `+03:00`, `+3`, `-05` → minutes; null when the digits cannot be an offset. */
function numericOffset(text: string): number | null {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return null;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 14 || min > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

/** A zone name, a numeric offset, or both (`GMT+3`). Undefined parts mean UTC; null means unreadable. */
function zoneOffset(name: string | undefined, numeric: string | undefined): number | null {
  let offset = 0;
  if (name !== undefined) {
    const base = ZONES[name.toUpperCase()];
    if (base === undefined) return null;
    // `GMT+3` is an offset from GMT; `EST+1` is nonsense.
    if (numeric !== undefined && base !== 0) return null;
    offset = base;
  }
  if (numeric !== undefined) {
    const n = numericOffset(numeric);
    if (n === null) return null;
    offset += n;
  }
  return offset;
}

function fraction(digits: string | undefined): number {
  if (!digits) return 0;
  return Math.floor(Number(`0.${digits}`) * 1000);
}

function clockHour(hour: number, meridiem: string | undefined): number | null {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}

function build(p: Parts): string | null {
  if (p.year < 1000 || p.year > 9999) return null;
  if (p.month < 1 || p.month > 12) return null;
  if (p.day < 1 || p.day > daysInMonth(p.year, p.month)) return null;
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return null;
  // A leap second is folded into the second before it.
  const second = Math.min(p.second, 59);
  const t = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, second, p.ms) - p.offset * 60_000;
  const d = new Date(t);
  if (Number.isNaN(t) || d.getUTCFullYear() < 1000 || d.getUTCFullYear() > 9999) return null;
  return d.toISOString();
}

interface TimeGroups {
  hour?: string | undefined;
  minute?: string | undefined;
  second?: string | undefined;
  frac?: string | undefined;
  meridiem?: string | undefined;
  zoneName?: string | undefined;
  zoneNumeric?: string | undefined;
}

function withTime(year: number, month: number, day: number, t: TimeGroups): string | null {
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  if (t.hour !== undefined) {
    const h = clockHour(Number(t.hour), t.meridiem);
    if (h === null) return null;
    hour = h;
    minute = Number(t.minute);
    second = t.second === undefined ? 0 : Number(t.second);
    ms = fraction(t.frac);
  }
  const offset = zoneOffset(t.zoneName, t.zoneNumeric);
  if (offset === null) return null;
  return build({ year, month, day, hour, minute, second, ms, offset });
}

function parseIso(m: RegExpExecArray): string | null {
  const offset = m[8] !== undefined ? 0 : m[9] !== undefined ? numericOffset(m[9]) : 0;
  if (offset === null) return null;
  return build({
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? 0 : Number(m[4]),
    minute: m[5] === undefined ? 0 : Number(m[5]),
    second: m[6] === undefined ? 0 : Number(m[6]),
    ms: fraction(m[7]),
    offset,
  });
}

function parseEpoch(digits: string): string | null {
  const n = Number(digits);
  // Seconds until the year 5138; beyond that the value can only be milliseconds.
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() > 9999) return null;
  return d.toISOString();
}

function parseNumeric(m: RegExpExecArray): string | null {
  const [, a, sep, b, c] = m;
  if (a === undefined || b === undefined || c === undefined) return null;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    // 2025/01/06: year first is always year-month-day.
    year = Number(a);
    month = Number(b);
    day = Number(c);
  } else if (c.length === 4 || c.length === 2) {
    year = fullYear(c);
    const first = Number(a);
    const second = Number(b);
    if (sep === '.') {
      day = first;
      month = second;
    } else if (first > 12 && second <= 12) {
      day = first;
      month = second;
    } else if (second > 12 && first <= 12) {
      month = first;
      day = second;
    } else {
      return null;
    }
  } else {
    return null;
  }
  return withTime(year, month, day, { hour: m[5], minute: m[6], second: m[7], frac: m[8], meridiem: m[9], zoneName: m[10], zoneNumeric: m[11] });
}

/** A feed date as an ISO 8601 UTC string (`2025-01-06T10:00:00.000Z`), or null when it cannot be read. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s === '' || s.length > 100) return null;

  if (EPOCH.test(s)) return s.length >= 9 ? parseEpoch(s) : null;

  let m = ISO.exec(s);
  if (m) return parseIso(m);

  m = ISO_BASIC.exec(s);
  if (m) {
    const offset = m[8] === undefined || /z/i.test(m[8]) ? 0 : numericOffset(m[8]);
    if (offset === null) return null;
    return build({
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6]),
      ms: fraction(m[7]),
      offset,
    });
  }

  m = DAY_FIRST.exec(s);
  if (m) {
    const month = monthOf(m[2] ?? '');
    if (month === null || m[1] === undefined || m[3] === undefined) return null;
    return withTime(fullYear(m[3]), month, Number(m[1]), {
      hour: m[4], minute: m[5], second: m[6], frac: m[7], meridiem: m[8], zoneName: m[9], zoneNumeric: m[10],
    });
  }

  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthOf(m[1] ?? '');
    if (month === null || m[2] === undefined || m[3] === undefined) return null;
    return withTime(Number(m[3]), month, Number(m[2]), {
      hour: m[4], minute: m[5], second: m[6], frac: m[7], meridiem: m[8], zoneName: m[9], zoneNumeric: m[10],
    });
  }

  m = ASCTIME.exec(s);
  if (m) {
    const month = monthOf(m[1] ?? '');
    if (month === null || m[2] === undefined || m[8] === undefined) return null;
    return withTime(Number(m[8]), month, Number(m[2]), { hour: m[3], minute: m[4], second: m[5], frac: m[6], meridiem: m[7] });
  }

  m = NUMERIC.exec(s);
  if (m) return parseNumeric(m);

  return null;
}
