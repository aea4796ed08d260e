/**
 * A cheap test that spares running a long case-insensitive pattern on text it cannot match.
 *
 * Most window, claimant and date rules are alternations of many words; running each on every
 * sentence costs more than the rest of extraction together. From a pattern's source we work out
 * a set of literal pieces of which every match must contain one ("averag" for "averag\p{L}*",
 * "day" for "(?:a|per) day"); a sentence that holds none of them is not tried. The set is only
 * ever a necessary condition: when a pattern's shape gives none, the gate is null and the
 * pattern always runs.
 */

/** Lower-cased, with the case-insensitive equivalences a `iu` pattern honours that toLowerCase does not. */
export function foldForGate(text: string): string {
  return text.toLowerCase().replace(/ς/g, 'σ');
}

/** Shortest piece worth gating on: one letter is in nearly every sentence. */
const MIN_PIECE = 2;

/**
 * Literal pieces (folded) one of which every match of `pattern` contains, or null when none can
 * be worked out. `pattern` is a regular-expression source written for the `iu` flags.
 */
export function requiredPieces(pattern: string): string[] | null {
  const gates = topAlternatives(pattern).map(sequenceGate);
  if (gates.some((g) => g === null)) return null;
  return fewest((gates as string[][]).flat());
}

/** Longest piece kept: a prefix of a required piece is required too, and short ones fold together. */
const MAX_PIECE = 5;

/** The same condition in fewer pieces: each cut to MAX_PIECE, and none that holds another (that one suffices). */
function fewest(pieces: string[]): string[] {
  const cut = [...new Set(pieces.map((p) => p.slice(0, MAX_PIECE)))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const p of cut) if (!kept.some((k) => p.includes(k))) kept.push(p);
  return kept;
}

/**
 * A compiled gate: the ids of its pieces. Every gate's pieces go into one registry, and a sentence
 * is scanned once for all of them (piecesIn); each gate is then a look-up. One search per gate
 * per sentence cost more than the rest of the gate's savings: a sentence meets a hundred gates
 * (window, speaker and date rules).
 */
export type Gate = { readonly pieces: readonly number[] } | null;

/** The gate of a pattern, ready for mayMatch. */
export function gateOf(pattern: string): Gate {
  const pieces = requiredPieces(pattern);
  return pieces === null ? null : { pieces: pieces.map(register) };
}

/** A sentence may match when the gate is null or the folded sentence holds one of its pieces. */
export function mayMatch(gate: Gate, folded: string): boolean {
  if (gate === null) return true;
  const found = piecesIn(folded);
  return gate.pieces.some((id) => found[id] === 1);
}

/** Every gate's pieces, by id; and the ids by their first two characters (UTF-16 units in one number). */
const PIECES: string[] = [];
const PIECE_ID = new Map<string, number>();
const BY_START = new Map<number, number[]>();
/** Pieces of one character (a fold may leave one): looked for with includes. */
const SHORT: number[] = [];

const pairAt = (s: string, i: number): number => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

function register(piece: string): number {
  let id = PIECE_ID.get(piece);
  if (id !== undefined) return id;
  id = PIECES.push(piece) - 1;
  PIECE_ID.set(piece, id);
  if (piece.length < 2) SHORT.push(id);
  else BY_START.set(pairAt(piece, 0), [...(BY_START.get(pairAt(piece, 0)) ?? []), id]);
  return id;
}

// The rules of one sentence ask in turn (kind, speaker and date rules each fold it anew): the
// answer for the text last scanned is kept.
let scannedText: string | null = null;
let scanned = new Uint8Array(0);

/** For each piece id, 1 when the folded text holds the piece. */
function piecesIn(folded: string): Uint8Array {
  if (folded === scannedText && scanned.length === PIECES.length) return scanned;
  const found = new Uint8Array(PIECES.length);
  for (let i = 0; i + 1 < folded.length; i++) {
    const ids = BY_START.get(pairAt(folded, i));
    if (ids !== undefined) for (const id of ids) if (found[id] === 0 && folded.startsWith(PIECES[id]!, i)) found[id] = 1;
  }
  for (const id of SHORT) if (folded.includes(PIECES[id]!)) found[id] = 1;
  scannedText = folded;
  scanned = found;
  return found;
}

