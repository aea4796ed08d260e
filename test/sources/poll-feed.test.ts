/** A feed source's poll against a local server and a real Redis: conditional GET, schedule hints, backoff, staleness. */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { loadConfig } from '../../src/config/load.ts';
import { FetchError } from '../../src/core/errors.ts';
import { createLogger } from '../../src/core/logger.ts';
import { sourceIsStale } from '../../src/ops/readiness.ts';
import { pollFeed } from '../../src/sources/feed/poll-feed.ts';
import type { ArticleTask } from '../../src/sources/feed/poll-feed.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const FEED = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Front Line Daily</title><ttl>30</ttl>
<item><title>Russian losses</title><link>${base}/news/1?utm_source=rss</link><guid>fld-1</guid><pubDate>Mon, 13 May 2024 07:00:00 GMT</pubDate></item>
<item><title>Same story again</title><link>${base}/news/1</link><guid>fld-1</guid></item>
<item><title>Tanks</title><link>${base}/news/2</link><guid>fld-2</guid></item>
</channel></rss>`;

describe('pollFeed (real Redis, local server)', () => {
  let redis: Redis;
  let ctx: AppContext;
  const prefix = testPrefix();
  let mode: 'ok' | '429' = 'ok';
  const seen: { inm?: string }[] = [];
  const server = createServer((req, res) => {
    seen.push({ inm: req.headers['if-none-match'] as string | undefined });
    if (mode === '429') return void res.writeHead(429, { 'retry-after': '120' }).end();
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'cache-control': 'max-age=60' }).end(FEED(base));
  });

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const config = loadConfig({ env: {}, raw: { prefix, sources: [{ id: 'fld', type: 'rss', url, every: '5m' }], redis: { url: REDIS_URL }, fetch: { allowPrivateNetworks: true, domainSpacing: 0 } } });
    ctx = createContext(config, redis, createLogger('silent'));
  });
  after(async () => {
    await ctx.http.close();
    server.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('hands on each new canonical article once, then honours ttl, sends validators and gets 304', async () => {
    const tasks: ArticleTask[] = [];
    const t0 = new Date('2026-01-01T00:00:00Z');
    const first = await pollFeed(ctx, ctx.config.sources[0]!, async (t) => void tasks.push(t), t0);
    assert.equal(first.status, 'ok');
    assert.deepEqual(tasks.map((t) => new URL(t.url).pathname), ['/news/1', '/news/2']);
    assert.ok(!tasks[0]!.url.includes('utm_'), 'tracking parameters dropped');
    // ttl 30 min is a floor above every=5m.
    assert.ok(first.nextDueAt! - t0.getTime() >= 30 * 60_000, `next in ${first.nextDueAt! - t0.getTime()} ms`);
    const early = await pollFeed(ctx, ctx.config.sources[0]!, async () => assert.fail('not due'), new Date(t0.getTime() + 60_000));
    assert.equal(early.skipped, 'not due yet');
    // A scheduler tick a second before the due time still polls (isPollDue's slack), instead of waiting a whole interval.
    const later = await pollFeed(ctx, ctx.config.sources[0]!, async () => assert.fail('nothing new'), new Date(first.nextDueAt! - 1_000));
    assert.equal(later.status, 'unchanged');
    assert.equal(seen.at(-1)?.inm, '"v1"');
  });

  it('a 429 with Retry-After throws and moves the next poll out by at least that', async () => {
    mode = '429';
    const st = await ctx.sources.feedState('fld');
    const now = new Date(st.nextDueAt! + 1);
    await assert.rejects(pollFeed(ctx, ctx.config.sources[0]!, async () => undefined, now), (err: unknown) => err instanceof FetchError && err.status === 429);
    const after429 = await ctx.sources.feedState('fld');
    assert.ok(after429.nextDueAt! - now.getTime() >= 120_000);
    mode = 'ok';
  });

  it('stale after five intervals without success; never stale while it succeeds', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    assert.equal(sourceIsStale({ lastSuccessAt: '2026-01-01T11:40:00Z', consecutiveFailures: 3 }, 5 * 60_000, now), false);
    assert.equal(sourceIsStale({ lastSuccessAt: '2026-01-01T11:20:00Z', consecutiveFailures: 8 }, 5 * 60_000, now), true);
    assert.equal(sourceIsStale({ lastSuccessAt: null, consecutiveFailures: 5 }, 60_000, now), true);
    assert.equal(sourceIsStale({ lastSuccessAt: null, consecutiveFailures: 1 }, 60_000, now), false);
  });
});
