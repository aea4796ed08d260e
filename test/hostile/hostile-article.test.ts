/**
 * An article page with a million elements, through the worker's article path
 * (ingestArticle: fetch, decode, extract, claims, store) with the default 5 MiB cap, so the
 * page is fetched whole and the parser has to cope. It must end within a bound without a
 * crash, and the next, ordinary article must still be read.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { ingestArticle } from '../../src/pipeline/ingest-article.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { measure, MiB, report, writeStream } from './support.ts';

const NODES = 1_000_000;
/** Measured ~2.5 s on a quiet machine (the DOM build is synchronous); generous for shared CI. */
const BOUND_MS = 10_000;
/** The full DOM of a million elements is large (~0.5 GiB measured); this only guards against runaway growth. */
const HEAP_LIMIT = 1024 * MiB;

const PROSE = '<p>Shelling damaged the bridge near the village overnight, officials said, and repairs will take weeks to finish.</p>';

describe('hostile article page through ingestArticle (real Redis, local server)', () => {
  let redis: Redis;
  let ctx: AppContext;
  let base = '';
  const prefix = testPrefix();
  const server = createServer((req, res) => {
    if (req.url === '/million') {
      // "<p>a" a million times (4 MB, under the 5 MiB cap), generated as it is sent.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      let left = NODES / 1000;
      let started = false;
      const block = '<p>a'.repeat(1000);
      return writeStream(res, () => {
        if (!started) {
          started = true;
          return '<!DOCTYPE html><html><head><title>Million</title></head><body><article>';
        }
        if (left-- > 0) return block;
        return left === -1 ? '</article></body></html>' : null;
      });
    }
    if (req.url === '/ok') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Fine</title></head><body><article>${PROSE.repeat(3)}</article></body></html>`);
    res.writeHead(404).end();
  });

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = loadConfig({
      env: {},
      raw: { prefix, redis: { url: REDIS_URL }, sources: [{ id: 'news', type: 'rss', url: `${base}/feed.xml` }], fetch: { allowPrivateNetworks: true, domainSpacing: 0, respectRobots: false, timeout: '5s' } },
    });
    ctx = createContext(config, redis, createLogger('silent'));
  });
  after(async () => {
    await ctx.http.close();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const task = (path: string) => ({ url: `${base}${path}`, sourceId: 'news', outlet: 'News', feedUrl: `${base}/feed.xml`, title: null, publishedAt: null });

  it('a million-element page ends within the bound, is recorded, and the next article is read', async () => {
    const run = await measure(() => ingestArticle(ctx, task('/million')));
    const ok = run.result.status === 'fulfilled' && run.tookMs < BOUND_MS && run.heapGrowth < HEAP_LIMIT;
    report({ case: 'HTML article with a million nodes', bound_ms: BOUND_MS, took_ms: Math.round(run.tookMs), kind: run.result.status === 'fulfilled' ? run.result.value.status : 'error', ok, heap_mb: Math.round(run.heapGrowth / MiB), max_lag_ms: Math.round(run.maxLagMs) });

    assert.equal(run.result.status, 'fulfilled', run.result.status === 'rejected' ? String(run.result.reason) : '');
    assert.equal(run.result.value.status, 'ok');
    assert.ok(run.tookMs < BOUND_MS, `took ${Math.round(run.tookMs)} ms`);
    assert.ok(run.heapGrowth < HEAP_LIMIT, `heap grew ${Math.round(run.heapGrowth / MiB)} MiB`);
    assert.ok(await redis.hexists(ctx.keys.articles, task('/million').url), 'the article is recorded, so it is not fetched again');

    const next = await ingestArticle(ctx, task('/ok'));
    assert.equal(next.status, 'ok');
    const stored = JSON.parse((await redis.hget(ctx.keys.articles, task('/ok').url)) ?? '{}') as { title?: string };
    assert.equal(stored.title, 'Fine');
  });
});
