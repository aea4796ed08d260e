import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Redis } from 'ioredis';
import { createLedger, ledgerKeys } from '../../src/delivery/ledger.ts';
import { connect, deletePrefix, testPrefix } from './helpers.ts';

let redis: Redis;
const prefix = testPrefix();

before(() => {
  redis = connect();
});
after(async () => {
  await deletePrefix(redis, prefix);
  await redis.quit();
});

test('markSent sets once; wasSent and list read it back', async () => {
  const ledger = createLedger(redis, prefix);
  assert.equal(await ledger.wasSent('record:tanks:2024-01-02', 'a'), false);
  assert.equal(await ledger.markSent('record:tanks:2024-01-02', 'a', { channel: 'webhook', attempts: 3, at: '2024-01-02T06:00:00.000Z' }), true);
  assert.equal(await ledger.markSent('record:tanks:2024-01-02', 'a', { channel: 'queue', attempts: 1 }), false);
  assert.equal(await ledger.wasSent('record:tanks:2024-01-02', 'a'), true);
  assert.equal(await ledger.wasSent('record:tanks:2024-01-02', 'b'), false);
  assert.deepEqual(await ledger.getSent('record:tanks:2024-01-02', 'a'), { at: '2024-01-02T06:00:00.000Z', attempts: 3, channel: 'webhook' });
  await ledger.markSent('record:uav:2024-01-03', 'b', { channel: 'queue', at: '2024-01-03T06:00:00.000Z' });
  assert.deepEqual(await ledger.list(), [
    { eventId: 'record:tanks:2024-01-02', subscriberId: 'a', at: '2024-01-02T06:00:00.000Z', attempts: 3, channel: 'webhook' },
    { eventId: 'record:uav:2024-01-03', subscriberId: 'b', at: '2024-01-03T06:00:00.000Z', attempts: 1, channel: 'queue' },
  ]);
  // The documented layout, for operators reading Redis directly.
  assert.equal(await redis.hexists(ledgerKeys(prefix).sent, 'record:tanks:2024-01-02|a'), 1);
  await assert.rejects(ledger.wasSent('x', 'a|b'), TypeError);
});

test('dead letters are listed newest first and capped', async () => {
  const ledger = createLedger(redis, prefix, { maxDead: 3 });
  for (let i = 1; i <= 5; i++) {
    await ledger.recordDead({ eventId: `record:tanks:2024-01-0${i}`, subscriberId: 'a', error: `boom ${i}`, attempts: 5 });
  }
  const dead = await ledger.listDead();
  assert.deepEqual(dead.map((d) => d.error), ['boom 5', 'boom 4', 'boom 3']);
  assert.equal(dead[0]?.attempts, 5);
  assert.match(dead[0]?.at ?? '', /^\d{4}-\d{2}-\d{2}T/);
  assert.equal((await ledger.listDead(1)).length, 1);
});
