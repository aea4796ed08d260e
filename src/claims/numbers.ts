/**
 * Numbers in prose, in the forms news about losses uses: grouped digits ("1,030", "1 030",
 * "1.030", "133.190"), decimals with a scale ("1.2 million", "1,5 млн"), abbreviated scales
 * ("90 tys.", "1 тис.", "11 bin"), words ("two thousand", "half a million", "дві тисячі"),
 * ranges ("100,000-120,000", "від 200 до 250 тис.") and the article "a"/"an" (one, in lists).
 */
import { monthOf } from './calendar.ts';
import { LANG_COMPOUND_ENDINGS, LANG_COMPOUND_PARTS, LANG_BARE_SCALES, LANG_DIGIT_SCALES, LANG_RANGE_AND, LANG_RANGE_BETWEEN, LANG_RANGE_TO, LANG_SCALES, LANG_SINGULAR_LEAD, LANG_SINGULARS, LANG_UNITS } from './lexicon/index.ts';
import { foldForGate, gateOf, mayMatch } from './literal-gate.ts';
import { execAll } from './match-all.ts';
import { native } from './native.ts';

export interface NumberMention {
  start: number;
  end: number;
  value: number;
  /** Upper end of a range; `value` is then the lower end. */
  high: number | null;
  form: 'digits' | 'words' | 'article';
  /** Written "+N", as the reports print a day's change. */
  plus: boolean;
  /** Four bare digits between 1900 and 2100: a year unless a noun of losses follows. */
  yearLike: boolean;
}

