import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedParseError } from '../../src/feed-format/errors.ts';
import { parseFeed } from '../../src/feed-format/parse.ts';
import { decodeFeedBytes } from '../../src/feed-format/decode.ts';
import { fixtureBytes, fixtureText } from './helpers.ts';

function parseFixture(name: string, feedUrl: string) {
  return parseFeed(fixtureText(name), feedUrl);
}

function rejectsWith(kind: string, fn: () => unknown): FeedParseError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof FeedParseError, `expected FeedParseError, got ${String(err)}`);
    assert.equal(err.kind, kind, err.message);
    return err;
  }
  assert.fail(`expected a ${kind} FeedParseError`);
}

describe('parseFeed: formats', () => {
  test('RSS 2.0 in windows-1251: fields, ttl, dates in UTC', () => {
    const feed = parseFeed(decodeFeedBytes(fixtureBytes('gs-losses-uk.rss.xml', 'windows-1251')).text, 'https://frontnews.example.ua/rss.xml');
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Фронтові новини');
    assert.equal(feed.link, 'https://frontnews.example.ua');
    assert.equal(feed.ttlMinutes, 15);
    assert.equal(feed.items.length, 2);
    const [first] = feed.items;
    assert.equal(first?.title, 'Генштаб: за добу ворог втратив 1 340 осіб і 27 артсистем');
    assert.equal(first?.link, 'https://frontnews.example.ua/news/2025/01/06/genshtab-vtraty-voroga');
    assert.equal(first?.guid, 'frontnews-88412');
    assert.equal(first?.publishedAt, '2025-01-06T05:12:00.000Z');
    assert.match(first?.summary ?? '', /798 870 \(\+1 340\)/);
    assert.equal(first?.contentHtml, null);
    assert.match(first?.key ?? '', /^guid:[0-9a-f]{40}$/);
    assert.deepEqual(feed.warnings, []);
  });

  test('<rss> without a version attribute', () => {
    const feed = parseFixture('rss-no-version.xml', 'https://herald.example.com/rss');
    assert.equal(feed.format, 'rss');
    assert.deepEqual(feed.items.map((i) => i.link), ['https://herald.example.com/losses-update-6-january', 'https://herald.example.com/mobilisation-debate']);
    assert.deepEqual(feed.items.map((i) => i.key), ['url:herald.example.com/losses-update-6-january', 'url:herald.example.com/mobilisation-debate']);
  });

  test('RSS 1.0 / RDF, with the syndication module as ttl', () => {
    const feed = parseFixture('rdf-news.rdf.xml', 'https://archive.example.org/rss');
    assert.equal(feed.format, 'rdf');
    assert.equal(feed.ttlMinutes, 30);
    assert.equal(feed.items.length, 2);
    assert.equal(feed.items[0]?.guid, 'https://archive.example.org/reports/2025-01-06');
    assert.equal(feed.items[0]?.publishedAt, '2025-01-06T05:00:00.000Z');
    assert.equal(feed.items[1]?.key, 'url:archive.example.org/reports/2025-01-05');
  });

  test('RSS 0.91 items without guid or date', () => {
    const xml = '<rss version="0.91"><channel><title>Old</title><link>https://old.example.org/</link><item><title>First</title><link>https://old.example.org/1</link></item></channel></rss>';
    const feed = parseFeed(xml, 'https://old.example.org/rss');
    assert.equal(feed.items[0]?.key, 'url:old.example.org/1');
  });

  test('JSON Feed, by our own mapping', () => {
    const feed = parseFixture('news.json', 'https://kyivdesk.example.org/feed.json');
    assert.equal(feed.format, 'json');
    assert.equal(feed.title, 'Kyiv Desk');
    assert.equal(feed.items.length, 2);
    const [a, b] = feed.items;
    assert.equal(a?.link, 'https://kyivdesk.example.org/2025/01/06/general-staff-daily-losses');
    assert.equal(a?.publishedAt, '2025-01-06T05:20:00.000Z');
    assert.match(a?.contentHtml ?? '', /<strong>1,340<\/strong>/);
    assert.equal(b?.guid, '1736150000');
    assert.equal(b?.link, 'https://kyivdesk.example.org/2025/01/06/morning-briefing');
    assert.equal(b?.publishedAt, '2025-01-06T06:00:00.000Z');
    assert.equal(b?.contentHtml, 'Artillery systems: 27. Tanks: 6 &lt;approx.&gt;');
  });

  test('JSON that is not a feed, and broken JSON', () => {
    rejectsWith('not_a_feed', () => parseFeed('{"hello": "world"}', 'https://x.example/'));
    rejectsWith('not_a_feed', () => parseFeed('[1, 2]', 'https://x.example/'));
    rejectsWith('malformed', () => parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": [', 'https://x.example/'));
  });
});

describe('parseFeed: one bad part never loses the rest', () => {
  test('Atom entry with an invalid <published>: the others survive, the bad one keeps no date', () => {
    const feed = parseFixture('atom-one-bad-date.atom.xml', 'https://monitor.example.net/atom.xml');
    assert.equal(feed.format, 'atom');
    assert.equal(feed.link, 'https://monitor.example.net');
    assert.deepEqual(
      feed.items.map((i) => i.publishedAt),
      ['2025-01-06T05:10:00.000Z', null, '2025-01-06T05:45:00.000Z'],
    );
    assert.ok(feed.warnings.some((w) => /unreadable date/.test(w)));
    assert.equal(feed.items[1]?.summary, 'We compare the figure with <em>earlier</em> peaks.');
    // type="text" content is escaped so that contentHtml is always HTML.
    assert.equal(feed.items[2]?.contentHtml, 'Regional officials said two people were injured &amp; a warehouse burned.');
  });

  test('repeated guids: one item per key, the first (newest) kept', () => {
    const feed = parseFixture('duplicate-guids.rss.xml', 'https://wire.example.com/ukraine/rss');
    assert.equal(feed.items.length, 2);
    assert.equal(feed.items[0]?.title, 'Ukraine says Russia lost 1,340 troops in a day (updated)');
    assert.equal(new Set(feed.items.map((i) => i.key)).size, 2);
    assert.ok(feed.warnings.some((w) => /duplicate key/.test(w)));
    // Stable across parses.
    assert.deepEqual(parseFixture('duplicate-guids.rss.xml', 'https://wire.example.com/ukraine/rss').items.map((i) => i.key), feed.items.map((i) => i.key));
  });

  test('a truncated feed keeps its complete items', () => {
    const full = fixtureText('duplicate-guids.rss.xml');
    // Cut in the middle of the third item's title, as a dying CMS would.
    const cut = full.slice(0, full.indexOf('drones overnight'));
    const feed = parseFeed(cut, 'https://wire.example.com/ukraine/rss');
    assert.match(feed.warnings[0] ?? '', /truncated; 2 complete item/);
    assert.deepEqual(feed.items.map((i) => i.link), ['https://wire.example.com/ukraine/live/2025-01-06']);
  });

  test('a feed wrapped in an HTML page', () => {
    const atom = fixtureText('atom-one-bad-date.atom.xml').replace(/^<\?xml[^>]*>/, '');
    const feed = parseFeed(`<!DOCTYPE html><html><body>${atom}</body></html>`, 'https://monitor.example.net/atom.xml');
    assert.equal(feed.items.length, 3);
    assert.match(feed.warnings[0] ?? '', /inside <html>/);
  });

  test('control characters are dropped from text', () => {
    const feed = parseFeed('<rss version="2.0"><channel><title>T</title><item><title>Kyiv\u0001 \u0008news\u001f</title><link>https://e.example/1</link></item></channel></rss>', 'https://e.example/rss');
    assert.equal(feed.items[0]?.title, 'Kyiv news');
  });
});

describe('parseFeed: links', () => {
  test('relative links resolve against the feed URL; javascript: is dropped', () => {
    const feed = parseFixture('relative-links.rss.xml', 'https://citydesk.example.com/rss/all.xml');
    assert.equal(feed.link, 'https://citydesk.example.com');
    assert.deepEqual(feed.items.map((i) => i.link), [
      'https://citydesk.example.com/news/2025/01/06/shelling-report',
      'https://citydesk.example.com/rss/stories/evacuation-update',
      'https://media.citydesk.example.com/gallery/123',
      null,
    ]);
    assert.ok(feed.warnings.some((w) => /not http\(s\)/.test(w)));
  });

  test('xml:base on the feed and on an entry', () => {
    const feed = parseFixture('xml-base.atom.xml', 'https://feeds.example.org/notes.atom');
    assert.deepEqual(feed.items.map((i) => i.link), ['https://blog.example.org/ukraine/2025/notes-1.html', 'https://blog.example.org/elsewhere/notes-2.html']);
  });

  test('baseUrl resolves links, feedUrl namespaces keys', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><guid isPermaLink="false">n-1</guid><link>/a</link></item></channel></rss>';
    const a = parseFeed(xml, 'https://old.example.org/rss', { baseUrl: 'https://new.example.org/feed/rss' });
    const b = parseFeed(xml, 'https://old.example.org/rss');
    assert.equal(a.items[0]?.link, 'https://new.example.org/a');
    assert.equal(a.items[0]?.key, b.items[0]?.key);
  });

  test('one article from two feeds (tracking params, AMP) → the same canonical URL and key', () => {
    const a = parseFixture('same-article-a.rss.xml', 'https://www.example-news.com/world/rss');
    const b = parseFixture('same-article-b.rss.xml', 'https://aggregator.example.org/europe.rss');
    const expected = 'https://example-news.com/world/2025/jan/06/ukraine-artillery-losses';
    assert.equal(a.items[0]?.link, expected);
    assert.equal(b.items[0]?.link, expected);
    assert.equal(a.items[0]?.key, 'url:example-news.com/world/2025/jan/06/ukraine-artillery-losses');
    assert.equal(b.items[0]?.key, a.items[0]?.key);
  });
});

