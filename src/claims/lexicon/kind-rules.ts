/**
 * Window rules built from the languages' data, in kind.ts's own rule shape: day, rate and
 * total words; stretches with their length; a month after a preposition ("за жовтень",
 * "im November"); a past year ("упродовж 2025 року", "en 2024"); a span of days ("з 10 по 16
 * листопада", "du 10 au 16 novembre").
 */
import { MONTH_WORDS, monthOf, yearDays } from '../calendar.ts';
import type { KindCue } from '../kind.ts';
import { LEXICONS } from './index.ts';

type Made = Omit<KindCue, 'start' | 'end'>;
export type LangKindRule = readonly [pattern: string, make: (m: RegExpExecArray) => Made | null];

const all = (pick: (k: NonNullable<(typeof LEXICONS)[number]['kind']>) => readonly string[] | undefined): string[] =>
  LEXICONS.flatMap((l) => (l.kind === undefined ? [] : (pick(l.kind) ?? [])));

const MONTHS = MONTH_WORDS.join('|');

function rules(): LangKindRule[] {
  const out: LangKindRule[] = [];
  const daily = all((k) => k.daily);
  if (daily.length > 0) out.push([daily.join('|'), () => ({ kind: 'daily', strength: 3, days: 1 })]);
  const average = all((k) => k.average);
  if (average.length > 0) out.push([average.join('|'), () => ({ kind: 'average', strength: 4, days: 1 })]);
  const month = all((k) => k.averageMonth);
  if (month.length > 0) out.push([month.join('|'), () => ({ kind: 'average', strength: 4, days: 30 })]);
  const cumulative = all((k) => k.cumulative);
  if (cumulative.length > 0) out.push([cumulative.join('|'), () => ({ kind: 'cumulative', strength: 3, days: null })]);
  // One rule per length: every sentence is matched against each rule, so fewer rules read faster.
  const byDays = new Map<number | null, string[]>();
  for (const l of LEXICONS) for (const [p, days] of l.kind?.period ?? []) byDays.set(days, [...(byDays.get(days) ?? []), p]);
  for (const [days, ps] of byDays) out.push([ps.join('|'), () => ({ kind: 'period', strength: 3, days })]);
  const same = all((k) => k.same);
  if (same.length > 0) out.push([same.join('|'), () => ({ kind: 'period', strength: 3, days: null, tag: 'same' })]);
  const preps = all((k) => k.monthPrepositions);
  if (preps.length > 0) {
    out.push([
      `(?:${preps.join('|')}) (${MONTHS})(?![\\p{L}])`,
      (m) => {
        const month = monthOf(m[1] as string);
        return month === null ? null : { kind: 'period', strength: 3, days: null, tag: 'month', month };
      },
    ]);
  }
  const since = all((k) => k.sinceMonth);
  if (since.length > 0) {
    out.push([
      `(?:${since.join('|')}) (${MONTHS})(?![\\p{L}])`,
      // February opens the war ("с февраля 2022"): that is the shared rules' total, not a stretch.
      (m) => (monthOf(m[1] as string) === 2 ? null : { kind: 'period', strength: 3, days: null }),
    ]);
  }
  const years = all((k) => k.year);
  if (years.length > 0) {
    // A past calendar year as the window; a year ending a "since" is caught by the shared rules first (longer match).
    out.push([years.map((y) => y.replaceAll('YEAR', '(20[2-3]\\d)')).join('|'), (m) => ({ kind: 'period', strength: 3, days: yearDays(m) ?? 365, tag: 'year' })]);
  }
  const area = all((k) => k.area);
  if (area.length > 0) out.push([area.join('|'), () => ({ kind: 'period', strength: 2, days: null, tag: 'area' })]);
  const ranges = all((k) => k.dayRange);
  for (const r of ranges) {
    out.push([
      `${r}\\.?\\s*(?:de\\s+)?(?:${MONTHS})(?![\\p{L}])`,
      (m) => {
        const a = Number(m[1]);
        const b = Number(m[2]);
        return b > a && b - a < 31 ? { kind: 'period', strength: 3, days: b - a + 1 } : null;
      },
    ]);
  }
  return out;
}

export const LANG_KIND_RULES: readonly LangKindRule[] = rules();
