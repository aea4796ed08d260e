/**
 * Parses the text of a General Staff daily loss report (any era, language or repost form)
 * into a ParsedReport, or null when the text is not such a report.
 */
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

/** A figure line and its category, or null for a line that is not one. */
function readEntry(text: string): Entry | null {
  const line = parseFigureLine(text);
  return line === null ? null : { text, line, match: matchLabel(line.label) };
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

/**
 * The items of a line that lists several figures ("…склали: особового складу ‒ … осіб, танків ‒ …"),
 * or null for an ordinary line. A line is split only when two of its pieces are category lines,
 * so a sentence with a comma stays one line.
 */
function splitItems(line: string): string[] | null {
  if (!HAS_ITEM_BREAK.test(line)) return null;
  const pieces: string[] = [];
  let from = 0;
  for (const m of line.matchAll(ITEM_BREAK)) {
    const cut = m.index;
    // "personnel: about 333.840" is one item; a header ends with a colon after its dates.
    if (line[cut] === ':' && !/[0-9]/.test(line.slice(from, cut))) continue;
    // "танки : 353 од / Tanks : 353": the colon after a figure is the next label's separator.
    if (line[cut] === ':' && parseFigureLine(line.slice(from, cut)) !== null) continue;
    pieces.push(line.slice(from, cut));
    from = cut + m[0].length;
  }
  pieces.push(line.slice(from));
  let known = 0;
  for (const piece of pieces) {
    if (readEntry(piece)?.match != null && ++known >= 2) return pieces.filter((p) => !isBlank(p));
  }
  return null;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

function toLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(LINE_BREAK)) {
    const items = splitItems(line);
    if (items === null) lines.push(line);
    else lines.push(...items);
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
      if (!(line.label in other)) other[line.label] = figure;
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
  return { figures, other };
}

type Script = 'cyrillic' | 'latin' | 'both' | 'none';

function scriptOf(text: string): Script {
  const c = CYRILLIC.test(text);
  const l = LATIN.test(text);
  return c && l ? 'both' : c ? 'cyrillic' : l ? 'latin' : 'none';
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

/** Parses a report; null when the text is not a General Staff loss report or has no date. */
export function parseReport(text: string, opts: ParseOptions = {}): ParsedReport | null {
  if (text.length === 0) return null;
  const lines = toLines(plainText(text));
  const blocks = findBlocks(lines);
  let best: Block | undefined;
  for (const block of blocks) if (best === undefined || block.known > best.known) best = block;
  if (best === undefined || best.known < MIN_CATEGORIES) return null;

  const { figures, other } = collectFigures(best.entries);
  if (Object.keys(figures).length < MIN_CATEGORIES) return null;

  const date = reportDate(lines, blocks, best, opts.published);
  if (date === null) return null;
  return { date, lang: detectLang(best, blocks), figures, other };
}