// A day's change in a tally written as a word: "tanks – 1,263 (plus nine)".
const PLUS_WORD_BEFORE = /\(\s*plus\s+$/iu;
// Every case of "thousand" is read whole ("о 46 тысячах погибших"), so no stray ending is left to block its noun.
const SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:thousands?|тисяч(?:ами|ах|ам|[аіу])?|тис\.?|тысяч(?:ами|ах|ам|[аиуе])?|тыс\.?|tysi[aąę]c\p{L}*|tys\.?|tausend|mil(?=\s+(?:\p{L}|\d{1,3}(?![\d.,]?\d)))|mila(?![\p{L}])|mii|mille|bin(?!nen|h(?![\p{L}]))\p{L}*|k(?![\p{L}]))/iu, 1_000],
  // "12-тисячних втрат", "12-тысячные потери": a figure in thousands written as an adjective.
  [/^-(?:тисячн|тысячн)\p{L}*/iu, 1_000],
  [/^(?:millions?|мільйон\p{L}*|млн\.?|миллион\p{L}*|milion\p{L}*|mln\.?|millionen|mio\.?|mill[oó]n\p{L}*|milioane)/iu, 1_000_000],
  // The languages' own scale words after digits, longest first ("tūkstančių" before "tūkst.").
  ...Object.entries(LANG_DIGIT_SCALES)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w, f]) => [new RegExp(`^${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu'), f] as const),
  // Indian English: "1.2 lakh", "3 crore".
  [/^(?:lakhs?|lacs?)(?![\p{L}])/iu, 100_000],
  [/^crores?(?![\p{L}])/iu, 10_000_000],
  // "1.1m": only written onto a decimal ("T-90M" is a tank).
  [/^m(?![\p{L}\p{N}])/iu, 1_000_000],
  [/^(?:billions?|мільярд\p{L}*|млрд\.?|миллиард\p{L}*|miliard\p{L}*|mld\.?|milliarden|mrd\.?)/iu, 1_000_000_000],
];

const UNITS: Record<string, number> = {};
const UNIT_WORDS: readonly (readonly [number, string])[] = [
  [1, 'one один одна одну одне одного одной однієї jeden jedna jedną jedno unu uno'],
  [2, 'two два дві две двох двух dwa dwie zwei dos doi două deux'],
  [3, 'three три трьох трех trzy drei tres trei trois'],
  [4, 'four чотири четыре cztery vier cuatro patru quatre'],
  [5, "five п'ять пять pięć fünf cinco cinci cinq"],
  [6, 'six шість шесть sześć sechs seis șase'],
  [7, 'seven сім семь siedem sieben siete șapte'],
  [8, 'eight вісім восемь osiem acht ocho'],
  [9, "nine дев'ять девять dziewięć neun nueve nouă neuf"],
  [10, 'ten десять dziesięć zehn diez zece dix'],
  [11, 'eleven'], [12, 'twelve'], [13, 'thirteen'], [14, 'fourteen'], [15, 'fifteen'], [16, 'sixteen'],
  [17, 'seventeen'], [18, 'eighteen'], [19, 'nineteen'], [20, 'twenty'], [30, 'thirty'], [40, 'forty'],
  [50, 'fifty'], [60, 'sixty'], [70, 'seventy'], [80, 'eighty'], [90, 'ninety'],
];
for (const [v, words] of UNIT_WORDS) for (const w of words.split(' ')) UNITS[w] = v;
for (const [w, v] of Object.entries(LANG_UNITS)) UNITS[w] ??= v;

const WORD_SCALES: Record<string, number> = {
  hundred: 100, hundreds: 100,
  thousand: 1_000, тисяча: 1_000, тисячі: 1_000, тисяч: 1_000, тисячу: 1_000, тысяча: 1_000, тысячи: 1_000, тысяч: 1_000, тысячу: 1_000,
  tysiąc: 1_000, tysiące: 1_000, tysięcy: 1_000, tausend: 1_000,
  million: 1_000_000, мільйон: 1_000_000, мільйона: 1_000_000, мільйони: 1_000_000, мільйонів: 1_000_000,
  миллион: 1_000_000, миллиона: 1_000_000, миллионов: 1_000_000, milion: 1_000_000, miliony: 1_000_000, milionów: 1_000_000,
  millionen: 1_000_000, millón: 1_000_000, millones: 1_000_000, lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000,
  ...LANG_SCALES,
};
// Number words written as one word ("hetvenhétezer", "tizenhatezer", "kétszázan", "kolmesataa"):
// split into known parts, longest first, with at most one case ending left over. Only tried on a
// word that opens with a part, and only kept when two parts or more make it up.
const COMPOUND_PIECES = new Map<string, number>([...Object.entries(UNITS), ...Object.entries(WORD_SCALES), ...Object.entries(LANG_COMPOUND_PARTS)].filter(([w]) => w.length >= 2));
const COMPOUND_ENDINGS = new Set(LANG_COMPOUND_ENDINGS);
const COMPOUND_START = native(new RegExp(`^(?:${[...COMPOUND_PIECES.keys()].sort((x, y) => y.length - x.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'u'));
const PIECE_MAX = Math.max(...[...COMPOUND_PIECES.keys()].map((w) => w.length));

// "Zehntausende", "Hunderttausenden", "tienduizenden": a scale word in the plural counts nothing ("tens of thousands").
const VAGUE_PLURAL_SCALE = /(?:tausende|tausenden|duizenden)$/iu;

function splitCompound(w: string): number[] | null {
  if (w.length < 5 || !COMPOUND_START.test(w) || VAGUE_PLURAL_SCALE.test(w)) return null;
  const walk = (p: number): number[] | null => {
    if (p === w.length || (p > 0 && COMPOUND_ENDINGS.has(w.slice(p)))) return [];
    for (let n = Math.min(PIECE_MAX, w.length - p); n >= 2; n--) {
      const v = COMPOUND_PIECES.get(w.slice(p, p + n));
      if (v === undefined) continue;
      const rest = walk(p + n);
      if (rest !== null) return [v, ...rest];
    }
    return null;
  };
  const pieces = walk(0);
  return pieces !== null && pieces.length >= 2 ? pieces : null;
}

// Slavic and Romance languages say "понад мільйон", "ponad milion", "más de un millón" without "one".
// "до сотні одиниць", "близько тисячі окупантів": after these words the scale is one of itself in the
// genitive ("up to a hundred", "about a thousand"), where elsewhere "сотні" and "тисячі" are "hundreds" and "thousands".
const GENITIVE_ONE = new Set(['сотні', 'тисячі']);
const GENITIVE_LEAD = /(?<![\p{L}])(?:до|близько|майже|біля|більше|менше|щонайменше)\s+$/iu;
const BARE_SCALES = new Set(['мільйон', 'мільйона', 'миллион', 'миллиона', 'тисячу', 'тысячу', 'тисяча', 'тысяча', 'milion', 'tysiąc', 'millón', ...LANG_BARE_SCALES]);
// "a thousand", "ein Tausend": the article as "one" before a scale word.
// (German "einer" too: "einer halben Million" is half a million, not one and a half.)
const ARTICLES = new Set(['a', 'an', 'another', 'un', 'una', 'ein', 'eine', 'einen', 'einem', 'einer']);
// "a dozen", "half a dozen", "two dozen" (but not "dozens", which counts nothing).
const DOZEN = /^(?:half a|a|one|(two|three|four|five|six)) dozen(?![\p{L}])/iu;
// "a quarter of a million", "three quarters of a million", "half of a million".
const FRACTION_OF = /^(?:(?:a |one )?quarter|three[- ]quarters|half) of a (?:million|thousand)(?![\p{L}])/iu;
const HALF_MILLION = /^(?:half a million|a half[- ]million|half-million|півмільйона|полмиллиона|pół miliona|medio millón|jumătate de milion)(?![\p{L}])/iu;

// "un million et demi", "millón y medio", "milione e mezzo", "milion și jumătate", "milhão e meio".
const AND_HALF_AFTER = /^\s+(?:et demie?|y medio|e mezzo|și jumătate|e meio|a půl|i pół|и половина|і пів)(?![\p{L}])/iu;
// A half between a unit and the scale word it multiplies (only with a scale word after it).
// ("два з половиною десятки", "три с половиной тысячи", "dva a půl tisíce": the word after it must be a scale.)
const HALF_BEFORE_SCALE = /^((?:с половиной|з половиною|із половиною|a půl|a pol|i pół|och en halv|og en halv|og et halvt|en een half|ja puoli|ir pusė|un pus|ja pool))\s+([\p{L}]+)/iu;
const HALF_SCALE_STEM = /^(?:тысяч|тисяч|миллион|мільйон|tisíc|tysi|milion|milión|tusen|tusind|duizend|miljoen|tuhat|tūkst|tūkstoš|tuhan|miljon|million)/iu;
// "one and a half million", "two and a half thousand".
const AND_A_HALF = /(one|two|three|four|five|six|seven|eight|nine|a|an) and a half (million|thousand)(?![\p{L}])/iuy;
const WORD = /[\p{L}'][\p{L}'\-]*/gu;
const LETTER = /\p{L}/u;
// Separators that join digit groups; one number uses one kind throughout.
const GROUP_SEPARATORS = new Set([' ', '\u00a0', '\u202f', '\u2009', ',', '.', "'"]);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ') i++;
  return i;
}

function readScale(s: string, i: number): { factor: number; end: number } | null {
  const rest = s.slice(i, i + 24);
  for (const [re, factor] of SCALES) {
    const m = re.exec(rest);
    if (m && m[0].length === 1 && factor === 1_000_000 && !/(?<![\p{L}\p{N}-])\d+[.,]\d+$/u.test(s.slice(Math.max(0, i - 12), i))) continue;
    if (m) return { factor, end: i + m[0].length };
  }
  return null;
}

// Slovak and Czech join digits and "thousand" with a hyphen: "434-tisíc vojakov", "300-tisícov".
// An adjective built on the scale ("300-tisícová armáda", "300-tysięczna") is a size, not a count.
const SCALE_ADJECTIVE = /(?:tysi[aąę]cz?|тисяч|тысяч|tis[íi]c|tausend)(?:n|ov[áéýaey]|ow)/iu;

/** A scale word right after "N-": only a whole word, and not an adjective made from it. */
function hyphenScale(s: string, i: number): { factor: number; end: number } | null {
  const scale = readScale(s, i);
  if (scale === null || scale.factor < 1_000 || LETTER.test(s[scale.end] ?? '') || s[scale.end] === '-') return null;
  const word = /^[\p{L}.]+/u.exec(s.slice(i, i + 24))?.[0] ?? '';
  return SCALE_ADJECTIVE.test(word) ? null : scale;
}

interface Read {
  value: number;
  end: number;
  form: NumberMention['form'];
  grouped: boolean;
}

// Turkish and Arabic write a number as parts with their scales: "712 bin 610", "1 milyon 77 bin",
// "712 ألفا و610", "مليون و77 ألفا و830"; Albanian too, with or without "e": "24 mijë e 500",
// "1 mijë 867". Only their thousand and million words take a tail.
// Ukrainian and Russian do it with millions: "1 мільйон 213 тисяч", "1 миллион 77 тысяч". Mexican Spanish
// and Lithuanian with thousands: "5 mil 937 soldados", "1 tūkst. 500 karių".
const COMPOUND_SCALE = /(?:^|\s)(?:bin\p{L}*|milyon\p{L}*|mijë|mil|tūkst\.|мільйон\p{L}*|миллион\p{L}*|(?:ألف|آلاف|مليون|ملايين)[\p{L}\p{M}]*)$/u;
const TAIL = /^\s+(?:و\s*|e\s+)?(\d{1,3})(?![\d.,]\d)/u;
// "1 мільйон 209 880": after a million, the thousands written as grouped digits.
const GROUPED_TAIL = /^\s+(\d{1,3}) (\d{3})(?![\d.,]\d| \d)/u;

/** "712 bin" + " 610": the smaller parts after a compound scale word, added to `value`. */
function withTail(s: string, value: number, end: number, factor: number): { value: number; end: number } {
  let f = factor;
  for (;;) {
    if (!COMPOUND_SCALE.test(s.slice(Math.max(0, end - 12), end))) return { value, end };
    if (f === 1_000_000) {
      const g = GROUPED_TAIL.exec(s.slice(end, end + 12));
      if (g !== null && readScale(s, skipSpaces(s, end + g[0].length)) === null) return { value: value + Number(g[1]) * 1_000 + Number(g[2]), end: end + g[0].length };
    }
    const m = TAIL.exec(s.slice(end, end + 8));
    if (m === null) return { value, end };
    const part = Number(m[1]);
    const after = end + m[0].length;
    const scale = readScale(s, skipSpaces(s, after));
    if (scale !== null && skipSpaces(s, after) - after <= 1 && scale.factor < f) {
      value += part * scale.factor;
      end = scale.end;
      f = scale.factor;
      continue;
    }
    if (f !== 1_000 || isDigit(s[after])) return { value, end };
    return { value: value + part, end: after };
  }
}

/** The scale after the high end of a range that starts at `k` (right after its low end), when that high end is small digits. */
function rangeScale(s: string, k: number): { factor: number; end: number } | null {
  const join = RANGE_JOIN.exec(s.slice(k, k + 16)) ?? (BETWEEN.test(s.slice(Math.max(0, k - 24), k).replace(/[\d.,]+$/, '')) ? AND_JOIN.exec(s.slice(k, k + 16)) : null);
  if (join === null) return null;
  const m = /^\d{1,3}(?:[.,]\d+)?/.exec(s.slice(k + join[0].length, k + join[0].length + 8));
  if (m === null) return null;
  const scale = readScale(s, skipSpaces(s, k + join[0].length + m[0].length));
  // The low end keeps its own end: the range itself is read after it.
  return scale === null ? null : { factor: scale.factor, end: k };
}

/** Digits at `i` (a digit), with groups, a decimal part before a scale, and the scale. */
function readDigits(s: string, i: number): Read | null {
  let j = i;
  while (isDigit(s[j])) j++;
  let digits = s.slice(i, j);
  let grouped = false;
  // Indian grouping, as Hindi news prints it: "7,12,610" (lakhs in pairs, then three digits).
  const lakh = digits.length <= 2 ? /^(?:,\d{2})+,\d{3}(?![\d,.]\d)/.exec(s.slice(j, j + 24)) : null;
  if (lakh !== null) {
    digits += lakh[0].replaceAll(',', '');
    j += lakh[0].length;
    grouped = true;
  } else if (digits.length <= 3) {
    let sep: string | undefined;
    for (;;) {
      const c = s[j];
      if (c === undefined || !GROUP_SEPARATORS.has(c) || (sep !== undefined && c !== sep)) break;
      if (!(isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3])) || isDigit(s[j + 4])) break;
      // "1.030 million" is a decimal, not a group.
      if ((c === '.' || c === ',') && sep === undefined && readScale(s, skipSpaces(s, j + 4)) !== null) break;
      sep = c;
      digits += s.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
  }
  if (digits.length > 13) return null;
  let value = Number(digits);
  // A decimal part counts only before a scale: "1.2 million", "1,5 млн".
  if ((s[j] === '.' || s[j] === ',') && isDigit(s[j + 1])) {
    let k = j + 1;
    while (isDigit(s[k])) k++;
    let scale = readScale(s, skipSpaces(s, k));
    // "1.5 to 2 million", "between 1.5 and 2 million": the scale written once after the range.
    if (scale === null) scale = rangeScale(s, k);
    if (scale === null) return null;
    value = Number(`${digits}.${s.slice(j + 1, k)}`) * scale.factor;
    return { value: Math.round(value), end: scale.end, form: 'digits', grouped: true };
  }
  const sp = skipSpaces(s, j);
  const scale = (s[j] === '-' ? hyphenScale(s, j + 1) : null) ?? (sp - j <= 1 ? readScale(s, sp) : null);
  if (scale !== null) {
    const t = withTail(s, value * scale.factor, scale.end, scale.factor);
    return { value: t.value, end: t.end, form: 'digits', grouped: true };
  }
  return { value, end: j, form: 'digits', grouped };
}

/** A unit or scale word (or a hyphened pair opening with one) right after `end`. */
function numberWordAt(s: string, end: number): boolean {
  if (s[end] !== ' ') return false;
  const next = skipSpaces(s, end);
  WORD.lastIndex = next;
  const n = WORD.exec(s);
  if (!n || n.index !== next) return false;
  const first = n[0].toLowerCase().split('-')[0] as string;
  return UNITS[first] !== undefined || WORD_SCALES[first] !== undefined;
}

/** A number written in words at `i` (the start of a word), or null. */
function readWords(s: string, i: number): Read | null {
  const half = HALF_MILLION.exec(s.slice(i, i + 24));
  if (half) return { value: 500_000, end: i + half[0].length, form: 'words', grouped: false };
  // Sticky at `i`: most words are no number, and a slice per word would cost more than the test.
  AND_A_HALF.lastIndex = i;
  const andHalf = AND_A_HALF.exec(s);
  if (andHalf) {
    const whole = andHalf[1] === undefined || /^(?:a|an)$/i.test(andHalf[1]) ? 1 : (UNITS[andHalf[1].toLowerCase()] ?? 1);
    const scale = /^million/i.test(andHalf[2] as string) ? 1_000_000 : 1_000;
    return { value: (whole + 0.5) * scale, end: i + andHalf[0].length, form: 'words', grouped: false };
  }
  const dozen = DOZEN.exec(s.slice(i, i + 24));
  if (dozen) {
    const times = /^half/i.test(dozen[0]) ? 0.5 : (UNITS[(dozen[1] ?? '').toLowerCase()] ?? 1);
    return { value: 12 * times, end: i + dozen[0].length, form: 'words', grouped: false };
  }
  const fraction = FRACTION_OF.exec(s.slice(i, i + 40));
  if (fraction) {
    const share = /^(?:three[- ]quarters?)/i.test(fraction[0]) ? 0.75 : /^(?:a |one )?quarter/i.test(fraction[0]) ? 0.25 : 0.5;
    const scale = /million$/i.test(fraction[0]) ? 1_000_000 : 1_000;
    return { value: share * scale, end: i + fraction[0].length, form: 'words', grouped: false };
  }
  let total = 0;
  let current = 0;
  let end = i;
  let any = false;
  let article = false;
  let j = i;
  for (;;) {
    WORD.lastIndex = j;
    const m = WORD.exec(s);
    if (!m || m.index !== j) break;
    const raw = m[0].toLowerCase();
    const parts = raw.split('-');
    let consumed = true;
    let pieces: number[] | null;
    for (const w of parts) {
      if (UNITS[w] !== undefined) {
        current += UNITS[w];
        any = true;
      } else if (WORD_SCALES[w] !== undefined) {
        const f = WORD_SCALES[w];
        // A hundred may open a number with no figure before it when more number words follow
        // ("cent soixante-deux", "ciento veinte"), but not after "per" ("50 per cent").
        if (!any && !article && !BARE_SCALES.has(w) && !(parts.length === 1 && GENITIVE_ONE.has(w) && GENITIVE_LEAD.test(s.slice(Math.max(0, i - 14), i))) && !(f === 100 && parts.length === 1 && numberWordAt(s, m.index + m[0].length) && !/\bper\s+$/iu.test(s.slice(Math.max(0, i - 5), i)))) {
          consumed = false;
          break;
        }
        any = true;
        if (f === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * f;
          current = 0;
        }
        any = true;
      } else if (!any && !article && ARTICLES.has(w) && parts.length === 1) {
        article = true;
      } else if ((pieces = splitCompound(w)) !== null) {
        // Inside one word a hundred multiplies what is before it ("két|száz"), a thousand closes a group.
        for (const v of pieces) {
          if (v >= 1_000) {
            total += (current || 1) * v;
            current = 0;
          } else if (v === 100) current = (current || 1) * 100;
          else current += v;
        }
        any = true;
      } else {
        consumed = false;
        break;
      }
    }
    if (!consumed) break;
    end = m.index + m[0].length;
    const next = skipSpaces(s, end);
    // "восемь с половиной тысяч", "два з половиною десятки", "dwa i pół tysiąca": a half between a unit and its scale.
    if (current > 0 && current < 100 && total === 0) {
      const mid = HALF_BEFORE_SCALE.exec(s.slice(next, next + 40));
      if (mid && (WORD_SCALES[(mid[2] as string).toLowerCase()] !== undefined || HALF_SCALE_STEM.test(mid[2] as string))) {
        current += 0.5;
        end = next + (mid[1] as string).length;
        j = skipSpaces(s, end);
        continue;
      }
    }
    // "one hundred and twenty", "two thousand and fifty" (but "between two and three thousand" is a range).
    if (any && (current >= 100 || total > 0) && /^and\s/i.test(s.slice(next, next + 4))) {
      const after = skipSpaces(s, next + 3);
      WORD.lastIndex = after;
      const n = WORD.exec(s);
      // ("four hundred and ninety-eight": the word after "and" may be a hyphenated pair.)
      if (n && n.index === after && UNITS[n[0].toLowerCase().split('-')[0] as string] !== undefined) {
        j = after;
        continue;
      }
    }
    if (s[end] !== ' ') break;
    j = next;
  }
  if (!any) {
    if (!article) return null;
    return { value: 1, end: wordEnd(s, i), form: 'article', grouped: false };
  }
  // "un million et demi", "millón y medio", "un milione e mezzo": half the scale after it.
  if (current === 0 && total > 0) {
    const f = total % 1_000_000 === 0 ? 1_000_000 : total % 1_000 === 0 ? 1_000 : 0;
    const halfAfter = f > 0 ? AND_HALF_AFTER.exec(s.slice(end, end + 24)) : null;
    if (halfAfter !== null) return { value: total + f / 2, end: end + halfAfter[0].length, form: 'words', grouped: false };
  }
  // "مليون و77 ألفا و830": a bare million with its parts after it.
  if (current === 0 && total > 0 && total % 1_000 === 0) {
    const t = withTail(s, total, end, total >= 1_000_000 ? 1_000_000 : 1_000);
    return { value: t.value, end: t.end, form: 'words', grouped: false };
  }
  // "half", "пів" with no scale word after them count nothing.
  if (!Number.isInteger(total + current)) return null;
  return { value: total + current, end, form: 'words', grouped: false };
}

function wordEnd(s: string, i: number): number {
  WORD.lastIndex = i;
  const m = WORD.exec(s);
  return m && m.index === i ? i + m[0].length : i;
}

// Ranges: "100,000-120,000", "30,000 to 60,000", "від 200 до 250 тис.", "od 200 do 250 tys.".
// "70 or 80,000": two guesses joined by "or" are a range too (read at the lower end, with the scale they share).
const RANGE_JOIN = new RegExp(`^\\s*(?:-|–|—|(?:to|or|до|do|bis|a|până la|à|${LANG_RANGE_TO})(?![\\p{L}]))\\s*`, 'iu');
// "between 7,000 and 15,000": only after a word that opens a range does "and" join two numbers.
const BETWEEN = new RegExp(`(?<![\\p{L}])(?:between|між|между|pomiędzy|zwischen|entre|între|بين|${LANG_RANGE_BETWEEN})\\s+$`, 'iu');
const AND_JOIN = new RegExp(`^\\s*(?:(?:and|і|та|и|i|und|y|și|et|${LANG_RANGE_AND})\\s+|و\\s*)`, 'iu');

function readAt(s: string, i: number): Read | null {
  if (isDigit(s[i])) return readDigits(s, i);
  return readWords(s, i);
}

/** A digit string glued to letters or a hyphenated model name ("Su-35S", "Mi-8", "92nd", "120mm"). */
function isCode(s: string, start: number, end: number): boolean {
  const before = s[start - 1];
  // Arabic "و" (and) glued to a number: "و23178 مركبة".
  if (before === 'و' && !LETTER.test(s[start - 2] ?? '')) return false;
  if (before !== undefined && (LETTER.test(before) || before === '_' || before === '/')) return true;
  if (before === '-' && LETTER.test(s[start - 2] ?? '')) return true;
  const after = s[end];
  // A letter right after the digits: ordinals, units, model suffixes. "999'dan" (Turkish) is fine.
  if (after !== undefined && LETTER.test(after)) return true;
  // "24-hour", "three-day": a length, not a count.
  if (after === '-' && LETTER.test(s[end + 1] ?? '')) return true;
  return false;
}

/** A date or a time written with digits: "24.02.2022", "24.02", "2023-03-04", "09:02". */
function isDateOrTime(s: string, start: number): boolean {
  const rest = s.slice(start, start + 12);
  const dm = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?![\d])/.exec(rest);
  // "12.5 million" is a decimal before a scale, not the 12th of May.
  if (dm && readScale(s, skipSpaces(s, start + dm[0].length)) === null && (dm[0].includes('/') || dm[0].length > 4 || rangeScale(s, start + dm[0].length) === null)) return true;
  return /^\d{4}-\d{2}-\d{2}/.test(rest) || /^\d{1,2}:\d{2}/.test(rest);
}

