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
import type { AlertMessageV2 } from '../alerts/alert-message.ts';
import { DeliveryError, FetchError } from '../core/errors.ts';
import type { HttpPost, PostResponse } from './http-post.ts';
import { alertView } from './render.ts';
import type { Inline, Line } from './render.ts';
import { headerValue, parseRetryAfter, TALLYWATCH_USER_AGENT } from './webhook.ts';

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

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

export async function deliverTelegram(
  target: TelegramTarget,
  message: AlertMessageV2,
  deps: { post: HttpPost },
  options: TelegramOptions = {},
): Promise<TelegramResult> {
  const base = (target.baseUrl ?? TELEGRAM_API).replace(/\/+$/, '');
  let origin: string;
  try {
    const u = new URL(base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TypeError('not http(s)');
    origin = u.origin;
  } catch {
    throw new DeliveryError('Telegram baseUrl is not an http(s) URL', { subscriber: target.id, channel: 'telegram', eventId: message.id }, { permanent: true });
  }
  const context = { subscriber: target.id, channel: 'telegram', eventId: message.id, alertStatus: message.status, url: origin, chatId: String(target.chatId) };
  if (!TOKEN_PATTERN.test(target.token)) {
    // Say what is wrong without repeating the value.
    throw new DeliveryError('Telegram bot token is malformed (expected <digits>:<secret>)', context, { permanent: true });
  }
  const redact = (text: string) => redactToken(text, target.token);

  const body = JSON.stringify(telegramPayload(message, target.chatId));
  let response: PostResponse;
  try {
    response = await deps.post(`${base}/bot${target.token}/sendMessage`, body, {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': options.userAgent ?? TALLYWATCH_USER_AGENT,
    });
  } catch (err) {
    const permanent = err instanceof FetchError && (err.kind === 'bad_url' || err.kind === 'blocked_address');
    const kind = err instanceof FetchError ? err.kind : 'network';
    throw new DeliveryError(`Telegram request failed: ${redact(err instanceof Error ? err.message : String(err))}`, { ...context, kind }, { permanent });
  }

  const answer = parseAnswer(response.body);
  // error_code mirrors the HTTP status; a proxy's error page has neither JSON nor error_code.
  const status = typeof answer?.error_code === 'number' ? answer.error_code : response.status;
  if (response.status >= 200 && response.status < 300 && answer?.ok !== false) {
    const id = answer?.result?.message_id;
    return { status: response.status, messageId: typeof id === 'number' ? id : null };
  }

  const description = typeof answer?.description === 'string' ? redact(answer.description).slice(0, 300) : '';
  const failed = { ...context, status, ...(description ? { reason: description } : {}) };
  const why = `Telegram answered ${status}${description ? `: ${description}` : ''}`;
  if (status >= 500 || RETRYABLE_STATUSES.has(status)) {
    const retryAfter = answer?.parameters?.retry_after;
    const retryAfterMs =
      typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0
        ? retryAfter * 1000
        : parseRetryAfter(headerValue(response.headers, 'retry-after'), options.now?.() ?? Date.now());
    throw new DeliveryError(why, failed, retryAfterMs === undefined ? {} : { retryAfterMs });
  }
  const migrated = answer?.parameters?.migrate_to_chat_id;
  const hint = typeof migrated === 'number' ? ` (the group is now chat ${migrated}: update chatId)` : '';
  throw new DeliveryError(`${why}${hint}`, failed, { permanent: true });
}
