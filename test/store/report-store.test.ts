import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { storeKeys } from '../../src/store/keys.ts';
import { createRecordEventStore } from '../../src/store/record-event-store.ts';
import { createReportStore } from '../../src/store/report-store.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';
import { storedReport } from '../support/reports.ts';

describe('report store (real Redis)', () => {
  let redis: Redis;
  const prefix = testPrefix();
  const keys = storeKeys(prefix);
  before(() => {
    redis = connect();
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('stores history as not live, then only a newer report with complete history is live', async () => {
    const store = createReportStore(redis, keys);
    assert.deepEqual(await store.save(storedReport({ date: '2024-05-11', personnel: [481_030, 1_320] })), { status: 'new', live: false, date: '2024-05-11' });
    assert.deepEqual(await store.save(storedReport({ date: '2024-05-12', personnel: [482_290, 1_260] })), { status: 'new', live: false, date: '2024-05-12' });
    await store.markHistoryComplete('test', '2024-05-11', '2024-05-12');
    // Older than the newest stored date: history, even with the history complete.
    assert.deepEqual(await store.save(storedReport({ date: '2024-05-10', personnel: [479_710, 980] })), { status: 'new', live: false, date: '2024-05-10' });
    assert.deepEqual(await store.save(storedReport({ date: '2024-05-13', personnel: [484_030, 1_740] })), { status: 'new', live: true, date: '2024-05-13' });
    assert.equal(await store.newestDate(), '2024-05-13');
    // The same figures again (a re-poll): unchanged, still live.
    assert.deepEqual(await store.save(storedReport({ date: '2024-05-13', personnel: [484_030, 1_740] })), { status: 'same', live: true, date: '2024-05-13' });
    assert.equal((await store.all()).length, 4);
  });

  it('flags an edited post that changes the figures, and keeps channel reports over imports', async () => {
    const store = createReportStore(redis, keys);
    await store.save(storedReport({ date: '2024-05-14', personnel: [485_430, 1_400] }));
    const edited = await store.save(storedReport({ date: '2024-05-14', personnel: [485_430, 1_400], tanks: [7_496, 11] }));
    assert.equal(edited.status, 'changed');
    assert.deepEqual((await store.get('2024-05-14'))?.flags, ['edited']);
    const imported = await store.save(storedReport({ date: '2024-05-14', personnel: [485_000, 900] }, { origin: 'import' }));
    assert.equal(imported.status, 'kept');
    assert.equal((await store.get('2024-05-14'))?.figures.personnel?.total, 485_430);
  });
});

describe('record events (real Redis)', () => {
  let redis: Redis;
  const prefix = testPrefix();
  before(() => {
    redis = connect();
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('creates one event per (metric, date) however many callers race', async () => {
    const events = createRecordEventStore(redis, storeKeys(prefix));
    const event = {
      id: 'record:personnel:2024-05-13',
      metric: 'personnel' as const,
      date: '2024-05-13',
      value: 1_740,
      total: 484_030,
      previous: { value: 1_380, date: '2023-10-20' },
      status: 'confirmed' as const,
      source: { id: 'gs', url: null, publishedAt: null },
      createdAt: new Date().toISOString(),
      enqueued: false,
      notifiedAt: null,
      flags: [],
      reported: null,
      evidence: [],
    };
    const clients = Array.from({ length: 8 }, () => connect());
    const results = await Promise.all(clients.map((c) => createRecordEventStore(c, storeKeys(prefix)).create({ ...event })));
    clients.forEach((c) => c.disconnect());
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(await events.patch('personnel', '2024-05-13', { enqueued: true }), true);
    const stored = await events.byId('record:personnel:2024-05-13');
    assert.equal(stored?.enqueued, true);
    assert.deepEqual(stored?.flags, []);
  });
});

describe('report store: a header-date typo (real Redis)', () => {
  let redis: Redis;
  const prefix = testPrefix();
  before(() => {
    redis = connect();
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('stores a second post with the same header date but other figures under its publication date', async () => {
    const store = createReportStore(redis, storeKeys(prefix));
    // The 2023-12-29 report went out headed "to 28.12.23".
    await store.save(storedReport({ date: '2023-12-28', personnel: [356_670, 800] }, { postId: 100 }), '2023-12-28');
    const typo = await store.save(storedReport({ date: '2023-12-28', personnel: [357_520, 850] }, { postId: 101 }), '2023-12-29');
    assert.deepEqual(typo, { status: 'new', live: false, date: '2023-12-29' });
    assert.equal((await store.get('2023-12-28'))?.figures.personnel?.total, 356_670);
    assert.deepEqual((await store.get('2023-12-29'))?.flags, ['header_date_mismatch']);
    // An edit of the first post (same id) is still an edit of its own date.
    const edit = await store.save(storedReport({ date: '2023-12-28', personnel: [356_670, 810] }, { postId: 100 }), '2023-12-28');
    assert.equal(edit.status, 'changed');
  });
});