/** A day of the month: "November 24", "24 листопада", "Nov.12", "24th March". */
function isDayOfMonth(s: string, start: number, end: number): boolean {
  const after = /^(?:st|nd|rd|th)?\.?\s*(?:de\s+)?([\p{L}]+)/u.exec(s.slice(end, end + 20));
  if (after && monthOf(after[1] as string) !== null && end - start <= 2) return true;
  const before = /([\p{L}]+)\.?\s*$/u.exec(s.slice(Math.max(0, start - 16), start));
  if (before && monthOf(before[1] as string) !== null && end - start <= 2 && !isDigit(s[end + 1] ?? '') ) return true;
  // The second day of a span: "from October 5 to 12", "between May 3 and 9", "July 5-20".
  const span = /([\p{L}]+)\.?\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|through|until|[-\u2013])\s*$/u.exec(s.slice(Math.max(0, start - 30), start));
  if (span && monthOf(span[1] as string) !== null && end - start <= 2 && !/^\s*(?:[\p{L}-]+\s+)?(?:troops|soldiers|casualties|personnel|servicemen|men|people|tanks)/iu.test(s.slice(end, end + 24))) return true;
  return false;
}

// "втратили танк, бойову броньовану машину": a singular piece of equipment with no figure is one, read
// as an article is ("a tank"), right before its noun; only after a comma, an "and" or a verb of losing.
// The Arabic comma is a comma too.
const SINGULAR = native(new RegExp(`(?<=(?:[,;:\u060c]|(?<![\\p{L}])(?:and|${LANG_SINGULAR_LEAD}))\\s+)(?:${LANG_SINGULARS})(?![\\p{L}\\p{N}-])`, 'giu'));
// The lexicons' singular words hold literal pieces; a sentence with none of them is not scanned.
const SINGULAR_GATE = gateOf(LANG_SINGULARS);

