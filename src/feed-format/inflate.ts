/**
 * Some servers send a gzipped feed file (`feed.xml.gz`, or a misconfigured static host) without
 * `Content-Encoding`, so the HTTP layer hands over compressed bytes. Inflate those, with a cap:
 * the decompressed size is what a bomb inflates.
 */
import * as zlib from 'node:zlib';
import { FeedParseError } from './errors.ts';

export function isGzip(body: Buffer): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
}

/** `body` inflated when it is gzip, unchanged otherwise. */
export function inflateIfGzip(body: Buffer, maxBytes: number): Buffer {
  if (!isGzip(body)) return body;
  try {
    return zlib.gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (cause) {
    if ((cause as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FeedParseError('too_large', `gzipped feed inflates beyond ${maxBytes} bytes`, { maxBytes }, { cause });
    }
    throw new FeedParseError('malformed', `gzipped feed cannot be inflated: ${(cause as Error).message}`, {}, { cause });
  }
}
