import { canonicalJson, sha1 } from '../core/hash.ts';

/** The fields that identify a claim: the normalised tuple without its quote. */
export interface ClaimIdentity {
  claimant: string;
  subject: string;
  metric: string;
  kind: string;
  value: number;
  periodDays: number | null;
  asOf: string | null;
}

export interface ClaimInput extends ClaimIdentity {
  qualifier: string;
  record: boolean;
  quote: string;
  /** How `asOf` was found when the text did not state it (e.g. "nearest_value"). */
  asOfMatch?: string;
}

/** Where a claim was stated: one article (or post) per mention. */
export interface Mention {
  url: string;
  outlet: string;
  quote: string;
  publishedAt: string | null;
  sourceId: string | null;
  seenAt: string;
}

/** A stable fingerprint: the same figure stated by ten outlets is one claim. */
export function claimFingerprint(c: ClaimIdentity): string {
  return sha1(
    canonicalJson({
      claimant: c.claimant,
      subject: c.subject,
      metric: c.metric,
      kind: c.kind,
      value: c.value,
      periodDays: c.kind === 'daily' ? 1 : c.periodDays,
      asOf: c.asOf,
    }),
  ).slice(0, 24);
}