function singulars(s: string, taken: readonly NumberMention[]): NumberMention[] {
  if (LANG_SINGULARS === '(?!)' || !mayMatch(SINGULAR_GATE, foldForGate(s))) return [];
  const out: NumberMention[] = [];
  for (const m of execAll(SINGULAR, s)) {
    if (taken.some((n) => n.start <= m.index && n.end > m.index)) continue;
    out.push({ start: m.index, end: m.index, value: 1, high: null, form: 'article', plus: false, yearLike: false });
  }
  return out;
}

/** Every number in `s`, left to right, not overlapping. */
export function findNumbers(s: string): NumberMention[] {
  const found = findCounted(s);
  const bare = singulars(s, found);
  return bare.length === 0 ? found : [...found, ...bare].sort((a, b) => a.start - b.start);
}

function findCounted(s: string): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    const startsWord = LETTER.test(c) && (i === 0 || !LETTER.test(s[i - 1] as string));
    if (!isDigit(c) && !startsWord) {
      i++;
      continue;
    }
    if (isDigit(c) && i > 0 && isDigit(s[i - 1])) {
      i++;
      continue;
    }
    if (isDigit(c) && isDateOrTime(s, i)) {
      while (i < s.length && /[0-9./:-]/.test(s[i] as string)) i++;
      continue;
    }
    const read = readAt(s, i);
    if (read === null) {
      if (isDigit(c)) while (i < s.length && /[0-9.,]/.test(s[i] as string)) i++;
      else {
        const e = wordEnd(s, i);
        i = e > i ? e : i + 1;
      }
      continue;
    }
    const digitEnd = read.form === 'digits' ? digitRunEnd(s, i) : read.end;
    // A scale glued to the digits ("700k", "1,5млн") is no model code.
    const glued = read.form === 'digits' && read.end > digitEnd && !/\s/.test(s.slice(digitEnd, read.end));
    if (read.form === 'digits' && !glued && (isCode(s, i, digitEnd) || isDayOfMonth(s, i, digitEnd))) {
      i = digitEnd;
      while (i < s.length && LETTER.test(s[i] as string)) i++;
      continue;
    }
    // Percentages and money are never loss counts.
    const after = s.slice(read.end, read.end + 3);
    const before = s.slice(Math.max(0, i - 4), i);
    if (/^\s?%/.test(after) || /[$€£₴₽]\s?$/.test(before) || PERCENT_WORD.test(s.slice(read.end, read.end + 14))) {
      i = read.end;
      continue;
    }
    // "outnumber Russia's by a factor of ten": a ratio, never a count.
    if (FACTOR_BEFORE.test(s.slice(Math.max(0, i - 24), i))) {
      i = read.end;
      continue;
    }
    let mention: NumberMention = {
      start: i,
      end: read.end,
      value: read.value,
      high: null,
      form: read.form,
      // "(+9)", and the same change written out: "(plus nine)".
      plus: s[i - 1] === '+' || PLUS_WORD_BEFORE.test(s.slice(Math.max(0, i - 8), i)),
      yearLike: read.form === 'digits' && !read.grouped && read.value >= 1900 && read.value <= 2100 && read.end - i === 4,
    };
    mention = withRange(s, mention);
    // "between 60 and 70 per cent": a range of shares.
    if (mention.high !== null && (/^\s?%/.test(s.slice(mention.end, mention.end + 3)) || PERCENT_WORD.test(s.slice(mention.end, mention.end + 14)))) {
      i = mention.end;
      continue;
    }
    out.push(mention);
    i = Math.max(mention.end, i + 1);
  }
  return out;
}

