/**
 * An article page's bytes → its main text, metadata and claims: the CPU-heavy part of the
 * article job, pure, so it can run in a worker thread (page-reader.ts). A page that is not
 * text, or whose text is over the claim reader's cap, gives a typed outcome and no claims.
 */
import { extractArticle } from '../article/extract.ts';
import { checkClaimText } from '../claims/bounds.ts';
import { extractClaims } from '../claims/extract.ts';
import type { Claim } from '../claims/types.ts';
// decode.ts itself, not the feeds index: the thread loads less (no fetch or feed parser).
import { decodeFeedBytes } from '../feed-format/decode.ts';

export interface PageInput {
  body: Uint8Array;
  contentType: string | null | undefined;
  /** The address the page was fetched from (after redirects). */
  finalUrl: string;
  /** The article's address as the feed gave it: passed to the claim reader. */
  url: string;
  /** The feed item's time, used when the page states none. */
  publishedAt: string | null;
}

/** What the article job keeps of a page that could not be read; never retried. */
export type PageRefusal = 'not_article' | 'too_large' | 'timeout';

export type PageReading =
  | {
      outcome: 'ok';
      title: string | null;
      publishedAt: string | null;
      lang: string | null;
      siteName: string | null;
      /** The page's canonical link (a syndicated copy names the original here). */
      canonicalUrl: string | null;
      claims: Claim[];
    }
  | { outcome: PageRefusal; reason: string };

export function readPage(input: PageInput): PageReading {
  const html = decodeFeedBytes(Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength), input.contentType).text;
  const article = extractArticle(html, input.finalUrl);
  if (article.outcome === 'not_article') return { outcome: 'not_article', reason: article.reason ?? 'not an article' };
  const verdict = checkClaimText(article.text);
  if (!verdict.ok) return { outcome: verdict.outcome === 'not_text' ? 'not_article' : verdict.outcome, reason: verdict.reason };
  const publishedAt = article.publishedAt ?? input.publishedAt;
  const claims = extractClaims(article.text, { ...(publishedAt ? { published: publishedAt } : {}), ...(article.lang ? { lang: article.lang } : {}), url: input.url });
  return { outcome: 'ok', title: article.title, publishedAt, lang: article.lang, siteName: siteName(html), canonicalUrl: article.canonicalUrl, claims };
}

/** `og:site_name` (or `application-name`) of a page, when it states one. */
export function siteName(html: string): string | null {
  const head = html.slice(0, 200_000);
  const m =
    /<meta[^>]+property=["']og:site_name["'][^>]*content=["']([^"']{1,120})["']/i.exec(head) ??
    /<meta[^>]+content=["']([^"']{1,120})["'][^>]*property=["']og:site_name["']/i.exec(head) ??
    /<meta[^>]+name=["']application-name["'][^>]*content=["']([^"']{1,120})["']/i.exec(head);
  return m?.[1]?.trim() || null;
}
