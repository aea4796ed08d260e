/**
 * JSON Feed 1.0/1.1 (and Dave Winer's RSS-in-JSON, which has the RSS shape) → RawFeed.
 * Mapped here rather than by a library: the format is small, and JSON.parse already refuses
 * anything that is not JSON.
 */
import { FeedParseError } from './errors.ts';
import type { RawFeed, RawItem } from './types.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function jsonFeedItem(item: Json): RawItem {
  const contentHtml = str(item.content_html);
  const contentText = str(item.content_text);
  return {
    guid: str(item.id),
    guidIsPermaLink: false,
    link: str(item.url) ?? str(item.external_url),
    title: str(item.title),
    date: str(item.date_published) ?? str(item.date_modified),
    summary: str(item.summary),
    contentHtml: contentHtml ?? (contentText === null ? null : escapeHtml(contentText)),
    base: null,
  };
}

function fromJsonFeed(doc: Json): RawFeed {
  const items = Array.isArray(doc.items) ? doc.items.filter(isObject) : [];
  return {
    format: 'json',
    title: str(doc.title),
    link: str(doc.home_page_url),
    ttlMinutes: null,
    base: null,
    items: items.map(jsonFeedItem),
    warnings: [],
  };
}

/** RSS-in-JSON: `{ rss: { channel: { item: [...] } } }`, RSS element names as keys. */
function fromRssInJson(channel: Json): RawFeed {
  const raw = channel.item;
  const items = (Array.isArray(raw) ? raw : isObject(raw) ? [raw] : []).filter(isObject);
  const ttl = Number(str(channel.ttl));
  return {
    format: 'json',
    title: str(channel.title),
    link: str(channel.link),
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    base: null,
    items: items.map((item): RawItem => {
      const guid = isObject(item.guid) ? item.guid : null;
      const guidValue = guid ? (str(guid.value) ?? str(guid['#value'])) : str(item.guid);
      return {
        guid: guidValue,
        guidIsPermaLink: guid ? guid.isPermaLink !== false && guid.isPermaLink !== 'false' : true,
        link: str(item.link),
        title: str(item.title),
        date: str(item.pubDate),
        summary: str(item.description),
        contentHtml: null,
        base: null,
      };
    }),
    warnings: ['RSS-in-JSON feed'],
  };
}

export function parseJsonFeedText(text: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new FeedParseError('malformed', `invalid JSON: ${(cause as Error).message}`, {}, { cause });
  }
  if (!isObject(doc)) throw new FeedParseError('not_a_feed', 'JSON document is not an object');
  const version = str(doc.version);
  if ((version !== null && /jsonfeed\.org\/version\//i.test(version)) || Array.isArray(doc.items)) return fromJsonFeed(doc);
  if (isObject(doc.rss) && isObject(doc.rss.channel)) return fromRssInJson(doc.rss.channel);
  throw new FeedParseError('not_a_feed', 'JSON document is neither a JSON Feed nor RSS-in-JSON');
}
