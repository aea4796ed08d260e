/**
 * feedsmith's RSS, Atom and RDF objects → our RawFeed. feedsmith hands dates back as the raw
 * strings, which is what we want: `dates.ts` applies one UTC policy to every format.
 */
import type { AtomFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { RawFeed, RawItem } from './types.ts';

type Rss = RssFeed.Feed<string>;
type Atom = AtomFeed.Feed<string>;
type Rdf = RdfFeed.Feed<string>;
type AtomLink = AtomFeed.Link<string>;

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function first<T>(values: T[] | undefined): T | undefined {
  return values?.[0];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Atom text constructs: `type="text"` content is plain text, so it is escaped to stay HTML. */
function atomContentHtml(content: AtomFeed.Content | undefined): string | null {
  const value = str(content?.value);
  if (value === null) return null;
  const type = (content?.type ?? 'text').toLowerCase();
  return type === 'text' || type === 'text/plain' ? escapeHtml(value) : value;
}

/** The entry's web page: rel="alternate" (the default rel), HTML preferred; never self/edit/enclosure. */
function atomAlternate(links: AtomLink[] | undefined): string | null {
  if (!links || links.length === 0) return null;
  const alternates = links.filter((l) => (l.rel ?? 'alternate').toLowerCase() === 'alternate' && str(l.href));
  const html = alternates.find((l) => !l.type || /html/i.test(l.type));
  return str((html ?? alternates[0])?.href);
}

/** RSS `<ttl>`, else the syndication module's period divided by its frequency, in minutes. */
function rssTtl(feed: { ttl?: number; sy?: { updatePeriod?: string; updateFrequency?: number } }): number | null {
  if (typeof feed.ttl === 'number' && Number.isFinite(feed.ttl) && feed.ttl > 0) return feed.ttl;
  const periods: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };
  const period = feed.sy?.updatePeriod ? periods[feed.sy.updatePeriod.trim().toLowerCase()] : undefined;
  if (period === undefined) return null;
  const freq = feed.sy?.updateFrequency;
  const n = typeof freq === 'number' && Number.isFinite(freq) && freq > 0 ? freq : 1;
  return Math.max(1, Math.round(period / n));
}

function rssItem(item: RssFeed.Item<string>): RawItem {
  const dc = item.dc;
  const dcterms = item.dcterms;
  return {
    guid: str(item.guid?.value),
    guidIsPermaLink: item.guid?.isPermaLink !== false,
    link: str(item.link) ?? atomAlternate(item.atom?.links),
    title: str(item.title) ?? str(first(dc?.titles)),
    date:
      str(item.pubDate) ??
      str(first(dc?.dates)) ??
      str(first(dcterms?.issued)) ??
      str(first(dcterms?.created)) ??
      str(item.atom?.published) ??
      str(item.atom?.updated) ??
      str(first(dcterms?.modified)),
    summary: str(item.description) ?? str(first(dc?.descriptions)),
    contentHtml: str(item.content?.encoded),
    base: str(item.xml?.base),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>): RawItem {
  return {
    guid: str(entry.id),
    guidIsPermaLink: false,
    link: atomAlternate(entry.links),
    title: str(entry.title?.value),
    date: str(entry.published) ?? str(first(entry.dc?.dates)) ?? str(entry.updated),
    summary: str(entry.summary?.value),
    contentHtml: atomContentHtml(entry.content),
    base: str(entry.xml?.base),
  };
}

function rdfItem(item: RdfFeed.Item<string>): RawItem {
  return {
    guid: str(item.rdf?.about),
    guidIsPermaLink: false,
    link: str(item.link),
    title: str(item.title) ?? str(first(item.dc?.titles)),
    date: str(first(item.dc?.dates)) ?? str(first(item.dcterms?.issued)) ?? str(first(item.dcterms?.modified)),
    summary: str(item.description) ?? str(first(item.dc?.descriptions)),
    contentHtml: str(item.content?.encoded),
    base: str(item.xml?.base),
  };
}

export function fromRss(feed: Rss): RawFeed {
  return {
    format: 'rss',
    title: str(feed.title),
    link: str(feed.link) ?? atomAlternate(feed.atom?.links),
    ttlMinutes: rssTtl(feed),
    base: str(feed.xml?.base),
    items: (feed.items ?? []).map(rssItem),
    warnings: [],
  };
}

export function fromAtom(feed: Atom): RawFeed {
  return {
    format: 'atom',
    title: str(feed.title?.value),
    link: atomAlternate(feed.links),
    ttlMinutes: null,
    base: str(feed.xml?.base),
    items: (feed.entries ?? []).map(atomEntry),
    warnings: [],
  };
}

export function fromRdf(feed: Rdf): RawFeed {
  return {
    format: 'rdf',
    title: str(feed.title),
    link: str(feed.link),
    ttlMinutes: rssTtl(feed),
    base: str(feed.xml?.base),
    items: (feed.items ?? []).map(rdfItem),
    warnings: [],
  };
}
