/**
 * An experiment, not shipped: a learned second opinion on a claim's window (daily, cumulative,
 * period, average), a multinomial logistic regression over cues around the figure. kind-cv.ts
 * trains it on the tune part and measures it against the hand rules by cross-validation; it did
 * not beat them (docs/claims.md, "A learned window"), so the extractor does not load it.
 *
 * The cues are kept language-blind on purpose (word stems near the figure, the window words the
 * lexicons found, the figure's size against a day's most, who says it), so what the model learns
 * from one phrasing carries to the next rather than to one sentence.
 */
import { findKindCues } from '../../src/claims/kind.ts';
import type { Sentence } from '../../src/claims/sentences.ts';
import type { Kind } from '../../src/claims/types.ts';
import type { Located } from '../../src/claims/work.ts';
import { DAILY_MAX } from '../../src/claims/work.ts';

export const KINDS: readonly Kind[] = ['daily', 'cumulative', 'period', 'average'];

export interface KindWeights {
  /** Format version of this file. */
  version: 1;
  /** What it was trained on and how: written by the trainer, read by people. */
  trainedOn: string;
  /** Feature → one weight per kind, in KINDS order. */
  weights: Record<string, number[]>;
  bias: number[];
}

// Words, and figures as one token each ("1,250", "24").
const TOKEN = /\p{L}+(?:['’-]\p{L}+)*|\d[\d,.\u00a0\u202f ]*\d|\d/gu;
const WINDOW = 8;

function stem(word: string): string {
  const w = word.toLowerCase();
  if (/^\d/u.test(w)) {
    const digits = w.replace(/\D/gu, '');
    // Hours and days are window words ("24 hours", "48 годин", "7 days"); other figures are just figures.
    return digits === '24' || digits === '48' || digits === '72' ? w : '<n>';
  }
  return w.length > 6 ? w.slice(0, 6) : w;
}

function magnitude(value: number, metric: string): string {
  const max = (DAILY_MAX as Record<string, number>)[metric] ?? DAILY_MAX.other;
  const r = Math.log10(Math.max(value, 1) / max);
  return String(Math.max(-3, Math.min(3, Math.floor(r * 2))));
}

/** The cues of one located claim, as feature names. */
export function kindFeatures(l: Located, sentences: readonly Sentence[]): string[] {
  const c = l.claim;
  const s = sentences[l.sentence];
  const out = [`rule=${c.kind}`, `guess=${l.guessedKind}`, `rule×guess=${c.kind}×${l.guessedKind}`, `mag=${magnitude(c.value, c.metric)}`, `mag×rule=${magnitude(c.value, c.metric)}×${c.kind}`];
  out.push(`claimant=${c.claimant}`, `subject=${c.subject}`, `metric=${c.metric === 'personnel' ? 'personnel' : 'equipment'}`, `source=${l.source}`, `previous=${l.previous}`, `record=${c.record}`);
  if (s === undefined) return out;
  const local = l.pos - s.start;
  const tokens = [...s.text.matchAll(TOKEN)].map((m) => ({ at: m.index, end: m.index + m[0].length, t: stem(m[0]) }));
  const at = tokens.findIndex((t) => t.end > local);
  const me = at < 0 ? tokens.length : at;
  // Within the clause: a semicolon or a colon ends what a window word can reach.
  const clauseStart = Math.max(s.text.lastIndexOf(';', local), s.text.lastIndexOf(':', local));
  const nextStop = [';', ':'].map((p) => s.text.indexOf(p, local)).filter((i) => i >= 0);
  const clauseEnd = nextStop.length === 0 ? s.text.length : Math.min(...nextStop);
  for (let k = Math.max(0, me - WINDOW); k < me; k++) {
    const t = tokens[k];
    if (t !== undefined && t.at > clauseStart) out.push(`L:${t.t}`);
  }
  for (let k = me + 1; k <= Math.min(tokens.length - 1, me + WINDOW); k++) {
    const t = tokens[k];
    if (t !== undefined && t.end <= clauseEnd) out.push(`R:${t.t}`);
  }
  for (const cue of findKindCues(s.text)) {
    const near = Math.abs(cue.start - local) < 60 || Math.abs(cue.end - local) < 60;
    out.push(`cue=${cue.kind}${cue.strength}`, ...(near ? [`near=${cue.kind}`] : []), ...(cue.tag === undefined ? [] : [`tag=${cue.tag}`]));
  }
  const prev = sentences[l.sentence - 1];
  if (prev !== undefined && prev.paragraph === s.paragraph) for (const cue of findKindCues(prev.text)) out.push(`prevcue=${cue.kind}${cue.strength}`);
  return [...new Set(out)];
}

/** Probabilities per kind, in KINDS order. */
export function kindScores(w: KindWeights, features: readonly string[]): number[] {
  const z = [...w.bias];
  for (const f of features) {
    const row = w.weights[f];
    if (row === undefined) continue;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (row[k] as number);
  }
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export interface TrainExample {
  features: string[];
  kind: Kind;
}

export interface TrainOptions {
  /** Passes over the examples. Default 30. */
  epochs?: number;
  /** L2 penalty per update. Default 1e-4. */
  l2?: number;
  /** AdaGrad step. Default 0.5. */
  rate?: number;
}

/** Multinomial logistic regression by AdaGrad; deterministic for the same examples in the same order. */
export function trainKind(examples: readonly TrainExample[], opts: TrainOptions = {}, trainedOn = ''): KindWeights {
  const epochs = opts.epochs ?? 30;
  const l2 = opts.l2 ?? 1e-4;
  const rate = opts.rate ?? 0.5;
  const K = KINDS.length;
  const weights: Record<string, number[]> = {};
  const grads: Record<string, number[]> = {};
  const bias = new Array<number>(K).fill(0);
  const biasG = new Array<number>(K).fill(1e-8);
  const model: KindWeights = { version: 1, trainedOn, weights, bias };
  for (let e = 0; e < epochs; e++) {
    for (const ex of examples) {
      const p = kindScores(model, ex.features);
      const y = KINDS.indexOf(ex.kind);
      for (let k = 0; k < K; k++) {
        const g = (p[k] as number) - (k === y ? 1 : 0);
        biasG[k] = (biasG[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (rate * g) / Math.sqrt(biasG[k] as number);
        for (const f of ex.features) {
          const row = (weights[f] ??= new Array<number>(K).fill(0));
          const gr = (grads[f] ??= new Array<number>(K).fill(1e-8));
          const gf = g + l2 * (row[k] as number);
          gr[k] = (gr[k] as number) + gf * gf;
          row[k] = (row[k] as number) - (rate * gf) / Math.sqrt(gr[k] as number);
        }
      }
    }
  }
  return model;
}
