/**
 * Hostile answers to a source poll, through the worker's job (processPoll) against a real
 * Redis: each must end within the fetch deadline with a classified kind on the source,
 * without heap blow-up or a blocked event loop, and a healthy source must still poll fine.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { processPoll } from '../../jobs/poll.ts';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { Queues } from '../../jobs/queues.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createHttpClient } from '../../src/fetch/http-client.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { compressZeros, measure, MiB, report, writeStream } from './support.ts';

const TIMEOUT_MS = 2000;
const MAX_BYTES = 1 * MiB;
/** Scheduling slack on a loaded CI machine. */
const MARGIN_MS = 1500;
/** Generous: the cap is 1 MiB, so anything near this means a body was held whole. */
const HEAP_LIMIT = 96 * MiB;
/** Longest tolerable event-loop stall while a hostile fetch runs. */
const LAG_LIMIT_MS = 500;

const GOOD_FEED = (n: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Good ${n}</title><item><title>Story</title><link>https://example.org/${n}/1</link><guid>${n}-1</guid></item></channel></rss>`;

// A PNG header and some bytes: what a misconfigured CDN might serve at a feed URL.
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(2048, 0x5a)]);

// Item titles carrying a lone continuation byte, a truncated sequence and an overlong encoding.
const BAD_UTF8_FEED = Buffer.concat([
  Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bad bytes</title><item><title>A '),
  Buffer.from([0x80, 0xe2, 0x82, 0xc0, 0xaf]),
  Buffer.from(' B</title><link>https://example.org/bad/1</link><guid>bad-1</guid></item></channel></rss>'),
]);

// t.me/s after a redesign: a 200 with none of the classes the scraper looks for.
const CHANGED_TME = '<!DOCTYPE html><html><head><title>Telegram</title></head><body><main class="feed-v2"><article class="post-card"><p>Post text</p></article></main></body></html>';

interface Case {
  name: string;
  slug: string;
  type: 'rss' | 'telegram';
  /** The kind processPoll records on the source. */
  kind: string;
  /** Refuse private networks for this case (server address explicitly allowed). */
  guarded?: boolean;
}

const CASES: Case[] = [
  { name: 'headers never finish', slug: 'hang', type: 'rss', kind: 'timeout' },
  { name: 'body drips one byte a second', slug: 'drip', type: 'rss', kind: 'timeout' },
  { name: 'endless body', slug: 'endless', type: 'rss', kind: 'too_large' },
  { name: 'gzip bomb', slug: 'gzip', type: 'rss', kind: 'too_large' },
  { name: 'brotli bomb', slug: 'brotli', type: 'rss', kind: 'too_large' },
  { name: 'redirect loop', slug: 'loop', type: 'rss', kind: 'too_many_redirects' },
  { name: 'endless redirect chain', slug: 'chain', type: 'rss', kind: 'too_many_redirects' },
  { name: 'redirect to a private address', slug: 'private', type: 'rss', kind: 'blocked_address', guarded: true },
  { name: '50 MB feed', slug: 'huge', type: 'rss', kind: 'too_large' },
  { name: 'image/png instead of a feed', slug: 'png', type: 'rss', kind: 'feed_not_a_feed' },
  { name: 't.me/s markup changed', slug: 'changed', type: 'telegram', kind: 'scraper_broken' },
];

