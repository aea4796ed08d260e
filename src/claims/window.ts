/**
 * The window of each figure of a sentence: each window word goes to the figure nearest to it,
 * a figure without one takes the best of the sentence; a word that cannot describe a figure
 * (a day's window for a figure no day holds, a month that dates a statement) is not offered to it.
 */
import type { Item } from './items.ts';
import type { KindCue } from './kind.ts';
import { reportsBackwards } from './claimant.ts';
import { hasLossWord } from './loss-context.ts';
import { isPreviousRecord } from './record.ts';
import { BULLET, BULLET_FIGURE, BULLET_ROW, FIGURE_LINE, LEAD_IN, TABLE_ROW } from './sentences.ts';
import { namesASide } from './subject.ts';
import type { Claimant, Kind, Subject } from './types.ts';
import { DAILY_MAX, distance } from './work.ts';
import type { SentenceInfo, Work } from './work.ts';

const SPEECH_BETWEEN = /(?:said|says|claimed|insisted|maintained|asserted|argued|wrote|declared|announced|named|told|reported|gave|put|released|published|issued|spoke|acknowledged|admitted|confirmed|stated|estimated|gesprochen|sagte|erklärte|dijo|declaró|powiedział|заяви\p{L}*|сказа\p{L}*|объяви\p{L}*|оголоси\p{L}*)/iu;

