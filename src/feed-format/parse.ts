/**
 * Feed text → ParsedFeed. Our adapter in front of the libraries: it picks the format from the
 * root element, lets feedsmith read RSS 0.9x/2.0, RDF and Atom 0.3/1.0, maps JSON Feed itself,
 * and turns every failure into a FeedParseError.
 *
 * Why feedsmith alone, with no rss-parser fallback (measured on the shared corpus, every file
 * decoded by decode.ts, a new rss-parser Parser per document): of the 206 real feeds feedsmith
 * reads 203 and rss-parser 186, and rss-parser reads none that feedsmith rejects. With this
 * adapter 205 of 206 parse (the one left is a JSON Feed cut off mid-string); over all 826 files,
 * 803 here against 658 for rss-parser, and the only 3 rss-parser accepts that we refuse are two
 * hostile DTD files and the 50 MB one we refuse by size. rss-parser also rejects a whole feed over
 * one invalid Atom date and any `<rss>` without a version, keeps state in its Parser after a
 * failure, and is asynchronous. feedsmith returns dates as written (dates.ts wants them so),
 * never expands DTD entities and refuses external ones; its shared parser showed no order
 * dependence (the corpus parsed forwards, backwards and shuffled gives identical output).
 */
import { DetectError, MalformedError, ParseError, parseAtomFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { stripToDocument } from './decode.ts';
import { FeedParseError } from './errors.ts';
import { parseJsonFeedText } from './json-feed.ts';
import { assertLinearMarkup } from './markup-guard.ts';
import { fromAtom, fromRdf, fromRss } from './map-feedsmith.ts';
import { DEFAULT_MAX_ITEMS, finishFeed } from './normalize-feed.ts';
import type { FeedFormat, ParsedFeed, RawFeed } from './types.ts';

export interface ParseFeedOptions {
  /** Items kept per feed, in document order. @default 500 */
  maxItems?: number;
  /** Longer texts are refused with `too_large` before parsing. @default 16 Mi characters */
  maxChars?: number;
  /**
   * What relative links resolve against when it differs from `feedUrl`: the URL the feed was
   * finally served from, after redirects. Keys stay namespaced by `feedUrl`, the configured one,
   * so a feed moving behind a redirect does not make its items new again. @default feedUrl
   */
  baseUrl?: string;
}

export const DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

/** Root elements of formats we recognise but do not read as news feeds (OPML, sitemaps, a lone Atom entry, Microsoft CDF). */
const UNSUPPORTED_ROOTS = new Set(['opml', 'urlset', 'sitemapindex', 'service', 'entry', 'channel']);

type XmlRoot = { name: string; local: string; index: number };

const NAME_START = /[A-Za-z_]/;
const NAME = /^[A-Za-z_][\w:.-]*/;

/**
 * The document element: the first tag that is not a PI, comment or DOCTYPE. A plain scan with
 * indexOf, so an unterminated `<!--` repeated a million times costs one pass, not a million.
 */
function rootElement(doc: string): XmlRoot | null {
  let i = doc.indexOf('<');
  while (i >= 0 && i < doc.length) {
    if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i + 4);
      if (end < 0) return null;
      i = doc.indexOf('<', end + 3);
    } else if (doc.startsWith('<?', i)) {
      const end = doc.indexOf('?>', i + 2);
      if (end < 0) return null;
      i = doc.indexOf('<', end + 2);
    } else if (doc.startsWith('<![CDATA[', i)) {
      return null;
    } else if (/^<!DOCTYPE/i.test(doc.slice(i, i + 9))) {
      // Skip an internal subset in brackets; its declarations contain `>`.
      const gt = doc.indexOf('>', i);
      const bracket = doc.indexOf('[', i);
      let end = gt;
      if (bracket >= 0 && (gt < 0 || bracket < gt)) {
        const close = doc.indexOf(']', bracket);
        end = close < 0 ? -1 : doc.indexOf('>', close);
      }
      if (end < 0) return null;
      i = doc.indexOf('<', end + 1);
    } else if (NAME_START.test(doc[i + 1] ?? '')) {
      const name = NAME.exec(doc.slice(i + 1, i + 257))?.[0] ?? '';
      const local = (name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name).toLowerCase();
      return { name, local, index: i };
    } else {
      i = doc.indexOf('<', i + 1);
    }
  }
  return null;
}

function feedFormatOf(local: string): Exclude<FeedFormat, 'json'> | null {
  if (local === 'rss') return 'rss';
  if (local === 'feed') return 'atom';
  if (local === 'rdf') return 'rdf';
  return null;
}

function emptyFeed(format: FeedFormat, warning: string): RawFeed {
  return { format, title: null, link: null, ttlMinutes: null, base: null, items: [], warnings: [warning] };
}

function runFeedsmith(format: Exclude<FeedFormat, 'json'>, doc: string, maxItems: number): RawFeed {
  // maxItems + 1 lets finishFeed notice (and say) that the cap was reached.
  const opts = { maxItems: maxItems + 1 };
  switch (format) {
    case 'rss':
      return fromRss(parseRssFeed(doc, opts));
    case 'atom':
      return fromAtom(parseAtomFeed(doc, opts));
    case 'rdf':
      return fromRdf(parseRdfFeed(doc, opts));
  }
}