describe('hostile sources through processPoll (real Redis, local hostile server)', () => {
  let redis: Redis;
  let ctx: AppContext;
  let guardedCtx: AppContext;
  let base = '';
  const prefix = testPrefix();
  const timers = new Set<NodeJS.Timeout>();
  let gzipMember: Buffer = Buffer.alloc(0);
  let brotliBomb: Buffer = Buffer.alloc(0);
  const enqueued: { url: string; title: string | null }[] = [];
  const queues = {
    enqueueArticle: async (t: { url: string; title: string | null }) => void enqueued.push(t),
    enqueueNotify: async () => undefined,
  } as unknown as Queues;
  const job = (sourceId: string) => ({ id: `poll-${sourceId}`, name: 'poll', data: { sourceId } }) as unknown as Job;

  function route(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const rss = { 'content-type': 'application/rss+xml' };
    if (path.startsWith('/ok/')) return void res.writeHead(200, rss).end(GOOD_FEED(path.slice(4)));
    switch (path) {
      case '/hang':
        // Accept the request and never answer; the socket is torn down in after().
        return;
      case '/drip': {
        res.writeHead(200, rss);
        res.write('<');
        const t = setInterval(() => res.write('x'), 1000);
        timers.add(t);
        res.once('close', () => clearInterval(t));
        return;
      }
      case '/endless': {
        res.writeHead(200, rss);
        const chunk = Buffer.alloc(64 * 1024, 'a');
        return writeStream(res, () => chunk);
      }
      case '/gzip': {
        // Concatenated gzip members decode as one stream: 16 × 64 MiB = 1 GiB of zeros.
        res.writeHead(200, { ...rss, 'content-encoding': 'gzip' });
        let left = 16;
        return writeStream(res, () => (left-- > 0 ? gzipMember : null));
      }
      case '/brotli':
        return void res.writeHead(200, { ...rss, 'content-encoding': 'br', 'content-length': brotliBomb.length }).end(brotliBomb);
      case '/loop':
        return void res.writeHead(302, { location: '/loop2' }).end();
      case '/loop2':
        return void res.writeHead(302, { location: '/loop' }).end();
      case '/chain': {
        const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? 0);
        return void res.writeHead(301, { location: `/chain?n=${n + 1}` }).end();
      }
      case '/private':
        // The classic SSRF target: cloud instance metadata.
        return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      case '/huge': {
        // 50 MB of items generated as it is sent, never held whole; chunked (no Content-Length).
        res.writeHead(200, rss);
        const target = 50 * 1000 * 1000;
        let sent = 0;
        let i = 0;
        return writeStream(res, () => {
          if (sent >= target) return null;
          const part = i === 0 ? '<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>' : `<item><title>Item ${i}</title><link>https://example.org/huge/${i}</link><guid>huge-${i}</guid><description>${'lorem ipsum '.repeat(40)}</description></item>`;
          i++;
          sent += part.length;
          return part;
        });
      }
      case '/png':
        return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      case '/bad-utf8':
        return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(BAD_UTF8_FEED);
      case '/s/changed':
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CHANGED_TME);
      default:
        return void res.writeHead(404).end();
    }
  }
  const server = createServer(route);

  before(async () => {
    redis = connect();
    // Built once, streamed: 64 MiB of zeros gzips to ~64 KiB; 256 MiB brotlis to a few hundred bytes.
    gzipMember = await compressZeros(64 * MiB, zlib.createGzip({ level: 9 }));
    brotliBomb = await compressZeros(256 * MiB, zlib.createBrotliCompress());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const sources = [
      ...CASES.map((c) => ({ id: `h-${c.slug}`, type: c.type, url: c.type === 'telegram' ? `${base}/s/${c.slug}` : `${base}/${c.slug}`, every: '5m' })),
      ...CASES.map((c) => ({ id: `ok-${c.slug}`, type: 'rss', url: `${base}/ok/${c.slug}`, every: '5m' })),
      { id: 'h-bad-utf8', type: 'rss', url: `${base}/bad-utf8`, every: '5m' },
      { id: 'h-hang-concurrent', type: 'rss', url: `${base}/hang`, every: '5m' },
      // "localhost" is another politeness domain than 127.0.0.1, so these do not queue behind the hanging fetch.
      ...[1, 2, 3].map((n) => ({ id: `ok-during-${n}`, type: 'rss', url: `${base.replace('127.0.0.1', 'localhost')}/ok/during-${n}`, every: '5m' })),
    ];
    const config = loadConfig({
      env: {},
      raw: { prefix, redis: { url: REDIS_URL }, sources, fetch: { allowPrivateNetworks: true, domainSpacing: 0, timeout: `${TIMEOUT_MS}ms`, maxBytes: MAX_BYTES } },
    });
    ctx = createContext(config, redis, createLogger('silent'));
    // createContext has no allow-list, so the guarded case swaps in a client that refuses
    // private networks except the test server's own address.
    guardedCtx = {
      ...ctx,
      http: createHttpClient({ allowPrivateNetworks: false, allowAddresses: ['127.0.0.1'], timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES }),
    };
  });

  after(async () => {
    for (const t of timers) clearInterval(t);
    server.closeAllConnections();
    await Promise.all([ctx.http.close(), guardedCtx.http.close()]);
    await new Promise<void>((r) => server.close(() => r()));
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  async function failures(kind: string, source: string): Promise<number> {
    const m = await ctx.metrics.pollFailures.get();
    return m.values.find((v) => v.labels.kind === kind && v.labels.source === source)?.value ?? 0;
  }

  for (const c of CASES) {
    it(`${c.name}: ends within the deadline as ${c.kind}, and a healthy source still polls`, async () => {
      const id = `h-${c.slug}`;
      const run = await measure(() => processPoll(job(id), c.guarded ? guardedCtx : ctx, queues));
      const st = await ctx.sources.get(id);
      const ok =
        run.result.status === 'rejected' && st.lastErrorKind === c.kind && st.consecutiveFailures === 1 && run.tookMs < TIMEOUT_MS + MARGIN_MS && run.heapGrowth < HEAP_LIMIT && run.maxLagMs < LAG_LIMIT_MS;
      report({ case: c.name, bound_ms: TIMEOUT_MS, took_ms: Math.round(run.tookMs), kind: st.lastErrorKind, ok, heap_mb: Math.round(run.heapGrowth / MiB), max_lag_ms: Math.round(run.maxLagMs) });

      assert.equal(run.result.status, 'rejected', 'the poll fails');
      assert.equal(st.lastErrorKind, c.kind, `classified kind (error: ${st.lastError})`);
      assert.equal(st.consecutiveFailures, 1);
      assert.equal(await failures(c.kind, id), 1, 'counted in tallywatch_poll_failures_total');
      assert.ok(run.tookMs < TIMEOUT_MS + MARGIN_MS, `took ${Math.round(run.tookMs)} ms`);
      assert.ok(run.heapGrowth < HEAP_LIMIT, `heap grew ${Math.round(run.heapGrowth / MiB)} MiB`);
      assert.ok(run.maxLagMs < LAG_LIMIT_MS, `event loop blocked ${Math.round(run.maxLagMs)} ms`);

      const healthy = await processPoll(job(`ok-${c.slug}`), ctx, queues);
      assert.equal(healthy.newPosts, 1, 'the healthy source right after is polled and read');
      const okState = await ctx.sources.get(`ok-${c.slug}`);
      assert.equal(okState.consecutiveFailures, 0);
      assert.equal(okState.lastErrorKind, null);
    });
  }

  it('invalid UTF-8 in a feed: read with replacement characters, not a crash', async () => {
    const run = await measure(() => processPoll(job('h-bad-utf8'), ctx, queues));
    const st = await ctx.sources.get('h-bad-utf8');
    const ok = run.result.status === 'fulfilled' && st.consecutiveFailures === 0 && run.tookMs < TIMEOUT_MS + MARGIN_MS;
    report({ case: 'invalid UTF-8 in a feed', bound_ms: TIMEOUT_MS, took_ms: Math.round(run.tookMs), kind: st.lastErrorKind, ok, heap_mb: Math.round(run.heapGrowth / MiB), max_lag_ms: Math.round(run.maxLagMs) });
    assert.equal(run.result.status, 'fulfilled', run.result.status === 'rejected' ? String(run.result.reason) : '');
    assert.equal(run.result.value.newPosts, 1, 'the item is still read');
    const title = enqueued.find((t) => t.url === 'https://example.org/bad/1')?.title ?? '';
    assert.match(title, /^A \uFFFD.* B$/u, 'undecodable bytes become U+FFFD');
    assert.equal(st.consecutiveFailures, 0);
    assert.ok(run.tookMs < TIMEOUT_MS + MARGIN_MS);
  });

  it('while one source hangs, other sources are polled promptly', async () => {
    const hanging = measure(() => processPoll(job('h-hang-concurrent'), ctx, queues));
    const tooks: number[] = [];
    for (const n of [1, 2, 3]) {
      const t0 = performance.now();
      const res = await processPoll(job(`ok-during-${n}`), ctx, queues);
      tooks.push(performance.now() - t0);
      assert.equal(res.newPosts, 1);
    }
    const run = await hanging;
    const st = await ctx.sources.get('h-hang-concurrent');
    const slowest = Math.max(...tooks);
    const ok = run.result.status === 'rejected' && st.lastErrorKind === 'timeout' && slowest < 500;
    report({ case: 'healthy sources polled while one hangs', bound_ms: 500, took_ms: Math.round(slowest), kind: st.lastErrorKind, ok, max_lag_ms: Math.round(run.maxLagMs) });
    assert.ok(slowest < 500, `healthy polls took ${tooks.map(Math.round).join(', ')} ms`);
    assert.ok(tooks.reduce((a, b) => a + b, 0) < TIMEOUT_MS, 'all three finished while the hanging fetch was still in flight');
    assert.equal(run.result.status, 'rejected');
    assert.equal(st.lastErrorKind, 'timeout');
  });
});
