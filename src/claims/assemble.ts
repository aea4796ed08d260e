/**
 * Turns the figures read sentence by sentence into claims: who states each one (in its
 * sentence, in a "This was reported by …" after it, or carried from the figure before), what
 * window it covers, whose losses, the report date it belongs to, and whether it is a record.
 */
import type { Category } from '../core/categories.ts';
import { addDays } from '../core/dates.ts';
import { daysInMonth } from './calendar.ts';
import { findAttributions, reportsBackwards } from './claimant.ts';
import type { Attribution } from './claimant.ts';
import { findDates, monthEnd, resolveDate } from './dates.ts';
import type { DateMention } from './dates.ts';
import type { Item } from './items.ts';
import { findKindCues } from './kind.ts';
import type { KindCue } from './kind.ts';
import { findRecordCues, isPreviousRecord } from './record.ts';
import type { RecordCue } from './record.ts';
import type { Sentence } from './sentences.ts';
import { subjectOf } from './subject.ts';
import type { Claim, Claimant, Kind, Metric } from './types.ts';

export type ClaimantSource = 'sentence' | 'next' | 'carry' | 'first' | 'default' | 'report';

/** A claim with where it was found, for dedupe and record rules. */
export interface Located {
  claim: Claim;
  sentence: number;
  pos: number;
  source: ClaimantSource;
  /** An old record the text compares with. */
  previous: boolean;
  /** No word gave the window: it was inferred from the size of the figure or who said it. */
  guessedKind: boolean;
}

// The most a single day of the General Staff's tally has ever held, with room: above it a figure
// without a window word is a total, not a day.
const DAILY_MAX: Record<Category | 'other', number> = {
  personnel: 3000, tanks: 120, afv: 250, artillery: 250, mlrs: 60, air_defense: 40, aircraft: 45, helicopters: 20,
  uav: 1500, cruise_missiles: 100, ships: 5, submarines: 1, vehicles_fuel_tanks: 400, special_equipment: 60,
  ground_robotic_systems: 80, other: 500,
};

interface SentenceInfo {
  sentence: Sentence;
  attributions: Attribution[];
  cues: KindCue[];
  dates: DateMention[];
  records: RecordCue[];
}

interface Work {
  item: Item;
  info: SentenceInfo;
  kind: Kind | null;
  cue: KindCue | null;
  claimant: Claimant;
  source: ClaimantSource;
  subject: 'ru' | 'ua';
  previous: boolean;
  record: boolean;
  asOf: string | null;
  periodDays: number | null;
  ownDate: DateMention | null;
  guessedKind: boolean;
}

const BOUNDARY = /[;:()\u2013\u2014]|,(?!\d)| - /g;

/** Characters between two offsets, with a clause boundary costing as much as 50 of them. */
function gap(s: string, a: number, b: number): number {
  if (b <= a) return 0;
  const t = s.slice(a, b);
  return b - a + 50 * (t.match(BOUNDARY)?.length ?? 0);
}

function itemStart(it: Item): number {
  return Math.min(it.start, it.noun.start);
}

function distance(s: string, span: { start: number; end: number }, it: Item): number {
  // From the figure itself: a noun before it ("killed on Sunday and another 1,950") is not where it stands.
  const a = it.start;
  if (span.end <= a) return gap(s, span.end, a);
  if (span.start >= it.end) return gap(s, it.end, span.start);
  return 0;
}

const SPEECH_BETWEEN = /(?:said|says|declared|announced|named|told|reported|spoke|acknowledged|admitted|confirmed|stated|estimated|gesprochen|sagte|erklärte|dijo|declaró|powiedział|заяви\p{L}*|сказа\p{L}*|объяви\p{L}*|оголоси\p{L}*)/iu;

