/**
 * The queue channel: an alert becomes a job named `alert`, a claim a job named `claim`,
 * on the BullMQ queue the subscriber names, under tallywatch's prefix. One queue per
 * consuming application, so consumers never compete with tallywatch's own workers.
 *
 * Jobs are kept (removeOnComplete/removeOnFail false): cleaning up is the consumer's
 * choice, made with its Worker's own removeOnComplete/removeOnFail options. While the
 * job exists, adding the same message again is a no-op because its job id is derived
 * from the message (alert: event id and status; claim: fingerprint); after the consumer
 * removes it, the sent ledger is what prevents a repeat.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AnyAlertMessage } from '../alerts/alert-message.ts';
import type { ClaimMessage } from '../alerts/claim-message.ts';
import { DeliveryError } from '../core/errors.ts';
import { deliverVia } from './channel.ts';
import type { Channel } from './channel.ts';

export interface QueueTarget {
  id: string;
  queue: string;
}

export interface QueueDeps {
  connection: Redis;
  prefix: string;
}

export interface QueueResult {
  queue: string;
  jobId: string;
}

export const ALERT_JOB_NAME = 'alert';
export const CLAIM_JOB_NAME = 'claim';

/**
 * A job id BullMQ accepts for an event id. BullMQ rejects custom ids containing ':'
 * (except, for legacy repeatable jobs, ids of exactly three ':'-parts, which the event
 * ids happen to be: relying on that loophole would break when BullMQ closes it) and
 * ids that look like integers. '%' and ':' are percent-encoded, so distinct event ids
 * always give distinct job ids; an integer-looking id gets a '%N' mark that no encoded
 * id can otherwise contain.
 */
export function bullmqSafeJobId(eventId: string): string {
  if (eventId === '') throw new TypeError('empty event id');
  const encoded = eventId.replaceAll('%', '%25').replaceAll(':', '%3A');
  return `${Number.parseInt(encoded, 10)}` === encoded ? `%N${encoded}` : encoded;
}

/** The job id of an alert: one per (event, status), so a follow-up is a new job and a repeat is not. */
export function alertJobId(message: Pick<AnyAlertMessage, 'id' | 'status'>): string {
  return bullmqSafeJobId(`${message.id}:${message.status}`);
}

/** The job id of a claim: from its fingerprint, so a claim is one job however often it is offered. */
export function claimJobId(message: Pick<ClaimMessage, 'id'>): string {
  return bullmqSafeJobId(`claim:${message.id}`);
}

// Queue instances keep Lua scripts loaded and listeners attached: one per
// (connection, prefix, queue name) for the life of the process.
const queues = new Map<Redis, Map<string, Queue>>();

function queueFor(connection: Redis, prefix: string, name: string): Queue {
  let byName = queues.get(connection);
  if (!byName) {
    byName = new Map();
    queues.set(connection, byName);
  }
  const key = `${prefix}\u0000${name}`;
  let queue = byName.get(key);
  if (!queue) {
    // A shared connection: BullMQ leaves caller-owned clients open when the queue closes.
    queue = new Queue(name, { connection, prefix });
    // Without a listener an 'error' event would be thrown; the failing add() reports it anyway.
    queue.on('error', () => {});
    byName.set(key, queue);
  }
  return queue;
}

async function addJob(
  target: QueueTarget,
  name: string,
  data: object,
  jobId: string,
  context: Record<string, unknown> & { subscriber: string },
  deps: QueueDeps,
): Promise<QueueResult> {
  if (!target.queue || target.queue.includes(':')) {
    throw new DeliveryError(`queue name ${JSON.stringify(target.queue)} is not a valid BullMQ queue name`, context, {
      permanent: true,
    });
  }
  try {
    await queueFor(deps.connection, deps.prefix, target.queue).add(name, data, {
      jobId,
      removeOnComplete: false,
      removeOnFail: false,
    });
  } catch (err) {
    // Redis being unreachable is worth retrying; the inputs were checked above.
    throw new DeliveryError(`adding to queue ${target.queue} failed: ${err instanceof Error ? err.message : String(err)}`, context, {
      cause: err,
    });
  }
  return { queue: target.queue, jobId };
}

/**
 * The queue channel: the alert, in the version the subscriber asked for, as an `alert` job
 * on the subscriber's queue. Its answer is the job id; a failed add is retryable.
 */
export const queueChannel: Channel<QueueTarget, { name: string; data: object; jobId: string }, QueueResult, QueueResult> = {
  type: 'queue',
  version: 'subscriber',
  check(settings, context) {
    if (!settings.queue) throw new DeliveryError('queue subscriber has no queue', context, { permanent: true });
    return { id: settings.id, queue: settings.queue };
  },
  render(message) {
    return { name: ALERT_JOB_NAME, data: message, jobId: alertJobId(message) };
  },
  send(target, job, deps, context) {
    if (!deps.connection || deps.prefix === undefined) throw new DeliveryError('queue channel: no Redis connection', context, { permanent: true });
    return addJob(target, job.name, job.data, job.jobId, { ...context, queue: target.queue }, { connection: deps.connection, prefix: deps.prefix });
  },
  classify(answer) {
    return answer;
  },
};

export async function deliverToQueue(target: QueueTarget, message: AnyAlertMessage, deps: QueueDeps): Promise<QueueResult> {
  const context = { subscriber: target.id, channel: 'queue', eventId: message.id, alertStatus: message.status, queue: target.queue };
  return deliverVia(queueChannel, target, message, deps, context);
}

/** A new claim for a subscriber that asked for claims: a `claim` job with data following schemas/claim.v1.json. */
export async function deliverClaimToQueue(target: QueueTarget, message: ClaimMessage, deps: QueueDeps): Promise<QueueResult> {
  const context = { subscriber: target.id, channel: 'queue', claimId: message.id, queue: target.queue };
  return addJob(target, CLAIM_JOB_NAME, message, claimJobId(message), context, deps);
}

/** Closes every cached Queue (the connections stay open: they belong to the caller). */
export async function closeQueues(): Promise<void> {
  const all = [...queues.values()].flatMap((m) => [...m.values()]);
  queues.clear();
  await Promise.allSettled(all.map((q) => q.close()));
}
