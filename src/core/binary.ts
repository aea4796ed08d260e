/**
 * Whether a decoded string is text at all. Bytes that are not text (an image, an archive,
 * random data) decode to control characters and U+FFFD: about one character in nine for random
 * bytes read as windows-1252, half or more read as UTF-8. Real pages and articles, in any
 * language, have next to none.
 */

/** Above this share of control and replacement characters, a string is not text. */
export const MAX_BINARY_SHARE = 0.02;
/** Characters looked at: the start, and windows spread over the rest (linear, but cheap on 20 MB). */
const SAMPLE_WINDOWS = 16;
const WINDOW = 4096;

function isBinaryChar(c: number): boolean {
  // C0 controls but tab, line feed, form feed and carriage return; DEL and the C1 controls; U+FFFD.
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}

function countBinary(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isBinaryChar(text.charCodeAt(i))) n++;
  return n;
}

/** Share of control and replacement characters, from a sample of at most 17 windows of 4,096. */
export function binaryShare(text: string): number {
  if (text.length === 0) return 0;
  if (text.length <= WINDOW * (SAMPLE_WINDOWS + 1)) return countBinary(text, 0, text.length) / text.length;
  let bad = countBinary(text, 0, WINDOW);
  const step = Math.floor((text.length - WINDOW) / SAMPLE_WINDOWS);
  for (let w = 1; w <= SAMPLE_WINDOWS; w++) {
    const at = Math.min(text.length - WINDOW, w * step);
    bad += countBinary(text, at, at + WINDOW);
  }
  return bad / (WINDOW * (SAMPLE_WINDOWS + 1));
}

export function looksBinary(text: string): boolean {
  return binaryShare(text) > MAX_BINARY_SHARE;
}