// "by a factor of ten", "a factor of about 3": how many times one figure is another.
const FACTOR_BEFORE = /(?<![\p{L}])factor of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/iu;

// "40 per cent", "40 відсотків", "40 Prozent": a share, not a count.
const PERCENT_WORD = /^\s*(?:per ?cent|percent|відсот\p{L}*|процент\p{L}*|prozent|procent\p{L}*|por ciento|pour cent|pour-cent|la sută)(?![\p{L}])/iu;

function digitRunEnd(s: string, i: number): number {
  let j = i;
  while (isDigit(s[j])) j++;
  return j;
}

// "auf etwa 2000 bis 4000 geschätzt": a year-like figure whose range runs past any year, to at most
// three times it, is a count ("in 2022 to 738,660", "2022 - 106,720 troops" stay a year and a count).
const YEAR_LEAD = /(?:^|[^\p{L}])(?:in|of|since|from|until|by|im|seit|von|bis|w|od|do|v|vo|od|в|у|з|с|от|до|en|desde|din|în)\s+$/iu;
function rangeToCount(s: string, start: number, end: number): boolean {
  if (YEAR_LEAD.test(s.slice(Math.max(0, start - 8), start))) return false;
  const join = RANGE_JOIN.exec(s.slice(end, end + 16));
  if (join === null || !isDigit(s[end + join[0].length])) return false;
  const second = readDigits(s, end + join[0].length);
  const first = Number(s.slice(start, end));
  return second !== null && second.value > 2100 && second.value <= first * 3;
}

