/**
 * The primary path end to end, against a real Redis and a local channel server:
 * backfill over several pages with noise between reports → the record days; then
 * three worker processes see a new record post → each subscriber gets exactly one
 * alert; a restart repeats nothing; a webhook that fails twice still gets it once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createContext } from '../../src/app/services.ts';
import { recordRows } from '../../src/queries/records.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { verifySignature } from '../../src/delivery/signature.ts';
import { renderReport } from '../support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { computeRecords } from '../../src/series/records.ts';
import { computeSeries } from '../../src/series/series.ts';
import { backfillChannel } from '../../src/pipeline/backfill-channel.ts';
import { startReceiver } from '../delivery/helpers.ts';
import type { Receiver } from '../delivery/helpers.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { reliability } from '../support/reliability.ts';
import { storedReport } from '../support/reports.ts';
import { jobsByWorker, workersSeen } from '../support/worker-share.ts';
import { startWorkerProcess, waitFor, writeConfig } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const FIXTURE = new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url);
const SECRET = 'e2e-webhook-secret';
const NOISE = [
  'Оперативна інформація станом на 08:00 щодо російського вторгнення. Ворог продовжує атаки на кількох напрямках.',
  'Сили оборони відбили штурм поблизу населеного пункту. Тривають бої.',
  '🇺🇦 Слава Україні! Вітаємо захисників з професійним святом.',
];

describe('channel → series → record alert (e2e)', { timeout: 180_000 }, () => {
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'tw-e2e-'));
  let redis: Redis;
  let channel: FakeChannel;
  let hook: Receiver;
  let flakyHook: Receiver;
  let configFile: string;
  const days = rowsToReports(parseSeriesCsv(readFileSync(FIXTURE, 'utf8')));
  const workers: WorkerProcess[] = [];

  before(async () => {
    redis = connect();
    channel = await startFakeChannel({ pageSize: 20 });
    hook = await startReceiver([{ status: 200 }]);
    flakyHook = await startReceiver([{ status: 500 }, { status: 500 }, { status: 200 }]);
    // Each day: noise posts around the report, as on the real channel.
    for (const day of days) {
      for (const [i, text] of NOISE.entries()) channel.addPost({ text, publishedAt: `${day.date}T0${4 + i}:10:00Z` });
      channel.addPost({ text: renderReport(day, { lang: 'uk' }), publishedAt: `${day.date}T05:30:00Z` });
    }
    configFile = writeConfig(dir, 'tallywatch.json', {
      prefix,
      redis: { url: REDIS_URL },
      http: { port: 0, host: '127.0.0.1' },
      log: { level: 'info' },
      sources: [{ id: 'gs', type: 'telegram', url: channel.url, every: '1s', primary: true }],
      subscribers: [
        { id: 'desk', type: 'webhook', url: hook.url, secretEnv: 'E2E_SECRET' },
        { id: 'flaky', type: 'webhook', url: flakyHook.url, secret: SECRET, metrics: ['tanks'] },
        { id: 'app', type: 'queue', queue: 'e2e-alerts' },
      ],
      fetch: { allowPrivateNetworks: true, timeout: '5s' },
      backfill: { onStart: true, pageDelay: 0 },
      records: { baseline: '2024-04-26' },
      delivery: { attempts: 5, backoff: '200ms', maxBackoff: '1s' },
      worker: { shutdownTimeout: '5s' },
    });
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await channel?.close();
    await hook?.close();
    await flakyHook?.close();
    await deletePrefix(redis, prefix);
    redis?.disconnect();
  });

  it('backfills across pages with noise posts and finds exactly the record days, none notified', async (t) => {
    const config = loadConfig({ file: configFile, env: { E2E_SECRET: SECRET } });
    const ctx = createContext(config, redis, createLogger('silent'));
    t.after(() => ctx.http.close());
    const source = config.sources[0]!;
    const result = await backfillChannel(ctx, source, async () => assert.fail('backfill must not notify'));
    assert.equal(result.complete, true);
    assert.ok(result.pages >= 4, `expected several pages, read ${result.pages}`);
    assert.equal(result.reports, days.length);
    assert.equal((await ctx.reports.history()).complete, true);

    const expected = computeRecords(
      computeSeries(days.map((d) => storedReport({ date: d.date, ...Object.fromEntries(Object.entries(d.figures).map(([k, f]) => [k, [f!.total, f!.delta]])) }))),
      '2024-04-26',
    );
    const rows = await recordRows(ctx);
    const key = (r: { metric: string; date: string; value: number }) => `${r.metric}|${r.date}|${r.value}`;
    assert.deepEqual(rows.map(key).sort(), expected.map(key).sort());
    assert.ok(rows.some((r) => r.metric === 'personnel' && r.date === '2024-05-13' && r.value === 1_740));
    assert.ok(rows.every((r) => r.status === 'historical' && r.notified === false));
  });

  it('three worker processes: a new record post reaches each subscriber exactly once', async (t) => {
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) workers.push(startWorkerProcess(configFile, { E2E_SECRET: SECRET }));
    const ports = await Promise.all(workers.map((w) => w.port));
    await waitFor('all workers ready', async () => {
      const ok = await Promise.all(ports.map((p) => fetch(`http://127.0.0.1:${p}/readyz`).then((r) => r.status === 200, () => false)));
      return ok.every(Boolean) ? true : undefined;
    });

    // The next day's report, with a personnel and a tanks figure above every earlier one.
    const last = days[days.length - 1]!;
    const figures = structuredClone(last.figures);
    figures.personnel = { total: figures.personnel!.total + 1_900, delta: 1_900 };
    figures.tanks = { total: figures.tanks!.total + 40, delta: 40 };
    channel.addPost({ text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), publishedAt: '2024-05-17T05:40:00Z' });

    await waitFor('two alerts at the desk', () => (hook.requests.length >= 2 ? true : undefined), 30_000);
    await waitFor('the flaky hook to succeed', () => (flakyHook.requests.length >= 3 ? true : undefined), 30_000);
    await new Promise((r) => setTimeout(r, 3_000)); // room for any duplicate to show up

    const ids = hook.requests.map((r) => String(r.headers['x-tallywatch-delivery']));
    assert.deepEqual(ids.sort(), ['record:personnel:2024-05-17:confirmed:desk', 'record:tanks:2024-05-17:confirmed:desk']);
    for (const req of hook.requests) {
      assert.equal(verifySignature(SECRET, req.body, String(req.headers['x-tallywatch-signature'])), true);
      const body = JSON.parse(req.body.toString('utf8'));
      assert.equal(body.status, 'confirmed');
      if (body.metric === 'personnel') assert.deepEqual(body.previous, { value: 1_740, date: '2024-05-13' });
    }
    // Failed twice, then delivered once: three requests, one delivery id, valid signature.
    assert.equal(flakyHook.requests.length, 3);
    assert.deepEqual(new Set(flakyHook.requests.map((r) => r.headers['x-tallywatch-delivery'])), new Set(['record:tanks:2024-05-17:confirmed:flaky']));
    assert.ok(flakyHook.requests.every((r) => verifySignature(SECRET, r.body, String(r.headers['x-tallywatch-signature']))));

    // The queue subscriber: two jobs, valid against the published schema.
    const schema = JSON.parse(readFileSync(new URL('../../schemas/alert.v1.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const seen: unknown[] = [];
    const consumerConnection = connect();
    const consumer = new Worker('e2e-alerts', async (job) => void seen.push(job.data), { connection: consumerConnection, prefix });
    // Closed whether or not the wait below succeeds: an open consumer keeps the file running.
    t.after(async () => {
      await consumer.close();
      consumerConnection.disconnect();
    });
    await waitFor('two queued alerts', () => (seen.length >= 2 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(seen.length, 2);
    for (const data of seen) assert.ok(validate(data), JSON.stringify(validate.errors));

    // The replicas shared the jobs: more than one process finished some.
    const share = await jobsByWorker(redis, prefix);
    assert.ok(workersSeen(share) >= 2, `jobs finished by ${workersSeen(share)} of 3 processes: ${JSON.stringify(share)}`);
    const perQueue = Object.fromEntries(Object.entries(share).map(([q, byWorker]) => [q, Object.values(byWorker).sort((a, b) => b - a).join('/')]));
    reliability({
      area: '5 scale-out',
      case: 'scale-out: three workers, one record post',
      took_ms: Date.now() - t0,
      workers: 3,
      processes_that_finished_jobs: workersSeen(share),
      jobs_per_process: perQueue,
      webhook_deliveries: ids.length,
      distinct_delivery_ids: new Set(ids).size,
      queue_alerts: seen.length,
      ok: true,
    });
  });

  it('after a restart nothing is sent again, and records show the live events as notified', async (t) => {
    const codes = await Promise.all(workers.splice(0).map((w) => w.stop('SIGTERM')));
    assert.deepEqual(codes, [0, 0, 0], 'SIGTERM drains and exits 0');
    const again = startWorkerProcess(configFile, { E2E_SECRET: SECRET });
    workers.push(again);
    const port = await again.port;
    await waitFor('ready after restart', () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => (r.status === 200 ? true : undefined), () => undefined));
    await new Promise((r) => setTimeout(r, 3_000)); // several polls
    assert.equal(hook.requests.length, 2);
    assert.equal(flakyHook.requests.length, 3);

    const config = loadConfig({ file: configFile, env: { E2E_SECRET: SECRET } });
    const ctx = createContext(config, redis, createLogger('silent'));
    t.after(() => ctx.http.close());
    const live = (await recordRows(ctx)).filter((r) => r.date === '2024-05-17');
    assert.deepEqual(
      live.map((r) => [r.metric, r.status, r.notified]),
      [
        ['personnel', 'confirmed', true],
        ['tanks', 'confirmed', true],
      ],
    );
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text());
    assert.match(metrics, /tallywatch_polls_total\{source="gs",outcome="ok"\} \d+/);
  });
});