describe('parseFeed: refusals are typed', () => {
  test('empty and whitespace', () => {
    rejectsWith('empty', () => parseFeed('', 'https://x.example/'));
    rejectsWith('empty', () => parseFeed(' \r\n\t', 'https://x.example/'));
    rejectsWith('empty', () => parseFeed('<!-- nothing here -->', 'https://x.example/'));
  });

  test('an HTML page instead of the feed', () => {
    const err = rejectsWith('not_a_feed', () => parseFeed('<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>', 'https://x.example/rss'));
    assert.equal(err.context.feedUrl, 'https://x.example/rss');
    rejectsWith('not_a_feed', () => parseFeed('plain text, no markup', 'https://x.example/'));
  });

  test('OPML and sitemaps are unsupported, not broken', () => {
    rejectsWith('unsupported', () => parseFeed('<?xml version="1.0"?><opml version="2.0"><body/></opml>', 'https://x.example/'));
    rejectsWith('unsupported', () => parseFeed('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>', 'https://x.example/'));
  });

  test('malformed XML', () => {
    rejectsWith('malformed', () => parseFeed('<rss version="2.0"><channel><title>Unclosed</channel></rss>', 'https://x.example/'));
  });

  test('too large', () => {
    rejectsWith('too_large', () => parseFeed(`<rss version="2.0"><channel>${' '.repeat(2000)}</channel></rss>`, 'https://x.example/', { maxChars: 1000 }));
  });

  test('a well-formed feed with nothing in it is an empty feed, not an error', () => {
    const feed = parseFeed('<rss version="2.0"><channel></channel></rss>', 'https://x.example/');
    assert.equal(feed.items.length, 0);
  });
});

