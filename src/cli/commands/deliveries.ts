import { Queue } from 'bullmq';
import type { CliContext } from '../context.ts';
import { QUEUE_NAMES, jobId } from '../../../jobs/payloads.ts';
import { DELIVERY_BACKOFF } from '../../delivery/deliver.ts';
import { deadRow } from '../../queries/deliveries.ts';
import { UsageError } from '../io.ts';

export { alertsCommand, deliveriesCommand } from '../../queries/deliveries.ts';
export type { DeliveryRow } from '../../queries/deliveries.ts';

/**
 * `tallywatch redrive ID`: sends a dead delivery again as a new job with fresh attempts.
 * The sent ledger still guards it: a delivery that went out meanwhile is not repeated.
 */
export async function redriveCommand(ctx: CliContext, id: string) {
  const ledger = ctx.ledger;
  const d = (await ledger.listDead(Number.MAX_SAFE_INTEGER)).map(deadRow).find((r) => r.id === id);
  if (!d) throw new UsageError(`no failed delivery ${JSON.stringify(id)}; see tallywatch deliveries --failed`);
  if (!ctx.config.subscribers.some((s) => s.id === d.subscriberId)) throw new UsageError(`subscriber ${d.subscriberId} is no longer in the config`);
  if (await ledger.wasSent(d.eventId, d.status, d.subscriberId)) return { id, redriven: false, reason: 'already sent' };
  const queue = new Queue(QUEUE_NAMES.deliver, { connection: ctx.redis, prefix: ctx.config.prefix });
  try {
    const job = await queue.add(
      'deliver-redrive',
      { eventId: d.eventId, subscriberId: d.subscriberId, status: d.status as 'confirmed' },
      { jobId: jobId('deliver', d.eventId, d.status, d.subscriberId, `redrive-${Date.now()}`), attempts: ctx.config.delivery.attempts, backoff: DELIVERY_BACKOFF },
    );
    await ledger.removeDead((x) => deadRow(x).id === id);
    return { id, redriven: true, job: job.id };
  } finally {
    await queue.close();
  }
}
