/** The due-time set (real Redis): one pending poll per source, kept across restarts, shared by replicas. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { reconcileSchedulers, startDueTicker } from '../../src/app/schedulers.ts';
import type { SourceConfig } from '../../src/config/schema.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createPollSchedule } from '../../src/store/poll-schedule.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';

const source = (id: string): SourceConfig => ({ id, type: 'telegram', url: `https://t.me/s/${id}`, primary: false, enabled: true });

describe('poll due-time set (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let queue: Queue;
  before(() => {
    redis = connect();
    queue = new Queue('poll', { connection: redis, prefix });
  });
  after(async () => {
    await queue.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('reconcile: a new source is due now, a known one keeps its time, one that left is dropped, old Job Schedulers go', async () => {
    const schedule = createPollSchedule(redis, `${prefix}:due-a`);
    await queue.upsertJobScheduler('legacy', { every: 60_000 }, { name: 'poll-telegram', data: { sourceId: 'legacy' } });
    await reconcileSchedulers(queue, [source('a'), source('b')], schedule, 1000);
    await schedule.set('a', 50_000);
    // A restart: same config plus one, minus b.
    const r = await reconcileSchedulers(queue, [source('a'), source('c')], schedule, 2000);
    assert.deepEqual(r.removed, ['b']);
    assert.deepEqual(await schedule.all(), { c: 2000, a: 50_000 });
    assert.deepEqual(await queue.getJobSchedulers(), []);
    // A poll finishing after its source left does not bring it back.
    await schedule.set('b', 9000);
    assert.equal(await schedule.get('b'), null);
  });

  it('a due source is claimed once across replicas, leased, and claimed again when the lease runs out', async () => {
    const schedule = createPollSchedule(redis, `${prefix}:due-b`);
    await schedule.reconcile(['x'], 1000);
    const claims = await Promise.all([schedule.claimDue(1500, 10_000), schedule.claimDue(1500, 10_000), schedule.claimDue(1500, 10_000)]);
    assert.deepEqual(claims.flat(), [{ sourceId: 'x', dueAt: 1000 }]);
    assert.deepEqual(await schedule.claimDue(5000, 10_000), []);
    assert.deepEqual(await schedule.claimDue(11_500, 10_000), [{ sourceId: 'x', dueAt: 11_500 }]);
  });

  it('two tickers queue one poll job per due time', async () => {
    const schedule = createPollSchedule(redis, `${prefix}:due-c`);
    const q = new Queue('poll-c', { connection: redis, prefix });
    await schedule.reconcile(['gs'], Date.now());
    const log = createLogger('silent');
    const tickers = [0, 1].map(() => startDueTicker({ queue: q, schedule, sources: [source('gs')], log, maxSleepMs: 20 }));
    await new Promise((r) => setTimeout(r, 300));
    await Promise.all(tickers.map((t) => t.stop()));
    const jobs = await q.getJobs(['waiting', 'delayed', 'active']);
    assert.equal(jobs.length, 1);
    assert.match(jobs[0]!.id!, /^poll--gs--\d+$/);
    await q.close();
  });
});
