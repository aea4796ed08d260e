/**
 * Typed errors. Each carries a stable `code` for metrics and logs, and a
 * `context` object naming what was being done when it failed.
 */
export class TallywatchError extends Error {
  readonly code: string;
  readonly context: Record<string, unknown>;

  constructor(code: string, message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** A configuration value is missing or wrong; `context.key` names it. */
export class ConfigError extends TallywatchError {
  constructor(message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super('config_invalid', message, context, options);
  }
}

/**
 * A fetch failed. `kind` classifies it so a source's failures can be counted by cause.
 * timeout | too_large | too_many_redirects | blocked_address | http_status | network | bad_url | decode
 */
export type FetchErrorKind =
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'blocked_address'
  | 'http_status'
  | 'network'
  | 'bad_url'
  | 'decode';

export class FetchError extends TallywatchError {
  readonly kind: FetchErrorKind;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: FetchErrorKind,
    message: string,
    context: Record<string, unknown> & { url: string; status?: number; retryAfterMs?: number },
    options?: { cause?: unknown },
  ) {
    super(`fetch_${kind}`, message, context, options);
    this.kind = kind;
    this.status = context.status;
    this.retryAfterMs = context.retryAfterMs;
  }
}

/** A page that should list channel posts lists none and shows no history: the scraper is broken. */
export class ScraperBrokenError extends TallywatchError {
  constructor(message: string, context: Record<string, unknown> = {}) {
    super('scraper_broken', message, context);
  }
}

/** Input that cannot be read (a CSV row, a payload); `context` says where. */
export class InputError extends TallywatchError {
  constructor(message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super('input_invalid', message, context, options);
  }
}

/** A delivery to a subscriber failed; `retryAfterMs` is set when the receiver asked for a pause. */
export class DeliveryError extends TallywatchError {
  readonly retryAfterMs: number | undefined;
  readonly permanent: boolean;

  constructor(
    message: string,
    context: Record<string, unknown> & { subscriber: string; status?: number },
    opts: { retryAfterMs?: number; permanent?: boolean; cause?: unknown } = {},
  ) {
    super('delivery_failed', message, context, { cause: opts.cause });
    this.retryAfterMs = opts.retryAfterMs;
    this.permanent = opts.permanent ?? false;
  }
}
