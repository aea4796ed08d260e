/**
 * Webhook body signatures: `X-Tallywatch-Signature: sha256=<hex>`, an HMAC-SHA256 of the
 * exact bytes sent under the subscriber's secret. Receivers recompute it over the raw
 * body they read, before any JSON parsing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_PREFIX = 'sha256=';

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

function hmac(secret: string | Uint8Array, rawBody: string | Uint8Array): Buffer {
  // A string body is signed as its UTF-8 bytes, which is what goes on the wire.
  return createHmac('sha256', secret).update(rawBody).digest();
}

export function signBody(secret: string | Uint8Array, rawBody: string | Uint8Array): string {
  return SIGNATURE_PREFIX + hmac(secret, rawBody).toString('hex');
}

/** True when `header` is a valid signature of `rawBody`. Never throws on a malformed header. */
export function verifySignature(
  secret: string | Uint8Array,
  rawBody: string | Uint8Array,
  header: string | null | undefined,
): boolean {
  if (typeof header !== 'string') return false;
  const value = header.trim();
  if (!value.toLowerCase().startsWith(SIGNATURE_PREFIX)) return false;
  const hex = value.slice(SIGNATURE_PREFIX.length);
  // Checking the shape first keeps timingSafeEqual's equal-length requirement from throwing;
  // the length of a well-formed signature is public, so this leaks nothing.
  if (!HEX_SHA256.test(hex)) return false;
  return timingSafeEqual(Buffer.from(hex, 'hex'), hmac(secret, rawBody));
}