const LEADING_CONNECTIVE = /^\s*["\u201c]?\s*(?:(?:however|but|and|meanwhile|yet|still|earlier|later|separately|by contrast|in turn|back|as early as|as recently as)\s*,?\s*)?$/iu;
const SPEECH_RIGHT_AFTER = /^(?:,?\s*\d{4})?,?\s*(?:said|says|put|puts|estimated|claimed|reported|announced|told|gave|stated|declared|admitted|acknowledged)(?![\p{L}])/iu;

const STATED_WHEN_BEFORE = /(?:(?<![\p{L}])(?:report|reports|interview|statement|estimate|assessment|article|analysis|study|briefing|address|remarks|comments|count|tally)|(?:earlier|later)|(?<![\p{L}])(?:by|as of) (?:early |late |mid-)?\p{L}+)\s+$/iu;

const SPEECH_RIGHT_BEFORE = /(?<![\p{L}])(?:said|says|estimated|estimates|claimed|claims|reported|announced|stated|told (?:[\p{L}'’.-]+ ){0,4}?)\s*$/iu;
const TOTAL_AFTER_SPEECH = /^[^,;:.]{0,80}?(?<![\p{L}])(?:said|put|puts|estimated|placed|gave|reported|announced)(?![\p{L}])[^,;:.]{0,30}?(?<![\p{L}])(?:the |its |their )?(?:total|tally|overall|cumulative)(?![\p{L}])/iu;
const LEADING_TIME_CLAUSE = /^\s*(?:(?:shortly|soon|just|days|weeks|months|not long|long) )?(?:after|before|when|once|until|as soon as)(?![\p{L}])/iu;

// "said last month there had been …": a "there" clause, with its "that" left out, opens what was said too.
const THAT_RIGHT_AFTER = /^\s*,?\s*(?:qu'|(?:that|że|dass|que|că|che|что|що)(?![\p{L}])|there (?:had|have|has|were|was|are|is)(?![\p{L}]))/iu;

const WHEN_AFTER = /(?:^|\s)(?:when|gdy|kiedy|коли|когда|als|cuando|lorsque|quand|când)(?![\p{L}])/iu;

// ("Водночас знищено понад 500 одиниць техніки": "at the same time", in the stretch just named.)
const ALSO = /(?<![\p{L}])(?:also|as well(?! as)|further|additionally|in addition|також|а також|водночас|одночасно|также|кроме того|одновременно|ponadto|również|także|außerdem|auch|además|también|de asemenea|également|aussi)(?![\p{L}])/iu;

const RECORD_NOUN = /(?<![\p{L}])(?:record|high|peak|maximum|highest|most|worst|deadliest|bloodiest|рекорд\p{L}*|максимум\p{L}*)(?![\p{L}])/iu;

// A sentence that goes on with the one before: "Зокрема, знищено …", "Among them, …", "In particular, …".
// (A quote may open it: "«Окрім цього, нашими захисниками знищено …»".)
const GOES_ON = /^\s*["«„“]?\s*(?:зокрема|у тому числі|в тому числі|серед них|з них|окрім того|крім того|окрім цього|крім цього|в частности|в том числе|среди них|кроме того|кроме этого|помимо этого|among them|including|in particular|of them|of these)(?![\p{L}])/iu;

// "Так, українські військові знищили …", "Thus, …": a sentence that spells out the one before.
const SO_OPENING = /^\s*(?:так|таким чином|thus|so)\s*,/iu;

// A list item closed by a semicolon, and whether a line is one of such items (or the last, after them) under a
// heading that ends in a colon, on lines of their own.
const SEMI_ROW = /;\s*$/u;
/** A line of a list: a bullet, a figure and its noun, a label and its figure, or an item closed by a semicolon. */
const listLine = (t: string): boolean => BULLET.test(t) || FIGURE_LINE.test(t) || TABLE_ROW.test(t) || SEMI_ROW.test(t);
function underColon(infos: readonly SentenceInfo[], si: number): boolean {
  const here = infos[si];
  if (here === undefined) return false;
  let k = si - 1;
  if (!SEMI_ROW.test(here.sentence.text) && !(k >= 0 && SEMI_ROW.test((infos[k] as SentenceInfo).sentence.text))) return false;
  while (k > 0 && SEMI_ROW.test((infos[k] as SentenceInfo).sentence.text)) k--;
  const heading = infos[k];
  return heading !== undefined && k < si && /:\s*$/u.test(heading.sentence.text) && heading.sentence.paragraph !== here.sentence.paragraph;
}

const DAY_BEFORE = /(?<![\p{L}])(?:добу|день|сутки|day|dobę|dzień|tag|día|zi|jour)\s*,?\s*$/iu;
const RATE_DAY_BEFORE = /(?<![\p{L}])(?:a|per|each|every|pro|por|par|pe|на)\s+(?:day|tag|día|jour|zi|день)\s*,?\s*$/iu;
const RECORDED_BEFORE = /(?:recorded|reported|set|registered|announced|said|зафіксова\p{L}*|зафиксирова\p{L}*)\s+$/iu;

// The windows a verb of saying right beside them turns into the date of the saying ("said in May", "reported last week").
const SAYING_DATE_TAGS: ReadonlySet<string> = new Set(['month', 'week', 'last_month', 'last_year']);
const datesASaying = (cue: KindCue): boolean => cue.tag !== undefined && SAYING_DATE_TAGS.has(cue.tag);

/** Whether a cue may describe a figure at all. */
function fits(s: string, cue: KindCue, it: Item, dated: boolean, own = true): boolean {
  // No day holds three times the most a day ever held ("ще 370 тисяч" is no day's change).
  if (cue.kind === 'daily' && it.num.value > 3 * DAILY_MAX[it.noun.metric]) return false;
  if (cue.adjacent !== undefined) {
    // "another Russian aircraft": the word is the figure ("a", one) and its window at once.
    if (cue.start < it.num.end && cue.end > it.num.start) return true;
    const d = cue.adjacent === 'before' ? it.num.start - cue.end : cue.start - (cue.adjacent === 'noun' ? it.end : it.num.end);
    return d >= 0 && d <= 2;
  }
  // A named day of losses makes a day's figure only of a figure a day can hold.
  if (dated && it.num.value > DAILY_MAX[it.noun.metric]) return false;
  // "the previous high was recorded in October": the month dates the record, it is no window.
  // (Only a record is set or recorded then: "41,980 casualties were recorded in October" are October's.)
  if (cue.tag === 'month' && RECORDED_BEFORE.test(s.slice(Math.max(0, cue.start - 30), cue.start)) && RECORD_NOUN.test(s.slice(Math.max(0, cue.start - 80), cue.start))) return false;
  // "the record of 2,030 set last month": when the record was set (but "casualties reported last month" are that month's).
  if ((cue.tag === 'last_month' || cue.tag === 'last_year' || cue.tag === 'year') && /(?:set|reached)\s+$/iu.test(s.slice(Math.max(0, cue.start - 12), cue.start))) return false;
  // "In August, U.S. officials put the toll at 70,000": a month set off by a comma dates what is said after it.
  // Also after a connective ("However, in February, the president said …").
  // ("Back in February of this year, he insisted …": the month may carry its year.)
  // ("Earlier this month, the Times reported …": "earlier" dates the report, where "Last month, Kyiv said 279 were lost" gives the month's.)
  if ((cue.tag === 'month' || cue.tag === 'last_year' || ((cue.tag === 'this_month' || cue.tag === 'last_month' || cue.tag === 'week') && /^\s*earlier\s*$/iu.test(s.slice(0, cue.start)))) && LEADING_CONNECTIVE.test(s.slice(0, cue.start)) && /^(?:,?\s*(?:(?:of )?(?:this|last) year|\d{4}))?\s*,/.test(s.slice(cue.end, cue.end + 20)) && cue.end <= it.num.start && SPEECH_BETWEEN.test(s.slice(cue.end, it.num.start))) return false;
  // "a New York Times report in August", "an estimate from earlier this year", "by November this year": when
  // a count was made or stood, not the window of its figures.
  if ((cue.tag === 'month' || cue.tag === 'year_to_date' || cue.tag === 'last_year') && STATED_WHEN_BEFORE.test(s.slice(Math.max(0, cue.start - 40), cue.start))) return false;
  // "Ukraine's military in September put the number at 658,000": a month right before the speech verb dates the statement.
  if (cue.tag === 'month' && cue.end <= it.num.start && SPEECH_RIGHT_AFTER.test(s.slice(cue.end, cue.end + 24))) return false;
  // "NATO said in March as many as 40,000 …", "estimated last week that …": a month or week right
  // after the verb of speech, before the figure, dates the statement.
  if (datesASaying(cue) && cue.end <= it.num.start && SPEECH_RIGHT_BEFORE.test(s.slice(Math.max(0, cue.start - 30), cue.start))) return false;
  // "In July CIA director William Burns put the total casualties at around 15,000": a month opening the
  // sentence before a verb of speech that puts a "total" dates the statement (no comma needed).
  if (cue.tag === 'month' && cue.end <= it.num.start && LEADING_CONNECTIVE.test(s.slice(0, cue.start)) && TOTAL_AFTER_SPEECH.test(s.slice(cue.end, it.num.start))) return false;
  // "Shortly after NATO released its estimate last month, Moscow placed …": a window word inside a leading
  // clause of time dates that clause's event, not the figure of the main clause after the comma.
  if (cue.end <= it.num.start && LEADING_TIME_CLAUSE.test(s.slice(0, cue.start)) && /,/u.test(s.slice(cue.end, it.num.start)) && !/,/u.test(s.slice(0, cue.start))) return false;
  // "since March 2, when the ministry reported 498 killed": the date of the statement the figure comes from.
  if (cue.kind === 'period' && cue.end <= it.num.start && /^since /iu.test(s.slice(cue.start, cue.end)) && /^,?\s*(?:when|as)(?![\p{L}])/iu.test(s.slice(cue.end, cue.end + 8)) && SPEECH_BETWEEN.test(s.slice(cue.end, it.num.start))) return false;
  // "Ukraine has lost some 43,000 soldiers, Zelensky said in December": after the figure, a month or week right
  // after the speaker's verb dates the saying.
  if (datesASaying(cue) && cue.start >= it.end && /,/u.test(s.slice(it.end, cue.start)) && SPEECH_RIGHT_BEFORE.test(s.slice(Math.max(0, cue.start - 30), cue.start).replace(/\s+(?:in|last|earlier|this)\s*$/iu, ' '))) return false;
  // "mówił we wrześniu, że …", "sagte im September, dass …", "said in May that …": a month right before "that" dates the statement.
  // Likewise "reported last week that …": the week dates the report, not the figure.
  if (datesASaying(cue) && cue.end <= it.num.start && THAT_RIGHT_AFTER.test(s.slice(cue.end, cue.end + 10))) return false;
  // "in February, when the president said 45,100 had been killed": the month dates the statement.
  if (cue.tag === 'month' && cue.end <= it.num.start && WHEN_AFTER.test(s.slice(cue.start, cue.end + 12)) && SPEECH_BETWEEN.test(s.slice(cue.end, it.num.start))) return false;
  // "in March 2023 — then it announced 6,000": a month with its year dates the statement.
  if (cue.tag === 'month' && /^,?\s*\d{4}/.test(s.slice(cue.end, cue.end + 8))) {
    const between = cue.end <= it.num.start ? s.slice(cue.end, it.num.start) : s.slice(it.end, cue.start);
    if (SPEECH_BETWEEN.test(between)) return false;
  }
  // "за одну добу у листопаді", "in a single day in November": the month holds the day, the day is the window.
  // (Not a rate's "a day": "averaged 1,271 a day in September" is September's rate.)
  if (cue.tag === 'month' && DAY_BEFORE.test(s.slice(Math.max(0, cue.start - 24), cue.start)) && !RATE_DAY_BEFORE.test(s.slice(Math.max(0, cue.start - 24), cue.start))) return false;
  // A day's window shared from another figure of the sentence: only for a figure a day can hold.
  if (!own && cue.kind === 'daily' && it.num.value > DAILY_MAX[it.noun.metric]) return false;
  return true;
}

/** Kinds from the cues of one sentence: each cue goes to its nearest figure; others share the best. */
const FIGURE_NEXT = /^\s*(?:of\s+)?(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|under|fewer than|less than)\s+)?\d/iu;
function ratesAnother(s: string, cue: KindCue, items: readonly Item[]): boolean {
  const m = FIGURE_NEXT.exec(s.slice(cue.end, cue.end + 40));
  if (m === null) return false;
  const at = cue.end + m[0].length - 1;
  return !items.some((it) => it.num.start === at);
}

export function kindsBy(info: SentenceInfo, items: readonly Item[]): { cue: KindCue | null; own: boolean }[] {
  const s = info.sentence.text;
  // "… 130,160 casualties for the same period - an average of 68 casualties per square kilometer": a rate
  // word right before a figure that is no loss (a ratio) is that figure's, and rates nothing else.
  const cues: KindCue[] = info.cues.filter((c) => c.kind !== 'average' || !ratesAnother(s, c, items));
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
      // A named day follows its figure ("900 killed on Tuesday and another 1,100 on Wednesday").
      const d = distance(s, cue, it) + (dated.has(cue) && cue.end <= it.start ? 20 : 0);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    });
    if (best < 0) continue;
    own[best]?.push(cue);
    // "total"/"so far" name the one figure they stand by; a window word speaks for the whole sentence.
    if (cue.adjacent === undefined && cue.strength > 1) shared.push(cue);
  }
  return items.map((it, k) => {
    const mine = own[k] ?? [];
    // A rate: "a day on average", "an average of … each month" (the unit, when given, sets its days).
    // (A rate word tied to its own figure, "900 окупантів на добу", rates no other.)
    // (Not across a semicolon: "17,060 in November, 17,080 in December; an average of 560 each day" rates the 560 only.)
    const rates = cues.filter((c) => c.kind === 'average' && (mine.includes(c) || (c.adjacent === undefined && !semicolonBetween(s, c, it))));
    const avg = rates.find((c) => c.days !== 1) ?? rates[0];
    // (Not a figure with a day's window of its own nearer than the rate's word: "the average daily
    // toll hit a new high, including 2,030 in a single day" is one day's.)
    // ("The average daily loss was 1,523": a day word right after the rate's is the rate's own.)
    const ownDay = avg !== undefined && mine.some((c) => c.kind === 'daily' && c.strength >= 3 && c.adjacent === undefined && (c.start - avg.end > 3 || avg.start - c.end > 3) && distance(s, c, it) < distance(s, avg, it));
    if (avg !== undefined && !ownDay && (mine.some((c) => c.kind === 'average') || mine.length === 0)) return { cue: avg, own: true };
    // "60 to 100 soldiers are dying every day, and another 500 wounded": "another" beside a rate adds to
    // the rate, not a day's change.
    if (avg !== undefined && mine.length > 0 && mine.every((c) => c.adjacent === 'before' && c.strength === 2 && c.kind === 'daily')) return { cue: avg, own: true };
    // "the daily average fell from 776 in March to 568 so far in April": two stretches of one rate.
    // (Only a figure a day can hold: "… 1,700 a day, and 427,000 since January" is a rate and a stretch.)
    if (avg !== undefined && mine.some((c) => c.kind === 'period') && !mine.some((c) => c.kind === 'daily') && it.num.value <= DAILY_MAX[it.noun.metric] * (avg.days ?? 1)) {
      const rated = items.findIndex((o, j) => j !== k && o.noun.metric === it.noun.metric && (own[j] ?? []).some((c) => c.kind === 'average') && (own[j] ?? []).some((c) => c.kind === 'period'));
      if (rated >= 0) return { cue: (own[rated] ?? []).find((c) => c.kind === 'average') ?? avg, own: true };
    }
    // "In total, Kyiv lost 37,355 troops and 226 tanks during the offensive in Kursk": "total" sums
    // the stretch that the window word beside the list gives, for every figure of the list.
    // (Only a "total" heading the list and a window closing it: "… 850 over the same 24 hours and
    // 214 drones, and put total losses at 1,082,990" is a day and a total.)
    // "in the Kursk incursion it has so far lost 38,000 troops and 1,000 vehicles": "so far" within a
    // stretch the sentence names is that stretch, unless a figure of the same thing holds the stretch
    // and this one is the total beside it.
    if (mine.length > 0 && mine.every((c) => c.kind === 'cumulative' && c.strength <= 1)) {
      const heads = (j: number): boolean => mine.every((c) => c.end <= (items[Math.min(k, j)] as Item).start);
      const stretch =
        shared.find((c) => c.kind === 'period' && c.strength >= 3 && c.tag !== 'same' && items.some((o, j) => j > k && (own[j] ?? []).includes(c) && c.start >= o.end && oneList(s, items, k, j) && heads(j))) ??
        (mine.every((c) => c.strength === 1)
          ? shared.find((c) => c.kind === 'period' && c.strength >= 3 && c.tag !== 'area' && fits(s, c, it, dated.has(c), false) && !items.some((o, j) => j !== k && o.noun.metric === it.noun.metric && (own[j] ?? []).includes(c)))
          : undefined);
      if (stretch !== undefined) return { cue: stretch, own: true };
    }
    if (mine.length > 0) return { cue: pick(s, ownDay ? mine.filter((c) => c.kind !== 'average') : mine, it, 0), own: true };
    // "75,382 confirmed dead, 2,483 of them since the start of the month": the stretch is the smaller
    // figure's, the far larger one of the same thing the total it adds to.
    const partOf = (c: KindCue): boolean => c.kind === 'period' && items.some((o, j) => j !== k && (own[j] ?? []).includes(c) && o.noun.metric === it.noun.metric && it.num.value >= 5 * o.num.value);
    const usable = shared.filter((c) => fits(s, c, it, dated.has(c), false) && !partOf(c));
    return { cue: usable.length > 0 ? pick(s, usable, it, 100) : null, own: false };
  });
}

function semicolonBetween(s: string, c: KindCue, it: Item): boolean {
  return s.slice(Math.min(c.end, it.end), Math.max(c.start, it.start)).includes(';');
}

// Between two figures of one list: commas, "and", or a bracket belonging to the first.
const LIST_BETWEEN = /^[\s,;]*(?:and|as well as|і|та|й|и|y|i|oraz|und|și|et|ve)?[\s,;]*$/iu;

// What may stand between two figures of one clause's list: "…, 10,446 wounded, and 711 captured".
const CLAUSE_BREAK = /[;:()\u2013\u2014]|(?<![\p{L}])(?:while|whereas|but|compared|including|of (?:which|whom|them|these)|among|with|against|versus|than)(?![\p{L}])/iu;

/** Items k and j stand in one list of one clause (each neighbour listed, or a short gap with no break). */
function oneList(s: string, items: readonly Item[], k: number, j: number): boolean {
  for (let i = Math.min(k, j); i < Math.max(k, j); i++) {
    const a = items[i] as Item;
    const b = items[i + 1] as Item;
    if (listed(s, a, b)) continue;
    const gap = s.slice(a.end, b.start);
    if (gap.length > 40 || CLAUSE_BREAK.test(gap)) return false;
  }
  return true;
}

export function listed(s: string, a: Item, b: Item): boolean {
  return LIST_BETWEEN.test(s.slice(a.end, b.start).replace(/\([^)]*\)/g, ''));
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


/** The most days a window can span: its own length, else a month's or a year's at the longest. */
function longestDays(cue: KindCue): number | null {
  return cue.days ?? (cue.tag === 'month' || cue.tag === 'last_month' ? 31 : cue.tag === 'year' || cue.tag === 'last_year' ? 366 : null);
}

// A sentence opening on a word that points back at a figure named before it: "The figure stood at …", "This rate rose to …".
// (A year or month may open it: "In 2023, this figure rose to 693".)
const RATE_BACK = /^\W*(?:(?:in|by|during|for|throughout) [^,.;]{1,30},\s*)?(?:the|this|that|its|their) (?:figure|rate|number|average|mean)s? (?:stood|was|were|rose|fell|climbed|jumped|reached|went|grew|increased|dropped|came|averaged|hit)(?![\p{L}])/iu;

const MOSCOW_OPERATION = /^(?:(?:since|from) (?:the )?(?:start|beginning|outset|onset) of (?:the |this )?operation|since (?:the |this )?operation)$/iu;

const FRONT = /(?<![\p{L}])(?:[Oo]n|[Aa]long|[Ii]n) the \p{Lu}[\p{L}'-]+ (?:front|axis|direction|sector)(?![\p{L}])/u;

// North Korea's troops went into battle in late 2024: a count of them is never the war's total, but
// the stretch since they came ("3,000 North Korean soldiers killed or wounded in Kursk").
const NORTH_KOREAN = /(?<![\p{L}])(?:north koreans?|north korea's|dprk|pyongyang's)(?![\p{L}])/iu;
// "Information about the North Korean soldiers … is sparse. … The BBC last reported 1000 killed": a figure in a
// sentence naming no side, right after one about North Korea's troops, in its paragraph, counts them.
function northKoreanTopic(x: SettleInput): boolean {
  const info = x.infos[x.si] as SentenceInfo;
  const prev = x.infos[x.si - 1];
  return prev !== undefined && prev.sentence.paragraph === info.sentence.paragraph && NORTH_KOREAN.test(prev.sentence.text) && !namesASide(info.sentence.text);
}
function countsNorthKoreans(s: string, it: Item): boolean {
  const before = s.slice(Math.max(0, it.num.start - 120), it.num.start).split(/[;:.!?]/u).pop() as string;
  const after = s.slice(it.num.end, it.num.end + 60).split(/[;:]|[,.](?!\d)/u)[0] as string;
  return NORTH_KOREAN.test(before) || NORTH_KOREAN.test(after);
}

export interface SettleInput {
  infos: readonly SentenceInfo[];
  si: number;
  items: readonly Item[];
  it: Item;
  kind: Kind | null;
  cue: KindCue | null;
  claimant: Claimant;
  subject: Subject;
  works: readonly Work[];
  hasRecordWord: boolean;
  /** Published before the General Staff began giving a day's change (2022-04-26): small totals were common. */
  beforeDailyTally: boolean;
  /** Days from the invasion (2022-02-24) to publication; null when the date is unknown. */
  warDays: number | null;
}

/**
 * The kind once the speaker is known: a "total" of one day, a window no such count fits in, and
 * a figure with no window word at all (a total when no day could hold it or nobody counts by
 * days, an old record a day, else the window of the speaker's figure before); null: unknown.
 */
export function settleKind(x: SettleInput): Kind | null {
  const { it, cue, claimant } = x;
  const max = DAILY_MAX[it.noun.metric];
  let kind = x.kind;
  const info = x.infos[x.si] as SentenceInfo;
  // "… the daily average has risen every year. The figure stood at 400 in 2022, jumping to 693 in 2023": a
  // sentence whose subject points back at a rate named just before gives that rate's values, by year or month.
  if ((kind === 'period' || kind === null) && it.num.value <= max && RATE_BACK.test(info.sentence.text) && !info.cues.some((c) => c.kind === 'daily' && c.strength >= 3)) {
    const prev = x.infos[x.si - 1];
    if (prev !== undefined && prev.sentence.paragraph === info.sentence.paragraph && prev.cues.some((c) => c.kind === 'average')) kind = 'average';
  }
  // "Insgesamt 1.200" after "in the past 24 hours": a "total" of one day.
  if (kind === 'cumulative' && cue !== null && cue.strength === 1 && it.num.value <= max) {
    const prev = x.infos[x.si - 1];
    if (prev !== undefined && prev.sentence.paragraph === info.sentence.paragraph && prev.cues.some((c) => c.kind === 'daily' && c.strength >= 3)) kind = 'daily';
    // "The total losses … amounted to 485 men and 44 pieces of equipment over the last day": the day is in the sentence itself.
    else if (info.cues.some((c) => c.kind === 'daily' && c.strength >= 3 && c.adjacent === undefined) && !info.cues.some((c) => c.kind === 'period' || c.kind === 'average')) kind = 'daily';
  }
  // "Ukraine lost up to 280 soldiers over the past 24 hours, the ministry said. ¶ 'The total enemy losses in
  // this direction amounted to up to 280 …, three tanks …'": a "total" (or a direction's) that restates the
  // speaker's day a sentence or two before, in another paragraph or a quote, is that day's, with the rest of its list.
  if (((kind === 'cumulative' && cue?.strength === 1) || (kind === 'period' && cue?.tag === 'area')) && it.num.value <= max && x.items.some((o) => x.works.some((w) => w.claimant === claimant && w.kind === 'daily' && !w.previous && w.info.sentence.index >= x.si - 2 && w.info.sentence.index < x.si && w.item.noun.metric === o.noun.metric && w.item.num.value === o.num.value))) kind = 'daily';
  // "9 more tanks since its last report": the General Staff and the Russian ministry
  // report once a day, so the stretch since their last report is a day.
  if (kind === 'period' && cue?.tag === 'since_report' && (claimant === 'ua_general_staff' || claimant === 'ru_mod') && it.num.value <= max) kind = 'daily';
  // "20,000 killed in five months of fighting", said 14 months into the war: a stretch of it, not the whole.
  // (The whole war's length is rounded in the telling: only a span well short of it is a stretch.)
  if (kind === 'cumulative' && cue?.tag === 'span' && cue.days !== null && x.warDays !== null && cue.days < 0.7 * x.warDays) kind = 'period';
  // "since the beginning of the operation" in Moscow's voice: its name for the whole war, the special military operation.
  if (kind === 'period' && claimant === 'ru_mod' && cue !== null && MOSCOW_OPERATION.test(info.sentence.text.slice(cue.start, cue.end))) kind = 'cumulative';
  // "498 killed in the past seven days", said a week into the war; "6,000 died within six days":
  // a stretch as long as the war so far is the whole war (its length is rounded in the telling).
  if (kind === 'period' && cue !== null && cue.days !== null && cue.days >= 2 && x.warDays !== null && x.warDays > 0 && cue.days >= 0.8 * x.warDays && cue.days <= 1.25 * x.warDays + 1) kind = 'cumulative';
  if (kind === 'period' && cue !== null) {
    const days = longestDays(cue);
    if (days !== null && it.num.value > max * days) kind = 'cumulative';
  }
  if ((kind === null || (kind === 'cumulative' && (cue === null || cue.strength < 3))) && (countsNorthKoreans(info.sentence.text, it) || northKoreanTopic(x))) return 'period';
  // "Russia's losses on the Pokrovsk front amount to … a total of 15,000": one front's total is a stretch of it (as below, for a figure with no window word).
  if (kind === 'cumulative' && cue !== null && cue.strength < 3 && claimant !== 'ua_general_staff' && claimant !== 'ru_mod' && FRONT.test(info.sentence.text)) return 'period';
  if (kind !== null) return kind;
  if (it.num.value <= max && isPreviousRecord(info.sentence.text, it.start, x.hasRecordWord, it.end)) return 'daily';
  // "The ministry's tally also listed two Buk launchers …": more of the speaker's figures of the sentence before, in their window.
  if (ALSO.test(info.sentence.text)) {
    // (A sentence that only names the speaker may stand between: "Об этом сообщили в Минобороны".)
    // (Past the total a stretch brought the tally to: "… 1,030 in the past 48 hours, bringing the total to 209,940. It also lost 18 tanks".)
    const said = x.works.filter((w) => w.claimant === claimant && w.info.sentence.index >= x.si - 2 && w.info.sentence.index < x.si && !w.previous);
    const before = said.filter((w) => w.kind !== 'cumulative' || w.item.noun.metric === it.noun.metric).pop();
    if (before !== undefined && (before.kind === 'period' || (before.kind === 'daily' && it.num.value <= max))) return before.kind;
  }
  // "За цей період ворог втратив: • 45 танків; • 256 ББМ", "… 414 осіб за добу. Зокрема, знищено один
  // танк": bullets under a line, or a sentence that goes on with the one before, count in the window
  // that line set, by its own word or its speaker's last figure of a day or a stretch.
  // (Rows of a label and its figure count so too: "втрати росіян у техніці за місяць склали: танки – 54; …".)
  // (And so do the items of a list under a heading that ends in a colon, each line closed by a semicolon:
  // "Лише за один місяць було: ¶ знищено … 1304 артилерійські системи; ¶ виведено з ладу 3505 …;".)
  const row = BULLET_FIGURE.test(info.sentence.text) || BULLET_ROW.test(info.sentence.text);
  if (info.cues.length === 0 && (row || FIGURE_LINE.test(info.sentence.text) || TABLE_ROW.test(info.sentence.text) || GOES_ON.test(info.sentence.text) || underColon(x.infos, x.si))) {
    let k = x.si - 1;
    while (k > 0 && listLine((x.infos[k] as SentenceInfo).sentence.text)) k--;
    // ("За минулий тиждень суттєвих втрат зазнала техніка. Йдеться про: • 79 танків": a line that only leads
    // into the list hands it the window of the sentence before it.)
    if (k > 0 && LEAD_IN.test((x.infos[k] as SentenceInfo).sentence.text) && !(x.infos[k] as SentenceInfo).cues.length && (x.infos[k - 1] as SentenceInfo).sentence.paragraph === (x.infos[k] as SentenceInfo).sentence.paragraph) k--;
    const heading = x.infos[k];
    const said = heading?.cues.find((c) => c.strength >= 3 && (c.kind === 'period' || c.kind === 'daily'));
    if (said !== undefined && (said.kind === 'period' || it.num.value <= max)) return said.kind;
    // "Since February 24 and up to today, the Russians have lost: ¶ - tanks – 353 ¶ - artillery systems – 125":
    // rows under a heading that sets the whole war, and nothing shorter, are totals however small.
    if (row && heading !== undefined && said === undefined && heading.cues.some((c) => c.strength >= 3 && c.kind === 'cumulative')) return 'cumulative';
    const last = x.works.filter((w) => w.claimant === claimant && w.info.sentence.index >= k - 1 && w.info.sentence.index < x.si && !w.previous && w.item.link === null).pop();
    if (last !== undefined && (last.kind === 'period' || (last.kind === 'daily' && it.num.value <= max))) return last.kind;
    // Else the window of the rows above it in the list: "* 9,630 tanks … * One submarine" are all totals.
    const above = x.works.filter((w) => w.claimant === claimant && w.info.sentence.index > k && w.info.sentence.index < x.si && !w.previous).pop();
    if (above !== undefined && row && (BULLET_FIGURE.test(above.info.sentence.text) || BULLET_ROW.test(above.info.sentence.text))) return above.kind;
  }
  // "Сирський оприлюднив втрати ворога з 8 серпня. Згідно з даними, ворог втратив 17 819": a sentence
  // that only sets a window, with no figure of its own, sets it for the figures of the next one.
  // ("Упродовж 1 квітня захисники відбили 9 атак. ¶ Про це повідомляє штаб. ¶ Так, знищено 8 танків": a line
  // that only names who said it may stand between, when the figures' sentence goes on with "Так," or "Зокрема".)
  let li = x.si - 1;
  const between = x.infos[li];
  if (info.cues.length === 0 && li > 0 && between !== undefined && between.cues.length === 0 && reportsBackwards(between.sentence.text) && !x.works.some((w) => w.info.sentence.index === li) && (GOES_ON.test(info.sentence.text) || SO_OPENING.test(info.sentence.text))) li--;
  const lead = x.infos[li];
  if (info.cues.length === 0 && lead !== undefined && (lead.sentence.paragraph === info.sentence.paragraph || li < x.si - 1) && !x.works.some((w) => w.info.sentence.index === li)) {
    const said = lead.cues.find((c) => c.strength >= 3 && (c.kind === 'period' || c.kind === 'daily') && c.tag !== 'area');
    const days = said === undefined ? null : longestDays(said);
    if (said !== undefined && it.num.value <= max * (days ?? Number.POSITIVE_INFINITY)) return said.kind;
  }
  // "… 5,390 over the past week, the ministry said. Kyiv lost over 3,620 to the western group": a
  // figure with no window of its own, right after the same speaker's figure of a stretch and at most
  // half as big again, is a share of that stretch (a whole-war total dwarfs a week's).
  // The speaker's figure may stand two sentences back ("… за неделю порядка 17 тыс. Это следует из сводки. Так, …"),
  // and a figure of equipment shares the stretch of the soldiers counted beside it ("Противник потерял более 3 120 военнослужащих, 4 танка").
  if (info.cues.length === 0) {
    // (The speaker's last figure of the same thing first: "… 5,390 troops, two tanks and 51 vehicles
    // over the week. Kiev has lost over 3,620 soldiers to the Zapad group" shares the troops' stretch.)
    const recent = [...x.works].reverse().filter((w) => w.claimant === claimant && w.info.sentence.index >= x.si - 2 && w.info.sentence.index < x.si);
    const stretch = recent.find((w) => w.item.noun.metric === it.noun.metric && !w.previous) ?? recent[0];
    const share = (o: Item): boolean => stretch !== undefined && stretch.item.noun.metric === o.noun.metric && o.num.value <= 1.5 * stretch.item.num.value;
    if (stretch !== undefined && stretch.kind === 'period' && !stretch.previous && (share(it) || (it.num.value <= max && x.items.some((o) => o !== it && share(o))))) return 'period';
  }
  // "Some 7,000 died on the Pokrovsk front": one front's toll is a stretch of it, not the war's total
  // (the General Staff's and Moscow's daily reports give a day's figures by direction).
  if (claimant !== 'ua_general_staff' && claimant !== 'ru_mod' && FRONT.test(info.sentence.text) && !x.works.some((w) => w.claimant === claimant && w.info.sentence.index >= x.si - 3 && w.kind === 'daily' && !w.previous)) return 'period';
  if (it.num.value > max) return 'cumulative';
  // A total in the same sentence makes the others totals only when nothing sets its window either.
  if (x.items.some((o) => o.link === null && o.num.value > DAILY_MAX[o.noun.metric] && !info.cues.some((c) => distance(info.sentence.text, c, o) < 40))) return 'cumulative';
  // Moscow's own dead are only ever given as totals.
  if (claimant === 'ru_mod' && x.subject === 'ru') return 'cumulative';
  // (A rate before it is no window to share: "… 1000 на добу, однак 5 березня знешкодили 1620".)
  const recent = [...x.works].reverse().filter((w) => w.claimant === claimant && w.info.sentence.index >= x.si - 3 && w.kind !== 'average');
  // A commander's or a spokesman's tally of a day goes on in that day ("… lost 426 men over the
  // last day. 12 tanks were destroyed"), as the General Staff's does; otherwise they give totals.
  // So does a day the commander named for losses he gave no figure of ("… за останню добу втрати
  // окупантів становлять майже чотири роти. ¶ «Знищено 15 одиниць техніки …»").
  // (The day may stand a few sentences up, before the quote that names the speaker: "Втрати … за останню
  // добу склали більше трьох рот. Про це повідомив … ¶ «…» ¶ Крім того, знищили 21 одиницю техніки".)
  const dayOfLosses = [1, 2, 3, 4, 5].map((d) => x.infos[x.si - d]).some(
    (p) => p !== undefined && p.cues.some((c) => c.kind === 'daily' && c.strength >= 3) && hasLossWord(p.sentence.text) && !x.works.some((w) => w.info.sentence.index === p.sentence.index),
  );
  // Figures with no window of their own right after a commander's figures of a stretch he gave no length
  // for ("… понад 700 осіб", written. ¶ "Загальні втрати ворога сягають 706 осіб. Також знищено 51 одиницю"):
  // more of that stretch, not totals of the war (a war total of the same thing dwarfs it).
  if (claimant === 'ua_other' && !recent.some((w) => w.kind === 'daily' && !w.previous) && !dayOfLosses) {
    const stretch = recent.find((w) => w.kind === 'period' && !w.previous && w.item.noun.metric === 'personnel');
    if (stretch !== undefined && (it.noun.metric === 'personnel' ? it.num.value <= 1.5 * stretch.item.num.value : it.num.value <= max)) return 'period';
  }
  if (claimant !== 'ua_general_staff' && claimant !== 'ru_mod') return claimant === 'ua_other' && (recent.some((w) => w.kind === 'daily' && !w.previous) || dayOfLosses) ? 'daily' : 'cumulative';
  // A figure a day can hold, from those who count by days: a day's, when the speaker gave a day's
  // figure lately ("1,110 over the past 24 hours … also destroyed 13 tanks"), or when nothing
  // says otherwise; a total only after a total of the same thing.
  const daily = recent.find((w) => w.kind === 'daily' && !w.previous);
  if (daily !== undefined) return 'daily';
  const before = recent[0];
  if (before !== undefined && before.kind === 'cumulative' && before.item.noun.metric === it.noun.metric) return 'cumulative';
  // Moscow's air defences report what they shot down day by day: a count of them with no window of its
  // own is the day's, whatever stretch the ministry's figure before it covered.
  if (it.interception && claimant === 'ru_mod' && it.num.value <= max) return 'daily';
  if (before !== undefined && before.kind !== 'cumulative' && before.kind !== null) return null;
  return x.beforeDailyTally ? 'cumulative' : 'daily';
}
