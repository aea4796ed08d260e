/** The feed layer's output: one shape whatever the format or the library that read it. */

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** Stable identity across polls (and across feeds when it is a URL): see `item-key.ts`. */
  key: string;
  /** The feed's own id (RSS guid, Atom id, RDF about, JSON Feed id), as written. */
  guid: string | null;
  /** Canonical http(s) URL of the article, resolved against xml:base and the feed URL. */
  link: string | null;
  /** Whitespace collapsed; entities decoded; may contain markup when the feed put it there. */
  title: string | null;
  /** ISO 8601 UTC, see `dates.ts` for the policy; null when absent or unreadable. */
  publishedAt: string | null;
  /** RSS description, Atom summary, JSON Feed summary: as given, often HTML. */
  summary: string | null;
  /** Full content when the feed carries it (content:encoded, Atom content, content_html). Not sanitised. */
  contentHtml: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed describes, canonical. */
  link: string | null;
  /** How long the publisher asks readers to cache the feed (RSS `<ttl>`, else sy:updatePeriod). */
  ttlMinutes: number | null;
  /** In document order, duplicates by key removed (first kept). */
  items: FeedItem[];
  /** What was repaired, guessed or dropped; never fatal. */
  warnings: string[];
}

/** A feed as mapped out of a library, before resolution, canonicalisation and caps. */
export interface RawItem {
  guid: string | null;
  /** RSS guid without isPermaLink="false": may stand in for a missing link. */
  guidIsPermaLink: boolean;
  link: string | null;
  title: string | null;
  /** The date string as written; the item's publication date, else its update date. */
  date: string | null;
  summary: string | null;
  contentHtml: string | null;
  /** xml:base in effect on the item, if any (relative to the feed's). */
  base: string | null;
}

export interface RawFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  ttlMinutes: number | null;
  /** Feed-level xml:base, relative to the feed URL. */
  base: string | null;
  items: RawItem[];
  warnings: string[];
}