describe('parseFeed: entities stay inert', () => {
  test('an external entity is refused, never resolved', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>';
    try {
      const feed = parseFeed(xxe, 'https://x.example/');
      assert.ok(!JSON.stringify(feed).includes('root:'));
    } catch (err) {
      assert.ok(err instanceof FeedParseError);
    }
  });

  test('internal entities are not expanded (no billion laughs)', () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>T</title><item><title>&c;</title><link>https://x.example/1</link></item></channel></rss>';
    const feed = parseFeed(lol, 'https://x.example/');
    assert.equal(feed.items[0]?.title, '&c;');
  });

  test('HTML named entities in text are decoded', () => {
    const feed = parseFeed('<rss version="2.0"><channel><title>T</title><item><title>Caf&eacute; &mdash; Kyiv &amp; Lviv</title><link>https://x.example/1</link></item></channel></rss>', 'https://x.example/');
    assert.equal(feed.items[0]?.title, 'Café — Kyiv & Lviv');
  });
});

describe('parseFeed: no state carried between documents', () => {
  test('a broken document does not change how the next one parses', () => {
    const good = '<rss version="2.0"><channel><title>T</title><item><title>Tom &amp; Jerry AT&amp;T</title><link>https://x.example/a</link><guid>g-1</guid></item></channel></rss>';
    const fresh = JSON.stringify(parseFeed(good, 'https://x.example/'));
    for (const broken of ['<rss version="2.0"><channel><item><title>Tom & Jerry AT&T</title>', '<rss><channel><title>x</channel>', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>']) {
      try {
        parseFeed(broken, 'https://x.example/');
      } catch (err) {
        assert.ok(err instanceof FeedParseError);
      }
      assert.equal(JSON.stringify(parseFeed(good, 'https://x.example/')), fresh);
    }
  });
});

describe('parseFeed: caps', () => {
  test('items per feed', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<item><title>Item ${i}</title><link>https://x.example/${i}</link></item>`).join('');
    const feed = parseFeed(`<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`, 'https://x.example/', { maxItems: 10 });
    assert.equal(feed.items.length, 10);
    assert.equal(feed.items[9]?.title, 'Item 9');
    assert.ok(feed.warnings.some((w) => /only the first 10/.test(w)));
  });

  test('field lengths', () => {
    const long = 'Втрати '.repeat(1000);
    const feed = parseFeed(`<rss version="2.0"><channel><title>T</title><item><title>${long}</title><description>${long.repeat(10)}</description><link>https://x.example/${'a'.repeat(3000)}</link></item></channel></rss>`, 'https://x.example/');
    const item = feed.items[0];
    assert.equal(item?.title?.length, 1000);
    assert.equal(item?.summary?.length, 20_000);
    assert.equal(item?.link, null);
  });
});

