/**
 * What an HTTP answer means for the one who sent the request: done, worth another try
 * (and after how long the server asked to wait), or refused for good. Shared by the
 * webhook, Slack and Telegram channels and the fetch layer's Retry-After.
 */

/** 4xx answers that say "not now" rather than "not this": timeout, too early, rate limited. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 425, 429]);

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; undefined if absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
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

export type HttpVerdict =
  | { kind: 'ok' }
  /** retryAfterMs: the wait the server asked for, when it asked. */
  | { kind: 'retry'; retryAfterMs?: number }
  /** A redirect not followed or a 4xx that sending again will not change. */
  | { kind: 'permanent' };

export interface ClassifyOptions {
  /** Clock for HTTP-date Retry-After values. */
  now?: number;
  /** A wait the answer's body asked for (Telegram's retry_after), preferred over the header. */
  retryAfterMs?: number;
  /**
   * Read Retry-After on every retryable answer, not only on 429 and 503 (the statuses that
   * define it). @default false
   */
  retryAfterOnAnyRetry?: boolean;
}

/** Classifies one answer by its status and Retry-After. Pure. */
export function classifyHttpAnswer(status: number, headers: Record<string, string>, options: ClassifyOptions = {}): HttpVerdict {
  if (status >= 200 && status < 300) return { kind: 'ok' };
  if (status < 500 && !RETRYABLE_STATUSES.has(status)) return { kind: 'permanent' };
  const given = options.retryAfterMs;
  if (given !== undefined && Number.isFinite(given) && given >= 0) return { kind: 'retry', retryAfterMs: given };
  const readHeader = options.retryAfterOnAnyRetry === true || status === 429 || status === 503;
  const retryAfterMs = readHeader ? parseRetryAfter(headerValue(headers, 'retry-after'), options.now ?? Date.now()) : undefined;
  return retryAfterMs === undefined ? { kind: 'retry' } : { kind: 'retry', retryAfterMs };
}
