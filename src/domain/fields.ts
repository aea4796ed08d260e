/**
 * Field types shared by the domain schemas. The patterns are spelled out (rather than JSON
 * Schema `format`) because validators disagree on formats (ajv rejects unknown ones by
 * default), and they reach schemas/*.json as they are written here.
 */
import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';

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

export const ISO_DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const ISO_INSTANT_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$';
export const HTTP_URL_PATTERN = '^https?://[^\\s]+$';
export const EVENT_ID_PATTERN = '^record:[a-z_]+:[0-9]{4}-[0-9]{2}-[0-9]{2}$';
export const SOURCE_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
export const FINGERPRINT_PATTERN = '^[0-9a-f]{24}$';
/** Reason codes are the corroboration module's ReasonCode values: stable, for machines. */
export const REASON_CODE_PATTERN = '^[a-z][a-z0-9_]{0,63}$';

/**
 * The $defs the JSON Schemas share, by name. A field built from one of these is written as
 * a `$ref` to it (scripts/schemas.ts registers them), as the hand-written files did.
 */
export const isoDate = z
  .string()
  .regex(new RegExp(ISO_DATE_PATTERN))
  .refine(isIsoDate, 'not a calendar date')
  .meta({ id: 'date' });
export const isoInstant = z
  .string()
  .regex(new RegExp(ISO_INSTANT_PATTERN))
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not an instant')
  .meta({ id: 'instant', description: 'An ISO 8601 UTC instant.' });
export const httpUrl = z.string().max(ALERT_LIMITS.url).regex(new RegExp(HTTP_URL_PATTERN)).meta({ id: 'url' });
/** A whole count, as JSON numbers can carry it exactly. */
export const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
