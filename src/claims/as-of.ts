/**
 * The report date each claim belongs to: its own date in the sentence (a day of losses is
 * reported the next day), the month a period or an average covers (its last day), or, for a
 * current figure, the report the article is about; an old record without a date has none.
 */
import { addDays } from '../core/dates.ts';
import { daysInMonth } from './calendar.ts';
import { monthEnd, resolveDate } from './date-mentions.ts';
import type { DateMention } from './date-mentions.ts';
import type { Item } from './items.ts';
import { distance } from './work.ts';
import type { SentenceInfo, Work } from './work.ts';

export function nearestDate(info: SentenceInfo, it: Item): DateMention | null {
  let best: DateMention | null = null;
  let bestD = 400;
  for (const d of info.dates) {
    if (d.role === 'since') continue;
    const dist = distance(info.sentence.text, d, it);
    if (dist < bestD) {
      bestD = dist;
      best = d;
    }
  }
  return best;
}

function dayOfYear(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${date.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000) + 1;
}

/** The date a mention gives a figure: a day of losses is reported the next day. */
function dateFor(d: DateMention, published: string | null): string | null {
  const date = resolveDate(d, published);
  if (date === null) return null;
  return d.role === 'loss' ? addDays(date, 1) : date;
}

export function resolveDates(works: Work[], published: string | null, reportDate: string | null): void {
  // The report the article is about: a quoted block, else the first dated day or total of
  // Kyiv's tally, else the publication date.
  let gsDate = reportDate;
  if (gsDate === null) {
    for (const w of works) {
      if (w.claimant !== 'ua_general_staff' || w.previous || (w.kind !== 'daily' && w.kind !== 'cumulative')) continue;
      if (w.ownDate === null || w.ownDate.role === 'month') continue;
      const d = dateFor(w.ownDate, published);
      if (d !== null) {
        gsDate = d;
        break;
      }
    }
  }
  gsDate ??= published;
  for (const w of works) {
    const current = w.claimant === 'ua_general_staff' ? gsDate : published;
    const own = w.ownDate;
    const cue = w.cue;
    if (w.kind === 'average') {
      const monthNo = cue?.month ?? (own?.role === 'month' ? own.month : null);
      // (The month nearest the rate: "fell from 776 in March to 568 in April" gives each its own.)
      const monthCue = w.info.cues.filter((c) => c.tag === 'month').sort((a, b) => distance(w.info.sentence.text, a, w.item) - distance(w.info.sentence.text, b, w.item))[0];
      const m = monthNo ?? monthCue?.month ?? null;
      w.asOf = m !== null ? monthEnd(m, own?.year ?? null, published) : null;
      continue;
    }
    if (w.kind === 'period' && cue?.tag === 'month' && cue.month !== undefined) {
      const y = own?.role === 'month' && own.month === cue.month ? own.year : null;
      w.asOf = monthEnd(cue.month, y, published);
      w.periodDays = daysInMonth(y ?? (published !== null ? Number(published.slice(0, 4)) : 2023), cue.month);
      if (w.asOf !== null) w.periodDays = daysInMonth(Number(w.asOf.slice(0, 4)), cue.month);
      continue;
    }
    // "last year": the calendar year before the one the text was published in.
    if (w.kind === 'period' && cue?.tag === 'last_year') {
      if (published === null) {
        w.asOf = null;
        continue;
      }
      const y = Number(published.slice(0, 4)) - 1;
      w.asOf = `${y}-12-31`;
      w.periodDays = dayOfYear(w.asOf);
      continue;
    }
    if (w.kind === 'period' && cue?.tag === 'last_month') {
      const ref = current;
      if (ref === null) {
        w.asOf = null;
        continue;
      }
      const firstOfMonth = `${ref.slice(0, 8)}01`;
      w.asOf = addDays(firstOfMonth, -1);
      w.periodDays = Number(w.asOf.slice(8, 10));
      continue;
    }
    let date: string | null;
    if (own !== null && own.role !== 'month') date = dateFor(own, published);
    else if (own !== null) date = null;
    else date = w.previous ? null : current;
    w.asOf = date;
    if (w.kind === 'period' && date !== null) {
      if (cue?.tag === 'this_month') w.periodDays = Number(date.slice(8, 10));
      else if (cue?.tag === 'year_to_date') w.periodDays = dayOfYear(date);
    }
  }
}

