/**
 * One claim per figure stated: a figure repeated (headline, bullet, body, caption) is one claim
 * with the first quote; a rounded restatement ("more than 1,200" beside "1,240", "nearly one
 * million" beside "995,000") is no claim of its own, but a record it states carries over. A
 * milestone crossed ("the total has passed 500,000", "more than a million" beside "1,000,340") is
 * a claim of its own: the text says the total went over a round mark.
 */
import type { Located } from './assemble.ts';

function key(l: Located, withClaimant: boolean): string {
  const c = l.claim;
  return [withClaimant ? c.claimant : '', c.subject, c.metric, c.kind, c.value, c.periodDays].join('|');
}

const WEAK = new Set(['carry', 'first', 'default']);

const HALF_SCALE = /(?<![\p{L}])(?:півтори|півтора|пів|полторы|полтора|пол)\s+(?:тисяч\p{L}*|сотн\p{L}*|мільйон\p{L}*|тысяч\p{L}*|миллион\p{L}*)/iu;

/** Within a tolerance, `precise` is what `rounded` restates. */
function restates(rounded: Located, precise: Located): boolean {
  const r = rounded.claim;
  const p = precise.claim;
  if (r === p || r.claimant !== p.claimant || r.subject !== p.subject || r.metric !== p.metric) return false;
  // A headline's kind is often only guessed ("понад 31 тисячу" beside the body's "за жовтень … 31 250").
  if (r.kind !== p.kind && !(rounded.guessedKind && !precise.guessedKind)) return false;
  // Two exact stretches that end on different days ("17,000 in November and another 17,100 in December") are two
  // figures. (A hedged one, "more than 4,000 in the past week" over "4,160 in the week to Sunday", may be dated loosely.)
  if (r.qualifier === 'exact' && r.kind === 'period' && p.kind === 'period' && r.asOf !== null && p.asOf !== null && r.asOf !== p.asOf) return false;
  // A headline's "77 тисяч" beside the body's "77 143": thousands, the same figure cut to them, restate it unhedged.
  // So does a headline's "17,800 casualties" beside the body's "17,819": a large figure cut to its hundreds.
  const cut = r.qualifier === 'exact' && (trailingZeros(r.value) >= 3 || (trailingZeros(r.value) === 2 && r.value >= 10_000)) && Math.abs(p.value - r.value) < 10 ** trailingZeros(r.value) / 2;
  // "ще півтори тисячі окупантів" in a headline over the body's "1420": a half of a scale word is a round telling.
  const half = r.qualifier === 'exact' && trailingZeros(r.value) >= 2 && HALF_SCALE.test(r.quote);
  if (r.qualifier !== 'more_than' && r.qualifier !== 'about' && !cut && !half) return false;
  if (isMilestone(rounded)) return false;
  if (p.value === r.value) return false;
  // The restated figure is the less precise one.
  if (trailingZeros(r.value) <= trailingZeros(p.value)) return false;
  const rel = Math.abs(p.value - r.value) / p.value;
  if (cut) return rel <= 0.01;
  if (half) return p.qualifier !== 'more_than' && rel <= 0.1;
  // "over 1,000" in a headline beside "some 1,040" in the body restates it too.
  if (r.qualifier === 'more_than' && (p.qualifier === 'exact' || p.qualifier === 'about')) return p.value > r.value && rel <= 0.1;
  // ("Over 9,000" in a headline beside "more than 9,300" in the body, too; but a list of hedged figures by
  // sector, "свыше 240 …, более 230 …, свыше 255", are figures of their own: only thousands restate.)
  if (r.qualifier === 'more_than' && p.qualifier === 'more_than') return trailingZeros(r.value) >= 3 && p.value > r.value && rel <= 0.1;
  if (p.qualifier === 'exact') return rel <= 0.05;
  // A headline's "around 700" over the body's "up to 690": both approximate, the round one rounds the other.
  if (r.qualifier === 'about' && p.qualifier === 'about') return rel <= 0.02;
  return rel <= 0.01;
}

/** "over 500,000", "more than a million": a war total past a round mark (one significant digit, or 150,000, 2.5 million). */
function isMilestone(l: Located): boolean {
  const c = l.claim;
  if (c.kind !== 'cumulative' || c.qualifier !== 'more_than' || c.value < 10_000) return false;
  const mantissa = c.value / 10 ** trailingZeros(c.value);
  return mantissa < 10 || (mantissa < 100 && mantissa % 10 === 5);
}