function withRange(s: string, m: NumberMention): NumberMention {
  // "in 2022 to 700,000": a year opens no range.
  if (m.form === 'article' || (m.yearLike && !rangeToCount(s, m.start, m.end))) return m;
  const rest = s.slice(m.end, m.end + 16);
  // "rose by 1,030 to 133,190" and "increased from X to Y" are changes, not ranges.
  const lead = s.slice(Math.max(0, m.start - 30), m.start);
  if (/(?:\bby|\bна|rose|increased|grew|jumped|climbed|up from|зросл\p{L}*|вырос\p{L}*|збільшил\p{L}*)\s+(?:\p{L}+\s+)?$/iu.test(lead)) return m;
  let join = RANGE_JOIN.exec(rest);
  if (join === null && BETWEEN.test(s.slice(Math.max(0, m.start - 12), m.start))) join = AND_JOIN.exec(rest);
  if (join === null) return m;
  const j = m.end + join[0].length;
  if (!(isDigit(s[j]) || (m.form === 'words' && LETTER.test(s[j] ?? '')))) return m;
  if (isDigit(s[j]) && isDateOrTime(s, j)) return m;
  const second = readAt(s, j);
  if (second === null || second.form === 'article') return m;
  let low = m.value;
  // "від 200 до 250 тис.": the scale written once applies to both ends.
  // "16-17.5 thousand": the high end may carry a decimal part before its scale word.
  if (second.value >= 1000 && low < 1000) {
    const secondDigits = digitRunEnd(s, j);
    const decimal = isDigit(s[j]) ? /^[.,]\d{1,2}(?!\d)/.exec(s.slice(secondDigits, secondDigits + 4)) : null;
    const bare = isDigit(s[j]) ? Number(s.slice(j, secondDigits) + (decimal === null ? '' : `.${decimal[0].slice(1)}`)) : 0;
    const factor = bare > 0 ? Math.round(second.value / bare) : 0;
    if (bare > 0 && bare < 1000 && (factor === 1_000 || factor === 1_000_000) && second.value === Math.round(bare * factor)) low = low * factor;
  }
  // "two to three thousand", "від двох до трьох тисяч", "five to six hundred": the scale word after the second number word.
  if (m.form === 'words' && !isDigit(s[j]) && low < 100) {
    const factor = [1_000_000, 1_000, 100].find((f) => second.value % f === 0 && second.value / f < 100);
    if (factor !== undefined && low < second.value / factor) low = low * factor;
  }
  if (second.value <= low) return m;
  return { ...m, value: low, high: second.value, end: second.end, yearLike: false };
}