/** Whether a cue may describe a figure at all. */
function fits(s: string, cue: KindCue, it: Item, dated: boolean, own = true): boolean {
  // No day holds three times the most a day ever held ("ще 370 тисяч" is no day's change).
  if (cue.kind === 'daily' && it.num.value > 3 * DAILY_MAX[it.noun.metric]) return false;
  if (cue.adjacent !== undefined) {
    // "another Russian aircraft": the word is the figure ("a", one) and its window at once.
    if (cue.start < it.num.end && cue.end > it.num.start) return true;
    const d = cue.adjacent === 'before' ? it.num.start - cue.end : cue.start - it.num.end;
    return d >= 0 && d <= 2;
  }
  // A named day of losses makes a day's figure only of a figure a day can hold.
  if (dated && it.num.value > DAILY_MAX[it.noun.metric]) return false;
  // "the previous high was recorded in October": the month dates the record, it is no window.
  if (cue.tag === 'month' && /(?:recorded|reported|set|registered|announced|said|зафіксова\p{L}*|зафиксирова\p{L}*)\s+(?:\p{L}+\s+)?$/iu.test(s.slice(Math.max(0, cue.start - 30), cue.start + 3).replace(/\s*\p{L}+\s*$/u, ' '))) return false;
  // "in September 2022 — then they declared 5,937": a month with its year dates the statement.
  if (cue.tag === 'month' && /^,?\s*\d{4}/.test(s.slice(cue.end, cue.end + 8))) {
    const between = cue.end <= it.num.start ? s.slice(cue.end, it.num.start) : s.slice(it.end, cue.start);
    if (SPEECH_BETWEEN.test(between)) return false;
  }
  // A day's window shared from another figure of the sentence: only for a figure a day can hold.
  if (!own && cue.kind === 'daily' && it.num.value > DAILY_MAX[it.noun.metric]) return false;
  return true;
}

/** Kinds from the cues of one sentence: each cue goes to its nearest figure; others share the best. */
function kindsBy(info: SentenceInfo, items: readonly Item[]): { cue: KindCue | null; own: boolean }[] {
  const s = info.sentence.text;
  const cues: KindCue[] = [...info.cues];
  const dated = new Set<KindCue>();
  // A day named as the day of the losses says "one day" ("On Wednesday, 660 … were killed").
  for (const d of info.dates) {
    if (d.role === 'loss' && (d.day !== null || d.weekday !== null || d.relative !== null)) {
      const cue: KindCue = { start: d.start, end: d.end, kind: 'daily', strength: 3, days: 1 };
      cues.push(cue);
      dated.add(cue);
    }
  }
  const own: KindCue[][] = items.map(() => []);
  const shared: KindCue[] = [];
  for (const cue of cues) {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    items.forEach((it, k) => {
      if (!fits(s, cue, it, dated.has(cue))) return;
      // A named day follows its figure ("1,770 killed on Sunday and another 1,950 on Monday").
      const d = distance(s, cue, it) + (dated.has(cue) && cue.end <= it.start ? 20 : 0);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    });
    if (best < 0) continue;
    own[best]?.push(cue);
    if (cue.adjacent === undefined) shared.push(cue);
  }
  return items.map((it, k) => {
    const mine = own[k] ?? [];
    // A rate: "a day on average", "an average of … each month" (the unit, when given, sets its days).
    const avg = cues.find((c) => c.kind === 'average' && c.days !== 1) ?? cues.find((c) => c.kind === 'average');
    if (avg !== undefined && (mine.some((c) => c.kind === 'average') || mine.length === 0)) return { cue: avg, own: true };
    if (mine.length > 0) return { cue: pick(s, mine, it, 0), own: true };
    const usable = shared.filter((c) => fits(s, c, it, dated.has(c), false));
    return { cue: usable.length > 0 ? pick(s, usable, it, 100) : null, own: false };
  });
}

// Between two figures of one list: commas, "and", or a bracket belonging to the first.
const LIST_BETWEEN = /^[\s,;]*(?:and|as well as|і|та|й|и|y|i|oraz|und|și|et|ve)?[\s,;]*$/iu;

function listed(s: string, a: Item, b: Item): boolean {
  return LIST_BETWEEN.test(s.slice(a.end, b.start).replace(/\([^)]*\)/g, ''));
}

/**
 * An attribution speaks for a figure unless another figure, not in a list with it, stands
 * between them ("1,950 troops dying within a day … ended with 28 tanks and 100 troops killed,
 * according to reports": the reports are about the tanks and troops).
 */
