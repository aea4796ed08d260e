/**
 * Reads one category line of a report: `label <dash> [approx word] TOTAL [(+DELTA)] [unit] [punctuation]`.
 * Written as a hand scanner, not one big regex, so a long line costs linear time.
 */
import { readNumber } from './numbers.ts';

export interface FigureLine {
  /** The label as written, trimmed, inner whitespace collapsed, bullets and `#` removed. */
  label: string;
  total: number;
  delta: number | null;
  /** Index in the line just after the figure (and its `(+N)`): a bilingual line may go on with a second label there. */
  end: number;
}

// Any dash may separate label and number; a hyphen inside a label word is skipped because
// what follows it is not a number. U+2212 and U+2015 show up in copy-pasted reposts, `~`/`≈`
// in outlets' "personnel ~723,940", U+FFFD where a dash was lost to a wrong encoding.
const SEPARATORS = new Set(['\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '-', ':', '~', '\u2248', '=', '\ufffd']);
const SIGNS = new Set(['+', '\uff0b', '-', '\u2212', '\u2013']);
const PLUS = new Set(['+', '\uff0b']);

// Words that may stand between the separator and the total ("близько/ about", "ліквідовано близько").
const APPROX_WORDS = new Set([
  'близько', 'понад', 'майже', 'приблизно', 'орієнтовно', 'ліквідовано', 'знищено', 'до', 'бл', 'прибл',
  'about', 'approximately', 'approx', 'around', 'over', 'more', 'than', 'nearly', 'almost', 'up', 'to', 'some',
  'roughly', 'circa', 'ca', 'at', 'least', 'estimated',
  'около', 'более', 'свыше', 'почти', 'примерно', 'ориентировочно', 'ликвидировано', 'уничтожено',
]);
const APPROX_SYMBOLS = new Set(['~', '≈', '>', '/']);

const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpace(ch: string | undefined): boolean {
  return (
    ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u200b' || ch === '\u2007' || ch === '\u2008'
  );
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function skipSpaces(s: string, i: number): number {
  while (isSpace(s[i])) i++;
  return i;
}

/** Index of the label's first letter: skips emoji, bullets, dashes, tabs and numbering like `1.` or `2)`. */
function labelStart(s: string): number {
  let i = 0;
  for (;;) {
    while (i < s.length && !LETTER_OR_DIGIT.test(s[i] as string)) i++;
    if (!isDigit(s[i])) return i;
    let j = i;
    while (isDigit(s[j])) j++;
    // Numbering ("1.", "2)") or a keycap emoji ("1️⃣"): skip it and look again.
    if (s[j] === '.' || s[j] === ')' || s[j] === '\ufe0f' || s[j] === '\u20e3') {
      i = j + 1;
      continue;
    }
    return -1;
  }
}

interface NumberPart {
  total: number;
  delta: number | null;
  end: number;
}

// Footnote marks a republication may hang on a total ("1 164 180* (+1 130)").
const FOOTNOTE_MARKS = new Set(['*', '\u00b9', '\u00b2', '\u00b3', '\u2020']);
const OPEN_BRACKETS = new Set(['(', '[']);
const CLOSE_BRACKETS = new Set([')', ']']);
// How far a unit may stand between a total and its `(+N)` ("723 940 осіб (+1 550)").
const MAX_UNIT_CHARS = 40;

// How long the note after a change may be before its closing bracket.
const MAX_NOTE_CHARS = 32;

/** The index of the bracket that closes a note of words (no digits) after a change, or `i` when there is none. */
function deltaNoteEnd(s: string, i: number): number {
  let j = i;
  if (SEPARATORS.has(s[j] as string)) j = skipSpaces(s, j + 1);
  if (!LETTER.test(s[j] ?? '')) return i;
  const limit = Math.min(s.length, i + MAX_NOTE_CHARS);
  while (j < limit && (LETTER.test(s[j] as string) || isSpace(s[j]) || s[j] === '\'' || s[j] === '’')) j++;
  return CLOSE_BRACKETS.has(s[j] as string) ? j : i;
}

/** Reads `(±N)` (or `[±N]`) at `i`; returns the delta and the index after the bracket, or null. */
function readDelta(s: string, i: number): { delta: number; end: number } | null {
  if (!OPEN_BRACKETS.has(s[i] as string)) return null;
  let j = skipSpaces(s, i + 1);
  let sign = 1;
  if (s[j] !== undefined && SIGNS.has(s[j] as string)) {
    if (!PLUS.has(s[j] as string)) sign = -1;
    j = skipSpaces(s, j + 1);
  }
  const d = isDigit(s[j]) ? readNumber(s, j) : null;
  if (d === null) return null;
  j = skipSpaces(s, d.end);
  // "(+1 – за останню добу)", "(+12 over the day)": a note of a few words on the day the change is of.
  if (!CLOSE_BRACKETS.has(s[j] as string)) j = deltaNoteEnd(s, j);
  if (!CLOSE_BRACKETS.has(s[j] as string)) return null;
  return { delta: sign * d.value, end: j + 1 };
}

/** A unit of up to a few words (`осіб`, `од.`, `осіб / persons`) between the total and `(+N)`: the index of the `(`, or -1. */
function deltaAfterUnit(s: string, i: number): number {
  const limit = Math.min(s.length, i + MAX_UNIT_CHARS);
  let j = i;
  let letters = false;
  while (j < limit) {
    const ch = s[j] as string;
    if (LETTER.test(ch)) letters = true;
    else if (!(isSpace(ch) || ch === '.' || ch === '/')) break;
    j++;
  }
  return letters && j < limit && s[j] === '(' ? j : -1;
}

/** Reads `[approx words] TOTAL [(±DELTA)]` from `i`; null when no total follows. */
function readNumberPart(s: string, i: number): NumberPart | null {
  i = skipSpaces(s, i);
  // Approx words, possibly bilingual ("близько/ about"): each must be a known word.
  for (;;) {
    const ch = s[i];
    if (ch === undefined) return null;
    if (APPROX_SYMBOLS.has(ch)) {
      i = skipSpaces(s, i + 1);
      continue;
    }
    if (!LETTER.test(ch)) break;
    let j = i;
    while (j < s.length && LETTER.test(s[j] as string)) j++;
    if (!APPROX_WORDS.has(s.slice(i, j).toLowerCase())) return null;
    if (s[j] === '.') j++; // "approx."
    i = skipSpaces(s, j);
  }
  if (!isDigit(s[i])) return null;
  const total = readNumber(s, i);
  if (total === null) return null;
  // "24.02", "3,5" or "08:00" right after the separator is a date, a decimal or a time, not a loss figure.
  const after = s[total.end];
  if ((after === '.' || after === ',' || after === ':') && isDigit(s[total.end + 1])) return null;
  i = total.end;
  while (FOOTNOTE_MARKS.has(s[i] as string)) i++;
  i = skipSpaces(s, i);
  let delta: number | null = null;
  let read = readDelta(s, i);
  if (read === null && s[i] === '+' && isDigit(s[i + 1])) {
    // A bare "+8" after the total.
    const d = readNumber(s, i + 1);
    if (d !== null) read = { delta: d.value, end: d.end };
  }
  if (read === null && LETTER.test(s[i] ?? '')) {
    const open = deltaAfterUnit(s, i);
    if (open >= 0) read = readDelta(s, open);
  }
  if (read !== null) {
    delta = read.delta;
    i = read.end;
  }
  let end = i;
  while (FOOTNOTE_MARKS.has(s[end] as string)) end++;
  i = skipSpaces(s, end);
  // A digit right after the figure means the number was cut oddly ("1 1640"): not a clean line.
  if (isDigit(s[i])) return null;
  return { total: total.value, delta, end };
}

/** Parses a category line, or returns null when the line has no `label <dash> number` shape. */
export function parseFigureLine(rawLine: string): FigureLine | null {
  // Hashtags may sit anywhere (`#втрати`); the word itself can be part of the label.
  const line = rawLine.includes('#') ? rawLine.replaceAll('#', '') : rawLine;
  // No digit, no figure: most prose lines leave here without a character-by-character scan.
  if (!/[0-9]/.test(line)) return null;
  const start = labelStart(line);
  if (start < 0 || start >= line.length) return null;
  DIGIT.lastIndex = start;
  const firstDigit = DIGIT.exec(line)?.index ?? -1;
  if (firstDigit < 0) return null;
  // Labels carry no digits, so the separator sits before the first digit.
  for (let i = start + 1; i < firstDigit; i++) {
    const ch = line[i] as string;
    if (!SEPARATORS.has(ch)) continue;
    // "Х-101", "Су-34": a hyphen between a letter and a digit is part of a model name.
    if (ch === '-' && LETTER.test(line[i - 1] as string) && isDigit(line[i + 1])) return null;
    const part = readNumberPart(line, i + 1);
    if (part === null) continue;
    return figureLine(line.slice(start, i), part);
  }
  return null;
}

function figureLine(rawLabel: string, part: NumberPart): FigureLine | null {
  // Markdown bold (`**танків**`) is no part of the label.
  const label = (rawLabel.includes('*') ? rawLabel.replaceAll('*', '') : rawLabel).replace(/\s+/g, ' ').trim();
  if (!LETTER.test(label)) return null;
  return { label, total: part.total, delta: part.delta, end: part.end };
}
