/**
 * The alert message contracts, `tallywatch.alert/v1` and `tallywatch.alert/v2`.
 *
 * Webhook bodies and queue job data carry one of them (v1 unless the subscriber asks for
 * v2); Slack and Telegram messages are rendered from v2. `schemas/alert.v1.json` and
 * `schemas/alert.v2.json` state the same contracts for consumers in other languages;
 * test/delivery/alert-message.test.ts keeps each file and its zod schema in step.
 *
 * Version policy: a published version is closed. Producers never add, remove or retype a
 * field under a schema id (consumers may validate strictly, and the JSON files say
 * additionalProperties: false), so the follow-up fields (`followUp`, `claimants`,
 * `evidence[].value`) ship as v2, a superset of v1, and v1 keeps its exact shape.
 */
import { z } from 'zod';
import { CATEGORY_KEYS } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { addDays, isIsoDate } from '../core/dates.ts';

export const ALERT_SCHEMA_ID = 'tallywatch.alert/v1';
export const ALERT_V2_SCHEMA_ID = 'tallywatch.alert/v2';

export const ALERT_STATUSES = ['confirmed', 'reported', 'contradicted'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_TYPES = ['record.confirmed', 'record.reported', 'record.contradicted'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

/** Who states a figure (the claim extractor's values, README "Claim fields"). */
export const CLAIMANT_KEYS = ['ua_general_staff', 'ua_other', 'ru_mod', 'uk_mod', 'us', 'other'] as const;
export type ClaimantKey = (typeof CLAIMANT_KEYS)[number];
/** The General Staff: a confirmed record is its claim. */
export const GENERAL_STAFF: ClaimantKey = 'ua_general_staff';

/** Bounds that keep one message small enough for any webhook receiver or queue. */
export const ALERT_LIMITS = {
  evidence: 20,
  quote: 1000,
  flags: 32,
  flag: 100,
  text: 500,
  short: 200,
  url: 2048,
} as const;

// The same patterns appear in schemas/alert.v1.json; JSON Schema `format` is avoided
// there because validators disagree on it (ajv rejects unknown formats by default).
export const ISO_DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const ISO_INSTANT_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$';
export const HTTP_URL_PATTERN = '^https?://[^\\s]+$';
export const EVENT_ID_PATTERN = '^record:[a-z_]+:[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const SOURCE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

/** Field types shared by the message contracts (alert and claim). */
export const isoDate = z
  .string()
  .regex(new RegExp(ISO_DATE_PATTERN))
  .refine(isIsoDate, 'not a calendar date');
export const isoInstant = z
  .string()
  .regex(new RegExp(ISO_INSTANT_PATTERN))
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not an instant');
export const httpUrl = z.string().max(ALERT_LIMITS.url).regex(new RegExp(HTTP_URL_PATTERN));
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const AlertEvidenceSchema = z.strictObject({
  url: httpUrl,
  outlet: z.string().min(1).max(ALERT_LIMITS.short),
  quote: z.string().max(ALERT_LIMITS.quote),
  publishedAt: isoInstant.nullable(),
});

const alertShapeV1 = {
  schema: z.literal(ALERT_SCHEMA_ID),
  id: z.string().regex(new RegExp(EVENT_ID_PATTERN)),
  type: z.enum(ALERT_TYPES),
  status: z.enum(ALERT_STATUSES),
  metric: z.enum(CATEGORY_KEYS),
  date: isoDate,
  lossDate: isoDate,
  value: count.min(1),
  total: count.nullable(),
  previous: z.strictObject({ value: count.min(1), date: isoDate }).nullable(),
  source: z.strictObject({
    id: z.string().regex(new RegExp(SOURCE_ID_PATTERN)),
    url: httpUrl,
    publishedAt: isoInstant.nullable(),
  }),
  evidence: z.array(AlertEvidenceSchema).max(ALERT_LIMITS.evidence),
  flags: z.array(z.string().min(1).max(ALERT_LIMITS.flag)).max(ALERT_LIMITS.flags),
  detectedAt: isoInstant,
  text: z.string().min(1).max(ALERT_LIMITS.text),
};

/** The fields both versions share, as the cross-field rules read them. */
interface AlertRulesInput {
  id: string;
  type: AlertType;
  status: AlertStatus;
  metric: Category;
  date: string;
  lossDate: string;
  value: number;
  previous: { value: number; date: string } | null;
  flags: string[];
}

function checkAlertRules(m: AlertRulesInput, ctx: z.RefinementCtx): void {
  // Cross-field rules: the JSON Schema states the type/status pairing too; the others
  // it can only describe.
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

export const AlertMessageSchema = z.strictObject(alertShapeV1).superRefine(checkAlertRules);

/** v2 evidence: v1's plus the figure that outlet stated (null when it gave none). */
export const AlertEvidenceV2Schema = z.strictObject({
  value: count.nullable(),
  url: httpUrl,
  outlet: z.string().min(1).max(ALERT_LIMITS.short),
  quote: z.string().max(ALERT_LIMITS.quote),
  publishedAt: isoInstant.nullable(),
});

// Key order is the order the builder emits: v1's, with the three additions beside the
// fields they qualify.
export const AlertMessageV2Schema = z
  .strictObject({
    schema: z.literal(ALERT_V2_SCHEMA_ID),
    id: alertShapeV1.id,
    type: alertShapeV1.type,
    status: alertShapeV1.status,
    followUp: z.boolean(),
    metric: alertShapeV1.metric,
    date: alertShapeV1.date,
    lossDate: alertShapeV1.lossDate,
    value: alertShapeV1.value,
    total: alertShapeV1.total,
    previous: alertShapeV1.previous,
    source: alertShapeV1.source,
    claimants: z.array(z.enum(CLAIMANT_KEYS)).max(CLAIMANT_KEYS.length),
    evidence: z.array(AlertEvidenceV2Schema).max(ALERT_LIMITS.evidence),
    flags: alertShapeV1.flags,
    detectedAt: alertShapeV1.detectedAt,
    text: alertShapeV1.text,
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
  });

export type AlertMessage = z.infer<typeof AlertMessageSchema>;
export type AlertEvidence = z.infer<typeof AlertEvidenceSchema>;
export type AlertMessageV2 = z.infer<typeof AlertMessageV2Schema>;
export type AlertEvidenceV2 = z.infer<typeof AlertEvidenceV2Schema>;
/** Either version, as a channel may receive it. */
export type AnyAlertMessage = AlertMessage | AlertMessageV2;

/** The record event id: one event per (metric, report date). */
export function recordEventId(metric: Category, date: string): string {
  return `record:${metric}:${date}`;
}

export interface RecordAlertInput {
  status: AlertStatus;
  metric: Category;
  /** The report date D. */
  date: string;
  value: number;
  total?: number | null;
  previous?: { value: number; date: string } | null;
  source: { id: string; url: string; publishedAt?: string | Date | null };
  /** The first outlets that stated it; `value` (the figure the outlet gave) reaches v2 only. */
  evidence?: Array<{ url: string; outlet: string; quote: string; publishedAt?: string | Date | null; value?: number | null }>;
  flags?: string[];
  detectedAt?: string | Date;
}

export interface RecordAlertInputV2 extends RecordAlertInput {
  /**
   * Who claims the record (claim-extractor claimant keys). Unknown keys and repeats are
   * dropped; `ua_general_staff` is added for a confirmed record, whose claim is the report.
   */
  claimants?: readonly string[];
  /** True when this message updates an earlier one of the same event sent to the same subscriber. @default false */
  followUp?: boolean;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function instant(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new TypeError(`not an instant: ${String(value)}`);
  return d.toISOString();
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** The one-line human summary carried in `text`. */
export function alertText(m: Pick<AlertMessage, 'status' | 'metric' | 'date' | 'lossDate' | 'value' | 'previous' | 'source'>): string {
  const metric = m.metric.replaceAll('_', ' ');
  const figure = `${metric} ${numberFormat.format(m.value)} on ${m.lossDate}`;
  const previous = m.previous
    ? `previous record ${numberFormat.format(m.previous.value)} on ${addDays(m.previous.date, -1)}`
    : 'no earlier record';
  switch (m.status) {
    case 'confirmed':
      return `New daily record: ${figure} (General Staff report of ${m.date}); ${previous}`;
    case 'reported':
      return `Reported daily record, not yet confirmed by the General Staff: ${figure} (source ${m.source.id}); ${previous}`;
    case 'contradicted':
      return `Reported daily record contradicted: the General Staff report of ${m.date} gives ${figure}; ${previous}`;
  }
}

function buildEvidence(input: RecordAlertInput): AlertEvidenceV2[] {
  const seenUrls = new Set<string>();
  const evidence: AlertEvidenceV2[] = [];
  for (const e of input.evidence ?? []) {
    if (seenUrls.has(e.url) || evidence.length >= ALERT_LIMITS.evidence) continue;
    seenUrls.add(e.url);
    evidence.push({
      value: e.value ?? null,
      url: e.url,
      outlet: clip(e.outlet, ALERT_LIMITS.short),
      quote: clip(e.quote, ALERT_LIMITS.quote),
      publishedAt: instant(e.publishedAt),
    });
  }
  return evidence;
}

function baseFields(input: RecordAlertInput) {
  const lossDate = isIsoDate(input.date) ? addDays(input.date, -1) : input.date;
  return {
    status: input.status,
    metric: input.metric,
    date: input.date,
    lossDate,
    value: input.value,
    previous: input.previous ? { value: input.previous.value, date: input.previous.date } : null,
    source: { id: input.source.id, url: input.source.url, publishedAt: instant(input.source.publishedAt) },
  };
}

/**
 * Builds and validates a v1 alert for a record event. Derives id, type, lossDate and
 * text; trims evidence and quotes to the contract's bounds and de-duplicates flags, so
 * a valid input never yields an invalid message. Throws a ZodError otherwise.
 */
export function buildAlertMessage(input: RecordAlertInput): AlertMessage {
  const base = baseFields(input);
  const draft: AlertMessage = {
    schema: ALERT_SCHEMA_ID,
    id: recordEventId(input.metric, input.date),
    type: `record.${input.status}`,
    ...base,
    total: input.total ?? null,
    evidence: buildEvidence(input).map(({ value: _v2only, ...e }) => e),
    flags: [...new Set(input.flags ?? [])].slice(0, ALERT_LIMITS.flags),
    detectedAt: instant(input.detectedAt ?? new Date()) as string,
    text: clip(alertText(base), ALERT_LIMITS.text),
  };
  return AlertMessageSchema.parse(draft);
}

/** Known claimant keys, once each, with the General Staff first for a confirmed record. */
export function normaliseClaimants(status: AlertStatus, claimants: readonly string[] = []): ClaimantKey[] {
  const known = new Set<ClaimantKey>();
  if (status === 'confirmed') known.add(GENERAL_STAFF);
  for (const c of claimants) if ((CLAIMANT_KEYS as readonly string[]).includes(c)) known.add(c as ClaimantKey);
  return [...known];
}

/** Builds and validates a v2 alert: the v1 builder's rules plus claimants, followUp and evidence values. */
export function buildAlertMessageV2(input: RecordAlertInputV2): AlertMessageV2 {
  const base = baseFields(input);
  const draft: AlertMessageV2 = {
    schema: ALERT_V2_SCHEMA_ID,
    id: recordEventId(input.metric, input.date),
    type: `record.${input.status}`,
    status: base.status,
    followUp: input.followUp ?? false,
    metric: base.metric,
    date: base.date,
    lossDate: base.lossDate,
    value: base.value,
    total: input.total ?? null,
    previous: base.previous,
    source: base.source,
    claimants: normaliseClaimants(input.status, input.claimants),
    evidence: buildEvidence(input),
    flags: [...new Set(input.flags ?? [])].slice(0, ALERT_LIMITS.flags),
    detectedAt: instant(input.detectedAt ?? new Date()) as string,
    text: clip(alertText(base), ALERT_LIMITS.text),
  };
  return AlertMessageV2Schema.parse(draft);
}

/** The v1 view of a v2 alert: the added fields dropped, nothing else changed. */
export function toAlertV1(m: AlertMessageV2): AlertMessage {
  // Spelled out so the keys keep v1's order.
  return {
    schema: ALERT_SCHEMA_ID,
    id: m.id,
    type: m.type,
    status: m.status,
    metric: m.metric,
    date: m.date,
    lossDate: m.lossDate,
    value: m.value,
    total: m.total,
    previous: m.previous,
    source: m.source,
    evidence: m.evidence.map(({ value: _v2only, ...e }) => e),
    flags: m.flags,
    detectedAt: m.detectedAt,
    text: m.text,
  };
}

/**
 * The v2 view of either version. A v1 alert does not say who claimed the record nor what
 * each outlet stated: claimants become the General Staff for a confirmed record and
 * nobody otherwise, evidence values null. `followUp` is taken from `extra` when given.
 */
export function toAlertV2(m: AnyAlertMessage, extra: { followUp?: boolean; claimants?: readonly string[] } = {}): AlertMessageV2 {
  if (m.schema === ALERT_V2_SCHEMA_ID) {
    return {
      ...m,
      followUp: extra.followUp ?? m.followUp,
      claimants: extra.claimants ? normaliseClaimants(m.status, extra.claimants) : m.claimants,
    };
  }
  return {
    schema: ALERT_V2_SCHEMA_ID,
    id: m.id,
    type: m.type,
    status: m.status,
    followUp: extra.followUp ?? false,
    metric: m.metric,
    date: m.date,
    lossDate: m.lossDate,
    value: m.value,
    total: m.total,
    previous: m.previous,
    source: m.source,
    claimants: normaliseClaimants(m.status, extra.claimants),
    evidence: m.evidence.map((e) => ({ value: null, ...e })),
    flags: m.flags,
    detectedAt: m.detectedAt,
    text: m.text,
  };
}

/** Validates an unknown value (e.g. job data read back from Redis) as a v1 alert. */
export function parseAlertMessage(value: unknown): AlertMessage {
  return AlertMessageSchema.parse(value);
}

/** Validates an unknown value as a v1 or v2 alert, by its `schema` field. */
export function parseAnyAlertMessage(value: unknown): AnyAlertMessage {
  const schema = (value as { schema?: unknown } | null)?.schema;
  return schema === ALERT_V2_SCHEMA_ID ? AlertMessageV2Schema.parse(value) : AlertMessageSchema.parse(value);
}