describe('parseFeed stays linear on pathological input', () => {
  const rss = '<rss version="2.0"><channel><item><title>';
  const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="xhtml">';
  const cases: Array<[string, string]> = [
    ['"<!--" × 500k', '<!--'.repeat(500_000)],
    ['"<?" × 500k', '<?'.repeat(500_000)],
    ['"<!DOCTYPE [" × 500k', '<!DOCTYPE ['.repeat(500_000)],
    ['"< " × 500k', '< '.repeat(500_000)],
    // fast-xml-parser alone spends hours on these (quadratic inside raw-read elements).
    ['RSS title + "<" × 2M', rss + '<'.repeat(2_000_000)],
    ['RSS title + "</" × 1M', rss + '</'.repeat(1_000_000)],
    ['Atom title + "<" × 2M', atom + '<'.repeat(2_000_000)],
  ];
  for (const [name, input] of cases) {
    test(name, () => {
      const t0 = performance.now();
      assert.throws(() => parseFeed(input, 'https://x.example/'), FeedParseError);
      assert.ok(performance.now() - t0 < 3_000, `${(performance.now() - t0).toFixed(0)} ms`);
    });
  }
});

describe('parseFeed never throws anything but FeedParseError', () => {
  const inputs = [
    '<', '<rss', '<rss version="2.0">', '<feed xmlns="http://www.w3.org/2005/Atom"><entry>', '<rdf:RDF>', '{', '{"items": 5}',
    '{"version":"https://jsonfeed.org/version/1","items":[null, 3, {"id": {}}]}', '<rss version="2.0"><channel><item><link>http://[::1</link></item></channel></rss>',
    '<rss><channel><item><guid>http://%%%</guid></item></channel></rss>', '<?xml version="1.0"?>', '<![CDATA[x]]>', `<rss>${'<a>'.repeat(5000)}`,
  ];
  for (const input of inputs) {
    test(JSON.stringify(input.slice(0, 60)), () => {
      try {
        parseFeed(input, 'https://x.example/');
      } catch (err) {
        assert.ok(err instanceof FeedParseError, String(err));
      }
    });
  }
});
