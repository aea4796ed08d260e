/**
 * RawFeed → ParsedFeed: links resolved (xml:base, then the feed URL) and canonicalised, dates
 * read with our UTC policy, text cleaned and capped, keys computed, duplicates dropped. One
 * bad field costs that field, never the item or the feed.
 */
import { canonicalUrl } from './canonical-url.ts';
import { parseFeedDate } from './feed-dates.ts';
import { itemKey } from './item-key.ts';
import type { FeedItem, ParsedFeed, RawFeed, RawItem } from './types.ts';

export const DEFAULT_MAX_ITEMS = 500;

/** Field caps, in characters: enough for any real headline or article, bounded for storage. */
export const FIELD_CAPS = {
  title: 1_000,
  guid: 2_048,
  link: 2_048,
  summary: 20_000,
  contentHtml: 200_000,
} as const;

// C0 controls other than tab/newline/CR are illegal in XML 1.0 but common from CMS copy-paste.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function cap(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

function cleanLine(value: string | null, max: number): string | null {
  if (value === null) return null;
  const t = value.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : cap(t, max);
}

function cleanBlock(value: string | null, max: number): string | null {
  if (value === null) return null;
  const t = value.replace(CONTROL_CHARS, '').trim();
  return t === '' ? null : cap(t, max);
}

/** `relative` against `parent` when that gives an http(s) URL; otherwise the parent stays in force. */
function resolveBase(relative: string | null, parent: string): string {
  if (relative === null || relative.trim() === '') return parent;
  try {
    const u = new URL(relative.trim(), parent);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : parent;
  } catch {
    return parent;
  }
}

class Tally {
  private readonly counts = new Map<string, number>();
  add(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }
  into(warnings: string[]): void {
    for (const [what, n] of this.counts) warnings.push(`${n} item(s): ${what}`);
  }
}

function finishItem(raw: RawItem, feedUrl: string, feedBase: string, tally: Tally): FeedItem {
  const base = resolveBase(raw.base, feedBase);
  const guid = cleanLine(raw.guid, FIELD_CAPS.guid);

  let linkText = raw.link === null ? null : raw.link.trim();
  if ((linkText === null || linkText === '') && guid !== null && raw.guidIsPermaLink && /^https?:\/\//i.test(guid)) {
    linkText = guid;
  }
  let link: string | null = null;
  if (linkText !== null && linkText !== '') {
    link = canonicalUrl(linkText, base);
    if (link === null) tally.add('link not http(s) or invalid, dropped');
    else if (link.length > FIELD_CAPS.link) {
      tally.add(`link longer than ${FIELD_CAPS.link} characters, dropped`);
      link = null;
    }
  }

  const publishedAt = parseFeedDate(raw.date);
  if (publishedAt === null && raw.date !== null && raw.date.trim() !== '') tally.add('unreadable date');

  const item = {
    guid,
    link,
    title: cleanLine(raw.title, FIELD_CAPS.title),
    publishedAt,
    summary: cleanBlock(raw.summary, FIELD_CAPS.summary),
    contentHtml: cleanBlock(raw.contentHtml, FIELD_CAPS.contentHtml),
  };
  return { key: itemKey(item, feedUrl), ...item };
}

/** `feedUrl` namespaces keys; `baseUrl` (the URL the feed was served from) resolves links. */
export function finishFeed(raw: RawFeed, feedUrl: string, opts: { maxItems?: number; baseUrl?: string } = {}): ParsedFeed {
  const maxItems = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  const warnings = [...raw.warnings];
  const feedBase = resolveBase(raw.base, opts.baseUrl ?? feedUrl);
  const tally = new Tally();

  let rawItems = raw.items;
  if (rawItems.length > maxItems) {
    warnings.push(`more than ${maxItems} items; only the first ${maxItems} kept`);
    rawItems = rawItems.slice(0, maxItems);
  }

  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const r of rawItems) {
    const item = finishItem(r, feedUrl, feedBase, tally);
    // Feeds list newest first; an updated story repeated under the same id keeps its first entry.
    if (seen.has(item.key)) {
      tally.add('duplicate key, dropped');
      continue;
    }
    seen.add(item.key);
    items.push(item);
  }
  tally.into(warnings);

  return {
    format: raw.format,
    title: cleanLine(raw.title, FIELD_CAPS.title),
    link: canonicalUrl(raw.link, feedBase),
    ttlMinutes: raw.ttlMinutes,
    items,
    warnings,
  };
}
