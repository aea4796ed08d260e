/**
 * The Telegram channel: Bot API `sendMessage` with an HTML message.
 *
 * The bot token sits in the request path (`/bot<token>/sendMessage`) and is the bot's
 * whole credential. It is never put in an error message, an error context or a log
 * line: errors name the API origin only, and any text that could echo the request (a
 * transport error, Telegram's own description) passes through redact() first. The
 * transport's error is not attached as `cause`, because loggers serialise causes.
 *
 * The Bot API answers JSON `{ok, result}` or `{ok: false, error_code, description,
 * parameters: {retry_after, migrate_to_chat_id}}`: 429 carries retry_after in seconds;
 * 400 (bad chat id, bad markup), 401 (bad token), 403 (bot blocked or not a member) and
 * 404 will not change on retry; 5xx will.
 */
import { toAlertV2 } from '../alerts/alert-message.ts';
import type { AlertMessageV2 } from '../alerts/alert-message.ts';
import { DeliveryError } from '../core/errors.ts';
import { deliverVia, postOnce, throwUnlessDelivered } from './channel.ts';
import type { Channel } from './channel.ts';
import type { HttpPost, PostResponse } from './http-post.ts';
import { alertView } from './render.ts';
import type { Inline, Line } from './render.ts';
import { TALLYWATCH_USER_AGENT } from './webhook.ts';

export const TELEGRAM_API = 'https://api.telegram.org';

export interface TelegramTarget {
  id: string;
  token: string;
  /** A numeric chat id (channels and supergroups start with -100) or "@channelusername". */
  chatId: string | number;
  /** The Bot API server. @default https://api.telegram.org (a local Bot API server, or tests) */
  baseUrl?: string;
}

export interface TelegramOptions {
  userAgent?: string;
  now?: () => number;
}

export interface TelegramResult {
  status: number;
  /** The sent message's id in the chat, when the API returned it. */
  messageId: number | null;
}

/** Telegram's message length limit, counted after entity parsing. */
const TEXT_MAX = 4096;
// Also keeps the token from reshaping the request path (no '/', '?', '#').
const TOKEN_PATTERN = /^[0-9]{1,20}:[A-Za-z0-9_-]+$/;

/** Text content for parse_mode HTML: <, > and & are the characters that must be entities. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** An attribute value in double quotes: also escape the quote (&quot; is one of the entities the Bot API accepts). */
export function escapeHtmlAttr(text: string): string {
  return escapeHtml(text).replaceAll('"', '&quot;');
}

function inline(piece: Inline): string {
  if (typeof piece === 'string') return escapeHtml(piece);
  if ('bold' in piece) return `<b>${escapeHtml(piece.bold)}</b>`;
  return `<a href="${escapeHtmlAttr(piece.url)}">${escapeHtml(piece.link)}</a>`;
}

const line = (l: Line) => l.map(inline).join('');

/** The HTML text of an alert: bold headline, figure, previous record, then its sources. */
export function telegramText(message: AlertMessageV2): string {
  const view = alertView(message);
  const lines = [`<b>${escapeHtml(view.headline)}</b>`, ...view.body.map(line), line(view.source)];
  if (view.outlets.length > 0) lines.push(line(view.outlets));
  const html = lines.join('\n');
  // Cutting HTML could split a tag; the plain summary always fits.
  return html.length <= TEXT_MAX ? html : escapeHtml(view.fallback).slice(0, TEXT_MAX);
}

export function telegramPayload(message: AlertMessageV2, chatId: string | number) {
  return {
    chat_id: chatId,
    text: telegramText(message),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  } as const;
}

/** Removes the token, and anything shaped like a bot token, from text bound for errors or logs. */
export function redactToken(text: string, token: string): string {
  let out = token ? text.replaceAll(token, '<redacted>') : text;
  out = out.replace(/bot[0-9]{1,20}:[A-Za-z0-9_-]+/g, 'bot<redacted>');
  return out;
}

interface BotApiAnswer {
  ok?: unknown;
  description?: unknown;
  error_code?: unknown;
  result?: { message_id?: unknown } | null;
  parameters?: { retry_after?: unknown; migrate_to_chat_id?: unknown } | null;
}

