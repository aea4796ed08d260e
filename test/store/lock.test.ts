import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { tryLock } from '../../src/store/lock.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';

describe('leases in Redis (real Redis)', () => {
  const redis = connect();
  const prefix = testPrefix();
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('one holder at a time; release frees it', async () => {
    const a = await tryLock(redis, `${prefix}:lock:a`, 5_000);
    assert.ok(a);
    assert.equal(await tryLock(redis, `${prefix}:lock:a`, 5_000), null);
    await a.release();
    const again = await tryLock(redis, `${prefix}:lock:a`, 5_000);
    assert.ok(again, 'free after release');
    await again.release();
  });

  it('a plain lease lapses after its TTL: a dead holder does not block for ever', async () => {
    const held = await tryLock(redis, `${prefix}:lock:b`, 400);
    assert.ok(held);
    await sleep(700);
    const next = await tryLock(redis, `${prefix}:lock:b`, 400);
    assert.ok(next, 'taken after the TTL');
    assert.equal(await held.extend(), false, 'the lapsed holder knows it lost the lease');
    await next.release();
  });

  it('keepAlive holds a short lease through long work, and stops at release', async () => {
    const key = `${prefix}:lock:c`;
    const held = await tryLock(redis, key, 400, { keepAlive: true });
    assert.ok(held);
    await sleep(1_500); // nearly four TTLs
    assert.equal(await tryLock(redis, key, 400), null, 'still held while its holder lives');
    await held.release();
    assert.equal(await redis.exists(key), 0);
    const other = await tryLock(redis, key, 400, { keepAlive: true });
    assert.ok(other);
    await held.release(); // the old holder's release must not free another's lease
    assert.equal(await redis.exists(key), 1);
    await other.release();
  });
});
