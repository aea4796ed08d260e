import { UnrecoverableError } from 'bullmq';
import type { Job } from 'bullmq';
import { z } from 'zod';
import { RECORD_STATUSES } from '../src/domain/enums.ts';
import { EVENT_ID_PATTERN } from '../src/domain/fields.ts';

/** Queue names, all under the configured prefix. */
export const QUEUE_NAMES = { poll: 'poll', backfill: 'backfill', article: 'article', notify: 'notify', deliver: 'deliver' } as const;

/** One zod schema per job payload: a job whose data does not match fails at once (see parsePayload). */
export const pollPayload = z.object({ sourceId: z.string().min(1) });
export const backfillPayload = z.object({ sourceId: z.string().min(1) });
export const articlePayload = z.object({
  url: z.url({ protocol: /^https?$/ }),
  sourceId: z.string().min(1),
  outlet: z.string(),
  feedUrl: z.string().optional(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
const status = z.enum(RECORD_STATUSES);
export const notifyPayload = z.object({ eventId: z.string().regex(new RegExp(EVENT_ID_PATTERN)), status: status.default('confirmed') });
export const deliverPayload = z.object({ eventId: z.string().min(1), subscriberId: z.string().min(1), status: status.default('confirmed') });

export type PollPayload = z.infer<typeof pollPayload>;
export type BackfillPayload = z.infer<typeof backfillPayload>;
export type ArticlePayload = z.infer<typeof articlePayload>;
export type NotifyPayload = z.infer<typeof notifyPayload>;
export type DeliverPayload = z.infer<typeof deliverPayload>;

/**
 * A job whose data does not match its payload schema. Bad data will not improve on a retry,
 * so this is BullMQ's UnrecoverableError: the job fails on its first attempt.
 */
export class InvalidPayloadError extends UnrecoverableError {
  readonly code = 'payload_invalid';
  readonly context: { queue: string; job: string; jobId: string | undefined; issues: string[] };

  constructor(job: Pick<Job, 'queueName' | 'name' | 'id'>, issues: string[]) {
    super(`invalid ${job.queueName ?? '?'} job payload (${job.name}, id ${job.id ?? '?'}): ${issues.join('; ')}`);
    this.name = 'InvalidPayloadError';
    this.context = { queue: job.queueName, job: job.name, jobId: job.id, issues };
  }
}

/** The job's data parsed by its payload schema; throws InvalidPayloadError when it does not match. */
export function parsePayload<S extends z.ZodType>(schema: S, job: Pick<Job, 'queueName' | 'name' | 'id' | 'data'>): z.output<S> {
  const parsed = schema.safeParse(job.data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(data)'}: ${i.message}`);
  throw new InvalidPayloadError(job, issues);
}

/** BullMQ custom job ids may not contain ":"; ours are built from ids that may. */
export function jobId(...parts: string[]): string {
  return parts.join('--').replace(/:/g, '_');
}
