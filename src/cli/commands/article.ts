import { extractArticle } from '../../article/extract.ts';
import { nestingCut } from '../../article/nesting-cut.ts';
import { extractClaims } from '../../claims/extract.ts';
import { isIsoDate } from '../../core/dates.ts';
import { readFileSync } from 'node:fs';
import { decodeFeedBytes } from '../../feeds/index.ts';
import { out, readInputs, UsageError } from '../io.ts';
import { TallywatchError } from '../../core/errors.ts';

/** Inputs as bytes, decoded as a page would be (BOM, meta charset), for HTML that is not UTF-8. */
function readHtmlInputs(files: string[]): { file: string; text: string }[] {
  if (files.length === 0) return [{ file: '-', text: decodeFeedBytes(readFileSync(0)).text }];
  return files.map((file) => {
    try {
      return { file, text: decodeFeedBytes(readFileSync(file)).text };
    } catch (cause) {
      throw new TallywatchError('input_unreadable', `cannot read ${file}: ${(cause as Error).message}`, { file }, { cause });
    }
  });
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body|<meta|<article|<div|<p[ >])/i.test(text.slice(0, 2000));

/** `tallywatch article [FILE...]`: HTML in; one JSON line per input with the main text. */
export function articleCommand(files: string[], url?: string): number {
  for (const { file, text } of readHtmlInputs(files)) {
    const a = extractArticle(text, url);
    const cut = nestingCut(text, a.text);
    out({ file, title: a.title, text: a.text, publishedAt: a.publishedAt, lang: a.lang, ...(cut ? { cut } : {}) });
  }
  return 0;
}

/** `tallywatch extract [--published DATE] [--url URL] [FILE...]`: text or HTML in; one JSON line of claims per input. */
export function extractCommand(files: string[], published?: string, url?: string): number {
  if (published !== undefined && !isIsoDate(published.slice(0, 10))) throw new UsageError(`--published: expected YYYY-MM-DD, got ${JSON.stringify(published)}`);
  const inputs = files.length === 0 ? readInputs([]) : readHtmlInputs(files);
  for (const { file, text } of inputs) {
    let body = text;
    let when = published;
    let lang: string | undefined;
    if (looksLikeHtml(text)) {
      const a = extractArticle(text, url);
      body = a.text;
      when ??= a.publishedAt ?? undefined;
      lang = a.lang ?? undefined;
    }
    const claims = extractClaims(body, { ...(when ? { published: when } : {}), ...(lang ? { lang } : {}), ...(url ? { url } : {}) });
    out({ file, claims });
  }
  return 0;
}