function screened(s: string, items: readonly Item[], it: Item, x: Attribution): boolean {
  const lo = x.end <= it.start ? x.end : it.end;
  const hi = x.end <= it.start ? it.start : x.start;
  const between = items.filter((o) => o !== it && o.start >= lo && o.end <= hi);
  if (between.length === 0) return false;
  const nearest = x.end <= it.start ? between[between.length - 1] : between[0];
  if (nearest === undefined) return false;
  const [first, second] = x.end <= it.start ? [nearest, it] : [it, nearest];
  return s.slice(first.end, second.start).length > 40;
}

function pick(s: string, cues: readonly KindCue[], it: Item, perStrength: number): KindCue {
  let best = cues[0] as KindCue;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of cues) {
    const score = perStrength === 0 ? c.strength * 10_000 - distance(s, c, it) : c.strength * perStrength - distance(s, c, it);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function nearestDate(info: SentenceInfo, it: Item): DateMention | null {
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

function quoteOf(s: string, it: Item): string {
  const a = itemStart(it);
  const b = it.end;
  let from = a;
  // Back to the clause start, taking the qualifier and what leads to the figure.
  for (let i = a - 1; i >= Math.max(0, a - 110); i--) {
    const c = s[i] as string;
    if ((c === ',' && !/\d/.test(s[i + 1] ?? '')) || c === ';' || c === '(' || c === ':' || c === '\u2014' || c === '\u2013') break;
    from = i;
  }
  // Never start inside a word.
  while (from > 0 && from < a && /\p{L}/u.test(s[from - 1] ?? '')) from++;
  let to = b;
  for (let i = b; i < Math.min(s.length, b + 90); i++) {
    const c = s[i] as string;
    if ((c === ',' && !/\d/.test(s[i + 1] ?? '')) || c === ';' || c === ')' || c === '(' || c === '\u2014') break;
    to = i + 1;
  }
  return s.slice(from, to).trim().replace(/[.\s]+$/, '');
}

export interface AssembleInput {
  sentences: readonly Sentence[];
  items: readonly Item[][];
  published: string | null;
  /** The date of a report block quoted in the article. */
  reportDate: string | null;
}

export function assemble(input: AssembleInput): Located[] {
  const { sentences, published } = input;
  const infos: SentenceInfo[] = sentences.map((sentence) => ({
    sentence,
    attributions: findAttributions(sentence.text),
    cues: findKindCues(sentence.text),
    dates: findDates(sentence.text),
    records: findRecordCues(sentence.text),
  }));

  // Who the text names next, within two sentences: a headline's figure is attributed in the lead.
  const namedSoon = (si: number): Claimant | null => {
    for (const info of infos.slice(si + 1, si + 3)) for (const a of info.attributions) if (a.claimant !== null) return a.claimant;
    return null;
  };

  const works: Work[] = [];
  let lastExplicit: Claimant | null = null;
  let lastClaimant: Claimant | null = null;
  let recentExplicit: { claimant: Claimant; at: number } | null = null;

  infos.forEach((info, si) => {
    const items = input.items[si] ?? [];
    const s = info.sentence.text;
    const cueOf = kindsBy(info, items);
    const hasRecordWord = info.records.length > 0;
    const sentenceWorks: Work[] = [];
    items.forEach((it, k) => {
      const found = cueOf[k];
      let cue = found?.cue ?? null;
      let kind: Kind | null = cue?.kind ?? null;
      // A figure with its day's change in brackets is a total; one with its total, a day.
      const linked = items.find((o) => o.link?.to === it);
      if (it.link !== null) {
        kind = it.link.role === 'delta' ? 'daily' : 'cumulative';
        cue = null;
      } else if (linked !== undefined) {
        kind = linked.link?.role === 'delta' ? 'cumulative' : 'daily';
        cue = null;
      } else if (found?.own !== true) {
        // In a list, a figure without a window word has the window of the figure before it.
        const prevWork = [...sentenceWorks].reverse().find((w) => w.item.link === null);
        if (prevWork !== undefined && prevWork.kind !== null && listed(s, prevWork.item, it)) {
          kind = prevWork.kind;
          cue = prevWork.cue;
        }
      }
      // "over the same period": the window of the figure before.
      if (cue?.tag === 'same') {
        const before = works[works.length - 1];
        kind = before?.kind ?? null;
        cue = before?.cue ?? null;
      }

      // Who says it: the nearest attribution that no other, unlisted figure stands in front of.
      const a = it.start;
      const candidates = info.attributions.filter((x) => !(x.start < it.end && x.end > a) && !screened(s, items, it, x));
      let claimant: Claimant | null = null;
      let source: ClaimantSource = 'default';
      let best: Attribution | null = null;
      let bestD = Number.POSITIVE_INFINITY;
      for (const x of candidates) {
        const d = distance(s, x, it);
        if (d < bestD) {
          bestD = d;
          best = x;
        }
      }
      if (best !== null) {
        if (best.claimant !== null) claimant = best.claimant;
        else {
          // "the ministry said": the last one named, in this sentence or before it.
          const earlier = candidates.filter((x) => x.claimant !== null && x.end <= best.start);
          claimant = earlier[earlier.length - 1]?.claimant ?? lastExplicit;
        }
        if (claimant !== null) source = 'sentence';
      }
      if (claimant === null) {
        const next = infos[si + 1];
        if (next !== undefined && reportsBackwards(next.sentence.text)) {
          const named = next.attributions.find((x) => x.claimant !== null);
          if (named?.claimant) {
            claimant = named.claimant;
            source = 'next';
          }
        }
      }
      if (claimant === null && kind === 'average') {
        // A rate: said by whoever the sentence before names, else a computation of the outlet's.
        const prev = infos[si - 1];
        const named = prev !== undefined && prev.sentence.paragraph === info.sentence.paragraph ? prev.attributions.find((x) => x.claimant !== null) : undefined;
        claimant = named?.claimant ?? 'other';
        source = named ? 'sentence' : 'default';
      }
      if (claimant === null && lastClaimant !== null) {
        claimant = lastClaimant;
        source = 'carry';
      }
      // Named in the sentences just before, with no figure of its own yet ("Das ukrainische Militär teilte mit …").
      if (claimant === null && recentExplicit !== null && si - recentExplicit.at <= 3) {
        claimant = recentExplicit.claimant;
        source = 'carry';
      }
      if (claimant === null) {
        const soon = namedSoon(si);
        if (soon !== null) {
          claimant = soon;
          source = 'first';
        }
      }
      if (claimant === null) claimant = 'other';
      if (it.interception && claimant !== 'ru_mod') return;

      const subject = subjectOf({
        sentence: s,
        phrase: it.phrase,
        start: a,
        end: it.end,
        bare: it.bare,
        claimant,
        masked: info.attributions,
      });
      if (subject === 'both') return;

      // "Insgesamt 1.030" after "in the past 24 hours": a "total" of one day.
      if (kind === 'cumulative' && cue !== null && cue.strength === 1 && it.num.value <= DAILY_MAX[it.noun.metric]) {
        const prev = infos[si - 1];
        if (prev !== undefined && prev.sentence.paragraph === info.sentence.paragraph && prev.cues.some((c) => c.kind === 'daily' && c.strength >= 3)) kind = 'daily';
      }
      // A window no such count could fit in: the figure is a total.
      if (kind === 'period' && cue?.days !== undefined) {
        const days = cue.days ?? (cue.tag === 'month' || cue.tag === 'last_month' ? 31 : null);
        if (days !== null && it.num.value > DAILY_MAX[it.noun.metric] * days) kind = 'cumulative';
      }
      // A figure with no window word: a total when no day could hold it or nobody counts by days;
      // an old record is a day ("the previous record, 1,740").
      const guessedKind = kind === null;
      if (kind === null && it.num.value <= DAILY_MAX[it.noun.metric] && isPreviousRecord(s, a, hasRecordWord)) kind = 'daily';
      if (kind === null) {
        if (it.num.value > DAILY_MAX[it.noun.metric]) kind = 'cumulative';
        else if (items.some((o) => o.link === null && o.num.value > DAILY_MAX[o.noun.metric])) kind = 'cumulative';
        else if (claimant !== 'ua_general_staff' && claimant !== 'ru_mod') kind = 'cumulative';
        // Moscow's own dead are only ever given as totals.
        else if (claimant === 'ru_mod' && subject === 'ru') kind = 'cumulative';
        else {
          const before = [...works].reverse().find((w) => w.claimant === claimant && w.info.sentence.index >= si - 3);
          if (before !== undefined && (before.kind === 'daily' || before.kind === 'cumulative')) kind = before.kind;
        }
      }
      if (kind === null) return;

      const previous = (kind === 'daily' || kind === 'period' || kind === 'cumulative') && isPreviousRecord(s, a, hasRecordWord);
      if (previous && kind === 'cumulative') {
        // "surpasses the previous record of 1,770" read without a window word: an old day.
        kind = 'daily';
      }
      const work: Work = {
        item: it,
        info,
        kind,
        cue,
        claimant,
        source,
        subject,
        previous,
        record: false,
        asOf: null,
        periodDays: kind === 'daily' ? 1 : kind === 'average' ? (cue?.days ?? 1) : kind === 'period' ? (cue?.days ?? null) : null,
        ownDate: nearestDate(info, it),
        guessedKind,
      };
      sentenceWorks.push(work);
      works.push(work);
      lastClaimant = claimant;
    });
    for (const x of info.attributions) {
      if (x.claimant === null) continue;
      lastExplicit = x.claimant;
      recentExplicit = { claimant: x.claimant, at: si };
    }
  });

  resolveDates(works, published, input.reportDate);
  markRecords(works, infos);

  return works.map((w) => ({
    claim: {
      claimant: w.claimant,
      subject: w.subject,
      metric: w.item.noun.metric as Metric,
      kind: w.kind as Kind,
      value: w.item.num.value,
      qualifier: w.item.qualifier,
      periodDays: w.periodDays,
      asOf: w.asOf,
      record: w.record,
      quote: quoteOf(w.info.sentence.text, w.item),
    },
    sentence: w.info.sentence.index,
    pos: w.info.sentence.start + itemStart(w.item),
    source: w.source,
    previous: w.previous,
    guessedKind: w.guessedKind,
  }));
}

/** The date a mention gives a figure: a day of losses is reported the next day. */
function dateFor(d: DateMention, published: string | null): string | null {
  const date = resolveDate(d, published);
  if (date === null) return null;
  return d.role === 'loss' ? addDays(date, 1) : date;
}

function resolveDates(works: Work[], published: string | null, reportDate: string | null): void {
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
      const monthCue = w.info.cues.find((c) => c.tag === 'month');
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

function markRecords(works: Work[], infos: readonly SentenceInfo[]): void {
  const eligible = (w: Work, scope: RecordCue['scope']): boolean =>
    !w.previous && (scope === 'month' ? w.kind === 'period' : w.kind === 'daily' || (scope === 'any' && w.kind === 'period' && w.cue?.tag === 'month'));
  for (const info of infos) {
    for (const cue of info.records) {
      const here = works.filter((w) => w.info === info && eligible(w, cue.scope));
      if (here.length > 0) {
        for (const w of here) w.record = true;
        continue;
      }
      if (cue.scope === 'month') continue;
      // "the past 24 hours were the deadliest yet" with the figure in a sentence nearby.
      const si = info.sentence.index;
      const inSentence = works.some((w) => w.info === info);
      if (inSentence && cue.scope !== 'day') continue;
      let best: Work | null = null;
      let bestD = 3;
      for (const w of works) {
        if (w.item.noun.metric !== 'personnel' || !eligible(w, 'day')) continue;
        const d = Math.abs(w.info.sentence.index - si);
        if (d < bestD || (d === bestD && best !== null && w.info.sentence.index > si)) {
          bestD = d;
          best = w;
        }
      }
      if (best !== null && bestD <= 2) best.record = true;
    }
  }
  // Two record days in one text: the lower one was superseded, so it is the old record.
  for (const w of works) {
    if (!w.record) continue;
    const higher = works.some(
      (o) => o !== w && o.record && o.kind === w.kind && o.item.noun.metric === w.item.noun.metric && o.subject === w.subject && o.item.num.value > w.item.num.value,
    );
    if (higher) w.record = false;
  }
}
