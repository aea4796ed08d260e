/**
 * A delivery channel: how one message reaches one kind of subscriber. Every channel does
 * the same four steps, so the deliverer runs them the same way for all four
 * (webhook, Slack, Telegram, queue):
 *
 * - check: read the subscriber's config into the channel's target; a missing or malformed
 *   setting is a permanent DeliveryError (retrying will not fix the config).
 * - render: the request the channel sends for a message (body and headers, or job data).
 * - send: send it once; a transport failure is a DeliveryError (permanent only when the
 *   request could never be sent, such as a bad URL).
 * - classify: read the answer; resolves with the result when delivered, else throws a
 *   DeliveryError saying whether a retry can help and how long the receiver asked to wait.
 */
import type { Redis } from 'ioredis';
import type { AnyAlertMessage } from '../alerts/alert-message.ts';
import { DeliveryError, FetchError } from '../core/errors.ts';
import { classifyHttpAnswer } from '../core/http-answer.ts';
import type { ClassifyOptions } from '../core/http-answer.ts';
import type { SubscriberType } from '../domain/enums.ts';
import type { HttpPost, PostResponse } from './http-post.ts';

/** What a channel may use to send: only the HTTP ones post, only the queue one uses Redis. */
export interface ChannelDeps {
  post?: HttpPost;
  connection?: Redis;
  prefix?: string;
  userAgent?: string;
  /** Clock for HTTP-date Retry-After values. */
  now?: () => number;
}

/** The subscriber settings a channel reads (a SubscriberConfig has them all). */
export interface ChannelSettings {
  id: string;
  /** webhook: the endpoint; slack: the incoming-webhook URL. */
  url?: string;
  /** queue: the BullMQ queue name. */
  queue?: string;
  /** webhook: the HMAC secret. */
  secret?: string;
  /** telegram: the bot token. */
  token?: string;
  /** telegram: the chat (numeric id or "@channel"). */
  chatId?: string | number;
  /** telegram: the Bot API server. @default https://api.telegram.org */
  baseUrl?: string;
}

/** Fields every error and log line of a delivery carries. */
export type ChannelContext = Record<string, unknown> & { subscriber: string };

export interface Channel<Target, Rendered, Answer, Result> {
  readonly type: SubscriberType;
  /** v2: it renders for people from the fullest version; subscriber: it sends the version the subscriber asked for. */
  readonly version: 'v2' | 'subscriber';
  check(settings: ChannelSettings, context: ChannelContext): Target;
  render(message: AnyAlertMessage, target: Target): Rendered;
  send(target: Target, rendered: Rendered, deps: ChannelDeps, context: ChannelContext): Promise<Answer>;
  classify(answer: Answer, target: Target, deps: ChannelDeps, context: ChannelContext): Result;
}

/** Runs the four steps for one message. The message must be in the version the channel takes. */
export async function deliverVia<T, R, A, Out>(
  channel: Channel<T, R, A, Out>,
  settings: ChannelSettings,
  message: AnyAlertMessage,
  deps: ChannelDeps,
  context: ChannelContext,
): Promise<Out> {
  const target = channel.check(settings, context);
  const rendered = channel.render(message, target);
  const answer = await channel.send(target, rendered, deps, context);
  return channel.classify(answer, target, deps, context);
}

/** A URL from the subscriber's config, checked to be http(s); `what` names it in the error. */
export function checkHttpUrl(raw: string | undefined, what: string, context: ChannelContext): URL {
  if (!raw) throw new DeliveryError(`${what} is missing`, context, { permanent: true });
  let url: URL;
  try {
    url = new URL(raw);
  } catch (err) {
    throw new DeliveryError(`${what} is not a URL`, context, { permanent: true, cause: err });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeliveryError(`${what} scheme ${url.protocol} is not http(s)`, context, { permanent: true });
  }
  return url;
}

/**
 * One POST through the deps' transport. A failed request is retryable unless it could never
 * be sent (a bad URL, a blocked address); `redact` cleans the message of secrets first.
 */
export async function postOnce(
  deps: ChannelDeps,
  request: { url: string; body: string; headers: Record<string, string> },
  label: string,
  context: ChannelContext,
  options: { redact?: (text: string) => string; attachCause?: boolean } = {},
): Promise<PostResponse> {
  if (!deps.post) throw new DeliveryError(`${label}: no HTTP transport`, context, { permanent: true });
  try {
    return await deps.post(request.url, request.body, request.headers);
  } catch (err) {
    const permanent = err instanceof FetchError && (err.kind === 'bad_url' || err.kind === 'blocked_address');
    const why = err instanceof Error ? err.message : String(err);
    const message = `${label} request failed: ${options.redact ? options.redact(why) : why}`;
    // A cause is serialised by loggers: left out where it could carry a secret.
    if (options.attachCause === false) {
      throw new DeliveryError(message, { ...context, kind: err instanceof FetchError ? err.kind : 'network' }, { permanent });
    }
    throw new DeliveryError(message, context, { permanent, cause: err });
  }
}

/**
 * Throws the DeliveryError an unsuccessful HTTP answer calls for (permanent or retryable,
 * with the receiver's Retry-After), using the one shared classifier. Returns on a 2xx.
 */
export function throwUnlessDelivered(
  status: number,
  headers: Record<string, string>,
  why: string,
  context: ChannelContext,
  options: ClassifyOptions & { permanentHint?: string } = {},
): void {
  const verdict = classifyHttpAnswer(status, headers, options);
  if (verdict.kind === 'ok') return;
  if (verdict.kind === 'retry') {
    throw new DeliveryError(why, context, verdict.retryAfterMs === undefined ? {} : { retryAfterMs: verdict.retryAfterMs });
  }
  throw new DeliveryError(`${why}${options.permanentHint ?? ''}`, context, { permanent: true });
}
