/**
 * What is read back from Redis is parsed: a corrupt entry is a StoreReadError naming its key
 * when read alone, and is skipped (reported, left in Redis) by a listing (real Redis).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import type { RecordEvent } from '../../src/alerts/record-event.ts';
import { createClaimStore } from '../../src/store/claim-store.ts';
import { storeKeys } from '../../src/store/keys.ts';
import { createLedger, ledgerKeys } from '../../src/store/ledger.ts';
import { createRecordEventStore } from '../../src/store/record-event-store.ts';
import { createReportStore } from '../../src/store/report-store.ts';
import { StoreReadError } from '../../src/store/schemas.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';
import { storedReport } from '../support/reports.ts';

describe('stored values are parsed, not cast (real Redis)', () => {
  const prefix = testPrefix();
  const keys = storeKeys(prefix);
  let redis: Redis;
  const corrupt: StoreReadError[] = [];
  const onCorrupt = (e: StoreReadError) => void corrupt.push(e);

  before(() => {
    redis = connect();
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('reports: get names the key and date; all() skips the corrupt one and keeps it stored', async () => {
    const reports = createReportStore(redis, keys, { onCorrupt });
    await reports.save(storedReport({ date: '2024-05-01', tanks: [10, 1] }));
    await redis.hset(keys.reports, '2024-05-02', JSON.stringify({ date: '2024-05-02', figures: 'nope' }));
    await redis.hset(keys.reports, '2024-05-03', '{not json');
    await assert.rejects(reports.get('2024-05-02'), (e: unknown) => e instanceof StoreReadError && e.context.key === keys.reports && e.context.field === '2024-05-02' && /figures/.test(e.message));
    await assert.rejects(reports.get('2024-05-03'), StoreReadError);
    corrupt.length = 0;
    assert.deepEqual((await reports.all()).map((r) => r.date), ['2024-05-01']);
    assert.deepEqual(corrupt.map((e) => e.context.field).sort(), ['2024-05-02', '2024-05-03']);
    assert.equal(await redis.hlen(keys.reports), 3, 'nothing stored is lost');
  });

  it('record events: a wrong status does not parse; the listing goes on without it', async () => {
    const events = createRecordEventStore(redis, keys, { onCorrupt });
    const ok = { id: 'record:tanks:2024-05-01', metric: 'tanks' as const, date: '2024-05-01', value: 5, total: 10, previous: null, status: 'confirmed' as const, source: { id: 'gs', url: null, publishedAt: null }, createdAt: '2024-05-01T06:00:00.000Z', enqueued: true, notifiedAt: null, flags: [] as string[], reported: null, evidence: [] as RecordEvent['evidence'] } satisfies RecordEvent;
    assert.equal(await events.create(ok), true);
    await redis.hset(keys.recordEvents, 'tanks:2024-05-02', JSON.stringify({ ...ok, id: 'record:tanks:2024-05-02', date: '2024-05-02', status: 'rumoured' }));
    await assert.rejects(events.get('tanks', '2024-05-02'), (e: unknown) => e instanceof StoreReadError && e.context.key === keys.recordEvents && /status/.test(e.message));
    corrupt.length = 0;
    assert.deepEqual((await events.all()).map((e) => e.id), [ok.id]);
    assert.equal(corrupt.length, 1);
  });

  it('claims: list() skips a corrupt claim, get() names it', async () => {
    const claims = createClaimStore(redis, prefix, { onCorrupt });
    const c = { claimant: 'uk_mod', subject: 'ru', metric: 'tanks', kind: 'daily', value: 14, qualifier: 'exact', periodDays: 1, asOf: '2024-02-11', record: false, quote: 'q' };
    const { fingerprint } = await claims.add(c, { url: 'https://one.example/a', outlet: 'One', quote: 'q', publishedAt: null, sourceId: null });
    const bad = await claims.add({ ...c, value: 15 }, { url: 'https://one.example/b', outlet: 'One', quote: 'q', publishedAt: null, sourceId: null });
    await redis.hset(keys.claims, bad.fingerprint, JSON.stringify({ value: 'fifteen' }));
    await assert.rejects(claims.get(bad.fingerprint), (e: unknown) => e instanceof StoreReadError && e.context.field === bad.fingerprint);
    assert.deepEqual((await claims.list()).map((x) => x.fingerprint), [fingerprint]);
  });

  it('the ledger: a corrupt entry still counts as sent, getSent names it, list() and listDead() skip it', async () => {
    const ledger = createLedger(redis, prefix, { onCorrupt });
    await ledger.markSent('record:tanks:2024-05-01', 'confirmed', 'a', { channel: 'webhook' });
    await redis.hset(ledgerKeys(prefix).sent, 'record:tanks:2024-05-02|confirmed|a', '{"at": 5}');
    assert.equal(await ledger.wasSent('record:tanks:2024-05-02', 'confirmed', 'a'), true);
    await assert.rejects(ledger.getSent('record:tanks:2024-05-02', 'confirmed', 'a'), (e: unknown) => e instanceof StoreReadError && e.context.key === ledgerKeys(prefix).sent);
    assert.deepEqual((await ledger.list()).map((e) => e.eventId), ['record:tanks:2024-05-01']);
    await ledger.recordDead({ eventId: 'record:tanks:2024-05-01', status: 'confirmed', subscriberId: 'b', error: 'HTTP 500', attempts: 3 });
    await redis.lpush(ledgerKeys(prefix).dead, 'garbage');
    assert.deepEqual((await ledger.listDead()).map((d) => d.subscriberId), ['b']);
    assert.equal(await ledger.removeDead((d) => d.subscriberId === 'b'), 1);
    assert.deepEqual(await ledger.counts(), { sent: 2, dead: 1 });
  });
});
