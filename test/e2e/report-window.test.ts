/**
 * Polling when the report is due, live: a worker process, a local channel, a configured window
 * around now with a 1 s dense interval (and 30 s outside it). A record post appearing inside the
 * window reaches the webhook within 2 × the dense interval; after it the channel is polled
 * sparsely.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { renderReport } from '../support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { backfillChannel } from '../../src/pipeline/backfill-channel.ts';
import { startReceiver } from '../delivery/helpers.ts';
import type { Receiver } from '../delivery/helpers.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { startWorkerProcess, waitFor, writeConfig } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const FIXTURE = new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url);
const DENSE_MS = 1000;

/** "HH:MM" in UTC of an instant. */
const hhmm = (at: number) => new Date(at).toISOString().slice(11, 16);

describe('report window: a post inside it is alerted within 2 × the dense interval (e2e)', { timeout: 120_000 }, () => {
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'tw-window-'));
  let redis: Redis;
  let channel: FakeChannel;
  let hook: Receiver;
  let configFile: string;
  let worker: WorkerProcess | undefined;
  const days = rowsToReports(parseSeriesCsv(readFileSync(FIXTURE, 'utf8')));

  before(async () => {
    redis = connect();
    channel = await startFakeChannel({ pageSize: 20 });
    hook = await startReceiver([{ status: 200 }]);
    for (const day of days) channel.addPost({ text: renderReport(day, { lang: 'uk' }), publishedAt: `${day.date}T05:30:00Z` });
    const now = Date.now();
    configFile = writeConfig(dir, 'tallywatch.json', {
      prefix,
      redis: { url: REDIS_URL },
      http: { port: 0, host: '127.0.0.1' },
      log: { level: 'warn' },
      sources: [{ id: 'gs', type: 'telegram', url: channel.url, primary: true, every: '30s', window: `${hhmm(now - 5 * 60_000)}-${hhmm(now + 30 * 60_000)} UTC`, dense: `${DENSE_MS}ms`, sparse: '30s' }],
      subscribers: [{ id: 'desk', type: 'webhook', url: hook.url, secret: 'window-secret' }],
      // Dense polls a second apart: the per-domain spacing (2 s by default) would stretch them.
      fetch: { allowPrivateNetworks: true, timeout: '5s', domainSpacing: 0 },
      backfill: { onStart: false },
      records: { baseline: '2024-04-26' },
      worker: { shutdownTimeout: '5s' },
    });
    const config = loadConfig({ file: configFile, env: {} });
    const ctx = createContext(config, redis, createLogger('silent'));
    try {
      const result = await backfillChannel(ctx, config.sources[0]!, async () => assert.fail('backfill must not notify'));
      assert.equal(result.complete, true);
    } finally {
      await ctx.http.close();
    }
  });

  after(async () => {
    await worker?.stop('SIGKILL');
    await channel?.close();
    await hook?.close();
    await deletePrefix(redis, prefix);
    redis?.disconnect();
  });

  it('polls densely in the window, alerts a new record within 2 s, then polls sparsely', async (t) => {
    worker = startWorkerProcess(configFile);
    const port = await worker.port;
    await waitFor('worker ready', () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => (r.status === 200 ? true : undefined), () => undefined));
    // Dense: several polls within a few seconds.
    const from = channel.requests.length;
    await new Promise((r) => setTimeout(r, 3_500));
    assert.ok(channel.requests.length - from >= 3, `polls in 3.5 s inside the window: ${channel.requests.length - from}`);

    const last = days[days.length - 1]!;
    const figures = structuredClone(last.figures);
    figures.personnel = { total: figures.personnel!.total + 1_900, delta: 1_900 };
    const postedAt = Date.now();
    channel.addPost({ text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), publishedAt: new Date(postedAt).toISOString() });
    const arrived = await waitFor('the alert', () => (hook.requests.length >= 1 ? Date.now() : undefined), 10_000, 10);
    const tookMs = arrived - postedAt;
    t.diagnostic(`post → webhook ${tookMs} ms`);
    assert.ok(tookMs <= 2 * DENSE_MS, `post → webhook took ${tookMs} ms, more than 2 × ${DENSE_MS} ms`);

    // Today's report is stored: the next polls are 30 s apart, not 1 s.
    await new Promise((r) => setTimeout(r, 1_500));
    const afterReport = channel.requests.length;
    await new Promise((r) => setTimeout(r, 4_000));
    assert.ok(channel.requests.length - afterReport <= 1, `polls in 4 s after the report: ${channel.requests.length - afterReport}`);
  });
});
