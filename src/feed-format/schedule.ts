/**
 * When to poll a feed next. Pure: the caller passes the clock's randomness and stores the result.
 *
 * - On success: the configured `every`, raised (never lowered) to the feed's `<ttl>` and to the
 *   response's Cache-Control max-age, each counted only up to `maxFloorMs` so a publisher
 *   asking for a week does not silence a news source for a week.
 * - On failure: exponential backoff from `every` with jitter, capped at `maxBackoffMs`. There is
 *   no give-up: a source that fails for days is still tried at the cap.
 * - Retry-After, when the server sent one, wins over both (bounded by `maxRetryAfterMs`).
 */

export interface PollDelayInput {
  /** The source's configured interval. */
  everyMs: number;
  /** RSS `<ttl>` (or sy:updatePeriod) of the last good response. */
  ttlMinutes?: number | null;
  /** The last response's Cache-Control header. */
  cacheControl?: string | null;
  /** From a 429/503 (FetchError.retryAfterMs). */
  retryAfterMs?: number | null;
  /** 0 after a success. */
  consecutiveFailures: number;
  /** No poll sooner than this. @default 30000 */
  minMs?: number;
  /** Longest wait after failures. @default 21600000 (6 h) */
  maxBackoffMs?: number;
  /** Most a ttl or max-age can raise the interval to. @default 21600000 (6 h) */
  maxFloorMs?: number;
  /** Most a Retry-After is honoured for. @default 86400000 (24 h) */
  maxRetryAfterMs?: number;
  /** In [0, 1). @default Math.random */
  random?: () => number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** `max-age` in ms from a Cache-Control value; null when absent or when caching is refused. */
export function cacheControlMaxAgeMs(cacheControl: string | null | undefined): number | null {
  if (!cacheControl) return null;
  const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
  if (directives.some((d) => d === 'no-store' || d === 'no-cache')) return null;
  for (const d of directives) {
    const m = /^max-age\s*=\s*"?(\d+)"?$/.exec(d);
    if (m?.[1]) return Number(m[1]) * 1000;
  }
  return null;
}

function finiteOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function nextPollDelay(input: PollDelayInput): number {
  const minMs = Math.max(0, finiteOr(input.minMs, 30_000));
  const maxBackoffMs = Math.max(minMs, finiteOr(input.maxBackoffMs, 6 * HOUR));
  const maxFloorMs = Math.max(minMs, finiteOr(input.maxFloorMs, 6 * HOUR));
  const maxRetryAfterMs = Math.max(minMs, finiteOr(input.maxRetryAfterMs, 24 * HOUR));
  const random = input.random ?? Math.random;
  const everyMs = Math.max(minMs, finiteOr(input.everyMs, minMs));

  const retryAfter = input.retryAfterMs;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return Math.round(Math.min(maxRetryAfterMs, Math.max(minMs, retryAfter)));
  }

  const failures = Math.max(0, Math.floor(finiteOr(input.consecutiveFailures, 0)));
  if (failures > 0) {
    // Exponent capped so 2^n stays finite; the cap on the delay does the real limiting.
    const raw = Math.min(maxBackoffMs, everyMs * 2 ** Math.min(failures, 40));
    // Equal jitter: between half and all of the backoff, so failed sources do not retry in step.
    const r = Math.min(Math.max(random(), 0), 1);
    return Math.round(Math.max(minMs, raw * (0.5 + 0.5 * r)));
  }

  let delay = everyMs;
  const ttl = finiteOr(input.ttlMinutes, 0);
  if (ttl > 0) delay = Math.max(delay, Math.min(maxFloorMs, ttl * MINUTE));
  const maxAge = cacheControlMaxAgeMs(input.cacheControl);
  if (maxAge !== null) delay = Math.max(delay, Math.min(maxFloorMs, maxAge));
  return Math.round(delay);
}

function toMs(t: Date | number | string): number {
  if (t instanceof Date) return t.getTime();
  if (typeof t === 'number') return t;
  return Date.parse(t);
}

/**
 * Whether a scheduler tick at `now` should poll a feed whose next poll was set for `nextDueAt`.
 * The next due time is counted from when the last poll ran, which is a little after its tick;
 * the next tick, exactly `everyMs` later, then comes a little before it. Without some slack that
 * tick is skipped and the feed is polled every second interval. The slack is a tenth of the
 * interval, at most 5 s.
 */
export function isPollDue(now: number, nextDueAt: number | null, everyMs: number): boolean {
  if (nextDueAt === null) return true;
  return now >= nextDueAt - Math.min(5_000, Math.floor(everyMs / 10));
}

/**
 * True when a source has gone `intervals` polling intervals without a success (or never had
 * one): an ops signal, not a reason to stop polling.
 */
export function isStale(lastSuccessAt: Date | number | string | null | undefined, everyMs: number, now: Date | number = Date.now(), intervals = 3): boolean {
  if (lastSuccessAt === null || lastSuccessAt === undefined) return true;
  const last = toMs(lastSuccessAt);
  if (Number.isNaN(last)) return true;
  return toMs(now) - last > everyMs * intervals;
}
