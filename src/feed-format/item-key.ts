/**
 * The identity of a feed item across polls, so an item is processed once however often the
 * feed is read. In order of preference:
 * - `url:<canonical URL without scheme>` when the guid, or else the link, is an http(s) URL:
 *   the same article reached from two feeds (or over http and https) gets the same key. A guid's
 *   anchor (`…/26.html#a080605`) is kept: microblogs give each post an anchor on a shared day
 *   page. A link's fragment is not (`#comments`), nor one with `=` in it (`#xtor=RSS-3`, tracking);
 * - `guid:<sha1>` of feed + guid for an opaque guid: opaque ids are only unique within a feed;
 * - `hash:<sha1>` of feed + title + date + summary when there is neither.
 */
import { sha1 } from '../core/hash.ts';
import { canonicalUrl } from './canonical-url.ts';
import type { FeedItem } from './types.ts';

export type KeyableItem = Pick<FeedItem, 'guid' | 'link' | 'title' | 'publishedAt' | 'summary'>;

function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, '');
}

/** `#anchor` when the URL has an identifying fragment, else ''. */
function anchorOf(url: string): string {
  const i = url.indexOf('#');
  if (i < 0) return '';
  const fragment = url.slice(i + 1).trim();
  return fragment === '' || fragment.includes('=') || fragment.startsWith(':~:') ? '' : `#${fragment}`;
}

function urlKey(value: string | null, keepAnchor: boolean): string | null {
  if (value === null || !/^\s*https?:\/\//i.test(value)) return null;
  const canonical = canonicalUrl(value);
  if (canonical === null) return null;
  return `url:${withoutScheme(canonical)}${keepAnchor ? anchorOf(value) : ''}`;
}

function normalizeText(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The feed part of a namespaced key: canonical, so tracking parameters on the feed URL do not matter. */
function feedIdentity(feedUrl: string): string {
  const canonical = canonicalUrl(feedUrl);
  return canonical === null ? feedUrl.trim() : withoutScheme(canonical);
}

export function itemKey(item: KeyableItem, feedUrl: string): string {
  const guid = item.guid === null ? '' : item.guid.trim();
  if (guid !== '') {
    return urlKey(guid, true) ?? `guid:${sha1(`${feedIdentity(feedUrl)}\n${guid}`)}`;
  }
  const fromLink = urlKey(item.link, false);
  if (fromLink !== null) return fromLink;
  const content = [normalizeText(item.title), item.publishedAt ?? '', normalizeText(item.summary)].join('\n');
  return `hash:${sha1(`${feedIdentity(feedUrl)}\n${content}`)}`;
}
