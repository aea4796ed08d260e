/**
 * One delivery of one alert to one subscriber, at most once per (event, subscriber).
 *
 * The caller runs deliverOnce inside a BullMQ job with `attempts` and the custom
 * backoff below; errors propagate so BullMQ retries them, and the caller records a dead
 * letter once isFinalFailure says no attempt is left.
 */
import type { Redis } from 'ioredis';
import { ZodError } from 'zod';
import { parseAlertMessage } from '../alerts/alert-message.ts';
import type { AlertMessage } from '../alerts/alert-message.ts';
import { DeliveryError } from '../core/errors.ts';
import type { HttpPost } from './http-post.ts';
import type { Ledger } from './ledger.ts';
import { deliverToQueue } from './queue-subscriber.ts';
import { deliverWebhook } from './webhook.ts';
import type { WebhookOptions } from './webhook.ts';

export interface SubscriberConfig {
  id: string;
  type: 'webhook' | 'queue';
  url?: string;
  queue?: string;
  secret?: string;
}

/** The part of a pino logger used here. */
export interface DeliveryLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface DeliveryContext {
  ledger: Ledger;
  connection: Redis;
  prefix: string;
  post: HttpPost;
  log: DeliveryLog;
  /** This attempt's number, from 1 (BullMQ: job.attemptsMade + 1); recorded in the ledger. */
  attempt?: number;
  webhook?: WebhookOptions;
}

export type DeliveryOutcome = 'sent' | 'skipped';

export async function deliverOnce(sub: SubscriberConfig, message: AlertMessage, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  const base = { subscriber: sub.id, channel: sub.type, eventId: message.id };
  if (await ctx.ledger.wasSent(message.id, sub.id)) {
    ctx.log.info(base, 'delivery skipped: already sent');
    return 'skipped';
  }

  // Job data comes back from Redis as plain JSON: check it is still a valid v1 alert
  // before handing it to a subscriber. A bad message will not improve on retry.
  let checked: AlertMessage;
  try {
    checked = parseAlertMessage(message);
  } catch (err) {
    const why = err instanceof ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(err);
    throw new DeliveryError(`not a valid alert message: ${why}`, base, { permanent: true, cause: err });
  }

  switch (sub.type) {
    case 'webhook': {
      if (!sub.url) throw new DeliveryError('webhook subscriber has no url', base, { permanent: true });
      const target = sub.secret === undefined ? { id: sub.id, url: sub.url } : { id: sub.id, url: sub.url, secret: sub.secret };
      const res = await deliverWebhook(target, checked, { post: ctx.post }, ctx.webhook);
      ctx.log.info({ ...base, status: res.status, attempt: ctx.attempt ?? 1 }, 'webhook delivered');
      break;
    }
    case 'queue': {
      if (!sub.queue) throw new DeliveryError('queue subscriber has no queue', base, { permanent: true });
      const res = await deliverToQueue({ id: sub.id, queue: sub.queue }, checked, { connection: ctx.connection, prefix: ctx.prefix });
      ctx.log.info({ ...base, queue: res.queue, jobId: res.jobId, attempt: ctx.attempt ?? 1 }, 'queued for subscriber');
      break;
    }
    default: {
      const unknown: never = sub.type;
      throw new DeliveryError(`unknown subscriber type ${String(unknown)}`, base, { permanent: true });
    }
  }

  const recorded = await ctx.ledger.markSent(message.id, sub.id, { channel: sub.type, attempts: ctx.attempt ?? 1 });
  if (!recorded) {
    // Another process delivered the same pair at the same time; the receiver sees the
    // same idempotency id (webhook) or job id (queue) twice and can drop the repeat.
    ctx.log.warn(base, 'delivery raced with another process; ledger already held it');
  }
  return 'sent';
}

export interface BackoffOptions {
  /** First retry delay. */
  baseMs?: number;
  /** Longest computed delay. */
  capMs?: number;
  /** Longest wait granted to a receiver's Retry-After. */
  maxRetryAfterMs?: number;
  /** Source of randomness for the jitter, in [0, 1). */
  random?: () => number;
}

export const DEFAULT_BACKOFF = { baseMs: 2_000, capMs: 300_000, maxRetryAfterMs: 3_600_000 } as const;

/**
 * Delay before the next attempt, for use as BullMQ's custom backoff strategy (BullMQ
 * passes attemptsMade counting the attempt that just failed, so 1 after the first).
 * A permanent DeliveryError gives -1, which BullMQ takes as "do not retry". A receiver's
 * Retry-After is honoured up to maxRetryAfterMs. Otherwise exponential from baseMs,
 * capped at capMs, with "equal jitter": between half and all of the computed delay, so
 * retries from many jobs spread out but never come sooner than half the schedule.
 */
export function backoffDelay(attemptsMade: number, err?: unknown, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const capMs = options.capMs ?? DEFAULT_BACKOFF.capMs;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_BACKOFF.maxRetryAfterMs;
  const random = options.random ?? Math.random;

  // Duck-typed: an error rebuilt by BullMQ (e.g. from a sandboxed processor) is no longer an instance.
  const e = (err ?? {}) as { permanent?: unknown; retryAfterMs?: unknown };
  if (e.permanent === true) return -1;
  if (typeof e.retryAfterMs === 'number' && Number.isFinite(e.retryAfterMs) && e.retryAfterMs >= 0) {
    return Math.min(Math.ceil(e.retryAfterMs), maxRetryAfterMs);
  }
  const n = Math.max(1, Math.floor(attemptsMade));
  const full = Math.min(capMs, baseMs * 2 ** Math.min(n - 1, 52));
  return Math.round(full / 2 + random() * (full / 2));
}

/** BullMQ `settings.backoffStrategy` for Workers that run deliveries. */
export function createBackoffStrategy(options: BackoffOptions = {}): (attemptsMade: number, type?: string, err?: Error) => number {
  return (attemptsMade, _type, err) => backoffDelay(attemptsMade, err, options);
}

/**
 * Job option for delivery jobs. BullMQ consults the Worker's custom strategy only when
 * the job carries a backoff whose type is not built in; without one it retries at once.
 */
export const DELIVERY_BACKOFF = { type: 'tallywatch-delivery' } as const;

/** True when a failed attempt was the last one: time to record the dead letter. */
export function isFinalFailure(attemptsMade: number, maxAttempts: number, err: unknown): boolean {
  const permanent = (err as { permanent?: unknown } | null)?.permanent === true;
  return permanent || attemptsMade >= maxAttempts;
}
