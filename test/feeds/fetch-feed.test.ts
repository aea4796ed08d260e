import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { FetchError } from '../../src/core/errors.ts';
import { createHttpClient } from '../../src/fetch/http-client.ts';
import type { HttpClient } from '../../src/fetch/http-client.ts';
import { FeedParseError } from '../../src/feed-format/errors.ts';
import { fetchFeed } from '../../src/feed-format/fetch-feed.ts';
import { nextPollDelay } from '../../src/feed-format/schedule.ts';
import { fixtureBytes, fixtureText } from './helpers.ts';

interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

const ETAG = '"gs-2025-01-06-v1"';
const LAST_MODIFIED = 'Mon, 06 Jan 2025 07:15:00 GMT';
const UK_TITLE = 'Київ, Львів, Харків: ґ є ї і — перевірка кодування';

const routes: Record<string, (req: http.IncomingMessage) => Route> = {
  '/conditional.xml': (req): Route => {
    if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
      return { status: 304, headers: { etag: ETAG, 'cache-control': 'max-age=600' } };
    }
    return {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: ETAG, 'last-modified': LAST_MODIFIED, 'cache-control': 'public, max-age=600' },
      body: fixtureText('rss-no-version.xml'),
    };
  },
  '/renewed-etag.xml': () => ({ status: 304, headers: { etag: '"v2"' } }),
  '/cp1251.xml': () => ({ headers: { 'content-type': 'application/rss+xml' }, body: fixtureBytes('gs-losses-uk.rss.xml', 'windows-1251') }),
  '/koi8.xml': () => ({ headers: { 'content-type': 'text/xml; charset=koi8-r' }, body: fixtureBytes('gs-losses-ru.rss.xml', 'koi8-r') }),
  '/bom8.xml': () => ({ headers: { 'content-type': 'application/xml' }, body: fixtureBytes('gs-losses-uk.rss.xml', 'utf-8', { bom: true }) }),
  '/bom16.xml': () => ({ headers: { 'content-type': 'application/xml' }, body: fixtureBytes('gs-losses-uk.rss.xml', 'utf-16le', { declare: 'utf-16', bom: true }) }),
  '/feed.json': () => ({ headers: { 'content-type': 'application/feed+json' }, body: fixtureText('news.json') }),
  '/gzipped-file.xml.gz': () => ({ headers: { 'content-type': 'application/x-gzip' }, body: zlib.gzipSync(fixtureText('rdf-news.rdf.xml')) }),
  '/content-encoded.xml': () => ({ headers: { 'content-type': 'application/atom+xml', 'content-encoding': 'gzip' }, body: zlib.gzipSync(fixtureText('atom-one-bad-date.atom.xml')) }),
  '/challenge': () => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>' }),
  '/empty': () => ({ headers: { 'content-type': 'application/rss+xml' }, body: '' }),
  '/huge.xml': () => ({ headers: { 'content-type': 'application/rss+xml' }, body: `<rss version="2.0"><channel>${' '.repeat(64 * 1024)}</channel></rss>` }),
  '/busy': () => ({ status: 503, headers: { 'retry-after': '120' } }),
  '/moved': () => ({ status: 301, headers: { location: '/new-home/rss.xml' } }),
  '/new-home/rss.xml': () => ({ headers: { 'content-type': 'application/rss+xml' }, body: fixtureText('relative-links.rss.xml') }),
};

