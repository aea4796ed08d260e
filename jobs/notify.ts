import type { Job } from 'bullmq';
import type { LoadedConfig } from '../src/config/load.ts';
import type { Logger } from '../src/core/logger.ts';
import type { RecordEventStore } from '../src/store/record-event-store.ts';
import type { DeliverQueue } from './ports.ts';
import { eventToMessage } from '../src/alerts/event-to-message.ts';
import type { SubscriberConfig } from '../src/delivery/deliver.ts';
import { wants } from '../src/delivery/filters.ts';
import { TallywatchError } from '../src/core/errors.ts';
import { DELIVERY_BACKOFF } from '../src/delivery/deliver.ts';
import { jobId, notifyPayload, parsePayload } from './payloads.ts';

/** Fans a record event out: one delivery job per subscriber that wants it, each with a job id per (event, subscriber). */
export interface NotifyJobDeps {
  config: Pick<LoadedConfig, 'subscribers' | 'delivery'>;
  events: Pick<RecordEventStore, 'byId' | 'patch'>;
  log: Logger;
}

export async function processNotify(job: Job, ctx: NotifyJobDeps, queues: DeliverQueue): Promise<{ deliveries: number }> {
  const { eventId, status } = parsePayload(notifyPayload, job);
  const event = await ctx.events.byId(eventId);
  if (!event) throw new TallywatchError('event_missing', `record event ${eventId} is not in the store`, { eventId });
  // The General Staff settled a reported record before its notification went out: its own message says it all.
  if (status === 'reported' && event.status !== 'reported') return { deliveries: 0 };
  const message = eventToMessage(event, status);
  const subs = ctx.config.subscribers.filter((s) => wants(s as SubscriberConfig, message));
  await queues.deliver.addBulk(
    subs.map((s) => ({
      name: `deliver-${s.type}`,
      data: { eventId, subscriberId: s.id, status },
      opts: { jobId: jobId('deliver', eventId, status, s.id), attempts: ctx.config.delivery.attempts, backoff: DELIVERY_BACKOFF },
    })),
  );
  if (status === event.status) await ctx.events.patch(event.metric, event.date, { notifiedAt: new Date().toISOString() });
  ctx.log.info({ event: eventId, subscribers: subs.map((s) => s.id) }, `record alert fanned out to ${subs.length} subscriber(s)`);
  return { deliveries: subs.length };
}
