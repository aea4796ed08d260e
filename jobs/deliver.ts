import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LoadedConfig } from '../src/config/load.ts';
import type { Logger } from '../src/core/logger.ts';
import type { Metrics } from '../src/ops/metrics.ts';
import type { RecordEventStore } from '../src/store/record-event-store.ts';
import { eventToMessage } from '../src/alerts/event-to-message.ts';
import { TallywatchError } from '../src/core/errors.ts';
import { deliverOnce } from '../src/delivery/deliver.ts';
import type { HttpPost } from '../src/delivery/http-post.ts';
import type { Ledger } from '../src/store/ledger.ts';
import { deliverPayload, parsePayload } from './payloads.ts';

/** One alert to one subscriber; the ledger makes a repeat (retry, restart, another process) a no-op. */
export interface DeliverJobDeps {
  config: Pick<LoadedConfig, 'subscribers' | 'prefix'>;
  events: Pick<RecordEventStore, 'byId'>;
  /** The connection queue subscribers publish on. */
  redis: Redis;
  metrics: Pick<Metrics, 'alerts'>;
  log: Logger;
}

export async function processDeliver(job: Job, ctx: DeliverJobDeps, deps: { ledger: Ledger; post: HttpPost }): Promise<string> {
  const { eventId, subscriberId, status } = parsePayload(deliverPayload, job);
  const sub = ctx.config.subscribers.find((s) => s.id === subscriberId);
  if (!sub) return `subscriber ${subscriberId} is no longer in the config`;
  const event = await ctx.events.byId(eventId);
  if (!event) throw new TallywatchError('event_missing', `record event ${eventId} is not in the store`, { eventId });
  const outcome = await deliverOnce(sub, eventToMessage(event, status), {
    ledger: deps.ledger,
    connection: ctx.redis,
    prefix: ctx.config.prefix,
    post: deps.post,
    log: ctx.log,
    attempt: job.attemptsMade + 1,
  });
  ctx.metrics.alerts.inc({ type: sub.type, outcome });
  return outcome;
}
