/**
 * The alert message contracts, `tallywatch.alert/v1` and `tallywatch.alert/v2`, as zod
 * schemas and the types inferred from them. schemas/alert.v1.json and schemas/alert.v2.json
 * are generated from these by scripts/schemas.ts (descriptions, $id and title included),
 * and test/delivery/schemas.test.ts fails when a committed file drifts from them.
 *
 * Version policy: a published version is closed. Producers never add, remove or retype a
 * field under a schema id (consumers may validate strictly, and the JSON files say
 * additionalProperties: false), so the follow-up fields (`followUp`, `claimants`,
 * `evidence[].value`) ship as v2, a superset of v1, and v1 keeps its exact shape.
 */
import { z } from 'zod';
import { addDays, isIsoDate } from '../core/dates.ts';
import { ALERT_TYPES, CATEGORY_KEYS, CLAIMANT_KEYS, GENERAL_STAFF, RECORD_STATUSES } from './enums.ts';
import type { AlertType, Category, RecordStatus } from './enums.ts';
import { ALERT_LIMITS, count, EVENT_ID_PATTERN, httpUrl, isoDate, isoInstant, SOURCE_ID_PATTERN } from './fields.ts';

export const ALERT_SCHEMA_ID = 'tallywatch.alert/v1';
export const ALERT_V2_SCHEMA_ID = 'tallywatch.alert/v2';

/** The record event id: one event per (metric, report date). */
export function recordEventId(metric: Category, date: string): string {
  return `record:${metric}:${date}`;
}

const STATUS_TEXT =
  'confirmed: the General Staff report sets a new record. reported: media claim a record for a date the General Staff has not reported yet. contradicted: the General Staff report for that date does not bear the claim out.';

const f = {
  type: z.enum(ALERT_TYPES).meta({ description: 'What happened. Always `record.` followed by `status`.' }),
  status: z.enum(RECORD_STATUSES).meta({ description: STATUS_TEXT }),
  metric: z.enum(CATEGORY_KEYS).meta({ description: 'The loss category.' }),
  date: isoDate.meta({ description: 'The General Staff report date D (Kyiv calendar).' }),
  lossDate: isoDate.meta({ description: 'The day the figure covers: D minus one day.' }),
  value: count.min(1).meta({ description: "The daily figure, the report's (+N). For status reported, the figure claimed." }),
  total: count.nullable().meta({ description: 'The cumulative total in the same report, or null when unknown.' }),
  previous: z
    .strictObject({ value: count.min(1), date: isoDate })
    .nullable()
    .meta({ description: 'The record this one beats (its report date and figure), or null when there was none.' }),
  sourceFields: {
    id: z.string().regex(new RegExp(SOURCE_ID_PATTERN)),
    url: httpUrl,
    publishedAt: isoInstant.nullable(),
  },
  flags: z
    .array(z.string().min(1).max(ALERT_LIMITS.flag))
    .max(ALERT_LIMITS.flags)
    .meta({ description: "Data-quality notes, e.g. that the total's change disagrees with the reported figure. Unordered.", uniqueItems: true }),
  detectedAt: isoInstant.meta({ description: 'When tallywatch detected the event.' }),
  text: z.string().min(1).max(ALERT_LIMITS.text).meta({ description: 'A one-line human summary in English.' }),
};

export const AlertEvidenceSchema = z.strictObject({
  url: httpUrl,
  outlet: z.string().min(1).max(ALERT_LIMITS.short),
  quote: z.string().max(ALERT_LIMITS.quote),
  publishedAt: isoInstant.nullable(),
});

/** v2 evidence: v1's plus the figure that outlet stated (null when it gave none). */
export const AlertEvidenceV2Schema = z.strictObject({
  value: count.nullable().meta({
    description: 'The figure this outlet stated, or null when it gave none (for a contradicted record it differs from `value`).',
  }),
  ...AlertEvidenceSchema.shape,
});

