import type { Job } from 'bullmq';
import type { AppContext } from '../src/app/context.ts';
import type { Queues } from '../src/app/queues.ts';
import { wantsRecord } from '../src/alerts/subscriber-filter.ts';
import { TallywatchError } from '../src/core/errors.ts';
import { DELIVERY_BACKOFF } from '../src/delivery/deliver.ts';
import { jobId, notifyPayload } from './payloads.ts';

/** Fans a record event out: one delivery job per subscriber that wants it, each with a job id per (event, subscriber). */
export async function processNotify(job: Job, ctx: AppContext, queues: Queues): Promise<{ deliveries: number }> {
  const { eventId } = notifyPayload.parse(job.data);
  const event = await ctx.events.byId(eventId);
  if (!event) throw new TallywatchError('event_missing', `record event ${eventId} is not in the store`, { eventId });
  const subs = ctx.config.subscribers.filter((s) => wantsRecord(s, event));
  await queues.deliver.addBulk(
    subs.map((s) => ({
      name: `deliver-${s.type}`,
      data: { eventId, subscriberId: s.id },
      opts: { jobId: jobId('deliver', eventId, s.id), attempts: ctx.config.delivery.attempts, backoff: DELIVERY_BACKOFF },
    })),
  );
  await ctx.events.patch(event.metric, event.date, { notifiedAt: new Date().toISOString() });
  ctx.log.info({ event: eventId, subscribers: subs.map((s) => s.id) }, `record alert fanned out to ${subs.length} subscriber(s)`);
  return { deliveries: subs.length };
}
