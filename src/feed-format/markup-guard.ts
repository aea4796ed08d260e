/**
 * A pre-parse guard against quadratic markup. Inside elements that feedsmith reads raw (title,
 * description, content…), fast-xml-parser scans forward from every `<` to the next `>` outside
 * quotes and, when there is none, moves on by one character only: a 16 KB run of `<` took 0.4 s,
 * a 5 MB one would take hours of blocked event loop. This repeats that scan with a budget on the
 * total characters scanned, and refuses the document once the budget is spent. Well-formed
 * feeds scan each tag once (about the document's length in total).
 */
import { FeedParseError } from './errors.ts';

const QUOTE = 34;
const APOSTROPHE = 39;
const GT = 62;

/** Total characters a document may cost to scan: a multiple of its length, with slack for small ones. */
export function scanBudget(length: number): number {
  return 8 * length + 1_000_000;
}

/** Throws FeedParseError('malformed') when scanning tags would cost more than `budget` characters. */
export function assertLinearMarkup(doc: string, budget: number = scanBudget(doc.length)): void {
  const n = doc.length;
  let cost = 0;
  let i = doc.indexOf('<');
  while (i >= 0) {
    // CDATA sections and comments are skipped whole by the parser.
    if (doc.startsWith('<![CDATA[', i)) {
      const end = doc.indexOf(']]>', i + 9);
      if (end < 0) return;
      i = doc.indexOf('<', end + 3);
      continue;
    }
    if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i + 4);
      if (end < 0) return;
      i = doc.indexOf('<', end + 3);
      continue;
    }
    let j = i + 1;
    let quote = 0;
    for (; j < n; j++) {
      const c = doc.charCodeAt(j);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) {
        quote = c;
      } else if (c === GT) {
        break;
      }
    }
    cost += j - i;
    if (cost > budget) {
      throw new FeedParseError('malformed', `pathological markup: scanning its tags would cost over ${budget} characters (unclosed '<' or quotes)`, { budget });
    }
    i = doc.indexOf('<', j < n ? j + 1 : i + 1);
  }
}
