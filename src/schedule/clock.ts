/**
 * Wall-clock arithmetic in a named time zone, from Intl alone: the report window is a time of
 * day in Kyiv, and Kyiv moves its clocks twice a year.
 */

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
export const DAY_MINUTES = 1440;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs ~100 µs. Throws RangeError for an unknown zone. */
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  return f;
}

/** True when Intl knows the zone. */
export function isTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

interface Wall {
  date: string;
  /** Milliseconds since local midnight. */
  ms: number;
}

function wall(at: number, tz: string): Wall {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(at))) parts[p.type] = p.value;
  const ms = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + (((at % 1000) + 1000) % 1000);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, ms };
}

/** The local calendar date of an instant. */
export function localDate(at: number, tz: string): string {
  return wall(at, tz).date;
}

/** Minutes since local midnight (fractional). */
export function minuteOfDay(at: number, tz: string): number {
  return wall(at, tz).ms / MINUTE;
}

/** The zone's offset from UTC at an instant, in ms (Kyiv: +2 h in winter, +3 h in summer). */
function offsetAt(at: number, tz: string): number {
  const w = wall(at, tz);
  return Date.parse(`${w.date}T00:00:00Z`) + w.ms - at;
}

/**
 * The instant at which the local clock in `tz` shows `minute` minutes past midnight on `date`.
 * In a spring-forward gap the time does not exist and the instant an hour later is returned.
 */
export function zonedInstant(date: string, minute: number, tz: string): number {
  const naive = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE;
  let at = naive - offsetAt(naive, tz);
  // A second pass settles instants near a clock change, where the first guess used the other offset.
  at = naive - offsetAt(at, tz);
  return at;
}

/** `date` ± days, as YYYY-MM-DD. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
