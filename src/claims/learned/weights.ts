/** Written by `npm run train` (eval/train.ts); do not edit by hand. */
import type { LearnedWeights } from './weights-format.ts';

export const LEARNED_WEIGHTS: LearnedWeights = { version: 2, trainedOn: 'untrained: the rules decide alone', kind: null, claimant: null, accept: null };
