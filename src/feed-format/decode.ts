/**
 * Feed bytes → text. Ukrainian and Russian outlets still serve windows-1251 and KOI8-R, often
 * declared only in the XML prolog or only in the HTTP header, so the charset is found the way
 * a browser would: BOM, then the HTTP charset, then the XML declaration, then an HTML
 * `<meta charset>`, else UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { FeedParseError } from './errors.ts';

export interface DecodedFeed {
  text: string;
  /** The charset actually used to decode (lower-case, e.g. `utf-8`, `windows-1251`). */
  charset: string;
  /** Why the result may be imperfect: unknown label, mislabelled bytes, invalid sequences. */
  warnings: string[];
}

type Source = 'bom' | 'http' | 'xml' | 'meta' | 'sniff' | 'default';

/** How far into the body the XML declaration and `<meta>` are looked for. */
const SNIFF_BYTES = 1024;
const META_SNIFF_BYTES = 4096;

/**
 * Labels whose WHATWG meaning differs from the literal one, or that iconv-lite lacks. ASCII and
 * Latin-1 labels mean windows-1252 in practice (smart quotes in 0x80–0x9F); GB2312 pages use GBK
 * characters, so the superset decodes them.
 */
const LABEL_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  iso_8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'x-cp1251': 'windows-1251',
  'x-cp1252': 'windows-1252',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'gb_2312-80': 'gb18030',
  'utf-16': 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  'iso-10646-ucs-2': 'utf-16le',
};

/** Multi-byte or wide encodings: a "valid UTF-8 so it is mislabelled" guess never applies to them. */
const NOT_SINGLE_BYTE = /^(utf-|ucs|gb|big5|shift_jis|sjis|euc-|iso-2022)/;

