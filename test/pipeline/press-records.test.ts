/** Records from the press: reported first, then confirmed or contradicted by the General Staff (real Redis, local pages). */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { RecordEvent } from '../../src/alerts/record-event.ts';
import { eventToMessage } from '../../src/alerts/event-to-message.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { ingestPost } from '../../src/pipeline/ingest-report.ts';
import { ingestArticle } from '../../src/pipeline/ingest-article.ts';
import { reportedRecordFrom } from '../../src/pipeline/press-records.ts';
import { renderReport } from '../support/render/render.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { storedReport } from '../support/reports.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));
const page = (site: string, published: string, body: string) =>
  `<html lang="en"><head><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${published}"></head><body><article><h1>Losses</h1><p>${body}</p><p>The figures could not be independently verified.</p></article></body></html>`;

describe('records from the press (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  const notified: { id: string; status: string }[] = [];
  const enqueue = async (e: RecordEvent) => void notified.push({ id: e.id, status: e.status });
  const pages: Record<string, string> = {
    '/one': page('Wire One', '2024-05-17T06:10:00Z', "Russia lost 2,100 soldiers over the past day, the highest daily toll of the war so far, Ukraine's General Staff said on Friday."),
    '/two': page('Wire Two', '2024-05-17T07:30:00Z', "Ukraine's General Staff said 2,100 Russian troops were killed or wounded in the past 24 hours, a new record."),
    '/tanks': page('Wire One', '2024-05-18T06:00:00Z', "Ukraine's General Staff said its forces destroyed 60 Russian tanks in the past day, the most in a single day of the war."),
  };
  const server = createServer((req, res) => {
    const html = pages[req.url ?? ''];
    if (req.url === '/robots.txt') return void res.end('');
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  let base = '';
  const post = (id: number, date: string, patch: (f: any) => void) => {
    const figures = structuredClone(lastDay);
    patch(figures);
    return { id, channel: 'GeneralStaffZSU', url: `https://t.me/GeneralStaffZSU/${id}`, publishedAt: `${date}T05:30:00.000Z`, text: renderReport({ date, figures }, { lang: 'uk' }), edited: false, forwarded: false, service: false };
  };
  let lastDay: any;

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL }, records: { baseline: '2024-04-26' }, fetch: { allowPrivateNetworks: true, domainSpacing: 0 } } });
    ctx = createContext(config, redis, createLogger('silent'));
    const imported = await importSeriesCommand(ctx, FIXTURE);
    assert.equal(imported.historyComplete, true);
    lastDay = (await ctx.reports.get('2024-05-16'))!.figures;
  });
  after(async () => {
    await ctx.http.close();
    server.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const deps = () => ({ reports: ctx.reports, events: ctx.events, baseline: '2024-04-26', enqueueNotify: enqueue, log: ctx.log, claims: ctx.claims });
  const task = (path: string) => ({ url: `${base}${path}`, sourceId: 'wire', outlet: 'Wire', title: null, publishedAt: null });

  it('a press record for a date the series lacks is one reported event, whatever the number of outlets', async () => {
    await ingestArticle(ctx, task('/one'), enqueue);
    await ingestArticle(ctx, task('/two'), enqueue);
    const ev = await ctx.events.get('personnel', '2024-05-17');
    assert.equal(ev?.status, 'reported');
    assert.equal(ev?.reported?.value, 2_100);
    assert.deepEqual(ev?.previous, { value: 1_740, date: '2024-05-13' });
    assert.deepEqual(ev?.evidence.map((e) => e.outlet), ['Wire One', 'Wire Two']);
    assert.deepEqual(notified, [{ id: 'record:personnel:2024-05-17', status: 'reported' }]);
    const msg = eventToMessage(ev!);
    assert.equal(msg.type, 'record.reported');
    assert.equal(msg.evidence.length, 2);
  });

  it('the General Staff report then confirms the same event: one follow-up', async () => {
    const res = await ingestPost(post(9001, '2024-05-17', (f) => (f.personnel = { total: f.personnel.total + 2_100, delta: 2_100 })), 'gs', deps());
    assert.equal(res.live, true);
    const ev = await ctx.events.get('personnel', '2024-05-17');
    assert.equal(ev?.status, 'confirmed');
    assert.equal(ev?.value, 2_100);
    assert.equal(ev?.source.url, 'https://t.me/GeneralStaffZSU/9001');
    assert.deepEqual(notified.filter((n) => n.id === 'record:personnel:2024-05-17'), [
      { id: 'record:personnel:2024-05-17', status: 'reported' },
      { id: 'record:personnel:2024-05-17', status: 'confirmed' },
    ]);
    assert.equal(res.created.some((e) => e.metric === 'personnel'), false, 'no second event');
  });

  it('a reported record the General Staff does not bear out is contradicted', async () => {
    await ingestArticle(ctx, task('/tanks'), enqueue);
    assert.equal((await ctx.events.get('tanks', '2024-05-18'))?.status, 'reported');
    await ingestPost(post(9002, '2024-05-18', (f) => (f.tanks = { total: f.tanks.total + 12, delta: 12 })), 'gs', deps());
    const ev = await ctx.events.get('tanks', '2024-05-18');
    assert.equal(ev?.status, 'contradicted');
    assert.equal(ev?.value, 12);
    assert.equal(eventToMessage(ev!).type, 'record.contradicted');
    assert.ok(notified.some((n) => n.id === 'record:tanks:2024-05-18' && n.status === 'contradicted'));
  });

  it('a press claim about a date the series has, or below the record, raises nothing', () => {
    const history = [storedReport({ date: '2024-05-13', personnel: [484_030, 1_740] })];
    const claim = { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1_800, qualifier: 'exact', periodDays: 1, asOf: '2024-05-13', record: true, quote: 'q' } as const;
    const press = { url: 'https://x.example/a', outlet: 'X', sourceId: 'x', publishedAt: null };
    assert.equal(reportedRecordFrom(claim, history, '2022-04-26', press), null);
    assert.equal(reportedRecordFrom({ ...claim, asOf: '2024-05-14', value: 1_700 }, history, '2022-04-26', press), null);
    assert.equal(reportedRecordFrom({ ...claim, asOf: '2024-05-14', record: false }, history, '2022-04-26', press), null);
    assert.equal(reportedRecordFrom({ ...claim, asOf: '2024-05-14' }, history, '2022-04-26', press)?.status, 'reported');
  });
});
