/**
 * Bounds on what the claim rules are given, so that any input costs at most a fixed amount.
 *
 * The rules compare spans within a sentence and look back across sentences, and that cost
 * grows faster than the text: a 200 KB paragraph without a full stop took minutes. So the text
 * is cut to MAX_CLAIM_TEXT_CHARS (callers refuse a longer one: checkClaimText) and a sentence longer than MAX_SENTENCE_CHARS is split at
 * clause boundaries (hard-cut when it has none) before any rule runs. Real articles stay far
 * below both: of 229 texts of the benchmark and corpus the longest is 53,159 characters and the
 * longest sentence 651. A deadline, checked between sentences, is the last guard.
 */
import { looksBinary } from '../core/binary.ts';
import { TallywatchError } from '../core/errors.ts';
import { execAll } from './match-all.ts';
import type { Sentence } from './sentences.ts';

/** Characters of article text read for claims; a longer text is not an article (see checkClaimText). */
export const MAX_CLAIM_TEXT_CHARS = 100_000;
/** A sentence longer than this is read as several. */
export const MAX_SENTENCE_CHARS = 1_000;

export interface BoundOptions {
  /** Epoch ms after which extraction stops with ExtractionTimeoutError. */
  deadline?: number;
}

export type ClaimTextVerdict = { ok: true } | { ok: false; outcome: 'too_large' | 'not_text'; reason: string };

/** Whether a text is one claims should be read from: not over the cap, and text at all. */
export function checkClaimText(text: string): ClaimTextVerdict {
  // Junk first: "not text" says more than "too large" about 20 MB of random bytes.
  if (looksBinary(text)) return { ok: false, outcome: 'not_text', reason: 'not text: control or undecodable characters throughout' };
  if (text.length > MAX_CLAIM_TEXT_CHARS) {
    return { ok: false, outcome: 'too_large', reason: `text of ${text.length.toLocaleString('en-US')} characters is over the ${MAX_CLAIM_TEXT_CHARS.toLocaleString('en-US')} read for claims` };
  }
  return { ok: true };
}

/** The text the rules read: at most MAX_CLAIM_TEXT_CHARS, cut at a line break or a space when there is one near. */
export function capText(text: string, max = MAX_CLAIM_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const nl = text.lastIndexOf('\n', max);
  if (nl > max * 0.8) return text.slice(0, nl);
  const sp = text.lastIndexOf(' ', max);
  return text.slice(0, sp > max * 0.8 ? sp : max);
}

// Where a long sentence may be split: after ; : , or a dash followed by a space (not "1,200").
const CLAUSE_END = /[;:,\u2013\u2014-](?= )/g;

/** Where to end a piece of `s` that starts at `from`: a clause end in its second half, else a space, else the cap. */
function cutAt(s: string, from: number, max: number): number {
  const half = from + Math.floor(max / 2);
  const window = s.slice(half, from + max);
  let best = -1;
  for (const m of execAll(CLAUSE_END, window)) best = m.index + 1;
  if (best > 0) return half + best;
  const sp = window.lastIndexOf(' ');
  return sp > 0 ? half + sp : from + max;
}

/** Sentences with none longer than `max`: the long ones split into pieces with their offsets. */
export function capSentences(sentences: readonly Sentence[], max = MAX_SENTENCE_CHARS): Sentence[] {
  if (sentences.every((s) => s.text.length <= max)) return sentences as Sentence[];
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.text.length <= max) {
      out.push({ ...s, index: out.length });
      continue;
    }
    let from = 0;
    while (from < s.text.length) {
      const to = s.text.length - from <= max ? s.text.length : cutAt(s.text, from, max);
      // Pieces keep the sentence's offsets and paragraph; spaces at their ends are dropped.
      let a = from;
      let b = to;
      while (a < b && s.text[a] === ' ') a++;
      while (b > a && s.text[b - 1] === ' ') b--;
      if (b > a) out.push({ start: s.start + a, end: s.start + b, text: s.text.slice(a, b), paragraph: s.paragraph, index: out.length });
      from = to;
    }
  }
  return out;
}

export class ExtractionTimeoutError extends TallywatchError {
  constructor(context: Record<string, unknown> = {}) {
    super('extraction_timeout', 'claim extraction passed its deadline', context);
  }
}

/** Throws ExtractionTimeoutError once the deadline has passed. */
export function checkDeadline(opts: BoundOptions, where: string): void {
  if (opts.deadline !== undefined && Date.now() > opts.deadline) throw new ExtractionTimeoutError({ where });
}