/** The best gate of one alternative (a sequence): its longest required literal run, or a required group's gate. */
function sequenceGate(seq: string): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= MIN_PIECE) candidates.push([foldForGate(run)]);
    run = '';
  };
  let i = 0;
  while (i < seq.length) {
    const ch = seq[i]!;
    if (ch === '(') {
      const close = matchingParen(seq, i);
      if (close < 0) return null;
      const body = seq.slice(i + 1, close);
      const q = quantifierAt(seq, close + 1);
      endRun();
      const lookaround = /^\?(?:=|!|<=|<!)/.test(body);
      if (!lookaround && q.min > 0) {
        const inner = body.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
        const g = requiredPieces(inner);
        if (g !== null) candidates.push(g);
      }
      i = close + 1 + q.length;
      continue;
    }
    if (ch === '[') {
      const close = classEnd(seq, i);
      if (close < 0) return null;
      endRun();
      i = close + 1 + quantifierAt(seq, close + 1).length;
      continue;
    }
    if (ch === '\\') {
      const next = seq[i + 1];
      if (next === undefined) return null;
      let width = 2;
      let literal: string | null = null;
      if (next === 'p' || next === 'P') {
        const end = seq.indexOf('}', i);
        if (end < 0) return null;
        width = end - i + 1;
      } else if (next === 'u' || next === 'x' || next === 'c' || next === 'k') {
        // Code-point and named escapes: not worth decoding; they end the run.
        const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]+>)/.exec(seq.slice(i));
        if (m === null) return null;
        width = m[0].length;
      } else if (!/[0-9A-Za-z]/.test(next)) {
        literal = next;
      }
      const q = quantifierAt(seq, i + width);
      if (literal !== null && q.min > 0) {
        run += literal;
        if (q.length > 0) endRun();
      } else {
        endRun();
      }
      i += width + q.length;
      continue;
    }
    if (ch === '.' || ch === '^' || ch === '$') {
      endRun();
      i += 1 + quantifierAt(seq, i + 1).length;
      continue;
    }
    if (ch === ')' || ch === '|') return null;
    const q = quantifierAt(seq, i + 1);
    if (q.min === 0) endRun();
    else {
      run += ch;
      if (q.length > 0) endRun();
    }
    i += 1 + q.length;
  }
  endRun();
  if (candidates.length === 0) return null;
  // The most selective: longest shortest piece, then fewest pieces.
  candidates.sort((a, b) => minLength(b) - minLength(a) || a.length - b.length);
  return candidates[0]!;
}

const minLength = (pieces: string[]) => Math.min(...pieces.map((p) => p.length));

/** The quantifier at `at` (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy): its length and least count. */
function quantifierAt(s: string, at: number): { length: number; min: number } {
  const ch = s[at];
  let length = 0;
  let min = 1;
  if (ch === '?' || ch === '*') [length, min] = [1, 0];
  else if (ch === '+') [length, min] = [1, 1];
  else if (ch === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(at));
    if (m !== null) [length, min] = [m[0].length, Number(m[1])];
  }
  if (length > 0 && s[at + length] === '?') length++;
  return { length, min };
}

/** The index of the `)` closing the `(` at `open`, skipping escapes and classes; -1 when unbalanced. */
function matchingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i = classEnd(s, i);
      if (i < 0) return -1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the `]` closing the class at `open`; -1 when it does not close. */
function classEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ']') return i;
  }
  return -1;
}

/** The top-level alternatives of a pattern (split at `|` outside groups, classes and escapes). */
export function topAlternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = Math.max(i, classEnd(p, i));
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(p.slice(from, i));
      from = i + 1;
    }
  }
  out.push(p.slice(from));
  return out;
}

/**
 * The characters (folded) a match of `pattern` may begin with, or null when that cannot be worked
 * out (a class, an escape such as \p{L}, a pattern that may match empty). Like the gate, a necessary
 * condition only: a text whose character at a position is none of them cannot match there.
 */
export function firstChars(pattern: string): Set<string> | null {
  const r = firstOfAlternation(pattern);
  return r.chars === null || r.nullable ? null : r.chars;
}

/**
 * Both case forms an `iu` pattern matches for a character, folded: what firstChars holds for a
 * literal, and the keys to look a text's character up by.
 */
export function startKeys(ch: string): string[] {
  return [...new Set([ch.toLowerCase(), ch.toUpperCase().toLowerCase()])];
}

interface Firsts {
  chars: Set<string> | null;
  /** The piece may match the empty string: what follows it may begin the match. */
  nullable: boolean;
}

function firstOfAlternation(p: string): Firsts {
  const chars = new Set<string>();
  let nullable = false;
  for (const alt of topAlternatives(p)) {
    const f = firstOfSequence(alt);
    if (f.chars === null) return { chars: null, nullable: true };
    for (const c of f.chars) chars.add(c);
    nullable ||= f.nullable;
  }
  return { chars, nullable };
}

function firstOfSequence(seq: string): Firsts {
  const chars = new Set<string>();
  let i = 0;
  while (i < seq.length) {
    const ch = seq[i]!;
    let piece: Firsts;
    let width: number;
    if (ch === '(') {
      const close = matchingParen(seq, i);
      if (close < 0) return { chars: null, nullable: true };
      const body = seq.slice(i + 1, close);
      width = close + 1 - i;
      // Lookarounds consume nothing: the match begins with what follows them.
      if (/^\?(?:=|!|<=|<!)/.test(body)) {
        i += width;
        continue;
      }
      piece = firstOfAlternation(body.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, ''));
    } else if (ch === '\\') {
      const next = seq[i + 1];
      // Only an escaped punctuation mark is a literal; \p{…}, \d, \s, \u… are not worked out.
      if (next === undefined || /[0-9A-Za-z]/.test(next)) return { chars: null, nullable: true };
      piece = { chars: new Set(startKeys(next)), nullable: false };
      width = 2;
    } else if (ch === '[' || ch === '.' || ch === '^' || ch === '$' || ch === ')' || ch === '|') {
      return { chars: null, nullable: true };
    } else {
      piece = { chars: new Set(startKeys(ch)), nullable: false };
      width = 1;
    }
    const q = quantifierAt(seq, i + width);
    if (piece.chars === null) return { chars: null, nullable: true };
    for (const c of piece.chars) chars.add(c);
    if (q.min > 0 && !piece.nullable) return { chars, nullable: false };
    i += width + q.length;
  }
  return { chars, nullable: true };
}
