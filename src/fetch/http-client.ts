/**
 * The one HTTP client every fetch goes through. undici's `request()` neither follows
 * redirects nor decompresses, and its `maxResponseSize` counts compressed bytes; this
 * wrapper adds bounded manual redirects, streaming decompression with a cap on the
 * decompressed size, a total deadline, the private-address guard on every connection,
 * and classification of every failure as a FetchError.
 */
import * as nodeStream from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { Agent, request } from 'undici';
import type { Dispatcher } from 'undici';
import { FetchError } from '../core/errors.ts';
import type { FetchErrorKind } from '../core/errors.ts';
import { checkLiteralHost, createAddressPolicy, createGuardedLookup, findBlockedAddressError } from './address-guard.ts';
import type { Resolver } from './address-guard.ts';

/** Sent unless the caller overrides `user-agent`. The contact URL is a placeholder to replace per deployment. */
export const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; tallywatch/0.1; +https://example.org/tallywatch/contact)';

export interface HttpClientOptions {
  /** User-Agent header. @default DEFAULT_USER_AGENT ("Mozilla/5.0 (compatible; tallywatch/0.1; +https://example.org/tallywatch/contact)") */
  userAgent?: string;
  /** Allow loopback, private, link-local and other non-public addresses (tests, trusted networks). @default false */
  allowPrivateNetworks?: boolean;
  /** Addresses or CIDR ranges reachable even when private networks are refused, e.g. an internal webhook receiver. @default [] */
  allowAddresses?: string[];
  /** Total deadline for one call, redirects and body included. @default 20000 */
  timeoutMs?: number;
  /** Longest wait for response headers on each hop. @default 10000 */
  headersTimeoutMs?: number;
  /** Longest idle gap between two body chunks. @default 10000 */
  bodyTimeoutMs?: number;
  /** TCP/TLS connect timeout. @default 10000 */
  connectTimeoutMs?: number;
  /** Cap on the body size after decompression (and on the bytes received). @default 5242880 (5 MiB) */
  maxBytes?: number;
  /** Redirects followed by `get` before failing with `too_many_redirects`. @default 5 */
  maxRedirects?: number;
  /** Keep-alive connections per origin. @default 4 */
  connections?: number;
  /** DNS resolver in the `dns.lookup(host, {all: true}, cb)` shape (tests, split-horizon DNS). @default dns.lookup */
  resolver?: Resolver;
}

export interface RequestOptions {
  /** Extra request headers; names are case-insensitive and override the defaults. */
  headers?: Record<string, string>;
  /** Overrides the client's `maxBytes` for this call. */
  maxBytes?: number;
  /** Overrides the client's total deadline for this call. */
  timeoutMs?: number;
  /** Cancels the call; the promise then rejects with the signal's reason, not a FetchError. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Final URL, after redirects. */
  url: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Decompressed body; empty for 304. */
  body: Buffer;
  /** Every URL a redirect led to, in order; the last one equals `url`. Empty when none. */
  redirects: string[];
}

export interface HttpClient {
  /** GET with redirects followed. Resolves for 2xx and 304; throws FetchError otherwise. */
  get(url: string, opts?: RequestOptions): Promise<HttpResponse>;
  /** POST without following redirects: 2xx and 3xx resolve as they are; 4xx/5xx throw FetchError. */
  post(url: string, body: string | Buffer, opts?: RequestOptions): Promise<HttpResponse>;
  /** Closes the pooled connections; waits for calls in flight. */
  close(): Promise<void>;
}

// stream.compose exists at runtime (Node >= 16.9) but @types/node does not declare the function.
const compose = (nodeStream as unknown as { compose: (...streams: unknown[]) => nodeStream.Duplex }).compose;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Compressed input is fed to zlib in slices this small so one slice cannot inflate into a huge burst. */
const DECODE_SLICE = 2048;
/** Bytes read from an unwanted body before giving up on reusing the connection. */
const DRAIN_LIMIT = 64 * 1024;
/** Headers not carried to another origin on redirect. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Aborts the call when the total deadline passes; recognised by identity. */
class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`total deadline of ${ms} ms exceeded`);
    this.name = 'DeadlineExceeded';
  }
}

