/**
 * Normalises article text without moving any character (so offsets stay valid for quotes)
 * and splits it into paragraphs and sentences.
 */
import { monthOf } from './calendar.ts';

export interface Sentence {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
  index: number;
}

// One character for one character: curly quotes and apostrophes to straight ones, the many
// spaces of copy-pasted text to a plain space.
const CHAR_MAP: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u200b': ' ', '\t': ' ', '\r': ' ',
  '\u2212': '-',
};
const MAPPED = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');

// A bullet line ("• 45 танків;", "- 62 tanks"), and one that opens with its figure.
export const BULLET = /^\s*[-\u2022*\u25aa\u25cf\u2013]\s/u;
// ("* One submarine": the one figure lists spell out.)
export const BULLET_FIGURE = /^\s*[-\u2022*\u25aa\u25cf\u2013]\s*(?:\d|[Oo]ne\s)/u;
// A bullet line that names its noun first and gives the figure after a dash or colon: "- tancuri – 353 de unități",
// "• personnel: 12,000".
export const BULLET_ROW = /^\s*[-\u2022*\u25aa\u25cf\u2013]\s*[^\d\n]{2,60}?\s[\u2013\u2014:-]\s*(?:\p{L}+\s+){0,2}\d/u;
// A line that is a figure and its noun, nothing more, as lists under a heading give them without a mark: "55 tanks;".
// A line that only leads into a list: a word or two and a colon ("Зокрема, це:", "Йдеться про:", "Among them:").
export const LEAD_IN = /^[^\d.;]{0,30}:\s*$/u;
export const FIGURE_LINE = /^\s*\d[\d,.\u00a0\u202f ]*\s+[^\d\n.;:]{1,60}?\s*[;,.]?\s*$/u;
// A line that is a label and a figure, as tables and pasted lists give them ("Tanks – over 40 units",
// "вертольоти – один;": a small figure may be spelt out).
export const TABLE_ROW = /^\s*(?:[-\u2022*\u25aa\u25cf]\s*)?[\p{L}][\p{L}()/' -]{1,60}?\s*[\u2012-\u2015:\u2212-]?\s*(?:(?:about|around|over|more than|up to|nearly|almost|some|близько|понад|около|более|свыше|peste|aproximativ|circa|ponad|około|über|etwa|plus de|environ|más de|unos|mais de|cerca de|oltre|circa)\s+)?(?:\d[\d,. \u00a0\u202f]*|(?:один|одна|одну|два|дві|три|чотири|п['’ʼ]ять|шість|сім|вісім|дев['’ʼ]ять|десять|две|пять|шесть|семь|восемь|девять|one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}'’ʼ]))(?:\s*(?:mii|tys\.?|тис\.?|тыс\.?|thousand|tausend|mil)(?:\s+de)?\s+\p{L}+)?(?:\s*\(\+?\s*\d[\d,. ]*\))?\s*(?:units?|pieces|pcs|од\.?|одиниц\p{L}*|единиц\p{L}*|шт\.?|osób|sztuk|stück|(?:de )?unități|unidades|unità|unités|adet)?\s*[.;,]?\s*$/iu;

// Romanian written with the legacy cedilla letters (ş ţ, as many wires still send it) to the
// comma-below ones the lexicon uses. ţ is Romanian only; ş is also Turkish, so it stays in a text
// with the letters only Turkish has (ı ğ İ).
const CEDILLA: Record<string, string> = { 'ţ': 'ț', 'Ţ': 'Ț', 'ş': 'ș', 'Ş': 'Ș' };

export function normalizeText(text: string): string {
  const mapped = text.replace(MAPPED, (c) => CHAR_MAP[c] ?? c);
  if (!/[ţŢşŞ]/.test(mapped)) return mapped;
  return mapped.replace(/[ğĞıİ]/.test(mapped) ? /[ţŢ]/g : /[ţŢşŞ]/g, (c) => CEDILLA[c] ?? c);
}

// Words after which a full stop does not end a sentence: titles, months, "No.", Polish "ok."
// (about), thousand/million abbreviations, Ukrainian/Russian "р."/"г." (year).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'maj', 'sgt', 'capt', 'gov', 'sen', 'rep', 'prof', 'adm',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'approx', 'ca', 'ok', 'tys', 'mln', 'mld', 'ul', 'np', 'tzw', 'ds',
  'тис', 'тыс', 'млн', 'млрд', 'ім', 'р', 'рр', 'г', 'гг', 'r', 'tj', 'ul', 'ст', 'див', 'см', 'тов', 'о', 'ген', 'etc', 'z', 'bzw',
]);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

// Feeds that strip the markup between paragraphs glue them together: "…ліквідували 25 тисяч
// окупантів.Як передає …". A full stop between a lower-case word of three letters or more and a
// capitalised word in lower case ends a sentence; "Censor.NET", "Новини.LIVE", "U.S.Army" and
// initials do not match.
// (Two digits too: "since the invasion on February 24.Those losses", a date or year closing a sentence.)
const GLUED_BEFORE = /(?:\p{Ll}{3}|\d{2})$/u;
const GLUED_AFTER = /^\p{Lu}\p{Ll}/u;
function glued(text: string, i: number, j: number): boolean {
  return text[i] === '.' && GLUED_BEFORE.test(text.slice(Math.max(0, i - 3), i)) && GLUED_AFTER.test(text.slice(j, j + 2));
}

function isBoundary(text: string, i: number, lineEnd: number): boolean {
  // text[i] is . ! ? or …; a boundary needs whitespace, then an upper-case letter, a quote or a digit.
  let j = i + 1;
  while (text[j] === '"' || text[j] === "'" || text[j] === ')') j++;
  if (j < lineEnd && text[j] !== ' ') return glued(text, i, j);
  if (j >= lineEnd) return false;
  while (text[j] === ' ') j++;
  const next = j < lineEnd ? text[j] : undefined;
  if (next === undefined) return false;
  if (!(UPPER.test(next) || next === '"' || next === "'" || next === '(' || next === '-' || /[0-9]/.test(next))) return false;
  if (text[i] !== '.') return true;
  // German and Polish ordinal dates: "mit Stand 12. Juni", "12. czerwca".
  if (/(?<![0-9])[0-9]{1,2}$/.test(text.slice(Math.max(0, i - 3), i)) && monthOf(/^\p{L}+/u.exec(text.slice(j, j + 16))?.[0] ?? '') !== null) return false;
  // The word before the full stop: an abbreviation or an initial does not end a sentence.
  let k = i - 1;
  while (k >= 0 && LETTER.test(text[k] as string)) k--;
  const word = text.slice(k + 1, i);
  if (word.length === 1 && UPPER.test(word)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

/** Sentences of the normalised text; every line is its own paragraph. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const push = (s: number, e: number): void => {
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), paragraph, index: out.length });
  };
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === undefined) {
      let s = lineStart;
      for (let j = lineStart; j < i; j++) {
        const d = text[j];
        if ((d === '.' || d === '!' || d === '?' || d === '\u2026') && isBoundary(text, j, i)) {
          push(s, j + 1);
          s = j + 1;
        }
      }
      push(s, i);
      if (text.slice(lineStart, i).trim() !== '') paragraph++;
      lineStart = i + 1;
    }
  }
  return out;
}
