/**
 * Main text and metadata of a news article page. Pure and synchronous: HTML in, ArticleResult
 * out; never throws on malformed markup.
 *
 * The body comes from the page's JSON-LD `articleBody` when it is substantial and agrees with
 * what the page shows, otherwise from a content-scoring pass over the DOM (body.ts).
 */
import { binaryShare, MAX_BINARY_SHARE } from '../core/binary.ts';
import { parseHtml } from './dom.ts';
import { extractBody } from './body.ts';
import { ldData } from './jsonld.ts';
import type { LdArticle } from './jsonld.ts';
import { pickLang, pickPublished, pickTitle, toIsoUtc } from './meta.ts';
import { scanDocument } from './scan.ts';
import { canonicalUrl } from '../feed-format/canonical-url.ts';
import type { Scan } from './scan.ts';

export interface ArticleResult {
  title: string | null;
  /** Paragraphs separated by blank lines, line breaks kept as single newlines, spaces collapsed. */
  text: string;
  /** ISO 8601 instant in UTC. */
  publishedAt: string | null;
  /** Primary language subtag, lowercase ("en", "uk"). */
  lang: string | null;
  /**
   * 'jsonld': the words are the page's JSON-LD articleBody (laid out in the page's own
   * paragraphs when the page shows exactly the same words); 'heuristic': content scoring.
   */
  method: 'jsonld' | 'heuristic';
  /**
   * The page's `<link rel="canonical">`, resolved against its address and normalised like
   * feed links (src/feed-format/canonical-url.ts); null when it names none (or nothing usable).
   * A syndicated copy names the original article here.
   */
  canonicalUrl: string | null;
  /**
   * 'article': a page of text, read as above.
   * 'not_article': the input is not a page of text (random or binary bytes: control and
   * undecodable characters throughout); text is then empty and `reason` says why.
   */
  outcome: 'article' | 'not_article';
  reason?: string;
}

/** Longer input is cut: a real article page is far smaller, and parsing is linear in it. */
export const MAX_HTML_CHARS = 5_000_000;
/**
 * Elements beyond this many are not scanned. Scripts, images and SVG do not count; the largest
 * of 181 benchmark news pages (1.5 MB) has under 1,500 that do.
 */
export const MAX_ELEMENTS = 50_000;

/** A JSON-LD body shorter than this many words is a teaser or a summary, not the article. */
const LD_MIN_WORDS = 50;

const WORD = /[\p{L}\p{N}_]+/gu;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

// Bounded repetitions: a long body full of stray '<' must not make the test quadratic.
const LOOKS_HTML = /<\/?[a-z][^<>]{0,500}>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{1,30});/i;
/** Longer articleBody strings are cut before use (the longest news article is far shorter). */
const LD_MAX_CHARS = 1_000_000;

/**
 * articleBody is plain text on most sites, HTML on some and entity-escaped HTML on others
 * ("&lt;p&gt;"), so markup is rendered up to twice.
 */
function ldBodyText(body: string): string {
  let text = body.length > LD_MAX_CHARS ? body.slice(0, LD_MAX_CHARS) : body;
  for (let round = 0; round < 2 && LOOKS_HTML.test(text); round++) {
    const scan = scanDocument(parseHtml(`<body>${text.replace(/\r?\n\s*\n/g, '<p>')}</body>`), { maxElements: MAX_ELEMENTS });
    text = scan.runs.map((r) => r.text).join('\n\n');
  }
  return text
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * The JSON-LD body when it can be trusted: long enough, not much shorter than what the page
 * shows (a teaser), and made of the page's own words (not another article's).
 */
function trustedLdBody(articles: LdArticle[], scan: Scan, heuristicWords: number): string | null {
  let pageWords: Set<string> | null = null;
  for (const a of articles) {
    if (!a.articleBody) continue;
    const text = ldBodyText(a.articleBody);
    const ws = words(text);
    if (ws.length < LD_MIN_WORDS) continue;
    if (ws.length < heuristicWords * 0.6) continue;
    if (pageWords === null) {
      pageWords = new Set();
      for (const run of scan.runs) for (const w of words(run.text)) pageWords.add(w.toLowerCase());
    }
    const sample = ws.slice(0, 300);
    let found = 0;
    for (const w of sample) if (pageWords.has(w.toLowerCase())) found++;
    if (found >= sample.length * 0.6) return text;
  }
  return null;
}

/**
 * Tags read at most. The element limit applies after parsing, and building a DOM of a
 * million tiny elements costs ~470 MB and seconds of blocked event loop, so a page past
 * this many `<` is cut before it is parsed. Real article pages stay far below it.
 */
export const MAX_TAGS = 200_000;

function capTags(html: string, max: number): string {
  let lower: string | null = null;
  let at = -1;
  for (let n = 0; n < max; n++) {
    at = html.indexOf('<', at + 1);
    if (at < 0) return html;
    // Script and style bodies are text to the parser, not elements: skip them whole.
    const head = html.slice(at + 1, at + 7).toLowerCase();
    const raw = head.startsWith('script') ? '</script' : head.startsWith('style') ? '</style' : null;
    if (raw) {
      lower ??= html.toLowerCase();
      const end = lower.indexOf(raw, at + 1);
      if (end < 0) return html;
      at = end;
    }
  }
  return html.slice(0, at);
}

/** `url` (the page's address) only helps to recognise the site's name in the title. */
export function extractArticle(html: string, url?: string): ArticleResult {
  // Bytes that are not text would come out as millions of characters of junk "article".
  const junk = binaryShare(html);
  if (junk > MAX_BINARY_SHARE) {
    return { title: null, text: '', publishedAt: null, lang: null, method: 'heuristic', canonicalUrl: null, outcome: 'not_article', reason: `not an article: ${Math.round(junk * 100)} % control or undecodable characters` };
  }
  const input = capTags(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html, MAX_TAGS);
  const scan = scanDocument(parseHtml(input), { maxElements: MAX_ELEMENTS });
  const { articles, anyDatePublished } = ldData(scan.meta.ldScripts);
  const ld = articles[0] ?? null;
  const title = pickTitle(scan.meta, ld?.headline ?? null, url);
  const body = extractBody(scan, title);
  const bodyWords = words(body.text);
  const ldText = articles.length > 0 ? trustedLdBody(articles, scan, bodyWords.length) : null;
  let text = ldText ?? body.text;
  // Many articleBody strings run the paragraphs together; when the page shows the very same
  // words, its paragraph breaks are kept.
  if (ldText !== null && !ldText.includes('\n') && body.text.includes('\n') && sameWords(words(ldText), bodyWords)) text = body.text;
  // An article's own date first; a date on another object (the WebPage) only after the page's metas.
  const datedLd = articles.find((a) => toIsoUtc(a.datePublished) !== null);
  return {
    title,
    text,
    publishedAt: pickPublished(scan.meta, datedLd?.datePublished ?? null) ?? toIsoUtc(anyDatePublished),
    lang: pickLang(scan.meta, ld?.inLanguage ?? null, text),
    method: ldText !== null ? 'jsonld' : 'heuristic',
    canonicalUrl: canonicalUrl(scan.meta.canonicalHref, url),
    outcome: 'article',
  };
}
