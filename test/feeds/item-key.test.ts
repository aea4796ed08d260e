import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { itemKey } from '../../src/feed-format/item-key.ts';
import type { KeyableItem } from '../../src/feed-format/item-key.ts';

const FEED = 'https://frontnews.example.ua/rss.xml';
const base: KeyableItem = { guid: null, link: null, title: null, publishedAt: null, summary: null };

describe('itemKey', () => {
  test('a URL guid is the canonical URL without scheme', () => {
    const key = itemKey({ ...base, guid: 'https://www.example-news.com/a/b/?utm_source=rss' }, FEED);
    assert.equal(key, 'url:example-news.com/a/b');
    assert.equal(itemKey({ ...base, guid: 'http://example-news.com/a/b' }, 'https://other.example/feed'), key);
  });

  test("a guid's anchor is part of its identity, a tracking fragment is not", () => {
    assert.equal(itemKey({ ...base, guid: 'http://scripting.example/2017/06/26.html#a080605' }, FEED), 'url:scripting.example/2017/06/26.html#a080605');
    assert.equal(itemKey({ ...base, guid: 'https://lemonde.example/article.html#xtor=RSS-3208' }, FEED), 'url:lemonde.example/article.html');
  });

  test('an opaque guid is namespaced by the feed', () => {
    const a = itemKey({ ...base, guid: 'frontnews-88412' }, FEED);
    const b = itemKey({ ...base, guid: 'frontnews-88412' }, 'https://another.example/rss');
    assert.match(a, /^guid:[0-9a-f]{40}$/);
    assert.notEqual(a, b);
    // Tracking parameters on the feed URL do not change the namespace.
    assert.equal(itemKey({ ...base, guid: 'frontnews-88412' }, `${FEED}?utm_source=x`), a);
  });

  test('the guid wins over the link; the link is used when there is no guid', () => {
    assert.match(itemKey({ ...base, guid: 'x-1', link: 'https://example.org/a' }, FEED), /^guid:/);
    assert.equal(itemKey({ ...base, guid: '  ', link: 'https://example.org/a#comments' }, FEED), 'url:example.org/a');
  });

  test('without guid or link: a hash of title, date and summary, stable across whitespace', () => {
    const item = { ...base, title: 'Photo post', publishedAt: '2025-01-06T10:00:00.000Z', summary: 'Kharkiv, morning' };
    const key = itemKey(item, FEED);
    assert.match(key, /^hash:[0-9a-f]{40}$/);
    assert.equal(itemKey({ ...item, title: '  Photo   post ' }, FEED), key);
    assert.notEqual(itemKey({ ...item, publishedAt: '2025-01-07T10:00:00.000Z' }, FEED), key);
  });
});