function parseAnswer(body: string | undefined): BotApiAnswer | null {
  if (!body) return null;
  try {
    const v = JSON.parse(body) as unknown;
    return v !== null && typeof v === 'object' ? (v as BotApiAnswer) : null;
  } catch {
    return null;
  }
}

interface TelegramChecked extends TelegramTarget {
  /** The Bot API base without its trailing slashes. */
  base: string;
  context: Record<string, unknown> & { subscriber: string };
}

/** The Telegram channel: Bot API sendMessage with the HTML rendering of the v2 alert. */
export const telegramChannel: Channel<TelegramChecked, { url: string; body: string; headers: Record<string, string> }, PostResponse, TelegramResult> = {
  type: 'telegram',
  version: 'v2',
  check(settings, context) {
    if (!settings.token) throw new DeliveryError('telegram subscriber has no token', context, { permanent: true });
    if (settings.chatId === undefined || settings.chatId === '') throw new DeliveryError('telegram subscriber has no chatId', context, { permanent: true });
    const base = (settings.baseUrl ?? TELEGRAM_API).replace(/\/+$/, '');
    let origin: string;
    try {
      const u = new URL(base);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TypeError('not http(s)');
      origin = u.origin;
    } catch {
      throw new DeliveryError('Telegram baseUrl is not an http(s) URL', { subscriber: context.subscriber, channel: 'telegram', eventId: context.eventId }, { permanent: true });
    }
    const checked = { ...context, url: origin, chatId: String(settings.chatId) };
    if (!TOKEN_PATTERN.test(settings.token)) {
      // Say what is wrong without repeating the value.
      throw new DeliveryError('Telegram bot token is malformed (expected <digits>:<secret>)', checked, { permanent: true });
    }
    return { id: settings.id, token: settings.token, chatId: settings.chatId, base, context: checked };
  },
  render(message, target) {
    return {
      url: `${target.base}/bot${target.token}/sendMessage`,
      body: JSON.stringify(telegramPayload(toAlertV2(message), target.chatId)),
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': TALLYWATCH_USER_AGENT },
    };
  },
  send(target, request, deps) {
    const headers = deps.userAgent ? { ...request.headers, 'User-Agent': deps.userAgent } : request.headers;
    // The token is in the URL: no cause attached, and the message redacted.
    return postOnce(deps, { ...request, headers }, 'Telegram', target.context, { redact: (t) => redactToken(t, target.token), attachCause: false });
  },
  classify(response, target, deps) {
    const answer = parseAnswer(response.body);
    // error_code mirrors the HTTP status; a proxy's error page has neither JSON nor error_code.
    const status = typeof answer?.error_code === 'number' ? answer.error_code : response.status;
    if (response.status >= 200 && response.status < 300 && answer?.ok !== false) {
      const id = answer?.result?.message_id;
      return { status: response.status, messageId: typeof id === 'number' ? id : null };
    }
    const description = typeof answer?.description === 'string' ? redactToken(answer.description, target.token).slice(0, 300) : '';
    const failed = { ...target.context, status, ...(description ? { reason: description } : {}) };
    const migrated = answer?.parameters?.migrate_to_chat_id;
    const retryAfter = answer?.parameters?.retry_after;
    // An ok:false inside a 2xx without an error_code is a refusal that will not change on retry.
    const classified = status >= 200 && status < 300 ? 400 : status;
    throwUnlessDelivered(classified, response.headers, `Telegram answered ${status}${description ? `: ${description}` : ''}`, failed, {
      now: deps.now?.() ?? Date.now(),
      ...(typeof retryAfter === 'number' ? { retryAfterMs: retryAfter * 1000 } : {}),
      retryAfterOnAnyRetry: true,
      ...(typeof migrated === 'number' ? { permanentHint: ` (the group is now chat ${migrated}: update chatId)` } : {}),
    });
    // Not reached: throwUnlessDelivered throws for every status that is not 2xx.
    throw new DeliveryError(`Telegram answered ${status}`, failed);
  },
};

export async function deliverTelegram(
  target: TelegramTarget,
  message: AlertMessageV2,
  deps: { post: HttpPost },
  options: TelegramOptions = {},
): Promise<TelegramResult> {
  const context = { subscriber: target.id, channel: 'telegram', eventId: message.id, alertStatus: message.status };
  return deliverVia(telegramChannel, target, message, { ...deps, ...options }, context);
}
