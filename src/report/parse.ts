/**
 * Parses the text of a General Staff daily loss report (any era, language or repost form)
 * into a ParsedReport, or null when the text is not such a report.
 */
import { CATEGORY_KEYS } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { findHeaderDate, publishedDate } from './header-date.ts';
import { isUncountedLabel, matchLabel } from './labels.ts';
import type { LabelMatch } from './labels.ts';
import { parseFigureLine } from './line.ts';
import type { FigureLine } from './line.ts';
import type { Figure, ParsedReport, ReportLang } from './types.ts';

/** Fewer known categories than this and the text is not a loss report. */
export const MIN_CATEGORIES = 5;

export interface ParseOptions {
  /** When the post was published: an ISO date or instant. Dates yearless headers and headerless lists. */
  published?: string;
}

interface Entry {
  /** The text the figure was read from (a line, or one item of a line listing several). */
  text: string;
  line: FigureLine;
  match: LabelMatch | null;
}

interface Block {
  start: number;
  /** Index just after the block's last line. */
  end: number;
  entries: Entry[];
  known: number;
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-z]/;

// An unknown label this long, or one with sentence punctuation, is a sentence that happens to
// hold "- 90": it ends the block instead of landing in `other`.
const MAX_OTHER_LABEL_WORDS = 6;

function isProse(label: string): boolean {
  return /[.!?]/.test(label) || label.split(' ').length > MAX_OTHER_LABEL_WORDS;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

// Lines read during the current parseReport call: splitting, the block scan and the blank-line
// look-ahead ask about the same lines. Cleared at the start of each call (parsing is synchronous).
const entries = new Map<string, Entry | null>();

/** A figure line and its category, or null for a line that is not one. */
function readEntry(text: string): Entry | null {
  const known = entries.get(text);
  if (known !== undefined) return known;
  const line = parseFigureLine(text);
  const entry = line === null ? null : { text, line, match: matchLabel(line.label) };
  entries.set(text, entry);
  return entry;
}

/** A line that belongs to a list: a category, or a line the reports printed but the series does not count. */
function isListLine(entry: Entry | null): boolean {
  return entry !== null && (entry.match !== null || isUncountedLabel(entry.line.label));
}

/**
 * Runs of consecutive category lines. A blank line inside a run is allowed only when the next
 * line is a list line, so "Генштаб" or a closing "Юбилей - 1000 танков" end the run.
 */
function findBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (current !== null && isBlank(text)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j] as string)) j++;
      if (j < lines.length && isListLine(readEntry(lines[j] as string))) {
        i = j - 1;
        continue;
      }
      blocks.push(current);
      current = null;
      continue;
    }
    const entry = readEntry(text);
    if (entry === null || (entry.match === null && isProse(entry.line.label) && !isUncountedLabel(entry.line.label))) {
      if (current !== null) blocks.push(current);
      current = null;
      continue;
    }
    current ??= { start: i, end: i + 1, entries: [], known: 0 };
    current.entries.push(entry);
    current.end = i + 1;
    if (entry.match !== null) current.known++;
  }
  if (current !== null) blocks.push(current);
  return blocks;
}

// Items of a list written as one paragraph end with "," or ";" and a space; a header ends with ":".
const ITEM_BREAK = /[,;:]\s+/g;
const HAS_ITEM_BREAK = /[,;:]\s/;
// An item is short: a longer stretch after a colon is not tried as one.
const MAX_ITEM_CHARS = 300;

function isKnownItem(text: string): boolean {
  return text.length <= MAX_ITEM_CHARS && readEntry(text)?.match != null;
}

function isListItem(text: string): boolean {
  return text.length <= MAX_ITEM_CHARS && isListLine(readEntry(text));
}

/**
 * The items of a line that lists several figures ("…склали: особового складу ‒ … осіб, танків ‒ …"),
 * or null for an ordinary line. A line is split only when two of its pieces are category lines,
 * so a sentence with a comma stays one line.
 */
