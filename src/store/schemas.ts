/**
 * The shapes read back from Redis, checked rather than trusted: another version of tallywatch,
 * a Lua script (cjson) or an operator may have written them. Objects are loose, so fields a
 * newer version adds pass through as stored.
 *
 * The types are the domain's (src/domain/), and so are the value sets; these read schemas are
 * the loose variants of its schemas (`satisfies` keeps the two in step).
 */
import { z } from 'zod';
import type { RecordEvent } from '../alerts/record-event.ts';
import { EventEvidenceSchema, RecordEventSchema as DomainRecordEventSchema } from '../domain/record-event.ts';
import { FigureSchema, StoredReportSchema as DomainStoredReportSchema } from '../domain/report.ts';
import { RECORD_STATUSES } from '../domain/enums.ts';
import { TallywatchError } from '../core/errors.ts';
import type { StoredReport } from '../series/types.ts';

/** A stored value that does not parse: `context.key` (and `field` when set) name where it is. */
export class StoreReadError extends TallywatchError {
  constructor(key: string, field: string | null, reason: string, options?: { cause?: unknown }) {
    super('store_corrupt', `${key}${field === null ? '' : ` [${field}]`} does not parse: ${reason}`, { key, ...(field === null ? {} : { field }) }, options);
  }
}

/** Parses one stored JSON value; a StoreReadError naming the key when it is not JSON or not the shape. */
export function parseStored<T>(schema: z.ZodType<T>, raw: string, key: string, field: string | null = null): T {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new StoreReadError(key, field, (err as Error).message, { cause: err });
  }
  const out = schema.safeParse(value);
  if (!out.success) throw new StoreReadError(key, field, z.prettifyError(out.error).replaceAll('\n', '; '), { cause: out.error });
  return out.data;
}

/** Where a reader of many entries meets a corrupt one: it is skipped, and said so once per entry. */
export type CorruptEntryHandler = (err: StoreReadError) => void;

/**
 * Parses every entry of a listing; a corrupt one is handed to `onCorrupt` and left out, so one bad
 * entry neither hides the others nor is deleted (it stays in Redis for an operator to look at).
 */
export function parseEach<T>(entries: Iterable<[field: string, raw: string]>, parse: (raw: string, field: string) => T, onCorrupt: CorruptEntryHandler): T[] {
  const out: T[] = [];
  for (const [field, raw] of entries) {
    try {
      out.push(parse(raw, field));
    } catch (err) {
      if (!(err instanceof StoreReadError)) throw err;
      onCorrupt(err);
    }
  }
  return out;
}

export const warnCorrupt: CorruptEntryHandler = (err) => {
  // No logger reaches the store; stderr is where the worker's own logs go too.
  process.stderr.write(`${JSON.stringify({ level: 'warn', msg: `skipped a corrupt store entry: ${err.message}`, ...err.context })}\n`);
};

const LooseFigure = FigureSchema.loose();

/**
 * Lua's cjson writes an empty array as `{}` (and an empty object the same): the caller puts the shapes back first.
 * Figures are keyed by string, not the category enum: a report a newer version stored with a new category still reads.
 */
export const StoredReportSchema = DomainStoredReportSchema.extend({
  figures: z.record(z.string(), LooseFigure),
  other: z.record(z.string(), LooseFigure),
}).loose() satisfies z.ZodType<StoredReport>;

export const RecordStatusSchema = z.enum(RECORD_STATUSES);

const eventShape = DomainRecordEventSchema.shape;
export const RecordEventSchema = DomainRecordEventSchema.extend({
  source: eventShape.source.loose(),
  reported: eventShape.reported.unwrap().loose().nullable(),
  evidence: z.array(EventEvidenceSchema.loose()),
}).loose() satisfies z.ZodType<RecordEvent>;

/** What a feed article's fetch left: see ArticleRecord in src/pipeline/ingest-article.ts. */
export const ArticleRecordSchema = z.looseObject({
  url: z.string(),
  status: z.string(),
  sourceId: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  lang: z.string().nullable(),
  claims: z.number(),
  fetchedAt: z.string(),
});

/** An operational alert kept in the ops list (newest first). */
export const OpsAlertSchema = z.looseObject({ type: z.string(), at: z.string() });
export type OpsAlert = z.infer<typeof OpsAlertSchema>;
