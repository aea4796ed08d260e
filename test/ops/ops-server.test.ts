/** The worker's ops endpoints: alive without Redis, ready only with Redis, schedulers and complete history. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { startWorker } from '../../src/app/worker.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import type { Readiness } from '../../src/ops/readiness.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { startWorkerProcess, waitFor, writeConfig } from '../support/worker-process.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

const rawConfig = (prefix: string, redisUrl: string) => ({
      prefix,
      redis: { url: redisUrl },
      http: { port: 0, host: '127.0.0.1' },
      sources: [{ id: 'gs', type: 'telegram', url: 'http://127.0.0.1:9/s/GeneralStaffZSU', every: '1h', primary: true }],
      subscribers: [{ id: 'desk', type: 'webhook', url: 'http://127.0.0.1:9/hook', secret: 'top-secret-value' }],
      backfill: { onStart: false },
      worker: { shutdownTimeout: '2s' },
});
const config = (prefix: string, redisUrl: string) => loadConfig({ env: {}, raw: rawConfig(prefix, redisUrl) });

describe('ops server', () => {
  const redis = connect();
  const prefix = testPrefix();
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('with Redis unreachable: alive, not ready, one clear log line, and SIGTERM still exits 0 within the bound', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-ops-'));
    const file = writeConfig(dir, 'c.json', { ...rawConfig(testPrefix(), 'redis://127.0.0.1:1') });
    const proc = startWorkerProcess(file);
    t.after(() => proc.stop('SIGKILL'));
    const base = `http://127.0.0.1:${await proc.port}`;
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as Readiness).checks.redis.ok, false);
    await waitFor('the unreachable log line', () => (proc.logs.some((l) => /cannot reach Redis at redis:\/\/127\.0\.0\.1:1/.test(String(l.msg))) ? true : undefined), 5_000);
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(proc.logs.filter((l) => /cannot reach Redis/.test(String(l.msg))).length, 1, 'logged once per outage, not per retry');
    const started = Date.now();
    assert.equal(await proc.stop('SIGTERM'), 0);
    assert.ok(Date.now() - started < 8_000, 'shutdown stays within its bound');
  });

  it('with Redis: schedulers upserted, not ready until history is complete (and says why), metrics served, secrets not logged', async (t) => {
    const { lines, log } = capture();
    const worker = await startWorker(config(prefix, REDIS_URL), log);
    t.after(() => worker.close());
    await worker.ready;
    const base = `http://127.0.0.1:${worker.port}`;
    const body = await fetch(`${base}/readyz`).then(async (r) => ({ status: r.status, json: (await r.json()) as Readiness }));
    assert.equal(body.status, 503);
    assert.equal(body.json.checks.redis.ok, true);
    assert.equal(body.json.checks.schedulers.ok, true);
    assert.match(body.json.checks.history.reason ?? "", /not complete back to 2022-04-26/);
    await worker.ctx.reports.markHistoryComplete('test', '2022-04-26', null);
    assert.equal((await fetch(`${base}/readyz`)).status, 200);
    const metrics = await fetch(`${base}/metrics`).then((r) => r.text());
    assert.match(metrics, /tallywatch_queue_jobs\{queue="poll",state="delayed"\} \d/);
    assert.match(metrics, /^tallywatch_process_cpu_seconds_total \d/m);
    assert.match(metrics, /^tallywatch_nodejs_heap_size_used_bytes \d/m);
    assert.doesNotMatch(metrics, /process_process|process_nodejs/, 'no doubled prefix');
    assert.match(metrics, /tallywatch_source_stale\{source="gs"\} 0/);
    await worker.close();
    assert.ok(!lines.some((l) => l.includes('top-secret-value')));
  });

  it('a source removed from the config loses its due time', async (t) => {
    const cfg = config(prefix, REDIS_URL);
    const worker = await startWorker({ ...cfg, sources: [] }, createLogger('silent'));
    t.after(() => worker.close());
    await worker.ready;
    assert.equal(await worker.queues.poll.getJobScheduler('gs'), undefined);
    // Its due time is gone too: no poll of it is queued again.
    assert.equal(await worker.ctx.redis.zscore(worker.ctx.keys.pollDue, 'gs'), null);
  });
});