function splitItems(line: string): string[] | null {
  if (!HAS_ITEM_BREAK.test(line)) return null;
  const breaks = [...line.matchAll(ITEM_BREAK)];
  // Where the item after each break ends: at the next "," or ";" break.
  const itemEnd: number[] = new Array<number>(breaks.length);
  let next = line.length;
  for (let k = breaks.length - 1; k >= 0; k--) {
    const m = breaks[k] as RegExpExecArray;
    itemEnd[k] = next;
    if (line[m.index] !== ':') next = m.index;
  }
  const pieces: string[] = [];
  let from = 0;
  for (let k = 0; k < breaks.length; k++) {
    const m = breaks[k] as RegExpExecArray;
    const after = m.index + m[0].length;
    // A colon ends a header only when a category item follows ("склали: особового складу ‒ …");
    // in "personnel: about 333.840" or "танки : 353 од" it is the label's separator.
    if (line[m.index] === ':' && !isListItem(line.slice(after, itemEnd[k]))) continue;
    pieces.push(line.slice(from, m.index));
    from = after;
  }
  pieces.push(line.slice(from));
  let known = 0;
  for (const piece of pieces) {
    if (isKnownItem(piece) && ++known >= 2) return splitHeaderItem(pieces).filter((p) => !isBlank(p));
  }
  return null;
}

// Where an item may start inside a header it was run into: after a digit (the header's date) or a colon.
const ITEM_START = /[0-9](?![0-9])|:/g;
// A bilingual header and a bilingual first item together stay under this.
const MAX_RUN_ON_CHARS = 1000;

/**
 * A header run on into the first item ("…по 09.03.22 (орієнтовно) особового складу ‒ близько
 * 12 000 осіб", "…орієнтовно склали:👉особового складу ‒ …"): the header and the item, cut
 * after the header's last date or colon, or null when no such cut leaves a category item.
 */
function splitRunOnHeader(text: string): [string, string] | null {
  if (text.length > MAX_RUN_ON_CHARS) return null;
  // The first cut that leaves an item: a cut inside the header's dates leaves digits before the
  // item's dash ("02.22 по 09.03.22 … ‒ 12 000"), which no figure line has; a later cut would
  // land inside the item, where a bilingual line has a second figure.
  for (const m of text.matchAll(ITEM_START)) {
    const cut = m.index + 1;
    const rest = text.slice(cut);
    if (readEntry(rest)?.match != null) return [text.slice(0, cut), rest];
  }
  return null;
}

/** Splits the piece just before the first list item when it is a header run into an item. */
function splitHeaderItem(pieces: string[]): string[] {
  const f = pieces.findIndex(isListItem);
  if (f < 1 || isListItem(pieces[f - 1] as string)) return pieces;
  const split = splitRunOnHeader(pieces[f - 1] as string);
  return split === null ? pieces : [...pieces.slice(0, f - 1), ...split, ...pieces.slice(f)];
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

function toLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(LINE_BREAK)) {
    const items = splitItems(line);
    if (items === null) lines.push(line);
    else lines.push(...items);
  }
  // A header line that swallowed the list's first item (a lost line break): split it off.
  // Walking up, `nextIsList` says whether the next non-blank line is a list line.
  let nextIsList = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as string;
    if (isBlank(line)) continue;
    const hasDigit = /[0-9]/.test(line);
    const isList = hasDigit && isListItem(line);
    if (!isList && hasDigit && nextIsList) {
      const split = splitRunOnHeader(line);
      if (split !== null) {
        lines.splice(i, 1, ...split);
        nextIsList = isListItem(split[0]);
        continue;
      }
    }
    nextIsList = isList;
  }
  return lines;
}

// Invisible characters of copy-pasted posts: soft hyphen, zero-width (non-)joiners, direction
// marks, word joiner, BOM and emoji variation selectors. (U+200B is read as a space.)
const INVISIBLE = /[\u00ad\u200c-\u200f\u2060-\u2064\ufeff\ufe0e\ufe0f]/g;
const HTML_BREAK = /<br\s*\/?>|<\/(?:p|li|div|h[1-6]|tr|blockquote)>/gi;
const HTML_TAG = /<[a-z/!][^<>]{0,500}>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '\u2013', mdash: '\u2014',
  minus: '\u2212', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb', thinsp: '\u2009', ensp: ' ', emsp: ' ',
};

