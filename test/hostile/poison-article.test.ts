/**
 * A feed item linking to a 4.5 MB page of one endless paragraph (under the 5 MiB fetch cap),
 * through a real worker process (`tallywatch start`): the page is read in a worker thread, so
 * /healthz keeps answering while it is read; the article is kept as `too_large` (never retried:
 * fetched once); and the next article in the feed is read and gives its claims. Before the
 * bounds, reading such a page held the event loop for minutes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { storeKeys } from '../../src/store/keys.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { runOnText } from '../support/run-on-text.ts';
import { startWorkerProcess, waitFor, writeConfig } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';
import { report } from './support.ts';

const BIG_CHARS = 4_500_000;
/** Longest a /healthz answer may take while the page is read; blocked, it took minutes. */
const HEALTH_BOUND_MS = 2_000;

describe('a 4.5 MB page without full stops through a worker process', { timeout: 240_000 }, () => {
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'tw-poison-'));
  let redis: Redis;
  let worker: WorkerProcess;
  const hits = new Map<string, number>();
  const bigPage = `<!DOCTYPE html><html><head><title>Endless</title></head><body><article><p>${runOnText(BIG_CHARS)}</p></article></body></html>`;
  const okPage = readFileSync(new URL('../fixtures/news/outlet-a-1030.html', import.meta.url), 'utf8');
  let bigServedAt = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === '/feed.xml') {
      const item = (p: string, i: number) => `<item><title>Story ${i}</title><link>${base}${p}</link><guid isPermaLink="false">poison-${i}</guid><pubDate>Tue, 07 Feb 2023 0${8 + i}:30:00 GMT</pubDate></item>`;
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title><link>${base}/</link>${item('/big', 1)}${item('/ok', 2)}</channel></rss>`);
    }
    if (path === '/big') {
      bigServedAt = Date.now();
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bigPage);
    }
    if (path === '/ok') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(okPage);
    res.writeHead(404).end();
  });

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const file = writeConfig(dir, 'config.json', {
      prefix,
      redis: { url: REDIS_URL },
      http: { port: 0, host: '127.0.0.1' },
      sources: [{ id: 'wire', type: 'rss', url: `${base}/feed.xml`, every: '2s' }],
      fetch: { allowPrivateNetworks: true, domainSpacing: 0, respectRobots: false },
      backfill: { onStart: false },
      worker: { shutdownTimeout: '3s' },
    });
    worker = startWorkerProcess(file);
  });

  after(async () => {
    await worker?.stop();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    await deletePrefix(redis, prefix);
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps /healthz answering, keeps the page as too_large, and reads the next article', async () => {
    // The guard timer is unref'd: left pending, it kept the file's process alive 30 s after its test.
    const port = await Promise.race([worker.port, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no port: ${worker.output().slice(-2000)}`)), 30_000).unref())]);
    const keys = storeKeys(prefix);
    const status = async (path: string) => {
      const raw = await redis.hget(keys.articles, `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
      return raw ? (JSON.parse(raw) as { status: string; claims: number }) : undefined;
    };
    // /healthz probed every 100 ms from the start until the big page's outcome is kept.
    const probes: number[] = [];
    let failures = 0;
    const t0 = Date.now();
    let done = false;
    const prober = (async () => {
      while (!done) {
        const p0 = performance.now();
        try {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(HEALTH_BOUND_MS * 5) });
          await res.arrayBuffer();
          if (res.status !== 200) failures++;
        } catch {
          failures++;
        }
        if (bigServedAt > 0) probes.push(performance.now() - p0);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const big = await waitFor('the big page kept', () => status('/big'), 180_000, 250).finally(() => {
      done = true;
    });
    await prober;
    const next = await waitFor('the next article read', () => status('/ok'), 60_000, 250);
    const worst = Math.max(...probes);
    report({ case: '4.5 MB article page without full stops, real worker process', bound_ms: HEALTH_BOUND_MS, took_ms: Date.now() - t0, kind: big.status, ok: true, max_lag_ms: Math.round(worst) });

    assert.equal(big.status, 'too_large');
    assert.ok(probes.length >= 3, `healthz probed ${probes.length} times while the page was read`);
    assert.equal(failures, 0, 'every /healthz probe answered 200');
    assert.ok(worst < HEALTH_BOUND_MS, `slowest /healthz answer ${Math.round(worst)} ms`);
    assert.equal(next.status, 'ok');
    assert.ok(next.claims > 0, 'the next article gave its claims');
    // Kept, not retried: more polls later, the page has still been fetched once.
    await new Promise((r) => setTimeout(r, 5_000));
    assert.equal(hits.get('/big'), 1);
  });
});
