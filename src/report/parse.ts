/**
 * Parses the text of a General Staff daily loss report (any era, language or repost form)
 * into a ParsedReport, or null when the text is not such a report.
 */
import type { Category } from '../core/categories.ts';
import { findHeaderDate, publishedDate } from './header-date.ts';
import { matchLabel } from './labels.ts';
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
  line: FigureLine;
  match: LabelMatch | null;
}

interface Block {
  start: number;
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

/**
 * Runs of consecutive category lines. A blank line inside a run is allowed only when the next
 * line is a known category, so "Генштаб" or a closing "Юбилей - 1000 танков" end the run.
 */
function findBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (current !== null && isBlank(text)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j] as string)) j++;
      const next = j < lines.length ? parseFigureLine(lines[j] as string) : null;
      if (next !== null && matchLabel(next.label) !== null) {
        i = j - 1;
        continue;
      }
      blocks.push(current);
      current = null;
      continue;
    }
    const line = parseFigureLine(text);
    const match = line === null ? null : matchLabel(line.label);
    if (line === null || (match === null && isProse(line.label))) {
      if (current !== null) blocks.push(current);
      current = null;
      continue;
    }
    current ??= { start: i, entries: [], known: 0 };
    current.entries.push({ line, match });
    if (match !== null) current.known++;
  }
  if (current !== null) blocks.push(current);
  return blocks;
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

function detectLang(entries: readonly Entry[]): ReportLang {
  let both = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const { line } of entries) {
    const c = CYRILLIC.test(line.label);
    const l = LATIN.test(line.label);
    if (c && l) both++;
    else if (c) cyrillic++;
    else if (l) latin++;
  }
  // One stray bilingual line (an English page keeping "особового складу / personnel") is not a bilingual report.
  if (both * 2 >= entries.length) return 'bilingual';
  return cyrillic > latin ? 'uk' : 'en';
}

/** Parses a report; null when the text is not a General Staff loss report or has no date. */
export function parseReport(text: string, opts: ParseOptions = {}): ParsedReport | null {
  if (text.length === 0) return null;
  const lines = text.split(/\r\n|[\n\r\u2028\u2029]/);
  let best: Block | undefined;
  for (const block of findBlocks(lines)) if (best === undefined || block.known > best.known) best = block;
  if (best === undefined || best.known < MIN_CATEGORIES) return null;

  const { figures, other } = collectFigures(best.entries);
  if (Object.keys(figures).length < MIN_CATEGORIES) return null;

  const date = findHeaderDate(lines.slice(0, best.start), opts.published) ?? publishedDate(opts.published);
  if (date === null) return null;
  return { date, lang: detectLang(best.entries), figures, other };
}