function decodeEntity(all: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? all;
}

/** Plain text: HTML leftovers of a scraped page turned into lines, entities decoded, invisible characters dropped. */
function plainText(text: string): string {
  let t = text;
  if (t.includes('<')) t = t.replace(HTML_BREAK, '\n').replace(HTML_TAG, '');
  if (t.includes('&')) t = t.replace(ENTITY, decodeEntity);
  return t.replace(INVISIBLE, '');
}

function sumDeltas(a: number | null, b: number | null): number | null {
  // A repost may drop a "(+0)" on one of the two lines; one reported delta still says the day's change.
  if (a === null && b === null) return null;
  return (a ?? 0) + (b ?? 0);
}

function collectFigures(entries: readonly Entry[]): Pick<ParsedReport, 'figures' | 'other'> {
  const figures: Partial<Record<Category, Figure>> = {};
  const other: Record<string, Figure> = {};
  const parts: { vehicles?: Figure; fuel_tanks?: Figure } = {};
  for (const { line, match } of entries) {
    const figure: Figure = { total: line.total, delta: line.delta };
    if (match === null) {
      // Own keys only ("constructor" is a label like any other); "__proto__" would set the prototype.
      if (line.label !== '__proto__' && !Object.hasOwn(other, line.label)) other[line.label] = figure;
    } else if (match.part !== 'whole') {
      parts[match.part] ??= figure;
    } else if (figures[match.category] === undefined) {
      figures[match.category] = figure;
    }
  }
  // The two pre-May-2022 lines add up to the category; a whole "vehicles and fuel tanks" line wins.
  if (figures.vehicles_fuel_tanks === undefined && (parts.vehicles !== undefined || parts.fuel_tanks !== undefined)) {
    const v = parts.vehicles;
    const f = parts.fuel_tanks;
    figures.vehicles_fuel_tanks =
      v !== undefined && f !== undefined ? { total: v.total + f.total, delta: sumDeltas(v.delta, f.delta) } : ((v ?? f) as Figure);
  }
  // The order of DESIGN.md, whatever order the text gave: stable JSON for the CLI and the store.
  const ordered: Partial<Record<Category, Figure>> = {};
  for (const key of CATEGORY_KEYS) {
    const figure = figures[key];
    if (figure !== undefined) ordered[key] = figure;
  }
  return { figures: ordered, other };
}

type Script = 'cyrillic' | 'latin' | 'both' | 'none';

const WORD = /\p{L}+/gu;

/**
 * The scripts of a label's words. A word mixing both is Ukrainian typed with Latin look-alikes
 * ("артилерiйських" with a Latin i), not English.
 */
function scriptOf(text: string): Script {
  let c = false;
  let l = false;
  for (const [word] of text.matchAll(WORD)) {
    if (CYRILLIC.test(word)) c = true;
    else if (LATIN.test(word)) l = true;
    if (c && l) return 'both';
  }
  return c ? 'cyrillic' : l ? 'latin' : 'none';
}

/** The script of an entry's labels, counting a second label after the figure ("танків ‒ 9445 (+8) / tanks ‒ 9445 (+8)"). */
function entryScript(entry: Entry): Script {
  const own = scriptOf(entry.line.label);
  const rest = entry.text.slice(entry.line.end);
  if (!/[0-9]/.test(rest)) return own;
  const second = parseFigureLine(rest);
  if (second === null) return own;
  const other = scriptOf(second.label);
  return own === other || other === 'none' ? own : 'both';
}

interface ScriptCounts {
  both: number;
  cyrillic: number;
  latin: number;
}

function countScripts(entries: readonly Entry[], knownOnly: boolean): ScriptCounts {
  const counts: ScriptCounts = { both: 0, cyrillic: 0, latin: 0 };
  for (const entry of entries) {
    if (knownOnly && entry.match === null) continue;
    const script = entryScript(entry);
    if (script !== 'none') counts[script]++;
  }
  return counts;
}

