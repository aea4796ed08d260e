/**
 * A burst of articles from one site under per-domain spacing: the jobs that must wait for the
 * site's turn are deferred (moved to delayed) instead of holding the worker's slots, so another
 * site's article is read at once, every article of the burst is read once, spaced, and no job
 * spends an attempt or fails on the wait.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startWorker } from '../../src/app/worker.ts';
import type { RunningWorker } from '../../src/app/worker.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { waitFor } from '../support/worker-process.ts';

const BURST = 12;
const SPACING_MS = 400;

describe('a burst from one site does not hold the worker (in-process worker, real Redis)', { timeout: 90_000 }, () => {
  const prefix = testPrefix();
  const redis = connect();
  let worker: RunningWorker | undefined;
  /** Article requests: which site (Host) and when. */
  const reads: { host: string; path: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const host = String(req.headers.host).split(':')[0]!;
    const port = (server.address() as AddressInfo).port;
    const url = req.url ?? '';
    if (url === '/busy/feed.xml' || url === '/quiet/feed.xml') {
      const site = url.startsWith('/busy') ? `127.0.0.1:${port}/busy` : `localhost:${port}/quiet`;
      const n = url.startsWith('/busy') ? BURST : 1;
      const items = Array.from({ length: n }, (_, i) => `<item><title>Story ${i}</title><link>http://${site}/story/${i}</link><guid>${site}/story/${i}</guid></item>`);
      const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>${host}</title>${items.join('')}</channel></rss>`;
      // The quiet site's feed answers later, so its article is queued behind the whole burst.
      return void setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body), n === 1 ? 500 : 0);
    }
    if (url.includes('/story/')) {
      reads.push({ host, path: url, at: Date.now() });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(`<html><body><article><h1>Story</h1><p>${'A quiet day at the front, the report said, with nothing out of the ordinary. '.repeat(5)}</p></article></body></html>`);
    }
    res.writeHead(404).end();
  });

  before(async () => {
    // Both loopback families: "localhost" may resolve to ::1.
    await new Promise<void>((r) => server.listen(0, '::', r));
  });

  after(async () => {
    await worker?.close();
    server.closeAllConnections();
    server.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('defers the waiting jobs: the other site is read at once, the burst is spaced, nothing fails', async () => {
    const port = (server.address() as AddressInfo).port;
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        http: { port: 0, host: '127.0.0.1' },
        sources: [
          { id: 'busy', type: 'rss', url: `http://127.0.0.1:${port}/busy/feed.xml`, every: '60s' },
          { id: 'quiet', type: 'rss', url: `http://localhost:${port}/quiet/feed.xml`, every: '60s' },
        ],
        fetch: { allowPrivateNetworks: true, domainSpacing: `${SPACING_MS}ms`, respectRobots: false, timeout: '5s' },
        backfill: { onStart: false },
      },
    });
    worker = await startWorker(config, createLogger('error'));
    await worker.ready;

    await waitFor('every article read', () => (reads.length >= BURST + 1 ? true : undefined), 60_000, 50);
    await new Promise((r) => setTimeout(r, 1_000)); // room for a repeat

    const busy = reads.filter((r) => r.host === '127.0.0.1');
    const quiet = reads.filter((r) => r.host === 'localhost');
    assert.equal(new Set(busy.map((r) => r.path)).size, BURST, 'each article of the burst read');
    assert.equal(busy.length, BURST, 'and read once');
    assert.equal(quiet.length, 1);
    for (let i = 1; i < busy.length; i++) {
      const gap = busy[i]!.at - busy[i - 1]!.at;
      assert.ok(gap >= SPACING_MS - 50, `site spacing kept: ${gap} ms between reads ${i - 1} and ${i}`);
    }
    // Held slots would make the quiet site's article wait for most of the burst (~BURST × spacing).
    const burstSpan = busy.at(-1)!.at - busy[0]!.at;
    assert.ok(quiet[0]!.at - busy[0]!.at < burstSpan / 2, `the other site was read ${quiet[0]!.at - busy[0]!.at} ms into a ${burstSpan} ms burst`);

    const failed = await worker.queues.article.getJobs(['failed']);
    assert.deepEqual(failed.map((j) => j.failedReason), []);
    const completed = await worker.queues.article.getJobs(['completed']);
    assert.equal(completed.length, BURST + 1);
    assert.ok(completed.every((j) => j.attemptsMade <= 1), 'a deferral spends no attempt');
    const deferred = (await worker.ctx.metrics.registry.getSingleMetricAsString('tallywatch_polite_deferred_total')).match(/queue="article"} (\d+)/);
    assert.ok(deferred && Number(deferred[1]) > 0, 'jobs were deferred');
  });
});
