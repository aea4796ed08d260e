/**
 * Logistic regressions over named cues, and the AdaGrad trainer that fits them. Two shapes: a
 * binary one (is this claim right?) and a multinomial one (which window, which speaker?).
 * Deterministic: the same examples in the same order give the same weights.
 */

export interface BinaryModel {
  bias: number;
  weights: Record<string, number>;
}

export interface ClassModel<C extends string> {
  classes: readonly C[];
  bias: number[];
  /** Feature → one weight per class, in `classes` order. */
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  /** Passes over the examples. Default 40. */
  epochs?: number;
  /** L2 penalty per update. Default 1e-3. */
  l2?: number;
  /** AdaGrad step. Default 0.3. */
  rate?: number;
  /** Features seen in fewer examples than this get no weight: a word met once or twice is noise. Default 1. */
  minCount?: number;
}

/** The chance of the positive class. */
export function binaryScore(m: BinaryModel, features: readonly string[]): number {
  let z = m.bias;
  for (const f of features) z += m.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The chance of each class, in `classes` order. */
export function classScores<C extends string>(m: ClassModel<C>, features: readonly string[]): number[] {
  const z = [...m.bias];
  for (const f of features) {
    const row = m.weights[f];
    if (row === undefined) continue;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (row[k] as number);
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function trainBinary(examples: readonly { features: readonly string[]; right: boolean }[], opts: TrainOptions = {}): BinaryModel {
  const fit = trainClasses(
    ['no', 'yes'] as const,
    examples.map((e) => ({ features: e.features, label: e.right ? ('yes' as const) : ('no' as const) })),
    opts,
  );
  // Two classes of a softmax are one logistic regression on the difference of their rows.
  const weights: Record<string, number> = {};
  for (const [f, row] of Object.entries(fit.weights)) weights[f] = (row[1] as number) - (row[0] as number);
  return { bias: (fit.bias[1] as number) - (fit.bias[0] as number), weights };
}

/** The examples with the features seen in fewer than `minCount` of them left out. */
function withoutRare<E extends { features: readonly string[] }>(examples: readonly E[], minCount: number): E[] {
  const seen = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  return examples.map((ex) => ({ ...ex, features: ex.features.filter((f) => (seen.get(f) ?? 0) >= minCount) }));
}

export function trainClasses<C extends string>(classes: readonly C[], examples: readonly { features: readonly string[]; label: C }[], opts: TrainOptions = {}): ClassModel<C> {
  const epochs = opts.epochs ?? 40;
  const l2 = opts.l2 ?? 1e-3;
  const rate = opts.rate ?? 0.3;
  const K = classes.length;
  const minCount = opts.minCount ?? 1;
  const kept = minCount <= 1 ? examples : withoutRare(examples, minCount);
  const model: ClassModel<C> = { classes, bias: new Array<number>(K).fill(0), weights: {} };
  const grads: Record<string, number[]> = {};
  const biasG = new Array<number>(K).fill(1e-8);
  for (let e = 0; e < epochs; e++) {
    for (const ex of kept) {
      const p = classScores(model, ex.features);
      const y = classes.indexOf(ex.label);
      for (let k = 0; k < K; k++) {
        const g = (p[k] as number) - (k === y ? 1 : 0);
        biasG[k] = (biasG[k] as number) + g * g;
        model.bias[k] = (model.bias[k] as number) - (rate * g) / Math.sqrt(biasG[k] as number);
        for (const f of ex.features) {
          const row = (model.weights[f] ??= new Array<number>(K).fill(0));
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

export interface ThresholdPick {
  threshold: number;
  /** F1 over the scored claims with the threshold applied (misses the rules left count against recall). */
  f1: number;
  kept: { right: number; wrong: number };
}

/**
 * The threshold that gives the best F1 over scored claims, given how many labelled claims the
 * rules never produced (`missed`); ties go to the lower threshold, which drops less.
 */
export function pickThreshold(scored: readonly { p: number; right: boolean }[], missed: number, candidates: readonly number[]): ThresholdPick {
  let best: ThresholdPick | null = null;
  const allRight = scored.filter((s) => s.right).length;
  for (const t of [...candidates].sort((a, b) => a - b)) {
    const kept = scored.filter((s) => s.p >= t);
    const right = kept.filter((s) => s.right).length;
    const wrong = kept.length - right;
    const precision = kept.length === 0 ? 0 : right / kept.length;
    const recall = right / Math.max(allRight + missed, 1);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    if (best === null || f1 > best.f1 + 1e-9) best = { threshold: t, f1, kept: { right, wrong } };
  }
  return best ?? { threshold: 0, f1: 0, kept: { right: 0, wrong: 0 } };
}
