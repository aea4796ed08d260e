/**
 * Builds the claim message, `tallywatch.claim/v1`.
 *
 * Queue subscribers that ask for claims get one job named `claim` per new claim, whose
 * data is this object. The contract (zod schema, type) lives in src/domain/claim.ts, and
 * schemas/claim.v1.json is generated from it; its names are re-exported here.
 */
import { claimFingerprint } from '../claims/fingerprint.ts';
import type { ClaimInput, Mention } from '../claims/fingerprint.ts';
import { CLAIM_SCHEMA_ID, ClaimMessageSchema } from '../domain/claim.ts';
import type { ClaimMessage } from '../domain/claim.ts';
import type { CorroborationStatus } from '../domain/enums.ts';
import { ALERT_LIMITS } from '../domain/fields.ts';

export { CLAIM_SCHEMA_ID, ClaimMessageSchema } from '../domain/claim.ts';
export type { ClaimMessage } from '../domain/claim.ts';
export { CLAIM_KINDS, CLAIM_METRICS, CLAIM_QUALIFIERS, CLAIM_SUBJECTS, CORROBORATION_STATUSES } from '../domain/enums.ts';
export type { CorroborationStatus } from '../domain/enums.ts';
export { FINGERPRINT_PATTERN, REASON_CODE_PATTERN } from '../domain/fields.ts';

/** What the builder needs of a mention (a stored Mention has it all). */
export type MentionLike = Pick<Mention, 'url' | 'outlet' | 'publishedAt'> & { seenAt?: string | null };

export interface ClaimMessageInput {
  /** The claim; its fingerprint is computed when absent. */
  claim: ClaimInput & { fingerprint?: string; firstSeenAt?: string };
  /** Every mention stored for it; at least one. */
  mentions: readonly MentionLike[];
  /**
   * How it compares with the General Staff series: a `Corroboration` from
   * src/corroboration fits as it is (its reason's `code` is kept), or a code string.
   * @default unverified, no reason
   */
  corroboration?: { status: CorroborationStatus; reason?: { code: string; text?: string } | string | null };
  /** @default the claim's firstSeenAt, so every retry builds the same bytes; else now */
  detectedAt?: string | Date;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function iso(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * The mention that published first: earliest publication time, a mention without one
 * ranked by when it was seen. Ties go to the earlier-seen, then the smaller URL, so the
 * choice does not depend on the order the store returns.
 */
export function firstMentionOf<M extends MentionLike>(mentions: readonly M[]): M | undefined {
  const key = (m: MentionLike): string[] => {
    const seen = iso(m.seenAt) ?? '\uffff';
    return [iso(m.publishedAt) ?? seen, seen, m.url];
  };
  const before = (a: string[], b: string[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? '') < (b[i] ?? '');
    return false;
  };
  let best: M | undefined;
  for (const m of mentions) if (!best || before(key(m), key(best))) best = m;
  return best;
}

function outletName(m: MentionLike): string {
  if (m.outlet.trim() !== '') return clip(m.outlet.trim(), ALERT_LIMITS.short);
  // Feeds without a title leave the outlet empty: the host names it well enough.
  try {
    return new URL(m.url).hostname || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Builds and validates a v1 claim message. Throws a ZodError (or TypeError without mentions). */
export function buildClaimMessage(input: ClaimMessageInput): ClaimMessage {
  const { claim } = input;
  const first = firstMentionOf(input.mentions);
  if (!first) throw new TypeError('a claim message needs at least one mention');
  const given = input.corroboration?.reason;
  const reason = typeof given === 'string' ? given : (given?.code ?? null);
  const detectedAt = iso(input.detectedAt ?? claim.firstSeenAt ?? new Date());
  if (!detectedAt) throw new TypeError(`not an instant: ${String(input.detectedAt ?? claim.firstSeenAt)}`);
  const draft: ClaimMessage = {
    schema: CLAIM_SCHEMA_ID,
    id: claim.fingerprint ?? claimFingerprint(claim),
    claimant: claim.claimant as ClaimMessage['claimant'],
    subject: claim.subject as ClaimMessage['subject'],
    metric: claim.metric as ClaimMessage['metric'],
    kind: claim.kind as ClaimMessage['kind'],
    value: claim.value,
    qualifier: claim.qualifier as ClaimMessage['qualifier'],
    periodDays: claim.periodDays,
    asOf: claim.asOf,
    record: claim.record,
    quote: clip(claim.quote, ALERT_LIMITS.quote),
    mentions: new Set(input.mentions.map((m) => m.url)).size,
    firstMention: { url: first.url, outlet: outletName(first), publishedAt: iso(first.publishedAt) },
    corroboration: {
      status: input.corroboration?.status ?? 'unverified',
      reason,
    },
    detectedAt,
  };
  return ClaimMessageSchema.parse(draft);
}

/** Validates an unknown value (e.g. job data read back from Redis) as a v1 claim message. */
export function parseClaimMessage(value: unknown): ClaimMessage {
  return ClaimMessageSchema.parse(value);
}
