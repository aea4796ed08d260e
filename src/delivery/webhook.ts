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
import { DeliveryError, FetchError } from '../core/errors.ts';
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

/** Retry-After as milliseconds from now: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** A response header by name, whatever the case the transport gave it. */
export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

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
  const deliveryId = webhookDeliveryId(message, target);
  const context = { subscriber: target.id, channel: 'webhook', eventId: message.id, alertStatus: message.status, url: urlForLogs(target.url) };

  let url: URL;
  try {
    url = new URL(target.url);
  } catch (err) {
    throw new DeliveryError('webhook URL is not a URL', context, { permanent: true, cause: err });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeliveryError(`webhook URL scheme ${url.protocol} is not http(s)`, context, { permanent: true });
  }

  // Serialised once: the signature covers exactly these bytes.
  const body = JSON.stringify(message);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': options.userAgent ?? TALLYWATCH_USER_AGENT,
    [HEADER_EVENT]: message.type,
    [HEADER_DELIVERY]: deliveryId,
    'Idempotency-Key': deliveryId,
  };
  if (target.secret) headers[HEADER_SIGNATURE] = signBody(target.secret, body);

  let response: PostResponse;
  try {
    response = await deps.post(url.href, body, headers);
  } catch (err) {
    const permanent = err instanceof FetchError && (err.kind === 'bad_url' || err.kind === 'blocked_address');
    const why = err instanceof Error ? err.message : String(err);
    throw new DeliveryError(`webhook request failed: ${why}`, context, { permanent, cause: err });
  }

  const { status } = response;
  if (status >= 200 && status < 300) return { status, deliveryId };

  const failed = { ...context, status };
  if (status >= 500 || RETRYABLE_STATUSES.has(status)) {
    const retryAfterMs =
      status === 429 || status === 503
        ? parseRetryAfter(headerValue(response.headers, 'retry-after'), options.now?.() ?? Date.now())
        : undefined;
    throw new DeliveryError(
      `webhook answered ${status}`,
      failed,
      retryAfterMs === undefined ? {} : { retryAfterMs },
    );
  }
  // Redirects are not followed: the operator should configure the final URL. Other 4xx mean
  // the receiver refuses this request as it is, and sending it again will not change that.
  throw new DeliveryError(`webhook answered ${status}`, failed, { permanent: true });
}
