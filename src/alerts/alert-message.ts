/**
 * The alert message contract, version 1 (`tallywatch.alert/v1`).
 *
 * Every subscriber channel carries this same object: the webhook body, the data of a
 * queue job. `schemas/alert.v1.json` states the same contract for consumers in other
 * languages; test/delivery/alert-message.test.ts keeps the two in step.
 *
 * Version policy: v1 is closed. Producers never add, remove or retype a field under
 * this schema id; any change ships as `tallywatch.alert/v2`. Consumers may therefore
 * validate strictly against the v1 file.
 */
import { z } from 'zod';
import { CATEGORY_KEYS } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { addDays, isIsoDate } from '../core/dates.ts';

export const ALERT_SCHEMA_ID = 'tallywatch.alert/v1';

export const ALERT_STATUSES = ['confirmed', 'reported', 'contradicted'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const ALERT_TYPES = ['record.confirmed', 'record.reported', 'record.contradicted'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

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

const isoDate = z
  .string()
  .regex(new RegExp(ISO_DATE_PATTERN))
  .refine(isIsoDate, 'not a calendar date');
const isoInstant = z
  .string()
  .regex(new RegExp(ISO_INSTANT_PATTERN))
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not an instant');
const httpUrl = z.string().max(ALERT_LIMITS.url).regex(new RegExp(HTTP_URL_PATTERN));
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const AlertEvidenceSchema = z.strictObject({
  url: httpUrl,
  outlet: z.string().min(1).max(ALERT_LIMITS.short),
  quote: z.string().max(ALERT_LIMITS.quote),
  publishedAt: isoInstant.nullable(),
});

export const AlertMessageSchema = z
  .strictObject({
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
  })
  .superRefine((m, ctx) => {
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
  });

export type AlertMessage = z.infer<typeof AlertMessageSchema>;
export type AlertEvidence = z.infer<typeof AlertEvidenceSchema>;

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
  evidence?: Array<{ url: string; outlet: string; quote: string; publishedAt?: string | Date | null }>;
  flags?: string[];
  detectedAt?: string | Date;
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

/**
 * Builds and validates a v1 alert for a record event. Derives id, type, lossDate and
 * text; trims evidence and quotes to the contract's bounds and de-duplicates flags, so
 * a valid input never yields an invalid message. Throws a ZodError otherwise.
 */
export function buildAlertMessage(input: RecordAlertInput): AlertMessage {
  const lossDate = isIsoDate(input.date) ? addDays(input.date, -1) : input.date;
  const seenUrls = new Set<string>();
  const evidence: AlertEvidence[] = [];
  for (const e of input.evidence ?? []) {
    if (seenUrls.has(e.url) || evidence.length >= ALERT_LIMITS.evidence) continue;
    seenUrls.add(e.url);
    evidence.push({
      url: e.url,
      outlet: clip(e.outlet, ALERT_LIMITS.short),
      quote: clip(e.quote, ALERT_LIMITS.quote),
      publishedAt: instant(e.publishedAt),
    });
  }
  const base = {
    status: input.status,
    metric: input.metric,
    date: input.date,
    lossDate,
    value: input.value,
    previous: input.previous ? { value: input.previous.value, date: input.previous.date } : null,
    source: { id: input.source.id, url: input.source.url, publishedAt: instant(input.source.publishedAt) },
  };
  const draft: AlertMessage = {
    schema: ALERT_SCHEMA_ID,
    id: recordEventId(input.metric, input.date),
    type: `record.${input.status}`,
    ...base,
    total: input.total ?? null,
    evidence,
    flags: [...new Set(input.flags ?? [])].slice(0, ALERT_LIMITS.flags),
    detectedAt: instant(input.detectedAt ?? new Date()) as string,
    text: clip(alertText(base), ALERT_LIMITS.text),
  };
  return AlertMessageSchema.parse(draft);
}

/** Validates an unknown value (e.g. job data read back from Redis) as a v1 alert. */
export function parseAlertMessage(value: unknown): AlertMessage {
  return AlertMessageSchema.parse(value);
}
