/** The shape of the shipped weights (weights.ts), written by `npm run train`. */
import type { Claimant, Kind } from '../types.ts';
import type { BinaryModel, ClassModel } from './model.ts';

/** The bars are set per language group, and so are the thresholds; a text of unknown language gets none. */
export type LangGroup = 'en' | 'uk' | 'other';
export const LANG_GROUPS: readonly LangGroup[] = ['en', 'uk', 'other'];

export function langGroupOf(lang: string | undefined): LangGroup | null {
  if (lang === undefined || lang === '') return null;
  const base = lang.toLowerCase().split(/[-_]/u)[0];
  return base === 'en' ? 'en' : base === 'uk' ? 'uk' : 'other';
}

export interface Override<C extends string> extends ClassModel<C> {
  /** Per language group: the model's answer replaces the rules' when its chance is at least this; above 1 (or absent), never. */
  thresholds: Partial<Record<LangGroup, number>>;
}

export interface Accept extends BinaryModel {
  /** Per language group: a claim whose chance of being right is below this is dropped; 0 (or absent) keeps every claim. */
  thresholds: Partial<Record<LangGroup, number>>;
}

export interface LearnedWeights {
  /** Format version. */
  version: 2;
  /** What the weights were trained on and how: written by the trainer, read by people. */
  trainedOn: string;
  kind: Override<Kind> | null;
  claimant: Override<Claimant> | null;
  accept: Accept | null;
}