/**
 * A feed cut off mid-document (a CMS that died while writing it): keep what precedes the last
 * complete item and close the containers. Null when the document does not look truncated.
 */
function closeTruncated(doc: string, root: XmlRoot): string | null {
  if (new RegExp(`</${root.name.replace(/[.]/g, '\\.')}\\s*>\\s*$`).test(doc)) return null;
  const itemEnd = root.local === 'feed' ? /<\/(?:[\w.-]+:)?entry\s*>/g : /<\/(?:[\w.-]+:)?item\s*>/g;
  let end = -1;
  for (const m of doc.matchAll(itemEnd)) end = m.index + m[0].length;
  if (end < 0) return null;
  const closers = root.local === 'rss' ? `</channel></${root.name}>` : `</${root.name}>`;
  return doc.slice(0, end) + closers;
}

/** An Atom or RSS document wrapped in an HTML page (seen in the wild): the outermost feed element in it. */
function embeddedFeed(doc: string): string | null {
  const open = /<((?:[\w.-]+:)?(?:rss|feed|RDF))[\s>]/.exec(doc);
  if (!open?.[1]) return null;
  const close = doc.lastIndexOf(`</${open[1]}>`);
  if (close < open.index) return null;
  return doc.slice(open.index, close + open[1].length + 3);
}

function parseXml(doc: string, maxItems: number, nested: boolean): RawFeed {
  const root = rootElement(doc);
  if (root === null) throw new FeedParseError('empty', 'no XML element in the document');
  const format = feedFormatOf(root.local);

  if (format === null) {
    if (UNSUPPORTED_ROOTS.has(root.local)) {
      throw new FeedParseError('unsupported', `<${root.name}> documents are not read as feeds`, { root: root.name });
    }
    const inner = nested ? null : embeddedFeed(doc.slice(root.index));
    if (inner !== null) {
      const feed = parseXml(inner, maxItems, true);
      feed.warnings.unshift(`feed found inside <${root.name}>`);
      return feed;
    }
    throw new FeedParseError('not_a_feed', `root element <${root.name}> is not a feed${root.local === 'html' ? ' (an HTML page)' : ''}`, { root: root.name });
  }

  // Parsing is synchronous on the poller's thread: keep it linear before the library sees it.
  assertLinearMarkup(doc);
  try {
    return runFeedsmith(format, doc, maxItems);
  } catch (err) {
    if (err instanceof ParseError || err instanceof DetectError) {
      // The root says feed, the XML is well formed, but no feed field is there: an empty feed.
      return emptyFeed(format, 'no recognised feed fields');
    }
    if (err instanceof MalformedError) {
      const repaired = closeTruncated(doc, root);
      if (repaired !== null) {
        try {
          const feed = runFeedsmith(format, repaired, maxItems);
          feed.warnings.unshift(`document truncated; ${feed.items.length} complete item(s) kept`);
          return feed;
        } catch {
          // Fall through to report the original error.
        }
      }
      throw new FeedParseError('malformed', `malformed ${format} document: ${causeText(err)}`, { format }, { cause: err });
    }
    throw err;
  }
}

function causeText(err: unknown): string {
  const cause = (err as { cause?: unknown }).cause;
  const text = cause instanceof Error ? cause.message : err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]?.slice(0, 200) ?? '';
}

/**
 * Parses decoded feed text. `feedUrl` is the feed's URL: relative links resolve against it
 * (or `opts.baseUrl`) and opaque guids are namespaced by it.
 * Throws FeedParseError, never anything else.
 */
export function parseFeed(text: string, feedUrl: string, opts: ParseFeedOptions = {}): ParsedFeed {
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  if (text.length > maxChars) {
    throw new FeedParseError('too_large', `feed text of ${text.length} characters exceeds the cap of ${maxChars}`, { feedUrl, maxChars });
  }
  const doc = stripToDocument(text);
  if (doc === '') throw new FeedParseError('empty', 'empty feed body', { feedUrl });

  try {
    const c = doc[0];
    let raw: RawFeed;
    if (c === '{' || c === '[') raw = parseJsonFeedText(doc);
    else if (c === '<') raw = parseXml(doc, maxItems, false);
    else throw new FeedParseError('not_a_feed', 'neither XML nor JSON', { feedUrl });
    return finishFeed(raw, feedUrl, { maxItems, baseUrl: opts.baseUrl ?? feedUrl });
  } catch (err) {
    if (err instanceof FeedParseError) {
      if (err.context.feedUrl === undefined) err.context.feedUrl = feedUrl;
      throw err;
    }
    // A library bug or a stack overflow on absurd nesting: still this feed's problem, not a crash.
    throw new FeedParseError('malformed', `feed could not be parsed: ${causeText(err)}`, { feedUrl }, { cause: err });
  }
}
