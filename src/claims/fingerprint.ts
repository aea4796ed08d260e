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
