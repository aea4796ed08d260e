/**
 * Redis stops under a running worker (clean shutdown, AOF on, so the data survives);
 * a record is posted on the channel while it is down; Redis comes back on the same
 * port: the worker reconnects and the due alert arrives exactly once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faultWorld, probe, RECORD_ID, reliability } from '../support/fault-world.ts';
import type { FaultWorld } from '../support/fault-world.ts';
import { privateRedis } from '../support/private-redis.ts';
import type { PrivateRedis } from '../support/private-redis.ts';
import { startWorkerProcess, waitFor } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('fault: Redis restarted mid-run', { timeout: 120_000 }, () => {
  let redis: PrivateRedis;
  let world: FaultWorld;
  let worker: WorkerProcess | undefined;

  before(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tw-fault-aof-'));
    redis = await privateRedis(['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dataDir]);
    await redis.start();
    world = await faultWorld(redis.url);
    await world.importHistory();
  });

  after(async () => {
    await worker?.stop('SIGKILL');
    await redis?.stop('SIGKILL');
    await world?.close();
  });

  it('reconnects after the restart and delivers the record alert once', async () => {
    const t0 = Date.now();
    worker = startWorkerProcess(world.configFile);
    const port = await worker.port;
    await waitFor('ready', async () => ((await probe(port, '/readyz')).status === 200 ? true : undefined), 30_000, 200);
    await new Promise((r) => setTimeout(r, 1_500)); // a poll or two with Redis up

    await redis.stop('SIGTERM');
    const downAt = Date.now();
    world.postRecord();
    await new Promise((r) => setTimeout(r, 3_000)); // several poll intervals with Redis gone
    const down = await probe(port, '/readyz');
    assert.equal(down.status, 503, 'not ready while Redis is down');
    assert.equal(world.hook.requests.length, 0, 'nothing can be judged while Redis is down');
    assert.ok(worker.logs.some((l) => typeof l.msg === 'string' && l.msg.startsWith('cannot reach Redis')), 'the outage is logged');

    await redis.start();
    const upAt = Date.now();
    await waitFor('the record alert after Redis came back', () => (world.hook.requests.length >= 1 ? true : undefined), 45_000, 100);
    const alertAfterUpMs = Date.now() - upAt;
    await new Promise((r) => setTimeout(r, 4_000)); // room for a duplicate
    assert.deepEqual(world.deliveryIds(), [RECORD_ID]);
    assert.equal((await probe(port, '/readyz')).status, 200, 'ready again');
    assert.equal(await worker.stop('SIGTERM'), 0);

    reliability({ area: '4 faults', case: 'redis restart mid-run', took_ms: Date.now() - t0, redis_down_ms: upAt - downAt, alert_after_redis_up_ms: alertAfterUpMs, deliveries: world.hook.requests.length, ok: true });
  });
});