/** Thrown from inside the body pipeline when a cap is crossed. */
class BodyTooLarge extends Error {
  constructor(what: string, maxBytes: number) {
    super(`${what} exceeds the cap of ${maxBytes} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/** An encoding we cannot decode; becomes a `decode` FetchError. */
class UnsupportedEncoding extends Error {}

// One Retry-After parser for the fetch layer and the delivery channels.
export { parseRetryAfter } from '../core/http-answer.ts';
import { parseRetryAfter } from '../core/http-answer.ts';

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function parseHttpUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch (cause) {
    throw new FetchError('bad_url', `not a valid URL: ${JSON.stringify(text)}`, { url: text }, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad_url', `${url.href}: only http and https are fetched, not ${url.protocol}`, { url: url.href });
  }
  // Fragments never reach the server.
  url.hash = '';
  return url;
}

function looksZlibWrapped(head: Buffer): boolean {
  const cmf = head[0];
  const flg = head[1];
  if (cmf === undefined) return false;
  if ((cmf & 0x0f) !== 8) return false;
  return flg === undefined || ((cmf << 8) | flg) % 31 === 0;
}

function makeDecoder(encoding: string, head: Buffer | null): NodeJS.ReadWriteStream {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'br':
      return zlib.createBrotliDecompress();
    case 'deflate':
      // "deflate" should be zlib-wrapped, but some servers send raw deflate.
      return head === null || looksZlibWrapped(head) ? zlib.createInflate() : zlib.createInflateRaw();
    default:
      throw new UnsupportedEncoding(`unsupported content-encoding "${encoding}"`);
  }
}

/** A pipeline stage that decodes `encodings` (as listed in Content-Encoding), tolerating an empty body. */
function decodeStage(encodings: string[]) {
  return async function* decode(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    const it = source[Symbol.asyncIterator]();
    const first = await it.next();
    // zlib rejects empty input, but an empty body with Content-Encoding is harmless.
    if (first.done) return;
    const head: Buffer = first.value;
    async function* replay(): AsyncGenerator<Buffer> {
      yield head;
      for (;;) {
        const next = await it.next();
        if (next.done) return;
        yield next.value;
      }
    }
    let stream: AsyncIterable<Buffer> = replay();
    // The encoding applied last is listed last, so it is undone first.
    const order = [...encodings].reverse();
    order.forEach((enc, i) => {
      stream = compose(stream, makeDecoder(enc, i === 0 ? head : null)) as unknown as AsyncIterable<Buffer>;
    });
    yield* stream;
  };
}

function isDecodeError(err: unknown): boolean {
  if (err instanceof UnsupportedEncoding) return true;
  const e = err as { code?: unknown; errno?: unknown };
  return typeof e?.code === 'string' && typeof e.errno === 'number' && (e.code.startsWith('Z_') || e.code.startsWith('ERR__ERROR'));
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function causeText(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) {
    return err.errors.map((e) => causeText(e)).join('; ');
  }
  if (err instanceof Error) {
    const code = errorCode(err);
    return code && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
}

async function discard(body: Dispatcher.ResponseData['body'], signal: AbortSignal): Promise<void> {
  try {
    await body.dump({ limit: DRAIN_LIMIT, signal });
  } catch {
    body.destroy();
  }
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const defaultTimeoutMs = options.timeoutMs ?? 20_000;
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const bodyTimeout = options.bodyTimeoutMs ?? 10_000;
  const defaultMaxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const policy = { allowPrivateNetworks: options.allowPrivateNetworks ?? false, allowAddresses: options.allowAddresses ?? [] };
  const isRefused = createAddressPolicy(policy);

  const lookup = createGuardedLookup(options.resolver ? { ...policy, resolver: options.resolver } : policy);
  const agent = new Agent({
    connections: options.connections ?? 4,
    keepAliveTimeout: 10_000,
    headersTimeout,
    bodyTimeout,
    connect: { timeout: options.connectTimeoutMs ?? 10_000, lookup },
  });
  let closed: Promise<void> | null = null;

  async function send(method: 'GET' | 'POST', rawUrl: string, payload: string | Buffer | undefined, opts: RequestOptions): Promise<HttpResponse> {
    if (closed) throw new FetchError('network', `${method} ${rawUrl}: the HTTP client is closed`, { url: rawUrl });
    const maxBytes = opts.maxBytes ?? defaultMaxBytes;
    const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
    let current = parseHttpUrl(rawUrl);
    const redirects: string[] = [];

    const fail = (kind: FetchErrorKind, cause: string, extra: Record<string, unknown> = {}, errCause?: unknown): FetchError =>
      new FetchError(
        kind,
        `${method} ${current.href}${redirects.length > 0 ? ` (redirected from ${rawUrl})` : ''}: ${cause}`,
        { url: current.href, method, requestedUrl: rawUrl, redirects: [...redirects], ...extra },
        errCause === undefined ? undefined : { cause: errCause },
      );

    const headers: Record<string, string> = {
      'user-agent': userAgent,
      'accept-encoding': 'gzip, deflate, br',
      accept: '*/*',
    };
    for (const [name, value] of Object.entries(opts.headers ?? {})) headers[name.toLowerCase()] = value;

    const controller = new AbortController();
    const deadline = new DeadlineExceeded(timeoutMs);
    const timer = setTimeout(() => controller.abort(deadline), timeoutMs);
    const callerSignal = opts.signal;
    const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
    if (callerSignal?.aborted) {
      clearTimeout(timer);
      throw callerSignal.reason;
    }
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const signal = controller.signal;

    try {
      const visited = new Set<string>([current.href]);
      for (;;) {
        checkLiteralHost(current.hostname, isRefused);
        const res = await request(current, {
          dispatcher: agent,
          method,
          headers,
          body: payload,
          signal,
          headersTimeout,
          bodyTimeout,
        });
        const status = res.statusCode;
        const resHeaders = flattenHeaders(res.headers);

        if (method === 'GET' && REDIRECT_STATUSES.has(status)) {
          await discard(res.body, signal);
          const next = redirectTarget(status, resHeaders.location, current, visited, redirects.length, maxRedirects, fail);
          if (next.origin !== current.origin) {
            for (const name of CREDENTIAL_HEADERS) delete headers[name];
          }
          visited.add(next.href);
          redirects.push(next.href);
          current = next;
          continue;
        }

        if (status === 304) {
          await discard(res.body, signal);
          return { status, url: current.href, headers: resHeaders, body: Buffer.alloc(0), redirects };
        }

        const ok = (status >= 200 && status < 300) || (method === 'POST' && status >= 300 && status < 400);
        if (ok) {
          const body = await readBody(res, maxBytes, signal, fail);
          return { status, url: current.href, headers: resHeaders, body, redirects };
        }

        await discard(res.body, signal);
        throw statusError(status, resHeaders, fail);
      }
    } catch (err) {
      throw toFetchError(err, { signal, deadline, callerSignal, headersTimeout, bodyTimeout, timeoutMs, fail });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  return {
    get: (url, opts = {}) => send('GET', url, undefined, opts),
    post: (url, body, opts = {}) => send('POST', url, body, opts),
    close() {
      closed ??= agent.close();
      return closed;
    },
  };
}

/** The body, within the byte cap (declared, received and decompressed), decoded per Content-Encoding. */
async function readBody(
  res: Dispatcher.ResponseData,
  maxBytes: number,
  signal: AbortSignal,
  fail: Fail,
): Promise<Buffer> {
  const headers = flattenHeaders(res.headers);
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.body.destroy();
    throw fail('too_large', `Content-Length ${declared} exceeds the cap of ${maxBytes} bytes`, { contentLength: declared, maxBytes });
  }
  const encodings = (headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');

  let received = 0;
  const compressed = encodings.length > 0;
  async function* countReceived(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      received += chunk.length;
      if (received > maxBytes) throw new BodyTooLarge('body received', maxBytes);
      if (!compressed) {
        yield chunk;
        continue;
      }
      for (let i = 0; i < chunk.length; i += DECODE_SLICE) yield chunk.subarray(i, i + DECODE_SLICE);
    }
  }
  const chunks: Buffer[] = [];
  let total = 0;
  async function collect(source: AsyncIterable<Buffer>): Promise<void> {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw new BodyTooLarge(compressed ? 'decompressed body' : 'body', maxBytes);
      chunks.push(chunk);
    }
  }
  try {
    if (compressed) await pipeline(res.body, countReceived, decodeStage(encodings), collect, { signal });
    else await pipeline(res.body, countReceived, collect, { signal });
  } catch (err) {
    res.body.destroy();
    if (err instanceof BodyTooLarge) throw fail('too_large', err.message, { maxBytes });
    if (isDecodeError(err) && !signal.aborted) {
      throw fail('decode', `cannot decode ${encodings.join(', ')} body: ${causeText(err)}`, { contentEncoding: encodings.join(', ') });
    }
    throw err;
  }
  return Buffer.concat(chunks, total);
}

/** Where a redirect leads, refused when it has no Location, a bad one, loops, or is one too many. */
function redirectTarget(status: number, location: string | undefined, current: URL, visited: Set<string>, followed: number, maxRedirects: number, fail: Fail): URL {
  if (!location) throw fail('http_status', `${status} redirect without a Location header`, { status });
  let next: URL;
  try {
    next = parseHttpUrl(location, current);
  } catch (err) {
    throw fail('bad_url', `redirect to ${JSON.stringify(location)} refused: ${causeText(err)}`, { status, location });
  }
  if (visited.has(next.href)) {
    throw fail('too_many_redirects', `redirect loop back to ${next.href}`, { status, location: next.href });
  }
  if (followed >= maxRedirects) {
    throw fail('too_many_redirects', `more than ${maxRedirects} redirects (next: ${next.href})`, { status, location: next.href });
  }
  return next;
}

/** An answer neither 2xx nor a followed redirect, with its Retry-After when it gave one. */
function statusError(status: number, headers: Record<string, string>, fail: Fail): FetchError {
  const retryAfterMs = parseRetryAfter(headers['retry-after']);
  const extra: Record<string, unknown> = { status };
  if (retryAfterMs !== undefined) extra.retryAfterMs = retryAfterMs;
  return fail('http_status', `HTTP ${status}${retryAfterMs !== undefined ? ` (retry after ${retryAfterMs} ms)` : ''}`, extra);
}

type Fail = (kind: FetchErrorKind, cause: string, extra?: Record<string, unknown>, errCause?: unknown) => FetchError;

/** Why a request failed, as a FetchError of a kind (a caller's own abort reason is thrown as is). */
function toFetchError(
  err: unknown,
  c: { signal: AbortSignal; deadline: DeadlineExceeded; callerSignal: AbortSignal | undefined; headersTimeout: number; bodyTimeout: number; timeoutMs: number; fail: Fail },
): unknown {
  const { signal, deadline, callerSignal, headersTimeout, bodyTimeout, timeoutMs, fail } = c;
  if (err instanceof FetchError) return err;
  if (signal.aborted && signal.reason === deadline) {
    return fail('timeout', deadline.message, { timeoutMs }, err);
  }
  if (callerSignal?.aborted) return callerSignal.reason;
  const blocked = findBlockedAddressError(err);
  if (blocked) {
    return fail('blocked_address', `blocked by the address guard: ${blocked.message}`, { hostname: blocked.hostname, addresses: blocked.addresses }, err);
  }
  switch (errorCode(err)) {
    case 'UND_ERR_HEADERS_TIMEOUT':
      return fail('timeout', `no response headers within ${headersTimeout} ms`, { timeoutMs: headersTimeout }, err);
    case 'UND_ERR_BODY_TIMEOUT':
      return fail('timeout', `body stalled for more than ${bodyTimeout} ms`, { timeoutMs: bodyTimeout }, err);
    case 'UND_ERR_CONNECT_TIMEOUT':
      return fail('timeout', `connect timed out: ${causeText(err)}`, {}, err);
    case 'UND_ERR_INVALID_ARG':
      return fail('bad_url', `request rejected: ${causeText(err)}`, {}, err);
    default:
      return fail('network', causeText(err), { errorCode: errorCode(err) }, err);
  }
}
