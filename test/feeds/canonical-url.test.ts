import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, registrableDomain } from '../../src/feed-format/canonical-url.ts';

const ARTICLE = 'https://example-news.com/world/2025/jan/06/ukraine-artillery-losses';

describe('canonicalUrl', () => {
  test('lower-cases scheme and host, drops www., default port, fragment, trailing slash', () => {
    assert.equal(canonicalUrl('HTTPS://WWW.Example-News.com:443/world/2025/jan/06/ukraine-artillery-losses/#top'), ARTICLE);
    assert.equal(canonicalUrl('http://example-news.com:80/a'), 'http://example-news.com/a');
  });

  test('keeps the scheme (an http-only site must stay fetchable) and a non-default port', () => {
    assert.equal(canonicalUrl('http://example.org:8080/x'), 'http://example.org:8080/x');
  });

  test('drops tracking parameters and sorts the rest', () => {
    const url = `${ARTICLE}?utm_source=rss&utm_medium=feed&utm_campaign=x&fbclid=1&gclid=2&yclid=3&mc_cid=4&mc_eid=5&ref=tw&cmpid=6&page=2&id=7`;
    assert.equal(canonicalUrl(url), `${ARTICLE}?id=7&page=2`);
  });

  const ampVariants = [
    `${ARTICLE}/amp`,
    `${ARTICLE}/amp/`,
    `${ARTICLE}.amp`,
    `${ARTICLE}?amp=1`,
    `${ARTICLE}?amp`,
    `${ARTICLE}?outputType=amp`,
    'https://amp.example-news.com/world/2025/jan/06/ukraine-artillery-losses',
    'https://example-news.com/amp/world/2025/jan/06/ukraine-artillery-losses',
    'https://example--news-com.cdn.ampproject.org/c/s/example-news.com/world/2025/jan/06/ukraine-artillery-losses',
    'https://www.google.com/amp/s/www.example-news.com/world/2025/jan/06/ukraine-artillery-losses',
  ];
  for (const variant of ampVariants) {
    test(`AMP variant ${variant.replace(/^https:\/\//, '')} → the article`, () => assert.equal(canonicalUrl(variant), ARTICLE));
  }

  test('.amp.html keeps its .html', () => {
    assert.equal(canonicalUrl('https://example.org/news/story.amp.html'), 'https://example.org/news/story.html');
  });

  test('resolves relative URLs against a base, trimming whitespace', () => {
    const base = 'https://citydesk.example.com/rss/feed.xml';
    assert.equal(canonicalUrl('  /news/1 \n', base), 'https://citydesk.example.com/news/1');
    assert.equal(canonicalUrl('stories/2', base), 'https://citydesk.example.com/rss/stories/2');
    assert.equal(canonicalUrl('//cdn.example.com/x', base), 'https://cdn.example.com/x');
    assert.equal(canonicalUrl('?id=4', base), 'https://citydesk.example.com/rss/feed.xml?id=4');
  });

  test('non-http(s), unparseable or relative-without-base → null', () => {
    assert.equal(canonicalUrl('javascript:alert(1)', 'https://example.org/'), null);
    assert.equal(canonicalUrl('mailto:desk@example.org'), null);
    assert.equal(canonicalUrl('ftp://example.org/file'), null);
    assert.equal(canonicalUrl('/news/1'), null);
    assert.equal(canonicalUrl('http://'), null);
    assert.equal(canonicalUrl(''), null);
    assert.equal(canonicalUrl(null), null);
  });

  test('strips credentials', () => {
    assert.equal(canonicalUrl('https://user:secret@example.org/a'), 'https://example.org/a');
  });
});

describe('registrableDomain', () => {
  test('eTLD+1 for politeness grouping', () => {
    assert.equal(registrableDomain('https://www.bbc.co.uk/news/world'), 'bbc.co.uk');
    assert.equal(registrableDomain('https://news.pravda.com.ua/rss/'), 'pravda.com.ua');
    assert.equal(registrableDomain('https://feeds.example-news.com/world/rss'), 'example-news.com');
  });
  test('IP addresses and single-label hosts as they are', () => {
    assert.equal(registrableDomain('http://127.0.0.1:8080/feed'), '127.0.0.1');
    assert.equal(registrableDomain('http://localhost/feed'), 'localhost');
  });
  test('null for junk', () => assert.equal(registrableDomain('not a url'), null));
});
