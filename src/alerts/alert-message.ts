/**
 * Builds the alert messages, `tallywatch.alert/v1` and `tallywatch.alert/v2`.
 *
 * Webhook bodies and queue job data carry one of them (v1 unless the subscriber asks for
 * v2); Slack and Telegram messages are rendered from v2. The contracts themselves (zod
 * schemas, types, version policy) live in src/domain/alert.ts, and schemas/alert.v*.json
 * are generated from them; their names are re-exported here for the modules that used them.
 */
import { addDays, isIsoDate } from '../core/dates.ts';
import { ALERT_SCHEMA_ID, ALERT_V2_SCHEMA_ID, AlertEvidenceSchema, AlertMessageSchema, AlertMessageV2Schema, recordEventId } from '../domain/alert.ts';
import type { AlertEvidence, AlertEvidenceV2, AlertMessage, AlertMessageV2, AnyAlertMessage } from '../domain/alert.ts';
import { CLAIMANT_KEYS, GENERAL_STAFF } from '../domain/enums.ts';
import type { Category, ClaimantKey, RecordStatus } from '../domain/enums.ts';
import { ALERT_LIMITS } from '../domain/fields.ts';

export {
  ALERT_SCHEMA_ID,
  ALERT_V2_SCHEMA_ID,
  AlertEvidenceSchema,
  AlertEvidenceV2Schema,
  AlertMessageSchema,
  AlertMessageV2Schema,
  recordEventId,
} from '../domain/alert.ts';
export type { AlertEvidence, AlertEvidenceV2, AlertMessage, AlertMessageV2, AnyAlertMessage } from '../domain/alert.ts';
export { ALERT_TYPES, CLAIMANT_KEYS, GENERAL_STAFF, RECORD_STATUSES as ALERT_STATUSES } from '../domain/enums.ts';
export type { AlertType, ClaimantKey, RecordStatus as AlertStatus } from '../domain/enums.ts';
export {
  ALERT_LIMITS,
  EVENT_ID_PATTERN,
  HTTP_URL_PATTERN,
  httpUrl,
  ISO_DATE_PATTERN,
  ISO_INSTANT_PATTERN,
  isoDate,
  isoInstant,
  SOURCE_ID_PATTERN,
} from '../domain/fields.ts';

type AlertStatus = RecordStatus;

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

/** Known claimant keys, once each, with the General Staff first for a confirmed record. */
export function normaliseClaimants(status: AlertStatus, claimants: readonly string[] = []): ClaimantKey[] {
  const known = new Set<ClaimantKey>();
  if (status === 'confirmed') known.add(GENERAL_STAFF);
  for (const c of claimants) if ((CLAIMANT_KEYS as readonly string[]).includes(c)) known.add(c as ClaimantKey);
  return [...known];
}

/**
 * Builds and validates a v2 alert for a record event. Derives id, type, lossDate and
 * text; trims evidence and quotes to the contract's bounds, de-duplicates flags and
 * normalises claimants, so a valid input never yields an invalid message. Throws a
 * ZodError otherwise.
 */
export function buildAlertMessageV2(input: RecordAlertInputV2): AlertMessageV2 {
  const lossDate = isIsoDate(input.date) ? addDays(input.date, -1) : input.date;
  const previous = input.previous ? { value: input.previous.value, date: input.previous.date } : null;
  const source = { id: input.source.id, url: input.source.url, publishedAt: instant(input.source.publishedAt) };
  const draft: AlertMessageV2 = {
    schema: ALERT_V2_SCHEMA_ID,
    id: recordEventId(input.metric, input.date),
    type: `record.${input.status}`,
    status: input.status,
    followUp: input.followUp ?? false,
    metric: input.metric,
    date: input.date,
    lossDate,
    value: input.value,
    total: input.total ?? null,
    previous,
    source,
    claimants: normaliseClaimants(input.status, input.claimants),
    evidence: buildEvidence(input),
    flags: [...new Set(input.flags ?? [])].slice(0, ALERT_LIMITS.flags),
    detectedAt: instant(input.detectedAt ?? new Date()) as string,
    text: clip(alertText({ status: input.status, metric: input.metric, date: input.date, lossDate, value: input.value, previous, source }), ALERT_LIMITS.text),
  };
  return AlertMessageV2Schema.parse(draft);
}

