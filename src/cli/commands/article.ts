import { extractArticle } from '../../article/extract.ts';
import { guessLang, normaliseLang } from '../../article/meta.ts';
import { nestingCut } from '../../article/nesting-cut.ts';
import { checkClaimText } from '../../claims/bounds.ts';
import { extractClaims } from '../../claims/extract.ts';
import { isIsoDate } from '../../core/dates.ts';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { decodeFeedBytes } from '../../feed-format/decode.ts';
import { out, progress, readInputs, UsageError } from '../io.ts';
import { TallywatchError } from '../../core/errors.ts';

/**
 * Bytes of an input decoded at most: the worker never fetches more than 5 MiB of a page (fetch.maxBytes),
 * and the extractors read less, so a larger file is judged by its start (decoding 20 MB of junk
 * alone takes seconds).
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** The start of a file (all of stdin) and its whole size. */
function readHead(file: string | 0): { bytes: Buffer; size: number } {
  if (file === 0) {
    const all = readFileSync(0);
    return { bytes: all.subarray(0, MAX_INPUT_BYTES), size: all.length };
  }
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.alloc(Math.min(size, MAX_INPUT_BYTES));
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: bytes.subarray(0, got), size };
  } finally {
    closeSync(fd);
  }
}

interface Input {
  file: string;
  text: string;
  /** The whole input's size in bytes; over MAX_INPUT_BYTES, `text` is its start only. */
  size: number;
}

/** Inputs as bytes, decoded as a page would be (BOM, meta charset), for HTML that is not UTF-8. */
function readHtmlInputs(files: string[]): Input[] {
  if (files.length === 0) {
    const { bytes, size } = readHead(0);
    return [{ file: '-', text: decodeFeedBytes(bytes).text, size }];
  }
  return files.map((file) => {
    try {
      const { bytes, size } = readHead(file);
      return { file, text: decodeFeedBytes(bytes).text, size };
    } catch (cause) {
      throw new TallywatchError('input_unreadable', `cannot read ${file}: ${(cause as Error).message}`, { file }, { cause });
    }
  });
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])/i.test(text.slice(0, 2000));

/** An input that cannot be read as asked: one JSON line that says so, and a message on stderr. */
function refuse(file: string, outcome: string, message: string, rest: Record<string, unknown>): void {
  out({ file, ...rest, outcome, message });
  progress(`tallywatch: ${file}: ${message}`);
}

/**
 * `tallywatch article [FILE...]`: HTML in; one JSON line per input with the main text. Bytes
 * that are not text get `outcome: "not_article"` and an empty text; the exit code is then 1.
 */
export function articleCommand(files: string[], url?: string): number {
  let refused = 0;
  for (const { file, text } of readHtmlInputs(files)) {
    const a = extractArticle(text, url);
    if (a.outcome === 'not_article') {
      refuse(file, a.outcome, a.reason ?? 'not an article', { title: null, text: '', publishedAt: null, lang: null });
      refused++;
      continue;
    }
    // A page nested past the depth limit whose flattened text the body left out says so.
    const cut = nestingCut(text, a.text);
    out({ file, title: a.title, text: a.text, publishedAt: a.publishedAt, lang: a.lang, ...(cut ? { cut } : {}) });
  }
  return refused > 0 ? 1 : 0;
}

/**
 * `tallywatch extract [--published DATE] [--url URL] [--lang CODE] [FILE...]`: text or HTML in; one JSON line
 * of claims per input. An input that is not text (`not_text`, `not_article`) or whose text is
 * over the claim reader's cap (`too_large`) gets no claims, an `outcome` and a message; the exit
 * code is then 1.
 */
export function extractCommand(files: string[], published?: string, url?: string, langOption?: string): number {
  if (published !== undefined && !isIsoDate(published.slice(0, 10))) throw new UsageError(`--published: expected YYYY-MM-DD, got ${JSON.stringify(published)}`);
  if (langOption !== undefined && normaliseLang(langOption) === null) throw new UsageError(`--lang: expected a language code such as en or uk, got ${JSON.stringify(langOption)}`);
  const inputs = files.length === 0 ? readInputs([]).map((i) => ({ ...i, size: Buffer.byteLength(i.text) })) : readHtmlInputs(files);
  let refused = 0;
  for (const { file, text, size } of inputs) {
    let body = text;
    let when = published;
    let lang = normaliseLang(langOption) ?? undefined;
    if (looksLikeHtml(text)) {
      const a = extractArticle(text, url);
      if (a.outcome === 'not_article') {
        refuse(file, a.outcome, a.reason ?? 'not an article', { claims: [] });
        refused++;
        continue;
      }
      body = a.text;
      when ??= a.publishedAt ?? undefined;
      lang ??= a.lang ?? undefined;
    }
    // The learned step's thresholds are set per language group, so plain text is given its likely language.
    lang ??= guessLang(body) ?? undefined;
    const verdict = checkClaimText(body);
    if (!verdict.ok) {
      if (verdict.outcome === 'too_large' && size > MAX_INPUT_BYTES) verdict.reason = `input of ${size.toLocaleString('en-US')} bytes: ${verdict.reason}`;
      refuse(file, verdict.outcome, verdict.reason, { claims: [] });
      refused++;
      continue;
    }
    const claims = extractClaims(body, { ...(when ? { published: when } : {}), ...(lang ? { lang } : {}), ...(url ? { url } : {}) });
    out({ file, claims });
  }
  return refused > 0 ? 1 : 0;
}
