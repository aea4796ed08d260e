/**
 * Scoring per the corpus README: a claim is found when claimant, subject, metric, kind and value
 * match; qualifier, as_of and record are scored on the matched pairs. Gold claims that are the
 * same fingerprint (the tuple without quote) count once, as the extractor dedupes them.
 */
import type { Claim } from '../src/claims/types.ts';
import type { GoldClaim } from './corpus.ts';

export interface Pair {
  gold: GoldClaim;
  found: Claim;
}

export interface ArticleScore {
  pairs: Pair[];
  misses: GoldClaim[];
  falsePositives: Claim[];
}

// The labels name the vehicles category by its short name.
function goldMetric(m: string): string {
  return m === 'vehicles' ? 'vehicles_fuel_tanks' : m;
}

export function normalizeGold(claims: readonly GoldClaim[]): GoldClaim[] {
  const seen = new Set<string>();
  const out: GoldClaim[] = [];
  for (const c of claims) {
    const g = { ...c, metric: goldMetric(c.metric) };
    const fp = [g.claimant, g.subject, g.metric, g.kind, g.value, g.qualifier, g.period_days, g.as_of, g.record].join('|');
    if (seen.has(fp)) continue;
    seen.add(fp);
    out.push(g);
  }
  return out;
}

function matchKey(c: { claimant: string; subject: string; metric: string; kind: string; value: number }): string {
  return [c.claimant, c.subject, c.metric, c.kind, c.value].join('|');
}

function agreement(g: GoldClaim, f: Claim): number {
  return Number(g.as_of === f.asOf) + Number(g.qualifier === f.qualifier) + Number(g.record === f.record);
}

/** One-to-one matching; among equal keys the gold claim agreeing most on the other fields. */
export function scoreArticle(goldRaw: readonly GoldClaim[], found: readonly Claim[]): ArticleScore {
  const gold = normalizeGold(goldRaw);
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const falsePositives: Claim[] = [];
  for (const f of found) {
    const k = matchKey(f);
    let best = -1;
    let bestAgree = -1;
    gold.forEach((g, i) => {
      if (used.has(i) || matchKey(g) !== k) return;
      const a = agreement(g, f);
      if (a > bestAgree) {
        bestAgree = a;
        best = i;
      }
    });
    if (best < 0) falsePositives.push(f);
    else {
      used.add(best);
      pairs.push({ gold: gold[best] as GoldClaim, found: f });
    }
  }
  const misses = gold.filter((_, i) => !used.has(i));
  return { pairs, misses, falsePositives };
}

export interface Totals {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  qualifier: Accuracy;
  asOf: Accuracy;
  record: Accuracy;
  /** Record on matched daily claims: the bar. */
  recordDaily: Accuracy;
}

export interface Accuracy {
  right: number;
  of: number;
  rate: number;
}

function acc(right: number, of: number): Accuracy {
  return { right, of, rate: of === 0 ? 1 : right / of };
}

export function totals(scores: readonly ArticleScore[]): Totals {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let q = 0;
  let a = 0;
  let r = 0;
  let rd = 0;
  let daily = 0;
  for (const s of scores) {
    tp += s.pairs.length;
    fp += s.falsePositives.length;
    fn += s.misses.length;
    for (const p of s.pairs) {
      if (p.gold.qualifier === p.found.qualifier) q++;
      if (p.gold.as_of === p.found.asOf) a++;
      if (p.gold.record === p.found.record) r++;
      if (p.gold.kind === 'daily') {
        daily++;
        if (p.gold.record === p.found.record) rd++;
      }
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    articles: scores.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    qualifier: acc(q, tp),
    asOf: acc(a, tp),
    record: acc(r, tp),
    recordDaily: acc(rd, daily),
  };
}

/**
 * Why the unmatched claims are unmatched, counted, not shown: a miss and a false claim with the
 * same value in one text are one misread field (or several); a miss with no such false claim is
 * a figure never read; a false claim with no such miss is a claim the labels do not hold.
 */
export interface ErrorCauses {
  /** Labelled figures with no claim of that value at all. */
  notRead: number;
  /** False claims with no labelled figure of that value left over. */
  spurious: number;
  /** Misread pairs by the one field that differs: claimant, subject, metric, kind. */
  oneField: Record<'claimant' | 'subject' | 'metric' | 'kind', number>;
  /** Misread pairs that differ in two or more of those fields. */
  severalFields: number;
}

const FIELDS = ['claimant', 'subject', 'metric', 'kind'] as const;

export function errorCauses(scores: readonly ArticleScore[]): ErrorCauses {
  const out: ErrorCauses = { notRead: 0, spurious: 0, oneField: { claimant: 0, subject: 0, metric: 0, kind: 0 }, severalFields: 0 };
  for (const s of scores) {
    const fps = [...s.falsePositives];
    for (const m of s.misses) {
      const sameValue = fps.filter((f) => f.value === m.value);
      if (sameValue.length === 0) {
        out.notRead++;
        continue;
      }
      // The false claim closest to the miss: fewest fields apart.
      const diffs = (f: Claim): (typeof FIELDS)[number][] => FIELDS.filter((k) => String(f[k]) !== String(m[k]));
      const best = sameValue.reduce((a, b) => (diffs(b).length < diffs(a).length ? b : a));
      fps.splice(fps.indexOf(best), 1);
      const d = diffs(best);
      if (d.length === 1) out.oneField[d[0] as (typeof FIELDS)[number]]++;
      else out.severalFields++;
    }
    out.spurious += fps.length;
  }
  return out;
}
