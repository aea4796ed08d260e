/**
 * Redis full (maxmemory set below the memory in use, noeviction): the worker cannot store a new report. The
 * failure shows on /readyz and in the logs; nothing is half-written (no report without
 * its record event, no newest-date moved without its report: the Lua scripts refuse
 * their first write as a whole). When memory is freed the same post goes through, and
 * the alert is delivered once (the limit lifted).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { faultWorld, probe, RECORD_ID, reliability } from '../support/fault-world.ts';
import type { FaultWorld } from '../support/fault-world.ts';
import { privateRedis } from '../support/private-redis.ts';
import type { PrivateRedis } from '../support/private-redis.ts';
import { startWorkerProcess, waitFor } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const FILLER = 'probe';
// worker.jobLock (15 s) + worker.stalledCheck (5 s) + a poll cycle, with room for a loaded machine.
const RECOVERY_BOUND_MS = 45_000;

describe('fault: a full Redis', { timeout: 240_000 }, () => {
  let redis: PrivateRedis;
  let world: FaultWorld;
  let worker: WorkerProcess | undefined;
  let conn: Redis;
  let ctx: AppContext;

  before(async () => {
    redis = await privateRedis(['--maxmemory-policy', 'noeviction']);
    await redis.start();
    world = await faultWorld(redis.url);
    await world.importHistory();
    conn = new Redis(redis.url, { maxRetriesPerRequest: 1 });
    ctx = createContext(loadConfig({ file: world.configFile, env: {} }), conn, createLogger('silent'));
  });

  after(async () => {
    await worker?.stop('SIGKILL');
    await ctx?.http.close();
    conn?.disconnect();
    await redis?.stop('SIGKILL');
    await world?.close();
  });

  /** What the store holds for 2024-05-17, and where the newest date points. */
  const state = async () => ({
    report: (await ctx.reports.get('2024-05-17')) !== null,
    events: (await ctx.events.forDate('2024-05-17')).map((e) => e.metric),
    newest: await conn.get(ctx.keys.newestDate),
  });

  it('refuses the report whole, says so on /readyz and in the logs, and delivers once memory is back', async () => {
    const t0 = Date.now();
    worker = startWorkerProcess(world.configFile);
    const port = await worker.port;
    await waitFor('ready', async () => ((await probe(port, '/readyz')).status === 200 ? true : undefined), 30_000, 200);

    // Make Redis full: its limit set below what it already holds, with noeviction. Filling
    // it with data instead raced the worker's own writes (the filler was sometimes refused
    // before the test had set up what it measures); this is the same condition for every
    // client (used memory > maxmemory), reached in one step.
    const used = Number(/used_memory:(\d+)/.exec(String(await conn.info('memory')))![1]);
    await conn.config('SET', 'maxmemory', String(Math.max(1, Math.floor(used / 4))));
    await assert.rejects(conn.set(`${FILLER}:small`, '1'), /OOM/, 'even a tiny write is refused');
    const before = await state();
    assert.deepEqual(before, { report: false, events: [], newest: '2024-05-16' });

    // The store's Lua script, called directly: refused as a whole, nothing written.
    const direct = await ctx.reports
      .save({ ...(await ctx.reports.get('2024-05-16'))!, date: '2024-05-17', origin: 'channel', postId: 999_999, figuresHash: 'probe' } as never)
      .then(() => 'stored', (err: Error) => err.message);
    assert.match(direct, /OOM/);
    assert.deepEqual(await state(), before, 'a refused save leaves no trace');

    world.postRecord();
    const notReady = await waitFor('readyz 503 while Redis is full', async () => {
      const r = await probe(port, '/readyz');
      return r.status === 503 ? r : undefined;
    }, 20_000, 250);
    assert.equal(notReady.body.checks.redis.ok, false);
    assert.match(String(notReady.body.checks.redis.error), /OOM/);
    await waitFor('an OOM error in the logs', () => (worker!.logs.some((l) => JSON.stringify(l).includes('OOM')) ? true : undefined), 20_000, 200);
    await new Promise((r) => setTimeout(r, 3_000)); // several polls against a full Redis
    const during = await state();
    assert.deepEqual(during, before, 'nothing half-written while full');
    assert.equal(world.hook.requests.length, 0);

    // Memory back: the same post goes through, report and event together, one alert.
    const freedAt = Date.now();
    await conn.config('SET', 'maxmemory', '0');
    // Polling does not resume at once: the poll job that met the full Redis could not be
    // moved to finished and stays active until its lock expires and the stalled check takes
    // it back (worker.jobLock + worker.stalledCheck). Measured ~16 s; with BullMQ's defaults it was 56–86 s.
    await waitFor('the record alert once memory is back', () => (world.hook.requests.length >= 1 ? true : undefined), RECOVERY_BOUND_MS, 100).catch((err: Error) => {
      throw new Error(`${err.message}; last worker logs:\n${worker!.logs.slice(-10).map((l) => JSON.stringify(l)).join('\n')}`);
    });
    const recoverMs = Date.now() - freedAt;
    await new Promise((r) => setTimeout(r, 3_000));
    assert.deepEqual(world.deliveryIds(), [RECORD_ID]);
    assert.deepEqual(await state(), { report: true, events: ['personnel'], newest: '2024-05-17' });
    await waitFor('ready again', async () => ((await probe(port, '/readyz')).status === 200 ? true : undefined), 20_000, 250);
    assert.equal(await worker.stop('SIGTERM'), 0);

    reliability({ area: '4 faults', case: 'full redis', took_ms: Date.now() - t0, readyz_when_full: notReady.status, half_written: JSON.stringify(during) !== JSON.stringify(before), alert_after_free_ms: recoverMs, deliveries: world.hook.requests.length, ok: true });
  });
});
