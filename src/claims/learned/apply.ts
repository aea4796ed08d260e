/**
 * The learned second opinion on what the rules read (weights from `npm run train`):
 * `reconsider` may change a claim's window or speaker where the model is sure enough, before
 * dedupe; `keepLikely` drops, after dedupe, the claims it finds unlikely to be right. A General
 * Staff report quoted in the text is read by its own exact parser, so its claims are left alone.
 */
import type { Claim, Claimant, Kind } from '../types.ts';
import type { Located } from '../work.ts';
import { acceptFeatures, claimantFeatures, kindFeatures } from './features.ts';
import type { SentenceCues } from './features.ts';
import { binaryScore, classScores } from './model.ts';
import type { LangGroup, LearnedWeights, Override } from './weights-format.ts';
import { langGroupOf } from './weights-format.ts';
import { LEARNED_WEIGHTS } from './weights.ts';
import { belowTotal } from '../gs-floor.ts';

/** A claim's window and speaker as a model would have them: the chance of each class. */
export interface Opinion {
  kind: number[] | null;
  claimant: number[] | null;
}

function periodFor(kind: Kind, old: Claim): number | null {
  if (kind === old.kind) return old.periodDays;
  if (kind === 'daily' || kind === 'average') return 1;
  return null;
}

function choose<C extends string>(m: Override<C>, p: readonly number[] | null, current: C, group: LangGroup | null): C {
  const threshold = group === null ? undefined : m.thresholds[group];
  if (p === null || threshold === undefined || threshold > 1) return current;
  let best = 0;
  p.forEach((v, k) => {
    if (v > (p[best] as number)) best = k;
  });
  const answer = m.classes[best] as C;
  return answer !== current && (p[best] as number) >= threshold ? answer : current;
}

/** Applies opinions already computed (the trainer passes out-of-fold ones); pure. */
export function applyOpinions(located: readonly Located[], opinion: (l: Located) => Opinion, w: LearnedWeights, lang?: string, published?: string): Located[] {
  const group = langGroupOf(lang);
  if (group === null) return [...located];
  return located.map((l) => {
    if (l.source === 'report') return l;
    const o = opinion(l);
    // A window a word gave is kept; the model decides only the windows the rules guessed (from the
    // figure's size or who says it), which is where they go wrong most.
    let kind = w.kind === null || !l.guessedKind ? l.claim.kind : choose(w.kind, o.kind, l.claim.kind, group);
    const claimant = w.claimant === null ? l.claim.claimant : choose(w.claimant, o.claimant, l.claim.claimant, group);
    // Nor may it make a General Staff figure its running total when the tally had passed it before the article.
    if (kind === 'cumulative' && l.claim.kind !== 'cumulative' && claimant === 'ua_general_staff' && l.claim.subject === 'ru' && belowTotal(l.claim.metric, l.claim.value, published)) kind = l.claim.kind;
    if (kind === l.claim.kind && claimant === l.claim.claimant) return l;
    return { ...l, claim: { ...l.claim, kind, claimant, periodDays: periodFor(kind, l.claim) }, guessedKind: kind === l.claim.kind ? l.guessedKind : false };
  });
}

/** The model's opinion of one claim under the shipped (or given) weights; only what its language group may use is worked out. */
export function opinionOf(w: LearnedWeights, cues: SentenceCues, lang?: string): (l: Located) => Opinion {
  const group = langGroupOf(lang);
  const kindOn = w.kind !== null && group !== null && w.kind.thresholds[group] !== undefined;
  const claimantOn = w.claimant !== null && group !== null && w.claimant.thresholds[group] !== undefined;
  return (l) => ({
    kind: kindOn && l.guessedKind ? classScores(w.kind as Override<Kind>, kindFeatures(l, cues, lang)) : null,
    claimant: claimantOn ? classScores(w.claimant as Override<Claimant>, claimantFeatures(l, cues, lang)) : null,
  });
}

export function reconsider(located: readonly Located[], cues: SentenceCues, lang?: string, w: LearnedWeights = LEARNED_WEIGHTS, published?: string): Located[] {
  if ((w.kind === null && w.claimant === null) || langGroupOf(lang) === null) return [...located];
  return applyOpinions(located, opinionOf(w, cues, lang), w, lang, published);
}

export function keepLikely(claims: readonly Located[], cues: SentenceCues, lang?: string, w: LearnedWeights = LEARNED_WEIGHTS): Located[] {
  const accept = w.accept;
  const group = langGroupOf(lang);
  const threshold = accept === null || group === null ? 0 : (accept.thresholds[group] ?? 0);
  if (accept === null || threshold <= 0) return [...claims];
  return claims.filter((l) => l.source === 'report' || binaryScore(accept, acceptFeatures(l, claims, cues, lang)) >= threshold);
}