/** The fields both versions share, as the cross-field rules read them. */
interface AlertRulesInput {
  id: string;
  type: AlertType;
  status: RecordStatus;
  metric: Category;
  date: string;
  lossDate: string;
  value: number;
  previous: { value: number; date: string } | null;
  flags: string[];
}

function checkAlertRules(m: AlertRulesInput, ctx: z.RefinementCtx): void {
  // The type/status pairing is in the JSON Schema too (ALERT_JSON_RULES); the others it
  // can only describe ($comment).
  if (m.type !== `record.${m.status}`) {
    ctx.addIssue({ code: 'custom', path: ['type'], message: `type ${m.type} does not match status ${m.status}` });
  }
  if (m.id !== recordEventId(m.metric, m.date)) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be ${recordEventId(m.metric, m.date)}` });
  }
  if (isIsoDate(m.date) && m.lossDate !== addDays(m.date, -1)) {
    ctx.addIssue({ code: 'custom', path: ['lossDate'], message: 'lossDate must be the day before date' });
  }
  if (m.previous && m.previous.date >= m.date) {
    ctx.addIssue({ code: 'custom', path: ['previous', 'date'], message: 'the previous record must be older' });
  }
  if (m.status === 'confirmed' && m.previous && m.previous.value >= m.value) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'a confirmed record must exceed the previous one' });
  }
  if (new Set(m.flags).size !== m.flags.length) {
    ctx.addIssue({ code: 'custom', path: ['flags'], message: 'flags must be unique' });
  }
}

/** `type` is `record.<status>`: the pairing in JSON Schema words. */
const TYPE_MATCHES_STATUS = RECORD_STATUSES.map((s) => ({
  if: { properties: { status: { const: s } } },
  then: { properties: { type: { const: `record.${s}` } } },
}));

const UNSTATED_RULES =
  'Rules this schema cannot state and producers guarantee: id equals record:<metric>:<date>; lossDate is date minus one day; previous.date is before date; for status confirmed, value exceeds previous.value.';

export const AlertMessageSchema = z
  .strictObject({
    schema: z.literal(ALERT_SCHEMA_ID),
    id: z.string().regex(new RegExp(EVENT_ID_PATTERN)).meta({
      description: 'The record event id, `record:<metric>:<date>`. Stable across retries and status changes; the idempotency id.',
    }),
    type: f.type,
    status: f.status,
    metric: f.metric,
    date: f.date,
    lossDate: f.lossDate,
    value: f.value,
    total: f.total,
    previous: f.previous,
    source: z.strictObject(f.sourceFields).meta({
      description: 'Where the figure comes from: the General Staff post for confirmed and contradicted, the claiming source for reported.',
    }),
    evidence: z.array(AlertEvidenceSchema).max(ALERT_LIMITS.evidence).meta({ description: 'Press mentions of the figure; may be empty.' }),
    flags: f.flags,
    detectedAt: f.detectedAt,
    text: f.text,
  })
  .superRefine(checkAlertRules)
  .meta({
    $id: 'urn:tallywatch:schema:alert:v1',
    title: 'tallywatch record alert, version 1',
    description:
      'One alert about a daily record of enemy losses reported by Ukraine\'s General Staff, as delivered to webhook and queue subscribers. Version policy: this schema is closed (additionalProperties is false at every level) and immutable; tallywatch never adds, removes or retypes a field while `schema` is "tallywatch.alert/v1", and any change ships as a new schema id (tallywatch.alert/v2). Consumers may validate strictly against this file. The same `id` can arrive more than once (retries, or a later status of the same record event): consumers deduplicate on (id, status).',
    allOf: TYPE_MATCHES_STATUS,
    $comment: UNSTATED_RULES,
  });

// Key order is the order the builder emits: v1's, with the three additions beside the
// fields they qualify.
export const AlertMessageV2Schema = z
  .strictObject({
    schema: z.literal(ALERT_V2_SCHEMA_ID),
    id: z.string().regex(new RegExp(EVENT_ID_PATTERN)).meta({
      description: 'The record event id, `record:<metric>:<date>`. Stable across retries and status changes; (id, status) identifies one message.',
    }),
    type: f.type,
    status: f.status,
    followUp: z.boolean().meta({
      description:
        'True when this subscriber was already sent an earlier message of the same event (same `id`, another status): this one updates it. False on the first message a subscriber gets about an event, even when that is a confirmation or contradiction of a reported record it was not sent (its filters left the reported message out). Always false for status reported.',
    }),
    metric: f.metric,
    date: f.date,
    lossDate: f.lossDate,
    value: f.value,
    total: f.total,
    previous: f.previous,
    source: z.strictObject(f.sourceFields).meta({
      description:
        'Where the figure comes from: the General Staff post for confirmed and contradicted; for reported, the earliest-published article listed in `evidence`.',
    }),
    claimants: z
      .array(z.enum(CLAIMANT_KEYS))
      .max(CLAIMANT_KEYS.length)
      .meta({
        description:
          'Who claims the record, as claim-extractor claimant keys: the claimants of the press reports behind a reported or contradicted record; for confirmed, ua_general_staff (the report is its claim) and any press claimants that reported it first. Unordered, unique.',
        uniqueItems: true,
      }),
    evidence: z
      .array(AlertEvidenceV2Schema)
      .max(ALERT_LIMITS.evidence)
      .meta({
        description:
          'The outlets that stated the record (up to 20, one per article: a syndicated copy counts as the article it names canonical), ordered by publication time (undated last), then URL; may be empty. A follow-up lists every outlet gathered by then, so it may list more than the reported message did.',
      }),
    flags: f.flags,
    detectedAt: f.detectedAt,
    text: f.text,
  })
  .superRefine((m, ctx) => {
    checkAlertRules(m, ctx);
    if (new Set(m.claimants).size !== m.claimants.length) {
      ctx.addIssue({ code: 'custom', path: ['claimants'], message: 'claimants must be unique' });
    }
    // Both rules are in the JSON Schema as well.
    if (m.status === 'confirmed' && !m.claimants.includes(GENERAL_STAFF)) {
      ctx.addIssue({ code: 'custom', path: ['claimants'], message: `a confirmed record is claimed by ${GENERAL_STAFF}` });
    }
    if (m.status === 'reported' && m.followUp) {
      ctx.addIssue({ code: 'custom', path: ['followUp'], message: 'a reported record is the first message of its event' });
    }
  })
  .meta({
    $id: 'urn:tallywatch:schema:alert:v2',
    title: 'tallywatch record alert, version 2',
    description:
      "One alert about a daily record of enemy losses reported by Ukraine's General Staff, as delivered to webhook and queue subscribers that ask for version 2. It is version 1 plus three fields: `followUp`, `claimants` and `evidence[].value`. A record event can be sent more than once, once per status: first `reported` (the press claims a record before the General Staff report), then `confirmed` or `contradicted` when the report comes; an event that begins with the report is sent once, as `confirmed`. Deduplicate on (id, status). Version policy: this schema is closed (additionalProperties is false at every level) and immutable; any change ships as a new schema id.",
    allOf: [
      ...TYPE_MATCHES_STATUS,
      {
        if: { properties: { status: { const: 'confirmed' } } },
        then: { properties: { claimants: { type: 'array', contains: { const: GENERAL_STAFF } } } },
      },
      { if: { properties: { status: { const: 'reported' } } }, then: { properties: { followUp: { const: false } } } },
    ],
    $comment: UNSTATED_RULES,
  });

export type AlertMessage = z.infer<typeof AlertMessageSchema>;
export type AlertEvidence = z.infer<typeof AlertEvidenceSchema>;
export type AlertMessageV2 = z.infer<typeof AlertMessageV2Schema>;
export type AlertEvidenceV2 = z.infer<typeof AlertEvidenceV2Schema>;
/** Either version, as a channel may receive it. */
export type AnyAlertMessage = AlertMessage | AlertMessageV2;
