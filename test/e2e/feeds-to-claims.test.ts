/**
 * News path end to end (real Redis, local server, in-process worker): three outlets'
 * feeds and an aggregator that links the same stories again (tracking parameters,
 * AMP variant) → each article fetched once → one claim per figure, one mention per
 * outlet. robots.txt is obeyed, and the feeds are polled with conditional GET.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { startWorker } from '../../src/app/worker.ts';
import type { RunningWorker } from '../../src/app/worker.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { waitFor } from '../support/worker-process.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/news/${name}.html`, import.meta.url), 'utf8');
const ARTICLES: Record<string, string> = {
  '/a/war/russia-deadliest-day-1030': page('outlet-a-1030'),
  '/b/world/ukraine-record-russian-losses': page('outlet-b-1030'),
  '/c/news/genshtab-1030': page('outlet-c-1030'),
  '/a/private/draft': '<html><body><p>Not for robots.</p></body></html>',
};

function rss(title: string, base: string, links: string[]): string {
  const items = links
    .map((l, i) => `<item><title>Story ${i + 1}</title><link>${base}${l}</link><guid isPermaLink="false">${title}-${i}</guid><pubDate>Tue, 07 Feb 2023 0${8 + i}:30:00 GMT</pubDate></item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${title}</title><link>${base}/</link>\n${items}\n</channel></rss>`;
}

describe('feeds → articles → claims (e2e)', { timeout: 120_000 }, () => {
  const prefix = testPrefix();
  let redis: Redis;
  let worker: RunningWorker;
  const hits = new Map<string, number>();
  const conditional: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.replace(/\/amp$/, '');
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === '/robots.txt') return void res.end('User-agent: *\nDisallow: /a/private/\n');
    if (path.startsWith('/feeds/')) {
      if (req.headers['if-none-match'] === `"${path}"`) {
        conditional.push(path);
        return void res.writeHead(304).end();
      }
      const feeds: Record<string, string> = {
        '/feeds/a.xml': rss('Kyiv Daily Wire', base, ['/a/war/russia-deadliest-day-1030?utm_source=rss&utm_medium=feed', '/a/private/draft']),
        '/feeds/b.xml': rss('Eastern Ledger', base, ['/b/world/ukraine-record-russian-losses']),
        '/feeds/c.xml': rss('Novyny Dnia', base, ['/c/news/genshtab-1030#top']),
        '/feeds/digest.xml': rss('War Digest', base, ['/a/war/russia-deadliest-day-1030/amp', '/b/world/ukraine-record-russian-losses?fbclid=abc', '/c/news/genshtab-1030']),
      };
      const body = feeds[path];
      if (!body) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"${path}"` }).end(body);
    }
    const html = ARTICLES[path];
    if (!html) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        http: { port: 0, host: '127.0.0.1' },
        subscribers: [{ id: 'factcheck', type: 'queue', queue: 'e2e-claims', events: ['claims'] }],
        sources: ['a', 'b', 'c', 'digest'].map((id) => ({ id: `feed-${id}`, type: 'rss', url: `${base}/feeds/${id}.xml`, every: '1s' })),
        fetch: { allowPrivateNetworks: true, domainSpacing: 0 },
        backfill: { onStart: false },
        worker: { shutdownTimeout: '3s' },
      },
    });
    worker = await startWorker(config, createLogger('silent'));
    await worker.ready;
  });

  after(async () => {
    await worker?.close();
    server.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('stores one claim per figure with a mention from each outlet, each article fetched once', async () => {
    const figures = await waitFor(
      'both figures with three mentions',
      async () => {
        const claims = await worker.ctx.claims.list();
        const daily = claims.find((c) => c.metric === 'personnel' && c.kind === 'daily' && c.value === 1_030);
        const total = claims.find((c) => c.metric === 'personnel' && c.kind === 'cumulative' && c.value === 133_190);
        return daily?.mentions === 3 && total?.mentions === 3 ? { daily, total, claims } : undefined;
      },
      60_000,
      250,
    ).catch(async (err: Error) => {
      const claims = await worker.ctx.claims.list();
      throw new Error(`${err.message}; claims: ${JSON.stringify(claims.map((c) => [c.metric, c.kind, c.value, c.mentions]))}; hits: ${JSON.stringify([...hits])}; articles: ${JSON.stringify(await redis.hgetall(worker.ctx.keys.articles))}`);
    });
    assert.equal(figures.daily.claimant, 'ua_general_staff');
    assert.equal(figures.daily.subject, 'ru');
    assert.equal(figures.daily.asOf, '2023-02-07');
    const outlets = (await worker.ctx.claims.mentions(figures.daily.fingerprint)).map((m) => m.outlet).sort();
    assert.deepEqual(outlets, ['Eastern Ledger', 'Kyiv Daily Wire', 'Novyny Dnia']);

    // Wait for a few more polls: nothing is fetched twice, the feeds answer 304.
    await waitFor('conditional GETs', () => (conditional.length >= 4 ? true : undefined), 20_000);
    for (const path of Object.keys(ARTICLES).filter((p) => !p.includes('private'))) assert.equal(hits.get(path), 1, `${path} fetched once`);
    assert.equal(hits.get('/a/private/draft'), undefined, 'robots.txt disallows it');
    assert.equal(hits.get('/robots.txt'), 1, 'robots.txt cached');

    // The subscriber that asked for claims got each new claim once, valid against claim.v1.
    const schema = JSON.parse(readFileSync(new URL('../../schemas/claim.v1.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const jobs = await new Queue('e2e-claims', { connection: redis, prefix }).getJobs(['waiting', 'delayed', 'active', 'completed']);
    const ids = jobs.map((j) => j.data.id as string);
    assert.equal(new Set(ids).size, ids.length, 'no claim twice');
    assert.ok(ids.includes(figures.daily.fingerprint) && ids.includes(figures.total.fingerprint));
    for (const j of jobs) assert.ok(validate(j.data), JSON.stringify(validate.errors));
  });
});