describe('fetchFeed against a local server', { timeout: 30_000 }, () => {
  let server: http.Server;
  let origin = '';
  let client: HttpClient;
  const seen: Array<{ url: string; headers: http.IncomingHttpHeaders }> = [];

  before(async () => {
    server = http.createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      const route = routes[req.url ?? ''];
      const r = route ? route(req) : { status: 404, body: 'not found' };
      res.writeHead(r.status ?? 200, r.headers ?? {});
      res.end(r.body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = createHttpClient({ allowPrivateNetworks: true, timeoutMs: 5_000 });
  });

  after(async () => {
    await client.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const lastRequest = (path: string) => [...seen].reverse().find((s) => s.url === path);

  test('conditional GET: 200 with validators, then 304 → unchanged, validators sent', async () => {
    const first = await fetchFeed(client, `${origin}/conditional.xml`, {});
    assert.equal(first.status, 'ok');
    assert.deepEqual(first.validators, { etag: ETAG, lastModified: LAST_MODIFIED });
    assert.equal(first.cacheControl, 'public, max-age=600');
    assert.equal(lastRequest('/conditional.xml')?.headers['if-none-match'], undefined);
    assert.match(String(lastRequest('/conditional.xml')?.headers.accept), /application\/rss\+xml/);
    if (first.status !== 'ok') return;
    assert.equal(first.feed.items.length, 2);
    assert.equal(first.charset, 'utf-8');

    const second = await fetchFeed(client, `${origin}/conditional.xml`, first.validators);
    assert.equal(second.status, 'unchanged');
    assert.deepEqual(second.validators, { etag: ETAG, lastModified: LAST_MODIFIED });
    const req = lastRequest('/conditional.xml');
    assert.equal(req?.headers['if-none-match'], ETAG);
    assert.equal(req?.headers['if-modified-since'], LAST_MODIFIED);
    // The 304's Cache-Control feeds the schedule.
    assert.equal(nextPollDelay({ everyMs: 5 * 60_000, cacheControl: second.cacheControl, consecutiveFailures: 0 }), 600_000);
  });

  test('a 304 with a new ETag hands that one back', async () => {
    const r = await fetchFeed(client, `${origin}/renewed-etag.xml`, { etag: '"v1"', lastModified: LAST_MODIFIED });
    assert.equal(r.status, 'unchanged');
    assert.deepEqual(r.validators, { etag: '"v2"', lastModified: LAST_MODIFIED });
  });

  test('windows-1251 declared only in the XML prolog', async () => {
    const r = await fetchFeed(client, `${origin}/cp1251.xml`, {});
    assert.equal(r.status, 'ok');
    if (r.status !== 'ok') return;
    assert.equal(r.charset, 'windows-1251');
    assert.equal(r.feed.items[1]?.title, UK_TITLE);
    assert.deepEqual(r.validators, { etag: null, lastModified: null });
  });

  test('KOI8-R declared only in the HTTP header', async () => {
    const r = await fetchFeed(client, `${origin}/koi8.xml`, {});
    assert.equal(r.status === 'ok' && r.charset, 'koi8-r');
    assert.equal(r.status === 'ok' && r.feed.items[0]?.title, 'Генштаб ВСУ: потери противника за сутки - 1 340 человек');
    assert.equal(r.status === 'ok' && r.feed.items[0]?.publishedAt, '2025-01-06T05:05:00.000Z');
  });

  for (const [path, charset] of [['/bom8.xml', 'utf-8'], ['/bom16.xml', 'utf-16le']] as const) {
    test(`BOM ${charset}`, async () => {
      const r = await fetchFeed(client, `${origin}${path}`, {});
      assert.equal(r.status === 'ok' && r.charset, charset);
      assert.equal(r.status === 'ok' && r.feed.items[1]?.title, UK_TITLE);
    });
  }

  test('JSON Feed', async () => {
    const r = await fetchFeed(client, `${origin}/feed.json`, {});
    assert.equal(r.status === 'ok' && r.feed.format, 'json');
    assert.equal(r.status === 'ok' && r.feed.items.length, 2);
  });

  test('gzip bytes without Content-Encoding, and with it', async () => {
    const file = await fetchFeed(client, `${origin}/gzipped-file.xml.gz`, {});
    assert.equal(file.status === 'ok' && file.feed.format, 'rdf');
    const encoded = await fetchFeed(client, `${origin}/content-encoded.xml`, {});
    assert.equal(encoded.status === 'ok' && encoded.feed.items.length, 3);
  });

  test('a redirect: links resolve against the final URL, which is reported', async () => {
    const r = await fetchFeed(client, `${origin}/moved`, {});
    assert.equal(r.url, `${origin}/new-home/rss.xml`);
    assert.equal(r.status === 'ok' && r.feed.items[1]?.link, `${origin}/new-home/stories/evacuation-update`);
  });

  test('an HTML challenge page is a FeedParseError, not a crash', async () => {
    await assert.rejects(fetchFeed(client, `${origin}/challenge`, {}), (err) => {
      assert.ok(err instanceof FeedParseError);
      assert.equal(err.kind, 'not_a_feed');
      assert.equal(err.context.url, `${origin}/challenge`);
      return true;
    });
    await assert.rejects(fetchFeed(client, `${origin}/empty`, {}), (err) => err instanceof FeedParseError && err.kind === 'empty');
  });

  test('the size cap applies before parsing (the client refuses the body)', async () => {
    await assert.rejects(fetchFeed(client, `${origin}/huge.xml`, {}, { maxBytes: 16 * 1024 }), (err) => err instanceof FetchError && err.kind === 'too_large');
  });

  test('503 with Retry-After stays a FetchError whose delay the schedule honours', async () => {
    let retryAfterMs: number | undefined;
    await assert.rejects(fetchFeed(client, `${origin}/busy`, {}), (err) => {
      assert.ok(err instanceof FetchError);
      assert.equal(err.kind, 'http_status');
      retryAfterMs = err.retryAfterMs;
      return true;
    });
    assert.equal(nextPollDelay({ everyMs: 300_000, retryAfterMs: retryAfterMs ?? null, consecutiveFailures: 1 }), 120_000);
  });
});
