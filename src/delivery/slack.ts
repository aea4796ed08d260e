/**
 * The Slack channel: a Block Kit message POSTed to an incoming-webhook URL.
 *
 * The URL is the credential (anyone holding it can post), so only its origin ever
 * reaches logs and errors. Slack answers 200 "ok"; 429 with Retry-After when rate
 * limited; 4xx with a short reason (400 invalid_payload, 403 invalid_token or
 * action_prohibited, 404 no_service or channel_not_found, 410 channel_is_archived),
 * which a retry will not change; 5xx when it is failing itself.
 */
import { toAlertV2 } from '../alerts/alert-message.ts';
import type { AlertMessageV2 } from '../alerts/alert-message.ts';
import { DeliveryError } from '../core/errors.ts';
import { checkHttpUrl, deliverVia, postOnce, throwUnlessDelivered } from './channel.ts';
import type { Channel } from './channel.ts';
import { urlForLogs } from './http-post.ts';
import type { HttpPost, PostResponse } from './http-post.ts';
import { alertView } from './render.ts';
import type { Inline, Line } from './render.ts';
import { TALLYWATCH_USER_AGENT } from './webhook.ts';

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

/** The Slack channel: a Block Kit message rendered from the v2 alert, POSTed to the incoming-webhook URL. */
export const slackChannel: Channel<SlackTarget & { href: string }, { url: string; body: string; headers: Record<string, string> }, PostResponse, SlackResult> = {
  type: 'slack',
  version: 'v2',
  check(settings, context) {
    if (!settings.url) throw new DeliveryError('slack subscriber has no url', context, { permanent: true });
    const url = checkHttpUrl(settings.url, 'Slack webhook URL', { ...context, url: urlForLogs(settings.url) });
    return { id: settings.id, url: settings.url, href: url.href };
  },
  render(message, target) {
    const body = JSON.stringify(slackPayload(toAlertV2(message)));
    return { url: target.href, body, headers: { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': TALLYWATCH_USER_AGENT } };
  },
  send(_target, request, deps, context) {
    const headers = deps.userAgent ? { ...request.headers, 'User-Agent': deps.userAgent } : request.headers;
    return postOnce(deps, { ...request, headers }, 'Slack', { ...context, url: urlForLogs(request.url) });
  },
  classify(response, target, deps, context) {
    const { status } = response;
    // Slack's reason is a short code such as no_service; anything longer is not Slack's.
    const reason = status >= 200 && status < 300 ? '' : (response.body ?? '').trim().slice(0, 100).replace(/\s+/g, ' ');
    const failed = { ...context, url: urlForLogs(target.url), status, ...(reason ? { reason } : {}) };
    throwUnlessDelivered(status, response.headers, `Slack answered ${status}${reason ? ` ${reason}` : ''}`, failed, { now: deps.now?.() ?? Date.now() });
    return { status };
  },
};

/** Posts one alert. Resolves on a 2xx; otherwise throws a DeliveryError saying whether a retry can help. */
export async function deliverSlack(
  target: SlackTarget,
  message: AlertMessageV2,
  deps: { post: HttpPost },
  options: SlackOptions = {},
): Promise<SlackResult> {
  const context = { subscriber: target.id, channel: 'slack', eventId: message.id, alertStatus: message.status, url: urlForLogs(target.url) };
  return deliverVia(slackChannel, target, message, { ...deps, ...options }, context);
}
