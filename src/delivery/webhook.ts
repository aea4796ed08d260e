/**
 * The webhook channel: POST the alert as JSON, signed when the subscriber has a secret.
 * The body is whichever alert version the caller passes (v1, or v2 for subscribers that
 * ask for it); the headers are the same for both.
 *
 * Webhook URLs come from the operator's own configuration, not from fetched content, so
 * no private-address guard applies here: an operator may well point one at an internal
 * service. (The guard in the fetch layer exists for URLs taken from feeds and pages.)
 */
import { readFileSync } from 'node:fs';
import type { AnyAlertMessage } from '../alerts/alert-message.ts';
import { DeliveryError } from '../core/errors.ts';
import { checkHttpUrl, deliverVia, postOnce, throwUnlessDelivered } from './channel.ts';
import type { Channel } from './channel.ts';
import { urlForLogs } from './http-post.ts';
import type { HttpPost, PostResponse } from './http-post.ts';
import { signBody } from './signature.ts';

export interface WebhookTarget {
  id: string;
  url: string;
  secret?: string;
}

export interface WebhookDeps {
  post: HttpPost;
}

export interface WebhookOptions {
  userAgent?: string;
  /** Clock for HTTP-date Retry-After values. */
  now?: () => number;
}

export interface WebhookResult {
  status: number;
  deliveryId: string;
}

export const HEADER_EVENT = 'X-Tallywatch-Event';
export const HEADER_DELIVERY = 'X-Tallywatch-Delivery';
export const HEADER_SIGNATURE = 'X-Tallywatch-Signature';

/** The package version, found by walking up from this file (it runs from src/ and from dist/src/). */
function packageVersion(): string {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'tallywatch' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here; try the parent
    }
    dir = new URL('../', dir);
  }
  return '0.0.0';
}

export const TALLYWATCH_USER_AGENT = `tallywatch/${packageVersion()}`;

/**
 * The idempotency id of one delivery, `<event id>:<status>:<subscriber id>`: the same for
 * every retry of one message, different for a follow-up (another status) of the event.
 */
export function webhookDeliveryId(message: Pick<AnyAlertMessage, 'id' | 'status'>, target: Pick<WebhookTarget, 'id'>): string {
  return `${message.id}:${message.status}:${target.id}`;
}

// The shared answer helpers, still importable from here.
export { headerValue, parseRetryAfter } from '../core/http-answer.ts';

interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  deliveryId: string;
}

/** The webhook channel: a signed JSON POST of the alert in the version the subscriber asked for. */
export const webhookChannel: Channel<WebhookTarget & { href: string }, WebhookRequest, { response: PostResponse; deliveryId: string }, WebhookResult> = {
  type: 'webhook',
  version: 'subscriber',
  check(settings, context) {
    if (!settings.url) throw new DeliveryError('webhook subscriber has no url', context, { permanent: true });
    const url = checkHttpUrl(settings.url, 'webhook URL', { ...context, url: urlForLogs(settings.url) });
    return { id: settings.id, url: settings.url, href: url.href, ...(settings.secret === undefined ? {} : { secret: settings.secret }) };
  },
  render(message, target) {
    const deliveryId = webhookDeliveryId(message, target);
    // Serialised once: the signature covers exactly these bytes.
    const body = JSON.stringify(message);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': TALLYWATCH_USER_AGENT,
      [HEADER_EVENT]: message.type,
      [HEADER_DELIVERY]: deliveryId,
      'Idempotency-Key': deliveryId,
    };
    if (target.secret) headers[HEADER_SIGNATURE] = signBody(target.secret, body);
    return { url: target.href, body, headers, deliveryId };
  },
  async send(_target, request, deps, context) {
    const headers = deps.userAgent ? { ...request.headers, 'User-Agent': deps.userAgent } : request.headers;
    const response = await postOnce(deps, { ...request, headers }, 'webhook', { ...context, url: urlForLogs(request.url) });
    return { response, deliveryId: request.deliveryId };
  },
  classify({ response, deliveryId }, target, deps, context) {
    const { status } = response;
    // Redirects are not followed: the operator should configure the final URL. Other 4xx mean
    // the receiver refuses this request as it is, and sending it again will not change that.
    throwUnlessDelivered(status, response.headers, `webhook answered ${status}`, { ...context, url: urlForLogs(target.url), status }, { now: deps.now?.() ?? Date.now() });
    return { status, deliveryId };
  },
};

/**
 * Delivers one alert. Resolves on a 2xx; otherwise throws a DeliveryError that says
 * whether a retry can help (`permanent`) and how long the receiver asked to wait.
 */
export async function deliverWebhook(
  target: WebhookTarget,
  message: AnyAlertMessage,
  deps: WebhookDeps,
  options: WebhookOptions = {},
): Promise<WebhookResult> {
  const context = { subscriber: target.id, channel: 'webhook', eventId: message.id, alertStatus: message.status, url: urlForLogs(target.url) };
  return deliverVia(webhookChannel, target, message, { ...deps, ...options }, context);
}