/** `charset` parameter of a Content-Type value, quotes and spaces tolerated (`charset = "us-ascii"`). */
export function charsetFromContentType(contentType: string | undefined | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?\s*([^"';\s]+)/i.exec(contentType);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function bomOf(body: Buffer): { charset: string; length: number } | null {
  // UTF-32LE's BOM starts like UTF-16LE's, so it is checked first.
  if (body.length >= 4 && body[0] === 0xff && body[1] === 0xfe && body[2] === 0x00 && body[3] === 0x00) return { charset: 'utf-32le', length: 4 };
  if (body.length >= 4 && body[0] === 0x00 && body[1] === 0x00 && body[2] === 0xfe && body[3] === 0xff) return { charset: 'utf-32be', length: 4 };
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 or UTF-32 without a BOM still starts with `<` next to NUL bytes. */
function sniffWide(body: Buffer): string | null {
  if (body.length < 4) return null;
  if (body[0] === 0x3c && body[1] === 0x00 && body[2] === 0x00 && body[3] === 0x00) return 'utf-32le';
  if (body[0] === 0x00 && body[1] === 0x00 && body[2] === 0x00 && body[3] === 0x3c) return 'utf-32be';
  if (body[0] === 0x3c && body[1] === 0x00 && body[2] !== 0x00 && body[3] === 0x00) return 'utf-16le';
  if (body[0] === 0x00 && body[1] === 0x3c && body[2] === 0x00 && body[3] !== 0x00) return 'utf-16be';
  return null;
}

function xmlDeclaredCharset(head: string): string | null {
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function metaCharset(head: string): string | null {
  if (!/<html|<!doctype\s+html/i.test(head)) return null;
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Resolves a label to an encoding we can decode, or null when unknown. */
function resolveLabel(label: string): string | null {
  const l = label.trim().toLowerCase();
  const aliased = LABEL_ALIASES[l] ?? l;
  if (aliased === 'utf-8') return 'utf-8';
  return iconv.encodingExists(aliased) ? aliased : null;
}

/**
 * For undeclared bytes that are not UTF-8: Cyrillic text in windows-1251 is runs of bytes ≥ 0xA8
 * (whole words), while Latin text in windows-1252 has isolated accented letters between ASCII.
 */
function guessLegacyCharset(body: Buffer): string {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const flush = (): void => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const b of body) {
    if (b >= 0x80) high++;
    if (b >= 0xa8) run++;
    else flush();
  }
  flush();
  return high > 0 && inRuns / high > 0.5 ? 'windows-1251' : 'windows-1252';
}

/** Share of non-ASCII characters that came out as U+FFFD when read as UTF-8. */
function replacementShare(text: string): number {
  let nonAscii = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
  }
  return nonAscii === 0 ? 0 : bad / nonAscii;
}

function hasNonAscii(body: Buffer): boolean {
  for (const b of body) if (b >= 0x80) return true;
  return false;
}

function decodeWith(charset: string, bytes: Buffer): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  return iconv.decode(bytes, charset, { stripBOM: false });
}

/**
 * Drops a leading BOM character and whatever precedes the document: PHP warnings, whitespace,
 * junk. A declaration (`<?xml version…`) is only legal at the very start, so text before one is
 * junk, unless a feed element already started there. Otherwise the document starts at the first
 * `<`, or `{` for JSON.
 */
export function stripToDocument(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = t.search(/\S/);
  if (first < 0) return '';
  const decl = t.slice(0, 64 * 1024).search(/<\?xml\s+version/);
  if (decl > first && !/<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>]/.test(t.slice(first, decl))) return t.slice(decl);
  const c = t[first];
  if (c === '<' || c === '{' || c === '[') return t.slice(first);
  const lt = t.indexOf('<', first);
  const brace = t.indexOf('{', first);
  const cut = lt < 0 ? brace : brace < 0 ? lt : Math.min(lt, brace);
  return cut < 0 ? t.slice(first) : t.slice(cut);
}

function pickCharset(body: Buffer, contentType: string | null | undefined, warnings: string[]): { charset: string; source: Source; skip: number } {
  const bom = bomOf(body);
  if (bom) return { charset: bom.charset, source: 'bom', skip: bom.length };

  const httpLabel = charsetFromContentType(contentType);
  // `<` between NUL bytes cannot be anything but UTF-16/32, whatever a label says.
  const wide = sniffWide(body);
  if (wide) {
    if (httpLabel && !/^(utf-?(16|32)|ucs)/.test(httpLabel)) warnings.push(`charset "${httpLabel}" (http) does not match the bytes; decoded as ${wide}`);
    return { charset: wide, source: 'sniff', skip: 0 };
  }

  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const xmlLabel = xmlDeclaredCharset(head);
  const candidates: Array<[string | null, Source]> = [
    [httpLabel, 'http'],
    [xmlLabel, 'xml'],
    [xmlLabel ? null : metaCharset(body.subarray(0, META_SNIFF_BYTES).toString('latin1')), 'meta'],
  ];
  for (const [label, source] of candidates) {
    if (!label) continue;
    const charset = resolveLabel(label);
    if (!charset) {
      warnings.push(`unknown charset "${label}" (${source}) ignored`);
      continue;
    }
    if (charset.startsWith('utf-16') || charset.startsWith('utf-32')) {
      // A wide label on bytes whose start reads as ASCII is wrong.
      warnings.push(`charset "${label}" (${source}) does not match the bytes; ignored`);
      continue;
    }
    return { charset, source, skip: 0 };
  }
  return { charset: 'utf-8', source: 'default', skip: 0 };
}

/**
 * Decodes a feed body to text, stripped to the document (see stripToDocument). An unknown or
 * impossible label is skipped with a warning, so the next source (or UTF-8) decides. Throws
 * FeedParseError('encoding') only when the chosen decoder itself fails; undecodable sequences
 * become U+FFFD with a warning instead.
 */
export function decodeFeedBytes(body: Buffer, contentType?: string | null): DecodedFeed {
  const warnings: string[] = [];
  const picked = pickCharset(body, contentType, warnings);
  const { source, skip } = picked;
  let charset = picked.charset;
  const bytes = skip > 0 ? body.subarray(skip) : body;

  if (source !== 'bom' && charset !== 'utf-8' && !NOT_SINGLE_BYTE.test(charset) && hasNonAscii(bytes) && isUtf8(bytes)) {
    // Legacy-encoded Cyrillic is practically never valid UTF-8, so valid UTF-8 means a wrong label.
    warnings.push(`declared ${charset} (${source}) but the bytes are valid UTF-8; decoded as UTF-8`);
    charset = 'utf-8';
  }

  let text: string;
  try {
    text = decodeWith(charset, bytes);
  } catch (cause) {
    throw new FeedParseError('encoding', `cannot decode the feed as ${charset}`, { charset }, { cause });
  }

  if (charset === 'utf-8' && !isUtf8(bytes)) {
    if (source === 'default' && replacementShare(text) > 0.5) {
      const guess = guessLegacyCharset(bytes);
      warnings.push(`no charset declared and the bytes are not UTF-8; guessed ${guess}`);
      charset = guess;
      text = decodeWith(charset, bytes);
    } else {
      warnings.push('invalid UTF-8 sequences replaced with U+FFFD');
    }
  }
  return { text: stripToDocument(text), charset, warnings };
}
