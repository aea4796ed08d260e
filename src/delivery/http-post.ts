/**
 * The default transport for webhook, Slack and Telegram deliveries: one POST with undici,
 * bounded by a whole-request deadline. It never follows redirects (undici `request` does
 * not) and always consumes the response body, so the connection returns to the pool;
 * the first bytes of the body are kept, because Slack and Telegram explain errors there.
 */
import { request } from 'undici';
import type { Dispatcher } from 'undici';
import { FetchError } from '../core/errors.ts';

export interface PostResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The start of the response body as UTF-8 (up to the transport's limit); absent when not read. */
  body?: string;
}

export type HttpPost = (url: string, body: string, headers: Record<string, string>) => Promise<PostResponse>;

export interface UndiciPostOptions {
  /** Deadline for the whole exchange, response body included. */
  timeoutMs: number;
  dispatcher?: Dispatcher;
  /** Response bytes kept before the rest is discarded (Slack/Telegram error answers are short). @default 64 KiB */
  maxResponseBytes?: number;
}

/** The origin alone: webhook URLs often carry a token in the path or query, which must not reach logs. */
export function urlForLogs(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '(invalid url)';
  }
}

export async function undiciPost(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: UndiciPostOptions,
): Promise<PostResponse> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const where = { url: urlForLogs(url) };
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: 'POST',
      body,
      headers,
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
  } catch (err) {
    throw toFetchError(err, signal, where);
  }
  const limit = options.maxResponseBytes ?? 64 * 1024;
  const chunks: Buffer[] = [];
  let kept = 0;
  try {
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      chunks.push(chunk.subarray(0, limit - kept));
      kept += Math.min(chunk.length, limit - kept);
      // Leaving the loop destroys the stream (and its socket): nothing is left unread.
      if (kept >= limit) break;
    }
  } catch {
    // The status is already known; a receiver that stalls its body does not undo the delivery.
  }
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { status: response.statusCode, headers: out, body: Buffer.concat(chunks).toString('utf8') };
}

/** Builds the HttpPost the webhook channel expects, with a fixed deadline. */
export function createUndiciPost(options: UndiciPostOptions): HttpPost {
  return (url, body, headers) => undiciPost(url, body, headers, options);
}

function toFetchError(err: unknown, signal: AbortSignal, where: { url: string }): FetchError {
  const code = (err as { code?: unknown } | null)?.code;
  if (signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new FetchError('timeout', `POST timed out`, where, { cause: err });
  }
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') {
    return new FetchError('bad_url', `POST rejected: ${(err as Error).message}`, where, { cause: err });
  }
  return new FetchError('network', `POST failed: ${(err as Error)?.message ?? String(err)}`, where, { cause: err });
}
