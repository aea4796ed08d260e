/**
 * A message survives a failure injected between the store write and the publish: a record
 * event's notify job, and a new claim's queue message, each arrive exactly once after the
 * relay runs (real Redis, real BullMQ queues, a local page for the article).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RecordEvent } from '../../src/alerts/record-event.ts';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { createQueues } from '../../jobs/queues.ts';
import type { Queues } from '../../jobs/queues.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { closeQueues } from '../../src/delivery/queue-subscriber.ts';
import { ingestPost } from '../../src/pipeline/ingest-report.ts';
import { ingestArticle } from '../../src/pipeline/ingest-article.ts';
import { drainClaimOutbox } from '../../src/pipeline/publish-claims.ts';
import type { ClaimDeliverer } from '../../src/pipeline/publish-claims.ts';
import { relayRecordEvents } from '../../src/pipeline/relay-records.ts';
import { renderReport } from '../support/render/render.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { createStoryServer } from '../support/story-server.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('outboxes survive a failure between write and publish (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  let queues: Queues;
  const site = createStoryServer();

  before(async () => {
    redis = connect();
    await site.listen();
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        records: { baseline: '2024-04-26' },
        fetch: { allowPrivateNetworks: true, domainSpacing: 0 },
        delivery: { backoff: '50ms' },
        subscribers: [{ id: 'desk', type: 'queue', queue: 'claims-desk', events: ['claims'] }],
      },
    });
    ctx = createContext(config, redis, createLogger('silent'));
    queues = createQueues(redis, prefix);
    assert.equal((await importSeriesCommand(ctx, FIXTURE)).historyComplete, true);
  });
  after(async () => {
    await queues.close();
    await closeQueues();
    await ctx.http.close();
    site.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const notifyJobs = async () => (await queues.notify.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).map((j) => `${j.id}:${j.data.eventId}:${j.data.status}`);

  it('a record event whose notify enqueue fails after the store write is relayed later, exactly once', async () => {
    // The enqueue throws once, after the event is stored: as if the process lost Redis (or died) right there.
    let failures = 1;
    const enqueueNotify = async (e: RecordEvent) => {
      if (failures-- > 0) throw new Error('notify queue unreachable (injected)');
      await queues.enqueueNotify(e);
    };
    const lastDay = (await ctx.reports.get('2024-05-16'))!.figures;
    const figures = structuredClone(lastDay);
    figures.personnel = { total: figures.personnel!.total + 2_100, delta: 2_100 };
    const post = { id: 9001, channel: 'GeneralStaffZSU', url: 'https://t.me/GeneralStaffZSU/9001', publishedAt: '2024-05-17T05:30:00.000Z', text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), edited: false, forwarded: false, service: false };
    const deps = { reports: ctx.reports, events: ctx.events, baseline: '2024-04-26', enqueueNotify, log: ctx.log };

    const res = await ingestPost(post, 'gs', deps);
    assert.deepEqual(res.created.map((e) => e.id), ['record:personnel:2024-05-17']);
    // Stored and owed, not sent: the failure did not lose the message.
    assert.deepEqual(await notifyJobs(), []);
    assert.equal(await ctx.events.outbox.size(), 1);
    assert.equal((await ctx.events.get('personnel', '2024-05-17'))?.enqueued, false);

    // Not due before the retry delay (5 s by default for ingestPost's relay).
    assert.deepEqual(await relayRecordEvents({ ...deps, retryMs: 50 }), { relayed: 0, failed: 0 });
    const later = () => Date.now() + 10_000;
    assert.deepEqual(await relayRecordEvents(deps, { now: later }), { relayed: 1, failed: 0 });
    const one = ['notify--record_personnel_2024-05-17--confirmed:record:personnel:2024-05-17:confirmed'];
    assert.deepEqual(await notifyJobs(), one);
    assert.equal(await ctx.events.outbox.size(), 0);
    assert.equal((await ctx.events.get('personnel', '2024-05-17'))?.enqueued, true);

    // The entry put back (an ack lost) and relayed by two replicas at once, the post ingested again: still one job.
    await redis.zadd(ctx.keys.recordOutbox, 0, 'record:personnel:2024-05-17|confirmed');
    const [a, b] = await Promise.all([relayRecordEvents(deps, { now: later }), relayRecordEvents(deps, { now: later })]);
    assert.ok(a.relayed + b.relayed >= 1);
    assert.equal((await ingestPost(post, 'gs', deps)).created.length, 0);
    assert.deepEqual(await notifyJobs(), one);
    assert.equal(await ctx.events.outbox.size(), 0);
  });

  it('a new claim whose publish fails after the store write is published by a later drain, exactly once', async () => {
    // Every publish attempt of the first process fails after the claim is stored.
    const dying: ClaimDeliverer = async () => {
      throw new Error('process killed before publishing (injected)');
    };
    const url = site.storyUrl();
    const out = await ingestArticle(ctx, { url, sourceId: 'courier', outlet: 'Courier', title: null, publishedAt: null }, undefined, { deliver: dying });
    assert.equal(out.newClaims, 1);
    const [claim] = await ctx.claims.list();
    const desk = new Queue('claims-desk', { connection: redis, prefix });
    const deskJobs = async () => (await desk.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter((j) => j.name === 'claim').map((j) => j.data.id as string);
    try {
      assert.deepEqual(await deskJobs(), []);
      assert.equal(await ctx.claims.outbox.size(), 1);

      // Another replica (its own context) drains once the retry is due.
      const other = createContext(ctx.config, redis, createLogger('silent'));
      await sleep(80);
      assert.deepEqual(await drainClaimOutbox(other), { published: 1, failed: 0 });
      assert.deepEqual(await deskJobs(), [claim!.fingerprint]);
      // Re-drains, and the entry put back, add nothing.
      await redis.zadd(ctx.keys.claimOutbox, 0, claim!.fingerprint);
      await Promise.all([drainClaimOutbox(ctx), drainClaimOutbox(other)]);
      assert.deepEqual(await deskJobs(), [claim!.fingerprint]);
      assert.equal(await ctx.claims.outbox.size(), 0);
      await other.http.close();
    } finally {
      await desk.close();
    }
  });

  it('an event stored before the outbox and never enqueued is adopted at start-up and relayed once', async () => {
    const legacy = { ...(await ctx.events.get('personnel', '2024-05-17'))!, id: 'record:tanks:2024-05-17', metric: 'tanks', enqueued: false };
    await redis.hset(ctx.keys.recordEvents, 'tanks:2024-05-17', JSON.stringify(legacy));
    assert.equal(await ctx.events.outbox.adoptUnqueued(), 1);
    assert.equal(await ctx.events.outbox.adoptUnqueued(), 1, 'still owed: adopted again, but NX keeps one entry');
    assert.equal(await ctx.events.outbox.size(), 1);
    assert.deepEqual(await relayRecordEvents({ events: ctx.events, enqueueNotify: (e) => queues.enqueueNotify(e), log: ctx.log }), { relayed: 1, failed: 0 });
    assert.equal((await notifyJobs()).filter((j) => j.includes('tanks')).length, 1);
    assert.equal(await ctx.events.outbox.adoptUnqueued(), 0);
  });
});
