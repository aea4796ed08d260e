/**
 * A record event as stored: one per (metric, report date), created once across all
 * processes. The store parses what it reads back through RecordEventSchema.
 */
import { z } from 'zod';
import { CATEGORY_KEYS, RECORD_STATUSES } from './enums.ts';
import { ALERT_LIMITS } from './fields.ts';

export const EventEvidenceSchema = z.object({
  url: z.string(),
  outlet: z.string(),
  quote: z.string(),
  publishedAt: z.string().nullable(),
  /** The figure the outlet gave; absent on events stored before it was kept. */
  value: z.number().nullable().optional(),
  /** The feed the article came from; absent on events stored before it was kept. */
  sourceId: z.string().optional(),
});

export const RecordEventSchema = z.object({
  id: z.string(),
  metric: z.enum(CATEGORY_KEYS),
  date: z.string(),
  value: z.number(),
  total: z.number().nullable(),
  previous: z.object({ value: z.number(), date: z.string() }).nullable(),
  status: z.enum(RECORD_STATUSES),
  source: z.object({ id: z.string(), url: z.string().nullable(), publishedAt: z.string().nullable() }),
  createdAt: z.string(),
  /** The notify job was added (until then the event waits in the record outbox, which the relay drains). */
  enqueued: z.boolean(),
  /** Fan-out to the subscribers happened. */
  notifiedAt: z.string().nullable(),
  flags: z.array(z.string()),
  /** What the press claimed before the General Staff reported (null when the event began as confirmed). */
  reported: z.object({ value: z.number(), at: z.string(), claimants: z.array(z.string()) }).nullable(),
  /** The outlets that stated it, in arrival order (messages sort them). */
  evidence: z.array(EventEvidenceSchema),
});

export type RecordEvent = z.infer<typeof RecordEventSchema>;
export type EventEvidence = z.infer<typeof EventEvidenceSchema>;

/** Most outlets kept on an event: as many as an alert may carry. */
export const MAX_EVIDENCE = ALERT_LIMITS.evidence;
