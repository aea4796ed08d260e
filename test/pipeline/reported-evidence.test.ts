/**
 * A reported record's alert lists every outlet that stated it, each with the figure it gave,
 * in the same order whatever order the articles were read in (real Redis, local pages).
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import { createQueues } from '../../jobs/queues.ts';
import type { RecordEvent } from '../../src/alerts/record-event.ts';
import type { AppContext } from '../../src/app/services.ts';
import { eventToMessage } from '../../src/alerts/event-to-message.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { ingestArticle } from '../../src/pipeline/ingest-article.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));
// Path n is published at PUBLISHED[n]: publication order (3, 0, 4, 1, 2) is not path order.
const PUBLISHED = ['2024-05-17T07:10:00Z', '2024-05-17T09:00:00Z', '2024-05-17T11:45:00Z', '2024-05-17T06:20:00Z', '2024-05-17T08:05:00Z'];
const STORIES = [
  "Ukraine's General Staff said on Friday that Russia lost 2,050 troops in the past day, its heaviest one-day loss of the war.",
  "Russian forces lost 2,050 soldiers over the past 24 hours, a record for a single day, according to Ukraine's General Staff.",
  'The General Staff in Kyiv reported a record 2,050 Russian casualties over the last day.',
  "Kyiv's General Staff put Russian losses over the past day at 2,050 troops, the highest daily figure since the full-scale invasion.",
  "A record 2,050 Russian soldiers were killed or wounded in one day, Ukraine's General Staff said.",
];
const page = (n: number) =>
  `<html lang="en"><head><meta property="og:site_name" content="Outlet ${n}"><meta property="article:published_time" content="${PUBLISHED[n]}"></head><body><article><h1>Losses</h1><p>${STORIES[n]}</p><p>The figure could not be verified independently.</p></article></body></html>`;

describe('reported record evidence (real Redis)', () => {
  const prefixes = [testPrefix(), testPrefix()];
  let redis: Redis;
  const ctxs: AppContext[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.end('');
    const m = /^\/story\/(\d)$/.exec(req.url ?? '');
    if (!m) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(m[1])));
  });
  let base = '';

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const prefix of prefixes) {
      const config = loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL }, records: { baseline: '2024-04-26' }, fetch: { allowPrivateNetworks: true, domainSpacing: 0 } } });
      const ctx = createContext(config, redis, createLogger('silent'));
      assert.equal((await importSeriesCommand(ctx, FIXTURE)).historyComplete, true);
      ctxs.push(ctx);
    }
  });
  after(async () => {
    for (const ctx of ctxs) await ctx.http.close();
    server.close();
    for (const prefix of prefixes) await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const read = async (ctx: AppContext, order: number[]) => {
    for (const n of order) {
      await ingestArticle(ctx, { url: `${base}/story/${n}`, sourceId: `outlet-${n}`, outlet: `Outlet ${n}`, title: null, publishedAt: null }, async () => undefined);
    }
    const ev = await ctx.events.get('personnel', '2024-05-17');
    assert.equal(ev?.status, 'reported');
    return eventToMessage(ev!);
  };

  it('lists all five outlets with their figure, by publication time, whatever the reading order', async () => {
    const a = await read(ctxs[0]!, [0, 1, 2, 3, 4]);
    const b = await read(ctxs[1]!, [2, 4, 1, 3, 0]);
    assert.deepEqual(
      a.evidence.map((e) => [e.outlet, e.value, e.publishedAt]),
      [3, 0, 4, 1, 2].map((n) => [`Outlet ${n}`, 2_050, new Date(PUBLISHED[n]!).toISOString()]),
    );
    // Everything but detectedAt (each store's own creation time) is the same message.
    const { detectedAt: _a, ...restA } = a;
    const { detectedAt: _b, ...restB } = b;
    assert.deepEqual(restB, restA);
    // The source is the earliest article, not whichever was read first.
    assert.deepEqual(a.source, { id: 'outlet-3', url: `${base}/story/3`, publishedAt: new Date(PUBLISHED[3]!).toISOString() });
    assert.deepEqual(a.claimants, ['ua_general_staff']);
  });
});

describe('reported record claimants (real Redis)', () => {
  it('an outlet citing another claimant adds it to the reported claimants, once', async () => {
    const prefix = testPrefix();
    const redis = connect();
    const config = loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL } } });
    const ctx = createContext(config, redis, createLogger('silent'));
    try {
      const item = (n: number) => ({ url: `https://news${n}.example/a`, outlet: `News ${n}`, quote: 'q', publishedAt: null, value: 1_900, sourceId: `news-${n}` });
      await ctx.events.create({
        id: 'record:personnel:2024-06-01', metric: 'personnel', date: '2024-06-01', value: 1_900, total: null, previous: null, status: 'reported',
        source: { id: 'news-1', url: item(1).url, publishedAt: null }, createdAt: '2024-06-01T06:00:00.000Z', enqueued: false, notifiedAt: null, flags: [],
        reported: { value: 1_900, at: '2024-06-01T06:00:00.000Z', claimants: ['ua_general_staff'] }, evidence: [item(1)],
      });
      assert.equal(await ctx.events.addEvidence('personnel', '2024-06-01', item(2), 'uk_mod'), true);
      assert.equal(await ctx.events.addEvidence('personnel', '2024-06-01', item(3), 'uk_mod'), true);
      const msg = eventToMessage((await ctx.events.get('personnel', '2024-06-01'))!);
      assert.deepEqual(msg.claimants, ['ua_general_staff', 'uk_mod']);
      assert.deepEqual(msg.evidence.map((e) => e.value), [1_900, 1_900, 1_900]);
    } finally {
      await ctx.http.close();
      await deletePrefix(redis, prefix);
      redis.disconnect();
    }
  });
});

describe('reported hold (real Redis)', () => {
  it("delays a reported record's notification by the hold, never a confirmed one's", async () => {
    const prefix = testPrefix();
    const redis = connect();
    const queues = createQueues(redis, prefix, { reportedHoldMs: 30_000 });
    try {
      const event = (status: RecordEvent['status'], date: string) => ({ id: `record:personnel:${date}`, status }) as RecordEvent;
      await queues.enqueueNotify(event('reported', '2024-06-02'));
      await queues.enqueueNotify(event('confirmed', '2024-06-03'));
      const [reported] = await queues.notify.getJobs(['delayed']);
      const [confirmed] = await queues.notify.getJobs(['waiting']);
      assert.equal(reported?.data.eventId, 'record:personnel:2024-06-02');
      assert.equal(reported?.opts.delay, 30_000);
      assert.equal(confirmed?.data.eventId, 'record:personnel:2024-06-03');
    } finally {
      await queues.close();
      await deletePrefix(redis, prefix);
      redis.disconnect();
    }
  });
});