/**
 * uk, en, or bilingual: bilingual lines (`танків / tanks ‒ …`), or a Ukrainian list and an
 * English one, in one run or as two blocks.
 */
function detectLang(best: Block, blocks: readonly Block[]): ReportLang {
  const counts = countScripts(best.entries, false);
  // One stray bilingual line (an English page keeping "особового складу / personnel") is not a bilingual report.
  if (counts.both * 2 >= best.entries.length) return 'bilingual';
  const known = countScripts(best.entries, true);
  if (known.cyrillic >= MIN_CATEGORIES && known.latin >= MIN_CATEGORIES) return 'bilingual';
  const own = counts.cyrillic > counts.latin ? 'cyrillic' : 'latin';
  for (const block of blocks) {
    if (block === best || block.known < MIN_CATEGORIES) continue;
    const k = countScripts(block.entries, true);
    if ((own === 'cyrillic' ? k.latin : k.cyrillic) >= MIN_CATEGORIES) return 'bilingual';
  }
  return own === 'cyrillic' ? 'uk' : 'en';
}

// A list headed as one day's losses ("За минулу добу ворог втратив: особового складу – 1 550, …")
// is a news item about the (+N) figures, not the cumulative report, unless the heading says it is.
const DAILY_HEADING =
  /за (?:минулу |останню )?добу|протягом (?:минулої |останньої )?доби|за сутки|over the (?:past|last) (?:day|24 hours)|in the (?:past|last) (?:day|24 hours)|daily losses|добові втрати/i;
const CUMULATIVE_HEADING =
  /24[./]02|24 лютого|february 24|feb\.? 24|24 feb|загальн|total|всього|загалом|since|з початку|from the start|станом на|as of/i;

/** True for a list without any (+N) whose own heading (the line above it) speaks of one day only. */
function isDailyList(lines: readonly string[], best: Block): boolean {
  if (best.entries.some((e) => e.line.delta !== null)) return false;
  let i = best.start - 1;
  while (i >= 0 && isBlank(lines[i] as string)) i--;
  const heading = i >= 0 ? (lines[i] as string) : '';
  return DAILY_HEADING.test(heading) && !CUMULATIVE_HEADING.test(heading);
}

// Past this, text after a list is not searched for its date.
const MAX_TRAILER_LINES = 12;

/**
 * The report date: from the header above the list (the text since the previous block first,
 * then everything above), else the publication date, else a date stated below the list.
 */
function reportDate(lines: readonly string[], blocks: readonly Block[], best: Block, published: string | undefined): string | null {
  let from = 0;
  for (const block of blocks) if (block.end <= best.start) from = Math.max(from, block.end);
  return (
    findHeaderDate(lines.slice(from, best.start), published) ??
    (from > 0 ? findHeaderDate(lines.slice(0, best.start), published) : null) ??
    publishedDate(published) ??
    findHeaderDate(lines.slice(best.end, best.end + MAX_TRAILER_LINES), published)
  );
}

function parse(text: string, opts: ParseOptions): ParsedReport | null {
  if (text.length === 0) return null;
  const lines = toLines(plainText(text));
  const blocks = findBlocks(lines);
  let best: Block | undefined;
  for (const block of blocks) if (best === undefined || block.known > best.known) best = block;
  if (best === undefined || best.known < MIN_CATEGORIES) return null;

  const { figures, other } = collectFigures(best.entries);
  if (Object.keys(figures).length < MIN_CATEGORIES) return null;
  if (isDailyList(lines, best)) return null;

  const date = reportDate(lines, blocks, best, opts.published);
  if (date === null) return null;
  return { date, lang: detectLang(best, blocks), figures, other };
}

/** Parses a report; null when the text is not a General Staff loss report or has no date. */
export function parseReport(text: string, opts: ParseOptions = {}): ParsedReport | null {
  try {
    return parse(text, opts);
  } finally {
    entries.clear();
  }
}
