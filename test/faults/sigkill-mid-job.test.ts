/**
 * SIGKILL while a poll job is in the middle of reading the channel (the channel holds its
 * answer 3 s): the job's lock expires, a freshly started worker takes it back
 * (worker.jobLock + worker.stalledCheck) and finishes it; the record it read is stored
 * once and alerted once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUE_NAMES } from '../../jobs/payloads.ts';
import { faultWorld, probe, RECORD_ID, reliability } from '../support/fault-world.ts';
import type { FaultWorld } from '../support/fault-world.ts';
import { privateRedis } from '../support/private-redis.ts';
import type { PrivateRedis } from '../support/private-redis.ts';
import { startWorkerProcess, waitFor } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const HOLD_MS = 3_000;
/** worker.jobLock (15 s) + worker.stalledCheck (5 s), with room for a loaded machine. */
const RECOVERY_BOUND_MS = 40_000;

describe('fault: SIGKILL mid-job', { timeout: 120_000 }, () => {
  let redis: PrivateRedis;
  let world: FaultWorld;
  let conn: Redis;
  let poll: Queue;
  const workers: WorkerProcess[] = [];

  before(async () => {
    redis = await privateRedis();
    await redis.start();
    world = await faultWorld(redis.url);
    await world.importHistory();
    conn = new Redis(redis.url, { maxRetriesPerRequest: null });
    poll = new Queue(QUEUE_NAMES.poll, { connection: conn, prefix: world.prefix });
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await poll?.close();
    conn?.disconnect();
    await redis?.stop('SIGKILL');
    await world?.close();
  });

  it('takes the killed job back, finishes it once, and alerts once', async () => {
    const t0 = Date.now();
    const first = startWorkerProcess(world.configFile);
    workers.push(first);
    await waitFor('ready', async () => ((await probe(await first.port, '/readyz')).status === 200 ? true : undefined), 30_000, 200);

    world.channel.setDelay(HOLD_MS);
    const postedAt = Date.now();
    world.postRecord();
    // A poll that asked for the page after the record was posted, still waiting for the answer.
    const killed = await waitFor('a poll job mid-request', async () => {
      const pending = world.channel.requests.some((r) => r.at >= postedAt && Date.now() - r.at < HOLD_MS - 1_000);
      const active = await poll.getActive();
      return pending && active.length > 0 ? active.map((j) => j.id!) : undefined;
    }, 20_000, 50);
    assert.equal(await first.stop('SIGKILL'), null, 'killed, no exit code');
    const killedAt = Date.now();
    world.channel.setDelay(0);
    assert.equal(world.hook.requests.length, 0, 'nothing delivered before the kill');

    const second = startWorkerProcess(world.configFile);
    workers.push(second);
    // The killed job finishes in the new process: taken back from the stalled set, not lost.
    const recovered = await waitFor('the killed job completed', async () => {
      const states = await Promise.all(killed.map(async (id) => (await poll.getJob(id))?.getState()));
      return states.every((s) => s === 'completed') ? states : undefined;
    }, RECOVERY_BOUND_MS, 250);
    const recoveredMs = Date.now() - killedAt;
    const jobs = await Promise.all(killed.map((id) => poll.getJob(id)));
    for (const job of jobs) {
      assert.ok(job!.finishedOn! > killedAt, `job ${job!.id} finished after the kill`);
      assert.equal(job!.stalledCounter, 1, `job ${job!.id} was taken back as stalled once`);
    }

    await waitFor('the alert delivered', () => (world.hook.requests.length >= 1 ? true : undefined), 30_000).catch((err: Error) => {
      throw new Error(`${err.message}; last worker logs:\n${second.logs.slice(-15).map((l) => JSON.stringify(l)).join('\n')}`);
    });
    const alertMs = Date.now() - killedAt;
    await new Promise((r) => setTimeout(r, 4_000)); // several polls: room for a duplicate
    assert.deepEqual(world.deliveryIds(), [RECORD_ID], 'one request, one delivery id');
    assert.equal(await second.stop('SIGTERM'), 0);

    reliability({ area: '4 faults', case: 'SIGKILL mid-job (poll reading the channel)', took_ms: Date.now() - t0, killed_jobs: killed.length, job_recovered_ms: recoveredMs, job_states: recovered.join('/'), alert_after_kill_ms: alertMs, deliveries: world.hook.requests.length, ok: true });
  });
});
