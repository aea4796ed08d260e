import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { alertsCommand, deliveriesCommand, redriveCommand } from '../../src/cli/commands/deliveries.ts';
import { UsageError } from '../../src/cli/io.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createLedger } from '../../src/store/ledger.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

describe('deliveries, redrive and alerts (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  before(async () => {
    redis = connect();
    const config = loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL }, subscribers: [{ id: 'desk', type: 'webhook', url: 'https://hooks.example.org/tw' }, { id: 'app', type: 'queue', queue: 'downstream' }] } });
    ctx = createContext(config, redis, createLogger('silent'));
    await ctx.events.create({
      id: 'record:personnel:2024-05-13', metric: 'personnel', date: '2024-05-13', value: 1_740, total: 484_030, previous: { value: 1_380, date: '2023-10-20' },
      status: 'confirmed', source: { id: 'gs', url: 'https://t.me/GeneralStaffZSU/1', publishedAt: null }, createdAt: '2024-05-13T05:13:00.000Z',
      enqueued: true, notifiedAt: '2024-05-13T05:13:01.000Z', flags: [], reported: null, evidence: [],
    });
    const ledger = createLedger(redis, prefix);
    await ledger.markSent('record:personnel:2024-05-13', 'confirmed', 'app', { channel: 'queue', attempts: 1 });
    await ledger.recordDead({ eventId: 'record:personnel:2024-05-13', status: 'confirmed', subscriberId: 'desk', error: 'HTTP 503', attempts: 8 });
  });
  after(async () => {
    await ctx.http.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('lists sent and failed deliveries, and only failed ones with --failed', async () => {
    const all = await deliveriesCommand(ctx, false);
    assert.deepEqual(all.map((d) => [d.id, d.state]).sort(), [
      ['record:personnel:2024-05-13:confirmed:app', 'sent'],
      ['record:personnel:2024-05-13:confirmed:desk', 'failed'],
    ]);
    assert.deepEqual((await deliveriesCommand(ctx, true)).map((d) => d.error), ['HTTP 503']);
  });

  it('alerts --json shows the event with both deliveries', async () => {
    const [alert] = await alertsCommand(ctx);
    assert.equal(alert?.id, 'record:personnel:2024-05-13');
    assert.deepEqual(alert?.deliveries.map((d) => d.state).sort(), ['failed', 'sent']);
  });

  it('redrive adds a fresh delivery job and clears the dead letter; an unknown id is a usage error', async () => {
    await assert.rejects(redriveCommand(ctx, 'record:tanks:2024-01-01:confirmed:desk'), UsageError);
    const res = await redriveCommand(ctx, 'record:personnel:2024-05-13:confirmed:desk');
    assert.equal(res.redriven, true);
    const q = new Queue('deliver', { connection: redis, prefix });
    const jobs = await q.getJobs(['waiting', 'delayed']);
    await q.close();
    assert.equal(jobs.length, 1);
    assert.deepEqual(jobs[0]?.data, { eventId: 'record:personnel:2024-05-13', subscriberId: 'desk', status: 'confirmed' });
    assert.deepEqual(await deliveriesCommand(ctx, true), []);
  });
});