function trailingZeros(n: number): number {
  let z = 0;
  let v = n;
  while (v > 0 && v % 10 === 0) {
    z++;
    v /= 10;
  }
  return z;
}

export function dedupe(found: readonly Located[]): Located[] {
  const sorted = [...found].sort((a, b) => a.pos - b.pos);
  // The same figure with a claimant only guessed from context yields to one named in its sentence.
  const named = new Set(sorted.filter((l) => !WEAK.has(l.source)).map((l) => key(l, false)));
  const yields = (l: Located): boolean => WEAK.has(l.source) && named.has(key(l, false)) && !sorted.some((o) => o !== l && !WEAK.has(o.source) && key(o, true) === key(l, true));
  const kept = sorted.filter((l) => !yields(l));
  // A record the headline states stays with the figure it yields to ("Рекорд войны: … 2 200 оккупантов" over the body's 2 200).
  const recordOf = new Set(sorted.filter((l) => yields(l) && l.claim.record).map((l) => key(l, false)));

  // One figure whatever its window: who, whose, what, how many.
  const figureKey = (l: Located): string => [l.claim.claimant, l.claim.subject, l.claim.metric, l.claim.value].join('|');

  // A headline's "500,000 troops killed" with no window yields to the body's "half a million … this year".
  const windowed = new Set(kept.filter((l) => !l.guessedKind).map(figureKey));
  const sized = kept.filter((l) => !(l.guessedKind && windowed.has(figureKey(l))));

  // "100,000 killed or injured in the offensive" (no length) beside "100,000 … in the past five months": one
  // figure whose window one mention leaves open and another gives.
  const spans = new Set(sized.filter((l) => l.claim.kind === 'period' && l.claim.periodDays !== null).map(figureKey));
  const openWindow = (l: Located): boolean => l.claim.kind === 'period' && l.claim.periodDays === null && spans.has(figureKey(l));
  const bounded = sized.filter((l) => !openWindow(l));

  const byKey = new Map<string, Located>();
  const out: Located[] = [];
  // "у 2024 році … 421 тисячу" and "від початку 2024 року … 421 тисячу" said on December 28: the year and
  // the year so far are one stretch, counted to the day or not. Stretches of one figure a few days apart are one.
  const stretchOf = (l: Located): Located | undefined =>
    l.claim.kind !== 'period' || l.claim.periodDays === null
      ? undefined
      : out.find((o) => o.claim.kind === 'period' && o.claim.periodDays !== null && figureKey(o) === figureKey(l) && Math.abs(o.claim.periodDays - (l.claim.periodDays as number)) <= Math.max(3, 0.05 * o.claim.periodDays));
  for (const l of bounded) {
    // The same value for two of Moscow's groups of forces, hedged differently ("до 190 … Западной группировки",
    // "более 190 … Южной"), is two figures; said alike ("до 170" for two groups) it is one claim, a claim being its fields.
    const k = key(l, true) + (l.sector !== undefined && l.claim.kind === 'daily' ? `|${l.claim.qualifier}` : '');
    const first = byKey.get(k) ?? stretchOf(l);
    if (first === undefined) {
      const copy = { ...l, claim: { ...l.claim, record: l.claim.record || (!l.previous && recordOf.has(key(l, false))) } };
      byKey.set(k, copy);
      out.push(copy);
      continue;
    }
    first.claim.record ||= l.claim.record;
    first.claim.asOf ??= l.claim.asOf;
    // A headline drops the "more than" the body keeps.
    if (first.claim.qualifier === 'exact') first.claim.qualifier = l.claim.qualifier;
    if (first.previous && !l.previous) first.previous = false;
  }

  // A record the open-window mention states stays with the figure.
  for (const l of sized) {
    if (!openWindow(l) || !l.claim.record) continue;
    const bounding = out.find((o) => o.claim.kind === 'period' && figureKey(o) === figureKey(l));
    if (bounding !== undefined) bounding.claim.record = true;
  }

  const dropped = new Set<Located>();
  for (const r of out) {
    const precise = out.find((p) => !dropped.has(p) && restates(r, p));
    if (precise === undefined) continue;
    dropped.add(r);
    precise.claim.record ||= r.claim.record;
  }
  return out.filter((l) => !dropped.has(l));
}
