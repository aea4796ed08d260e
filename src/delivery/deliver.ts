/**
 * One delivery of one message to one subscriber, at most once per (event, status,
 * subscriber) for alerts and once per (claim, subscriber) for claims.
 *
 * The caller runs deliverOnce / deliverClaimOnce inside a BullMQ job with `attempts` and
 * the custom backoff below; errors propagate so BullMQ retries them, and the caller
 * records a dead letter once isFinalFailure says no attempt is left.
 */
import { UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import { ZodError } from 'zod';
import { ALERT_STATUSES, parseAnyAlertMessage, toAlertV1, toAlertV2 } from '../alerts/alert-message.ts';
import type { AlertMessageV2, AnyAlertMessage } from '../alerts/alert-message.ts';
import { parseClaimMessage } from '../alerts/claim-message.ts';
import type { ClaimMessage } from '../alerts/claim-message.ts';
import { DeliveryError } from '../core/errors.ts';
import type { AlertVersion, SubscriberType } from '../domain/enums.ts';
import { wants } from './filters.ts';
import type { SubscriberFilters } from './filters.ts';
import type { HttpPost } from './http-post.ts';
import type { Ledger } from '../store/ledger.ts';
import { deliverVia } from './channel.ts';
import type { Channel, ChannelContext, ChannelSettings } from './channel.ts';
import { deliverClaimToQueue, queueChannel } from './queue-subscriber.ts';
import { slackChannel } from './slack.ts';
import { telegramChannel } from './telegram.ts';
import { webhookChannel } from './webhook.ts';
import type { WebhookOptions } from './webhook.ts';

export { SUBSCRIBER_TYPES } from '../domain/enums.ts';
export type { SubscriberType };

/** A subscriber: which messages it wants (filters), where they go (ChannelSettings) and how. */
export interface SubscriberConfig extends SubscriberFilters, ChannelSettings {
  type: SubscriberType;
  /** webhook and queue: the alert version delivered. @default "v1" */
  alertSchema?: AlertVersion;
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
  /** User-Agent and clock, for the webhook, Slack and Telegram channels alike. */
  webhook?: WebhookOptions;
}

/**
 * sent: delivered now. skipped: this (event, status) or claim was already delivered to
 * the subscriber. superseded: a reported alert whose event the subscriber has already
 * been sent settled (confirmed or contradicted), so the stale news is dropped.
 * filtered: the subscriber's filters do not want it.
 */
export type DeliveryOutcome = 'sent' | 'skipped' | 'superseded' | 'filtered';

/** The ledger status under which claims are recorded (a claim is delivered once). */
export const CLAIM_LEDGER_STATUS = 'new';

/** The ledger's event id for a claim: kept apart from record event ids. */
export function claimLedgerId(message: Pick<ClaimMessage, 'id'>): string {
  return `claim:${message.id}`;
}

function zodWhy(err: unknown): string {
  return err instanceof ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : String(err);
}

/**
 * Delivers one alert (v1 or v2) to one subscriber.
 *
 * Order: validate the message; apply the subscriber's filters; consult the ledger. The
 * ledger decides three things: a repeat of (event, status) is skipped; a `reported`
 * alert for an event already sent to this subscriber in another status is superseded;
 * otherwise `followUp` is true exactly when the subscriber was sent an earlier status of
 * the event. Webhook and queue subscribers receive v1 unless they ask for v2; Slack and
 * Telegram render from v2.
 */
export async function deliverOnce(sub: SubscriberConfig, message: AnyAlertMessage, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  const base = { subscriber: sub.id, channel: sub.type, eventId: message.id, alertStatus: message.status };

  // Job data comes back from Redis as plain JSON: check it is still a valid alert before
  // handing it to a subscriber. A bad message will not improve on retry.
  let checked: AnyAlertMessage;
  try {
    checked = parseAnyAlertMessage(message);
  } catch (err) {
    throw new DeliveryError(`not a valid alert message: ${zodWhy(err)}`, base, { permanent: true, cause: err });
  }

  if (!wants(sub, checked)) {
    ctx.log.info(base, 'delivery filtered: the subscriber does not want it');
    return 'filtered';
  }

  const earlier = await ctx.ledger.sentStatuses(checked.id, sub.id, ALERT_STATUSES);
  if (earlier.includes(checked.status)) {
    ctx.log.info(base, 'delivery skipped: already sent');
    return 'skipped';
  }
  if (checked.status === 'reported' && earlier.length > 0) {
    // A retry of the reported alert outlived the confirmation or contradiction.
    ctx.log.info({ ...base, earlier }, 'delivery superseded: the subscriber already has the settled record');
    return 'superseded';
  }
  const full: AlertMessageV2 = toAlertV2(checked, { followUp: earlier.length > 0 });
  const attempt = ctx.attempt ?? 1;
  // Slack and Telegram render from v2; webhook and queue send the version the subscriber asked for.
  const channel = channelFor(sub.type, base);
  const data = channel.version === 'v2' || sub.alertSchema === 'v2' ? full : toAlertV1(full);
  const deps = { post: ctx.post, connection: ctx.connection, prefix: ctx.prefix, ...(ctx.webhook ?? {}) };
  const res: object = await deliverVia(channel, sub, data, deps, base);
  ctx.log.info({ ...base, ...res, ...(channel.version === 'v2' ? { followUp: full.followUp } : {}), attempt }, `${sub.type === 'queue' ? 'queued for subscriber' : `${sub.type} delivered`}`);

  const recorded = await ctx.ledger.markSent(checked.id, checked.status, sub.id, { channel: sub.type, attempts: attempt });
  if (!recorded) {
    // Another process delivered the same message at the same time; the receiver sees the
    // same idempotency id (webhook) or job id (queue) twice and can drop the repeat.
    ctx.log.warn(base, 'delivery raced with another process; ledger already held it');
  }
  return 'sent';
}

/**
 * Delivers one new claim to one subscriber: a `claim` job on its queue. Only queue
 * subscribers whose `events` include "claims" take claims; any other type asking for
 * them is a configuration error, reported as a permanent failure.
 */
export async function deliverClaimOnce(sub: SubscriberConfig, message: ClaimMessage, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  const base = { subscriber: sub.id, channel: sub.type, claimId: message.id };
  let checked: ClaimMessage;
  try {
    checked = parseClaimMessage(message);
  } catch (err) {
    throw new DeliveryError(`not a valid claim message: ${zodWhy(err)}`, base, { permanent: true, cause: err });
  }
  if (!wants(sub, checked)) return 'filtered';
  if (sub.type !== 'queue') {
    throw new DeliveryError(`claims are delivered to queue subscribers only, not ${sub.type}`, base, { permanent: true });
  }
  if (!sub.queue) throw new DeliveryError('queue subscriber has no queue', base, { permanent: true });

  const ledgerId = claimLedgerId(checked);
  if (await ctx.ledger.wasSent(ledgerId, CLAIM_LEDGER_STATUS, sub.id)) {
    ctx.log.info(base, 'claim delivery skipped: already sent');
    return 'skipped';
  }
  const res = await deliverClaimToQueue({ id: sub.id, queue: sub.queue }, checked, { connection: ctx.connection, prefix: ctx.prefix });
  const attempt = ctx.attempt ?? 1;
  ctx.log.info({ ...base, queue: res.queue, jobId: res.jobId, attempt }, 'claim queued for subscriber');
  if (!(await ctx.ledger.markSent(ledgerId, CLAIM_LEDGER_STATUS, sub.id, { channel: sub.type, attempts: attempt }))) {
    ctx.log.warn(base, 'claim delivery raced with another process; ledger already held it');
  }
  return 'sent';
}

/** The four channels, by subscriber type. */
export const CHANNELS = {
  webhook: webhookChannel,
  queue: queueChannel,
  slack: slackChannel,
  telegram: telegramChannel,
} satisfies Record<SubscriberType, Pick<Channel<unknown, unknown, unknown, object>, 'type' | 'version'>>;

// The registry's channels differ in their target and answer types; the deliverer only runs them.
type AnyChannel = Channel<unknown, unknown, unknown, object>;

function channelFor(type: SubscriberType, context: ChannelContext): AnyChannel {
  const channel = (CHANNELS as unknown as Record<string, AnyChannel | undefined>)[type];
  if (!channel) throw new DeliveryError(`unknown subscriber type ${String(type)}`, context, { permanent: true });
  return channel;
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
  // BullMQ fails an UnrecoverableError (e.g. an invalid payload) at once, whatever attempts are left.
  const unrecoverable = err instanceof UnrecoverableError || (err as { name?: unknown } | null)?.name === 'UnrecoverableError';
  return permanent || unrecoverable || attemptsMade >= maxAttempts;
}
