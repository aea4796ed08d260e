/**
 * Numbers as the General Staff's reports write them: plain (`403720`) or grouped in threes by a
 * space, U+00A0, U+202F, a thin, figure or punctuation space, a comma or a dot (`1 164 180`, `374,520`, `1.030`).
 */

// Characters that may join digit groups. One number uses one of them throughout.
const GROUP_SEPARATORS = new Set([' ', '\u00a0', '\u202f', '\u2009', '\u2007', '\u2008', ',', '.']);

// Past this many digits a figure is not a loss count but glued text; also keeps values exact.
const MAX_DIGITS = 15;

export interface NumberRead {
  value: number;
  /** Index just after the number's last digit. */
  end: number;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Reads the number that starts at `start` (which must be a digit), or returns null.
 * A separator joins only when the lead group has 1–3 digits and each later group exactly 3,
 * followed by a non-digit: so `23200 200` or `15 (+0)` are never glued into one number.
 */
export function readNumber(text: string, start: number): NumberRead | null {
  let i = start;
  while (i < text.length && isDigitAt(text, i)) i++;
  if (i === start) return null;
  let digits = text.slice(start, i);
  if (digits.length <= 3) {
    let separator: string | undefined;
    for (;;) {
      const ch = text[i];
      if (ch === undefined || !GROUP_SEPARATORS.has(ch) || (separator !== undefined && ch !== separator)) break;
      const g = i + 1;
      if (!(isDigitAt(text, g) && isDigitAt(text, g + 1) && isDigitAt(text, g + 2)) || isDigitAt(text, g + 3)) break;
      separator = ch;
      digits += text.slice(g, g + 3);
      i = g + 3;
    }
  }
  if (digits.length > MAX_DIGITS) return null;
  return { value: Number(digits), end: i };
}

/** The value of a string that is exactly one number (surrounding whitespace allowed), else null. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const read = readNumber(t, 0);
  return read !== null && read.end === t.length ? read.value : null;
}
