import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Redis } from 'ioredis';
import { createLedger, ledgerKeys } from '../../src/store/ledger.ts';
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

test('markSent sets once per (event, status, subscriber); wasSent and list read it back', async () => {
  const ledger = createLedger(redis, prefix);
  const ev = 'record:tanks:2024-01-02';
  assert.equal(await ledger.wasSent(ev, 'confirmed', 'a'), false);
  assert.equal(await ledger.markSent(ev, 'confirmed', 'a', { channel: 'webhook', attempts: 3, at: '2024-01-02T06:00:00.000Z' }), true);
  assert.equal(await ledger.markSent(ev, 'confirmed', 'a', { channel: 'queue', attempts: 1 }), false);
  assert.equal(await ledger.wasSent(ev, 'confirmed', 'a'), true);
  assert.equal(await ledger.wasSent(ev, 'reported', 'a'), false, 'another status of the same event is another delivery');
  assert.equal(await ledger.wasSent(ev, 'confirmed', 'b'), false);
  assert.deepEqual(await ledger.getSent(ev, 'confirmed', 'a'), { at: '2024-01-02T06:00:00.000Z', attempts: 3, channel: 'webhook' });
  assert.equal(await ledger.markSent(ev, 'reported', 'a', { channel: 'webhook', at: '2024-01-02T05:00:00.000Z' }), true);
  await ledger.markSent('record:uav:2024-01-03', 'confirmed', 'b', { channel: 'queue', at: '2024-01-03T06:00:00.000Z' });
  assert.deepEqual(await ledger.sentStatuses(ev, 'a', ['reported', 'confirmed', 'contradicted']), ['reported', 'confirmed']);
  assert.deepEqual(await ledger.sentStatuses(ev, 'b', ['reported', 'confirmed', 'contradicted']), []);
  assert.deepEqual(await ledger.list(), [
    { eventId: ev, status: 'reported', subscriberId: 'a', at: '2024-01-02T05:00:00.000Z', attempts: 1, channel: 'webhook' },
    { eventId: ev, status: 'confirmed', subscriberId: 'a', at: '2024-01-02T06:00:00.000Z', attempts: 3, channel: 'webhook' },
    { eventId: 'record:uav:2024-01-03', status: 'confirmed', subscriberId: 'b', at: '2024-01-03T06:00:00.000Z', attempts: 1, channel: 'queue' },
  ]);
  // The documented layout, for operators reading Redis directly.
  assert.equal(await redis.hexists(ledgerKeys(prefix).sent, 'record:tanks:2024-01-02|confirmed|a'), 1);
  assert.equal(await redis.hexists(ledgerKeys(prefix).sent, 'record:tanks:2024-01-02|reported|a'), 1);
  await assert.rejects(ledger.wasSent('x', 'confirmed', 'a|b'), TypeError);
  await assert.rejects(ledger.wasSent('x', 'con|firmed', 'a'), TypeError);
  await assert.rejects(ledger.wasSent('x', '', 'a'), TypeError);
});

test('entries written before statuses (eventId|subscriberId) count as confirmed', async () => {
  const ledger = createLedger(redis, prefix);
  const ev = 'record:personnel:2023-10-20';
  const old = { at: '2023-10-20T06:00:00.000Z', attempts: 2, channel: 'webhook' };
  await redis.hset(ledgerKeys(prefix).sent, `${ev}|old-sub`, JSON.stringify(old));

  assert.equal(await ledger.wasSent(ev, 'confirmed', 'old-sub'), true);
  assert.equal(await ledger.wasSent(ev, 'reported', 'old-sub'), false);
  assert.equal(await ledger.wasSent(ev, 'contradicted', 'old-sub'), false);
  assert.deepEqual(await ledger.getSent(ev, 'confirmed', 'old-sub'), old);
  assert.deepEqual(await ledger.sentStatuses(ev, 'old-sub', ['reported', 'confirmed', 'contradicted']), ['confirmed']);
  // The old entry holds: marking it again does not add a second record.
  assert.equal(await ledger.markSent(ev, 'confirmed', 'old-sub', { channel: 'webhook' }), false);
  assert.equal(await redis.hexists(ledgerKeys(prefix).sent, `${ev}|confirmed|old-sub`), 0);
  const listed = (await ledger.list()).filter((e) => e.subscriberId === 'old-sub');
  assert.deepEqual(listed, [{ eventId: ev, status: 'confirmed', subscriberId: 'old-sub', ...old }]);
});

test('dead letters are listed newest first and capped, with their status', async () => {
  const ledger = createLedger(redis, prefix, { maxDead: 3 });
  for (let i = 1; i <= 5; i++) {
    await ledger.recordDead({ eventId: `record:tanks:2024-01-0${i}`, status: 'reported', subscriberId: 'a', error: `boom ${i}`, attempts: 5 });
  }
  const dead = await ledger.listDead();
  assert.deepEqual(dead.map((d) => d.error), ['boom 5', 'boom 4', 'boom 3']);
  assert.equal(dead[0]?.attempts, 5);
  assert.equal(dead[0]?.status, 'reported');
  assert.match(dead[0]?.at ?? '', /^\d{4}-\d{2}-\d{2}T/);
  assert.equal((await ledger.listDead(1)).length, 1);
  await ledger.recordDead({ eventId: 'record:tanks:2024-01-09', subscriberId: 'a', error: 'no status', attempts: 1 });
  assert.equal('status' in (await ledger.listDead(1))[0]!, false);
});
