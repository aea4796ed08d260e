/**
 * The claim message contract, version 1 (`tallywatch.claim/v1`), as a zod schema and its
 * type. schemas/claim.v1.json is generated from it (scripts/schemas.ts). Closed like the
 * alert contract: a change ships as `tallywatch.claim/v2`.
 */
import { z } from 'zod';
import { CLAIM_KINDS, CLAIM_METRICS, CLAIM_QUALIFIERS, CLAIM_SUBJECTS, CLAIMANT_KEYS, CORROBORATION_STATUSES } from './enums.ts';
import { ALERT_LIMITS, FINGERPRINT_PATTERN, httpUrl, isoDate, isoInstant, REASON_CODE_PATTERN } from './fields.ts';

export const CLAIM_SCHEMA_ID = 'tallywatch.claim/v1';

export const ClaimMessageSchema = z
  .strictObject({
    schema: z.literal(CLAIM_SCHEMA_ID),
    id: z.string().regex(new RegExp(FINGERPRINT_PATTERN)).meta({
      description:
        "The claim's fingerprint: a hash of (claimant, subject, metric, kind, value, periodDays, asOf), without the quote. Ten outlets repeating one figure give one id.",
    }),
    claimant: z.enum(CLAIMANT_KEYS).meta({
      description: "Who states the figure: the General Staff, another Ukrainian official source, Russia's defence ministry, the UK's, the US, or other.",
    }),
    subject: z.enum(CLAIM_SUBJECTS).meta({ description: "Whose losses: Russia's (ru) or Ukraine's (ua)." }),
    metric: z.enum(CLAIM_METRICS).meta({ description: 'The loss category, or other when the figure is not one of them.' }),
    kind: z.enum(CLAIM_KINDS).meta({
      description: "daily: one day's losses; cumulative: the total since the invasion; period: over periodDays days; average: a per-day average.",
    }),
    value: z.number().min(0).meta({ description: 'The figure as stated.' }),
    qualifier: z.enum(CLAIM_QUALIFIERS).meta({ description: 'How the text qualifies the figure.' }),
    periodDays: z.number().int().min(1).nullable().meta({
      description: 'daily and average: 1 (or the averaging unit, e.g. 7); period: its length, null when the text does not give it; cumulative: null.',
    }),
    asOf: isoDate.nullable().meta({
      description: 'The General Staff report date the figure belongs to, or null when the text cannot fix it.',
    }),
    record: z.boolean().meta({ description: 'The text claims a record for this figure (true even when the claim is wrong).' }),
    quote: z.string().max(ALERT_LIMITS.quote).meta({ description: 'The clause that states the figure, from the first article that was read.' }),
    mentions: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({
      description:
        'How many articles or posts state it when the message was built: distinct canonical URLs, so a syndicated copy that names another article canonical counts as that article.',
    }),
    firstMention: z
      .strictObject({
        url: httpUrl,
        outlet: z.string().min(1).max(ALERT_LIMITS.short),
        publishedAt: isoInstant.nullable(),
      })
      .meta({ description: 'The mention published first (by publication time; one without it, by when tallywatch saw it).' }),
    corroboration: z
      .strictObject({
        status: z.enum(CORROBORATION_STATUSES),
        reason: z.string().regex(new RegExp(REASON_CODE_PATTERN)).nullable(),
      })
      .meta({
        description:
          'How the claim compares with the General Staff series: corroborates (the series gives the figure), contradicts (it gives another, or the record claim is wrong), or unverified (the series cannot say). `reason` is a stable code saying why it is not corroborated, e.g. misquoted, rounded, one_day_as_period, not_a_record, misquoted_previous_record, mismatch, not_general_staff, date_not_in_series, kind_not_checked; null when it corroborates. New codes may appear: treat an unknown one as unexplained.',
      }),
    detectedAt: isoInstant.meta({ description: 'When tallywatch first saw the claim.' }),
  })
  .meta({
    $id: 'urn:tallywatch:schema:claim:v1',
    title: 'tallywatch claim, version 1',
    description:
      'One claim: a loss figure stated by a claimant, extracted from the press (or a General Staff post) and stored once however many outlets repeat it. Delivered as the data of a BullMQ job named `claim` to queue subscribers whose `events` include "claims", once per new claim; the job id derives from `id`. Version policy: this schema is closed (additionalProperties is false at every level) and immutable; any change ships as tallywatch.claim/v2.',
  });

export type ClaimMessage = z.infer<typeof ClaimMessageSchema>;
