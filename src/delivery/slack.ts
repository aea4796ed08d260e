/**
 * The Slack channel: a Block Kit message POSTed to an incoming-webhook URL.
 *
 * The URL is the credential (anyone holding it can post), so only its origin ever
 * reaches logs and errors. Slack answers 200 "ok"; 429 with Retry-After when rate
 * limited; 4xx with a short reason (400 invalid_payload, 403 invalid_token or
 * action_prohibited, 404 no_service or channel_not_found, 410 channel_is_archived),
 * which a retry will not change; 5xx when it is failing itself.
 */
import type { AlertMessageV2 } from '../alerts/alert-message.ts';
import { DeliveryError, FetchError } from '../core/errors.ts';
import { urlForLogs } from './http-post.ts';
import type { HttpPost, PostResponse } from './http-post.ts';
import { alertView } from './render.ts';
import type { Inline, Line } from './render.ts';
import { headerValue, parseRetryAfter, TALLYWATCH_USER_AGENT } from './webhook.ts';

export interface SlackTarget {
  id: string;
  /** The incoming-webhook URL (https://hooks.slack.com/services/…). */
  url: string;
}

export interface SlackOptions {
  userAgent?: string;
  /** Clock for HTTP-date Retry-After values. */
  now?: () => number;
}

export interface SlackResult {
  status: number;
}

// Block Kit limits: header text 150 characters, section text 3000, context element text 2000.
const HEADER_MAX = 150;
const SECTION_MAX = 3000;
const CONTEXT_MAX = 2000;

/** mrkdwn treats &, < and > as control characters: they must be sent as entities. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A `<url|label>` link. The URL may not carry a bare "|" or ">" and the label no "|". */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replaceAll('&', '&amp;').replaceAll('<', '%3C').replaceAll('>', '%3E').replaceAll('|', '%7C');
  return `<${safeUrl}|${escapeMrkdwn(label.replaceAll('|', '/'))}>`;
}

function inline(piece: Inline): string {
  if (typeof piece === 'string') return escapeMrkdwn(piece);
  if ('bold' in piece) return `*${escapeMrkdwn(piece.bold)}*`;
  return mrkdwnLink(piece.url, piece.link);
}

const line = (l: Line) => l.map(inline).join('');

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export interface SlackPayload {
  text: string;
  blocks: Array<Record<string, unknown>>;
  unfurl_links: false;
  unfurl_media: false;
}

/** The Block Kit message for an alert: header, figure section, sources as context, plain `text` fallback. */
export function slackPayload(message: AlertMessageV2): SlackPayload {
  const view = alertView(message);
  const context = [view.source, view.outlets]
    .filter((l) => l.length > 0)
    .map((l) => ({ type: 'mrkdwn', text: clip(line(l), CONTEXT_MAX) }));
  return {
    text: escapeMrkdwn(view.fallback),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: clip(view.headline, HEADER_MAX), emoji: false } },
      { type: 'section', text: { type: 'mrkdwn', text: clip(view.body.map(line).join('\n'), SECTION_MAX) } },
      { type: 'context', elements: context },
    ],
    // A link preview of the General Staff post would bury the figure.
    unfurl_links: false,
    unfurl_media: false,
  };
}

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/** Posts one alert. Resolves on a 2xx; otherwise throws a DeliveryError saying whether a retry can help. */
export async function deliverSlack(
  target: SlackTarget,
  message: AlertMessageV2,
  deps: { post: HttpPost },
  options: SlackOptions = {},
): Promise<SlackResult> {
  const context = { subscriber: target.id, channel: 'slack', eventId: message.id, alertStatus: message.status, url: urlForLogs(target.url) };
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    throw new DeliveryError('Slack webhook URL is not a URL', context, { permanent: true });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeliveryError(`Slack webhook URL scheme ${url.protocol} is not http(s)`, context, { permanent: true });
  }

  const body = JSON.stringify(slackPayload(message));
  let response: PostResponse;
  try {
    response = await deps.post(url.href, body, {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': options.userAgent ?? TALLYWATCH_USER_AGENT,
    });
  } catch (err) {
    const permanent = err instanceof FetchError && (err.kind === 'bad_url' || err.kind === 'blocked_address');
    throw new DeliveryError(`Slack request failed: ${err instanceof Error ? err.message : String(err)}`, context, { permanent, cause: err });
  }

  const { status } = response;
  if (status >= 200 && status < 300) return { status };

  // Slack's reason is a short code such as no_service; anything longer is not Slack's.
  const reason = (response.body ?? '').trim().slice(0, 100).replace(/\s+/g, ' ');
  const failed = { ...context, status, ...(reason ? { reason } : {}) };
  const why = `Slack answered ${status}${reason ? ` ${reason}` : ''}`;
  if (status >= 500 || RETRYABLE_STATUSES.has(status)) {
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(headerValue(response.headers, 'retry-after'), options.now?.() ?? Date.now()) : undefined;
    throw new DeliveryError(why, failed, retryAfterMs === undefined ? {} : { retryAfterMs });
  }
  throw new DeliveryError(why, failed, { permanent: true });
}
