/**
 * One truth from many outlets (real Redis, local servers, three worker processes):
 * five feeds carry copies of one record story before the General Staff reports it →
 * one `reported` alert per subscriber; the report then confirms it → one follow-up.
 * Slack is down at first and gets its alert when it comes back. Every worker is
 * killed with SIGKILL while a webhook delivery is in flight and restarted: the
 * webhook sees that delivery's idempotency id once more, every other channel once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { verifySignature } from '../../src/delivery/signature.ts';
import { renderReport } from '../support/render/render.ts';
import { startReceiver } from '../delivery/helpers.ts';
import type { Receiver } from '../delivery/helpers.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { reliability } from '../support/reliability.ts';
import { startWorkerProcess, waitFor, writeConfig } from '../support/worker-process.ts';
import { jobsByWorker, workersSeen } from '../support/worker-share.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));
const SECRET = 'many-outlets-secret';
const TOKEN = '123456:TEST-token_value';
const STORIES = [
  "Russia lost 2,050 soldiers over the past day, the highest daily toll of the war, Ukraine's General Staff said on Friday.",
  "Ukraine's General Staff said 2,050 Russian troops were killed or wounded in the past 24 hours, a new record for the war.",
  'Kyiv says Russian forces suffered a record 2,050 casualties in a single day, according to the General Staff.',
  "Russian losses hit a record 2,050 personnel in the past day, Ukraine's armed forces said.",
  "The General Staff of Ukraine's armed forces reported 2,050 Russian military losses over the past day, the highest daily figure since the invasion began.",
];

describe('many outlets, one record, three workers (e2e)', { timeout: 240_000 }, () => {
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'tw-many-'));
  let redis: Redis;
  let channel: FakeChannel;
  let hook: Receiver;
  let slack: Receiver;
  let telegram: Receiver;
  let workers: WorkerProcess[] = [];
  let configFile: string;
  let lastFigures: any;
  const news = createServer((req, res) => {
    const base = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
    const m = /^\/(?:feed|story)\/(\d)/.exec(req.url ?? '');
    if (req.url === '/robots.txt') return void res.end('');
    if (!m) return void res.writeHead(404).end();
    const n = Number(m[1]);
    if (req.url!.startsWith('/feed/')) {
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${n}</title><link>${base}/</link><item><title>Record losses</title><link>${base}/story/${n}</link><guid>o${n}-1</guid><pubDate>Fri, 17 May 2024 ${String(6 + n).padStart(2, '0')}:00:00 GMT</pubDate></item></channel></rss>`,
      );
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<html lang="en"><head><meta property="og:site_name" content="Outlet ${n}"><meta property="article:published_time" content="2024-05-17T${String(6 + n).padStart(2, '0')}:00:00Z"></head><body><article><h1>Record Russian losses</h1><p>${STORIES[n]}</p><p>The figure could not be independently verified.</p></article></body></html>`,
    );
  });

  before(async () => {
    redis = connect();
    await new Promise<void>((r) => news.listen(0, '127.0.0.1', r));
    const newsBase = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
    channel = await startFakeChannel({});
    hook = await startReceiver([{ status: 200 }, { status: 200, delayMs: 4_000 }, { status: 200 }]);
    slack = await startReceiver([{ status: 503 }, { status: 503 }, { status: 200, body: 'ok' }]);
    telegram = await startReceiver([{ status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true,"result":{"message_id":1}}' }]);
    configFile = writeConfig(dir, 'tallywatch.json', {
      prefix,
      redis: { url: REDIS_URL },
      http: { port: 0, host: '127.0.0.1' },
      sources: [
        { id: 'gs', type: 'telegram', url: channel.url, every: '1s', primary: true },
        ...[0, 1, 2, 3, 4].map((n) => ({ id: `outlet-${n}`, type: 'rss', url: `${newsBase}/feed/${n}`, every: '1s' })),
      ],
      subscribers: [
        { id: 'desk', type: 'webhook', url: hook.url, secret: SECRET },
        { id: 'slack-desk', type: 'slack', urlEnv: 'E2E_SLACK_URL' },
        { id: 'tg', type: 'telegram', tokenEnv: 'E2E_TG_TOKEN', chatId: '-1001234567890', baseUrl: new URL(telegram.url).origin },
        { id: 'app', type: 'queue', queue: 'many-alerts', alertSchema: 'v2' },
      ],
      fetch: { allowPrivateNetworks: true, domainSpacing: 0 },
      backfill: { onStart: false },
      // Long enough for the five articles (polled every second) to be read before the reported alert goes out.
      records: { baseline: '2024-04-26', reportedHold: '8s' },
      delivery: { attempts: 8, backoff: '300ms', maxBackoff: '1s' },
      worker: { shutdownTimeout: '3s' },
    });
    // History from the operator's CSV, and the channel's latest report already there.
    const ctx = openContext();
    try {
      assert.equal((await importSeriesCommand(ctx, FIXTURE)).historyComplete, true);
      lastFigures = (await ctx.reports.get('2024-05-16'))!.figures;
    } finally {
      await ctx.http.close();
    }
    channel.addPost({ text: renderReport({ date: '2024-05-16', figures: lastFigures }, { lang: 'uk' }), publishedAt: '2024-05-16T05:30:00Z' });
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await channel?.close();
    await Promise.all([hook, slack, telegram].map((r) => r?.close()));
    news.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const env = () => ({ E2E_SLACK_URL: slack.url, E2E_TG_TOKEN: TOKEN });
  /** The services over the test's Redis, as the CLI builds them (close its http when done). */
  const openContext = () => createContext(loadConfig({ file: configFile, env: env() }), redis, createLogger('silent'));
  const startAll = () => (workers = [0, 1, 2].map(() => startWorkerProcess(configFile, env())));
  /** The outlets the claim store has as stating the 2,050 record, by publication time. */
  const recordOutlets = async () => {
    const ctx = openContext();
    const claims = (await ctx.claims.list()).filter((c) => c.metric === 'personnel' && c.kind === 'daily' && c.value === 2_050 && c.record);
    const mentions = (await Promise.all(claims.map((c) => ctx.claims.mentions(c.fingerprint)))).flat();
    await ctx.http.close();
    const byUrl = new Map(mentions.map((m) => [m.url, m]));
    return [...byUrl.values()].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '')).map((m) => m.outlet);
  };
  const ids = (r: Receiver) => r.requests.map((q) => String(q.headers['x-tallywatch-delivery']));

  it('the press story from five outlets is one reported alert per subscriber (Slack gets it when it comes back)', async () => {
    const t0 = Date.now();
    startAll();
    await Promise.all(workers.map((w) => w.port));
    await waitFor('reported alert everywhere', () => (hook.requests.length >= 1 && slack.requests.length >= 3 && telegram.requests.length >= 1 ? true : undefined), 60_000);
    await new Promise((r) => setTimeout(r, 3_000));
    assert.deepEqual(ids(hook), ['record:personnel:2024-05-17:reported:desk']);
    const body = JSON.parse(hook.requests[0]!.body.toString('utf8'));
    assert.equal(body.status, 'reported');
    assert.equal(body.value, 2_050);
    // Every outlet whose article states the record (outlet n publishes at (6+n):00), by publication
    // time, not only whichever a worker read first.
    assert.deepEqual(body.evidence.map((e: { outlet: string }) => e.outlet), await recordOutlets());
    assert.ok(body.evidence.length >= 4, `outlets listed: ${body.evidence.length}`);
    assert.ok(verifySignature(SECRET, hook.requests[0]!.body, String(hook.requests[0]!.headers['x-tallywatch-signature'])));
    assert.equal(slack.requests.length, 3, 'two refusals while down, then one delivery');
    assert.equal(telegram.requests.length, 1);
    assert.ok(telegram.requests[0]!.url.includes(`/bot${TOKEN}/sendMessage`));
    const share = await jobsByWorker(redis, prefix);
    reliability({
      area: '5 scale-out',
      case: 'scale-out: three workers, five outlets, one story',
      took_ms: Date.now() - t0,
      workers: 3,
      processes_that_finished_jobs: workersSeen(share),
      articles: Object.values(share.article ?? {}).reduce((a, b) => a + b, 0),
      webhook_requests: hook.requests.length,
      slack_requests: slack.requests.length,
      telegram_requests: telegram.requests.length,
      ok: true,
    });
  });

  it('the General Staff report confirms it: one follow-up each, even with every worker killed mid-delivery', async () => {
    const figures = structuredClone(lastFigures);
    figures.personnel = { total: figures.personnel.total + 2_050, delta: 2_050 };
    channel.addPost({ text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), publishedAt: '2024-05-17T05:35:00Z' });
    // The webhook holds its confirmed delivery for 4 s; meanwhile the other channels finish.
    // Finished means written to the sent ledger, not only received: a kill between the
    // receiver's answer and the ledger write is the one window where a channel sees a repeat
    // (docs/architecture.md), and Slack and Telegram cannot drop one.
    const ctx = openContext();
    const settled = async (subscriber: string) => (await ctx.ledger.getSent('record:personnel:2024-05-17', 'confirmed', subscriber)) !== null;
    try {
      await waitFor(
        'the webhook confirmed request in flight, Slack and Telegram done',
        async () => (hook.requests.length >= 2 && (await settled('slack-desk')) && (await settled('tg')) ? true : undefined),
        60_000,
      );
    } finally {
      await ctx.http.close();
    }
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    const killedAt = Date.now();
    startAll();
    // The stalled delivery is taken over once its lock expires (worker.jobLock + worker.stalledCheck).
    await waitFor('the webhook delivery finished after the restart', () => (hook.requests.length >= 3 ? true : undefined), 120_000, 500);
    const recoveredMs = Date.now() - killedAt;
    await new Promise((r) => setTimeout(r, 4_000));
    const hookIds = ids(hook);
    assert.deepEqual([...new Set(hookIds)].sort(), ['record:personnel:2024-05-17:confirmed:desk', 'record:personnel:2024-05-17:reported:desk']);
    assert.equal(hookIds.filter((i) => i.endsWith(':reported:desk')).length, 1);
    const confirmed = JSON.parse(hook.requests.at(-1)!.body.toString('utf8'));
    assert.equal(confirmed.status, 'confirmed');
    assert.deepEqual(confirmed.previous, { value: 1_740, date: '2024-05-13' });
    assert.equal(slack.requests.length, 4, 'Slack: one reported, one confirmed');
    assert.equal(telegram.requests.length, 2, 'Telegram: one reported, one confirmed');
    const q = new Queue('many-alerts', { connection: redis, prefix });
    const jobs = await q.getJobs(['waiting', 'delayed', 'active', 'completed']);
    await q.close();
    const reportedJob = jobs.find((j) => j.data.status === 'reported')!;
    assert.ok(reportedJob.data.evidence.length >= 4);
    assert.ok(reportedJob.data.evidence.every((e: { value: number | null }) => e.value === 2_050), 'each outlet with the figure it gave');
    assert.equal(reportedJob.data.source.id, 'outlet-0', 'the earliest article');
    assert.deepEqual(jobs.map((j) => [j.data.status, j.data.followUp]).sort(), [
      ['confirmed', true],
      ['reported', false],
    ]);
    reliability({
      area: '4 faults',
      case: 'SIGKILL of every worker mid-delivery',
      took_ms: Date.now() - killedAt,
      killed: 3,
      delivery_recovered_ms: recoveredMs,
      webhook_requests_for_it: hookIds.filter((i) => i.endsWith(':confirmed:desk')).length,
      webhook_delivery_ids: new Set(hookIds).size,
      slack_requests: slack.requests.length,
      telegram_requests: telegram.requests.length,
      queue_alerts: jobs.length,
      ok: true,
    });
  });
});
