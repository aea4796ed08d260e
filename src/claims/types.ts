/** A loss-figure claim read from prose or from a General Staff report quoted in an article. */
import type { ClaimantKey, ClaimKind, ClaimMetric, ClaimQualifier, ClaimSubject } from '../domain/enums.ts';

// The value sets are the domain's (src/domain/enums.ts), under the names this module gave them.
export type Claimant = ClaimantKey;
export type Subject = ClaimSubject;
export type Metric = ClaimMetric;
export type Kind = ClaimKind;
export type Qualifier = ClaimQualifier;

export interface Claim {
  claimant: Claimant;
  /** Whose losses. */
  subject: Subject;
  metric: Metric;
  kind: Kind;
  value: number;
  qualifier: Qualifier;
  /** daily and average: 1 (or the averaging unit: 7, 30); period: its length, null when unknown; cumulative: null. */
  periodDays: number | null;
  /** The General Staff report date the figure belongs to (ISO date), null when the text cannot fix it. */
  asOf: string | null;
  /** The text claims a record for this figure (true even when the claim is wrong). */
  record: boolean;
  /** The clause that states it. */
  quote: string;
}

export interface ExtractOptions {
  /** Publication date: ISO date or instant. */
  published?: string;
  /** ISO 639-1 hint; the lexicons are shared, so it is only a hint. */
  lang?: string;
  /** The article's address: a date in its path stands in for a missing `published`. */
  url?: string;
}
