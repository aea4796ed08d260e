/**
 * SIGTERM while a delivery to a slow webhook (2 s) is in flight: the worker drains
 * within worker.shutdownTimeout and exits 0; the alert is delivered exactly once,
 * whether it finished before the exit or after a restart.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faultWorld, probe, RECORD_ID, reliability } from '../support/fault-world.ts';
import type { FaultWorld } from '../support/fault-world.ts';
import { privateRedis } from '../support/private-redis.ts';
import type { PrivateRedis } from '../support/private-redis.ts';
import { startWorkerProcess, waitFor } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const SHUTDOWN_MS = 5_000;

describe('fault: SIGTERM during a delivery', { timeout: 90_000 }, () => {
  let redis: PrivateRedis;
  let world: FaultWorld;
  const workers: WorkerProcess[] = [];

  before(async () => {
    redis = await privateRedis();
    await redis.start();
    world = await faultWorld(redis.url, { replies: [{ status: 200, delayMs: 2_000 }], shutdownTimeout: `${SHUTDOWN_MS}ms` });
    await world.importHistory();
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.stop('SIGKILL');
    await world?.close();
  });

  it('drains within the bound, exits 0, and the alert arrives once', async () => {
    const t0 = Date.now();
    const first = startWorkerProcess(world.configFile);
    workers.push(first);
    const port = await first.port;
    await waitFor('ready', async () => ((await probe(port, '/readyz')).status === 200 ? true : undefined), 30_000, 200);

    world.postRecord();
    await waitFor('the delivery in flight', () => (world.hook.requests.length >= 1 ? true : undefined), 30_000, 20);
    const termAt = Date.now();
    const code = await first.stop('SIGTERM');
    const drainMs = Date.now() - termAt;
    assert.equal(code, 0, 'exit code after SIGTERM');
    // The bound, plus process teardown (connections, ops server).
    assert.ok(drainMs <= SHUTDOWN_MS + 2_000, `stopped in ${drainMs} ms, bound ${SHUTDOWN_MS} ms`);
    const stopped = first.logs.find((l) => l.msg === 'tallywatch stopped');
    assert.ok(stopped, 'logs "tallywatch stopped"');

    // A restart must not send it again (nor lose it, had the drain cut it off).
    const second = startWorkerProcess(world.configFile);
    workers.push(second);
    const port2 = await second.port;
    await waitFor('ready after restart', async () => ((await probe(port2, '/readyz')).status === 200 ? true : undefined), 30_000, 200);
    await waitFor('the alert delivered', () => (world.hook.requests.length >= 1 ? true : undefined), 30_000);
    await new Promise((r) => setTimeout(r, 4_000)); // several polls: room for a duplicate
    assert.deepEqual(world.deliveryIds(), [RECORD_ID], 'one request, one delivery id (the receiver always answers 200)');
    assert.equal(await second.stop('SIGTERM'), 0);

    reliability({ area: '4 faults', case: 'sigterm during delivery', took_ms: Date.now() - t0, drain_ms: drainMs, drained: stopped.drained, exit_code: code, deliveries: world.hook.requests.length, ok: true });
  });
});
