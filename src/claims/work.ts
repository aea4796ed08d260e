/**
 * What the assembly passes between its steps: the cues of a sentence, a figure being turned
 * into a claim, the claim with where it was found; and how far apart two spans of a sentence are.
 */
import type { Category } from '../core/categories.ts';
import type { Attribution } from './claimant.ts';
import type { DateMention } from './date-mentions.ts';
import type { Item } from './items.ts';
import type { KindCue } from './kind.ts';
import type { RecordCue } from './record.ts';
import type { Sentence } from './sentences.ts';
import type { Claim, Claimant, Kind } from './types.ts';

export type ClaimantSource = 'sentence' | 'next' | 'carry' | 'first' | 'default' | 'report' | 'computed';

/** A claim with where it was found, for dedupe and record rules. */
export interface Located {
  claim: Claim;
  sentence: number;
  pos: number;
  source: ClaimantSource;
  /** An old record the text compares with. */
  previous: boolean;
  /** No word gave the window: it was inferred from the size of the figure or who said it. */
  guessedKind: boolean;
  /** The Russian ministry's group of forces the figure is given for ("Южной группировки", "the Vostok group"), when its sentence names one before it. */
  sector?: string;
}

export interface SentenceInfo {
  sentence: Sentence;
  attributions: Attribution[];
  cues: KindCue[];
  dates: DateMention[];
  records: RecordCue[];
}

export interface Work {
  item: Item;
  info: SentenceInfo;
  kind: Kind | null;
  cue: KindCue | null;
  claimant: Claimant;
  source: ClaimantSource;
  subject: 'ru' | 'ua';
  previous: boolean;
  record: boolean;
  asOf: string | null;
  periodDays: number | null;
  ownDate: DateMention | null;
  guessedKind: boolean;
}

// The most a single day of the General Staff's tally has ever held, with room: above it a figure
// without a window word is a total, not a day.
export const DAILY_MAX: Record<Category | 'other', number> = {
  personnel: 3000, tanks: 120, afv: 250, artillery: 250, mlrs: 60, air_defense: 40, aircraft: 45, helicopters: 20,
  uav: 1500, cruise_missiles: 100, ships: 5, submarines: 1, vehicles_fuel_tanks: 400, special_equipment: 60,
  ground_robotic_systems: 80, other: 500,
};

// Well above any total the war has given for each thing: a figure above it is not a count of that
// thing ("taking the Russian total since February 2022 to 846,650" after a list of tanks).
export const TOTAL_MAX: Record<Category | 'other', number> = {
  personnel: 3_000_000, tanks: 20_000, afv: 50_000, artillery: 80_000, mlrs: 5_000, air_defense: 5_000, aircraft: 1_000,
  helicopters: 1_000, uav: 1_000_000, cruise_missiles: 20_000, ships: 200, submarines: 20, vehicles_fuel_tanks: 200_000,
  special_equipment: 20_000, ground_robotic_systems: 50_000, other: Number.POSITIVE_INFINITY,
};

const BOUNDARY = /[;:()\u2013\u2014]|,(?!\d)| - /g;

/** Characters between two offsets, with a clause boundary costing as much as 50 of them. */
function gap(s: string, a: number, b: number): number {
  if (b <= a) return 0;
  const t = s.slice(a, b);
  return b - a + 50 * (t.match(BOUNDARY)?.length ?? 0);
}

export function itemStart(it: Item): number {
  return Math.min(it.start, it.noun.start);
}

export function distance(s: string, span: { start: number; end: number }, it: Item): number {
  // From the figure itself: a noun before it ("killed on Tuesday and another 1,100") is not where it stands.
  const a = it.start;
  if (span.end <= a) return gap(s, span.end, a);
  if (span.start >= it.end) return gap(s, it.end, span.start);
  return 0;
}

