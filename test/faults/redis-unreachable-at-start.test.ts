/**
 * Redis is not there when the worker starts: /healthz answers 200 at once, /readyz
 * 503 with the Redis error, one clear log line (not one per retry). Then Redis comes,
 * the history is imported, and /readyz turns 200 without a restart.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faultWorld, probe, reliability } from '../support/fault-world.ts';
import type { FaultWorld } from '../support/fault-world.ts';
import { privateRedis } from '../support/private-redis.ts';
import type { PrivateRedis } from '../support/private-redis.ts';
import { startWorkerProcess, waitFor } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

describe('fault: Redis unreachable at start', { timeout: 90_000 }, () => {
  let redis: PrivateRedis;
  let world: FaultWorld;
  let worker: WorkerProcess | undefined;

  before(async () => {
    redis = await privateRedis(); // picked a free port; not started yet
    world = await faultWorld(redis.url);
  });

  after(async () => {
    await worker?.stop('SIGKILL');
    await redis?.stop('SIGKILL');
    await world?.close();
  });

  it('is alive but not ready without Redis, and ready once Redis comes and the history is in', async () => {
    const t0 = Date.now();
    worker = startWorkerProcess(world.configFile);
    const port = await worker.port;

    const alive = await probe(port, '/healthz');
    assert.equal(alive.status, 200);
    const notReady = await probe(port, '/readyz');
    assert.equal(notReady.status, 503);
    assert.equal(notReady.body.ready, false);
    assert.equal(notReady.body.checks.redis.ok, false);
    assert.ok(notReady.body.checks.redis.error, 'readyz names the Redis problem');

    // Several reconnect attempts later, still one line saying Redis cannot be reached.
    await new Promise((r) => setTimeout(r, 2_000));
    const lines = worker.logs.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('cannot reach Redis'));
    assert.equal(lines.length, 1, `one "cannot reach Redis" line, got ${lines.length}`);
    assert.match(String(lines[0]!.msg), new RegExp(`127\\.0\\.0\\.1:${redis.port}`));
    assert.equal((await probe(port, '/healthz')).status, 200, 'still alive');

    const redisUpAt = Date.now();
    await redis.start();
    await world.importHistory();
    const ready = await waitFor('readyz 200 after Redis came', async () => {
      const r = await probe(port, '/readyz');
      return r.status === 200 ? r : undefined;
    }, 30_000, 250);
    assert.equal(ready.body.checks.history.ok, true);
    const readyMs = Date.now() - redisUpAt;
    assert.ok(worker.logs.some((l) => l.msg === 'Redis reachable again'), 'the worker says Redis is back');

    assert.equal(await worker.stop('SIGTERM'), 0);
    reliability({ area: '4 faults', case: 'redis unreachable at start', took_ms: Date.now() - t0, healthz_without_redis: alive.status, readyz_without_redis: notReady.status, log_lines: lines.length, readyz_after_redis: ready.status, ready_after_redis_ms: readyMs, ok: true });
  });
});
