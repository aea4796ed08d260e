import { z } from 'zod';

/** Queue names, all under the configured prefix. */
export const QUEUE_NAMES = { poll: 'poll', backfill: 'backfill', article: 'article', notify: 'notify', deliver: 'deliver' } as const;

/** One zod schema per job payload: a job whose data does not match fails with a clear error. */
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
const status = z.enum(['reported', 'confirmed', 'contradicted']);
export const notifyPayload = z.object({ eventId: z.string().regex(/^record:[a-z_]+:\d{4}-\d{2}-\d{2}$/), status: status.default('confirmed') });
export const deliverPayload = z.object({ eventId: z.string().min(1), subscriberId: z.string().min(1), status: status.default('confirmed') });

export type PollPayload = z.infer<typeof pollPayload>;
export type BackfillPayload = z.infer<typeof backfillPayload>;
export type ArticlePayload = z.infer<typeof articlePayload>;
export type NotifyPayload = z.infer<typeof notifyPayload>;
export type DeliverPayload = z.infer<typeof deliverPayload>;

/** BullMQ custom job ids may not contain ":"; ours are built from ids that may. */
export function jobId(...parts: string[]): string {
  return parts.join('--').replace(/:/g, '_');
}