/** Builds and validates a v1 alert: the v2 builder's message in its v1 view (one builder for both). */
export function buildAlertMessage(input: RecordAlertInput): AlertMessage {
  // Evidence values and claimants reach v2 only: dropped before building, so they cannot fail a v1 build.
  const evidence = input.evidence?.map((e) => ({ ...e, value: null }));
  const v2 = buildAlertMessageV2({ ...input, ...(evidence ? { evidence } : {}), claimants: [], followUp: false });
  return AlertMessageSchema.parse(toAlertV1(v2));
}

// v1's fields in v1's order: the v1 view is v2 with the added fields left out.
const V1_FIELDS = Object.keys(AlertMessageSchema.shape) as Array<keyof AlertMessage>;
const V1_EVIDENCE_FIELDS = Object.keys(AlertEvidenceSchema.shape) as Array<keyof AlertEvidence>;

function pick<T>(from: object, keys: readonly (keyof T)[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k as string] = (from as Record<string, unknown>)[k as string];
  return out as T;
}

/**
 * The alert in the version a subscriber asked for. Every conversion goes through v2: a
 * v1 alert does not say who claimed the record nor what each outlet stated, so its
 * claimants become the General Staff for a confirmed record and nobody otherwise, and its
 * evidence values null; `extra` overrides followUp and claimants. The v1 view of that is
 * v2 with the added fields dropped, nothing else changed.
 */
export function alertInVersion(m: AnyAlertMessage, version: 'v1', extra?: AlertExtras): AlertMessage;
export function alertInVersion(m: AnyAlertMessage, version: 'v2', extra?: AlertExtras): AlertMessageV2;
export function alertInVersion(m: AnyAlertMessage, version: 'v1' | 'v2', extra?: AlertExtras): AnyAlertMessage;
export function alertInVersion(m: AnyAlertMessage, version: 'v1' | 'v2', extra: AlertExtras = {}): AnyAlertMessage {
  const v2 = m.schema === ALERT_V2_SCHEMA_ID ? m : null;
  const full: AlertMessageV2 = {
    schema: ALERT_V2_SCHEMA_ID,
    id: m.id,
    type: m.type,
    status: m.status,
    followUp: extra.followUp ?? v2?.followUp ?? false,
    metric: m.metric,
    date: m.date,
    lossDate: m.lossDate,
    value: m.value,
    total: m.total,
    previous: m.previous,
    source: m.source,
    claimants: v2 && !extra.claimants ? v2.claimants : normaliseClaimants(m.status, extra.claimants),
    evidence: v2 ? v2.evidence : m.evidence.map((e) => ({ value: null, ...e })),
    flags: m.flags,
    detectedAt: m.detectedAt,
    text: m.text,
  };
  if (version === 'v2') return full;
  return {
    ...pick<AlertMessage>(full, V1_FIELDS),
    schema: ALERT_SCHEMA_ID,
    evidence: full.evidence.map((e) => pick<AlertEvidence>(e, V1_EVIDENCE_FIELDS)),
  };
}

export interface AlertExtras {
  followUp?: boolean;
  claimants?: readonly string[];
}

/** The v1 view of an alert: the v2 fields dropped, nothing else changed. */
export function toAlertV1(m: AnyAlertMessage): AlertMessage {
  return alertInVersion(m, 'v1');
}

/** The v2 view of either version (see alertInVersion). */
export function toAlertV2(m: AnyAlertMessage, extra: AlertExtras = {}): AlertMessageV2 {
  return alertInVersion(m, 'v2', extra);
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
