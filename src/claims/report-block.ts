/**
 * A General Staff report quoted inside an article ("Загальні бойові втрати противника … склали:
 * особового складу ‒ близько 712 610 (+1 950) осіб …") goes through the report parser, not
 * through the prose rules: its totals become cumulative claims and its `(+N)` daily ones, dated
 * by the report. Its lines are then blanked so the prose pass does not read them again.
 */
import type { Category } from '../core/categories.ts';
import { matchLabel } from '../report/labels.ts';
import { parseFigureLine } from '../report/line.ts';
import { parseReport } from '../report/parse.ts';
import type { Claim, Qualifier } from './types.ts';

export interface BlockClaim {
  claim: Claim;
  /** Offset of the line it was read from. */
  pos: number;
}

export interface ReportBlock {
  claims: BlockClaim[];
  /** The text with the report's lines replaced by spaces (offsets unchanged). */
  masked: string;
  date: string | null;
}

const ITEM_SPLIT = /[,;]\s+/;
const APPROX = /(?:близько|около|about|approximately|approx|приблизно|орієнтовно|ориентировочно|~|≈)\s*$/iu;
const OVER = /(?:понад|более|свыше|over|more than)\s*$/iu;

interface LineHit {
  category: Category;
  text: string;
  pos: number;
}

/** The category lines of the text (a line may hold several items), with their offsets. */
function categoryLines(text: string): { hits: LineHit[]; lines: { start: number; end: number }[] } {
  const hits: LineHit[] = [];
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    let found = false;
    let offset = 0;
    for (const piece of line.split(ITEM_SPLIT)) {
      const at = line.indexOf(piece, offset);
      offset = at + piece.length;
      const fl = parseFigureLine(piece);
      const match = fl === null ? null : matchLabel(fl.label);
      if (match === null || match.part !== 'whole') continue;
      found = true;
      hits.push({ category: match.category, text: piece.trim(), pos: start + at });
    }
    if (found) lines.push({ start, end });
    start = end + 1;
  }
  return { hits, lines };
}

function qualifierIn(line: string): Qualifier {
  const firstDigit = line.search(/[0-9]/);
  const before = firstDigit < 0 ? line : line.slice(0, firstDigit);
  if (APPROX.test(before)) return 'about';
  if (OVER.test(before)) return 'more_than';
  return 'exact';
}

// Interfax-Ukraine's English writes the day's change out: "tanks ‒ 1,263 (plus nine) units".
const PLUS_WORDED = /\(\s*plus\s+(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s*\)/giu;
const SMALL: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/** "(plus nine)" as "(+9)", padded with spaces to its own length so that offsets stay those of the text. */
function plusAsSign(text: string): string {
  return text.replace(PLUS_WORDED, (m, n: string) => {
    const inner = `(+${SMALL[n.toLowerCase()] ?? n}`;
    return `${inner}${' '.repeat(m.length - inner.length - 1)})`;
  });
}

export function readReportBlock(original: string, published: string | null): ReportBlock {
  const text = original.includes('plus') ? plusAsSign(original) : original;
  const report = parseReport(text, published === null ? {} : { published });
  if (report === null) return { claims: [], masked: original, date: null };
  const { hits, lines } = categoryLines(text);
  // (Quotes are the text's own words, not the padded copy's.)
  if (text !== original) for (const h of hits) h.text = original.slice(h.pos, h.pos + h.text.length).trim();
  const claims: BlockClaim[] = [];
  for (const [key, figure] of Object.entries(report.figures)) {
    if (figure === undefined) continue;
    const category = key as Category;
    const hit = hits.find((h) => h.category === category);
    const quote = hit?.text ?? category;
    const pos = hit?.pos ?? 0;
    const base = { claimant: 'ua_general_staff', subject: 'ru', metric: category, asOf: report.date, record: false, quote } as const;
    claims.push({ pos, claim: { ...base, kind: 'cumulative', value: figure.total, qualifier: qualifierIn(quote), periodDays: null } });
    // A "(+0)" states no loss: it is no claim of one.
    if (figure.delta !== null && figure.delta > 0) {
      claims.push({ pos, claim: { ...base, kind: 'daily', value: figure.delta, qualifier: 'exact', periodDays: 1 } });
    }
  }
  let masked = original;
  for (const l of lines) masked = masked.slice(0, l.start) + ' '.repeat(l.end - l.start) + masked.slice(l.end);
  return { claims, masked, date: report.date };
}
