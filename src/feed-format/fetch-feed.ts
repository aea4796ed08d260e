/**
 * One poll of one feed: conditional GET through the guarded client, then bytes → text → items.
 * HTTP failures stay FetchErrors (the client's); anything wrong with the body is a FeedParseError.
 */
import type { HttpClient } from '../fetch/http-client.ts';
import { decodeFeedBytes } from './decode.ts';
import { FeedParseError } from './errors.ts';
import { inflateIfGzip } from './inflate.ts';
import { parseFeed } from './parse.ts';
import type { ParsedFeed } from './types.ts';

/** Feeds larger than this are refused by the client before parsing. */
export const DEFAULT_FEED_MAX_BYTES = 5 * 1024 * 1024;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.5';

export interface FeedValidators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface StoredValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchFeedResult =
  | {
      status: 'unchanged';
      /** To send next time: the 304's own validators when it carried any, else the ones sent. */
      validators: StoredValidators;
      cacheControl: string | null;
      /** URL after redirects. */
      url: string;
    }
  | {
      status: 'ok';
      feed: ParsedFeed;
      /** From this response only; a server that stopped sending them gets none back. */
      validators: StoredValidators;
      cacheControl: string | null;
      /** The charset the body was decoded with. */
      charset: string;
      /** URL after redirects: links resolve against it. */
      url: string;
    };

export interface FetchFeedOptions {
  /** Cap on the body, decompressed. @default DEFAULT_FEED_MAX_BYTES (5 MiB) */
  maxBytes?: number;
  /** Total deadline of the request. @default the client's */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Items kept per feed. @default 500 */
  maxItems?: number;
}

function nonEmpty(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Fetches and parses `url`. Rejects with the client's FetchError (network, status, size,
 * timeout) or with FeedParseError (the body is not a readable feed); never with anything else.
 */
export async function fetchFeed(
  http: HttpClient,
  url: string,
  validators: FeedValidators = {},
  opts: FetchFeedOptions = {},
): Promise<FetchFeedResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_FEED_MAX_BYTES;
  const sentEtag = nonEmpty(validators.etag);
  const sentLastModified = nonEmpty(validators.lastModified);
  const headers: Record<string, string> = { accept: ACCEPT };
  if (sentEtag) headers['if-none-match'] = sentEtag;
  if (sentLastModified) headers['if-modified-since'] = sentLastModified;

  const res = await http.get(url, {
    headers,
    maxBytes,
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const cacheControl = nonEmpty(res.headers['cache-control']);
  const etag = nonEmpty(res.headers.etag);
  const lastModified = nonEmpty(res.headers['last-modified']);

  if (res.status === 304) {
    return {
      status: 'unchanged',
      validators: { etag: etag ?? sentEtag, lastModified: lastModified ?? sentLastModified },
      cacheControl,
      url: res.url,
    };
  }

  try {
    const body = inflateIfGzip(res.body, maxBytes);
    const decoded = decodeFeedBytes(body, res.headers['content-type']);
    const feed = parseFeed(decoded.text, url, { baseUrl: res.url, ...(opts.maxItems !== undefined ? { maxItems: opts.maxItems } : {}) });
    if (decoded.warnings.length > 0) feed.warnings.unshift(...decoded.warnings);
    return { status: 'ok', feed, validators: { etag, lastModified }, cacheControl, charset: decoded.charset, url: res.url };
  } catch (err) {
    if (err instanceof FeedParseError) {
      err.context.url = res.url;
      err.context.status = res.status;
      throw err;
    }
    throw new FeedParseError('malformed', `${res.url}: feed could not be read: ${(err as Error)?.message ?? String(err)}`, { url: res.url }, { cause: err });
  }
}
