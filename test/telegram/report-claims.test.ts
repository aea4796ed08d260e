/**
 * The General Staff's own post is a source of claims like any article: its figures are
 * stored as claims and published to the queue subscribers with `events: [claims]`
 * (real Redis, local channel).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { closeQueues } from '../../src/delivery/queue-subscriber.ts';
import { renderReport } from '../support/render/render.ts';
import { pollChannel } from '../../src/pipeline/poll-channel.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));

describe('General Staff post → claim subscribers (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let channel: FakeChannel;
  let ctx: AppContext;

  before(async () => {
    redis = connect();
    channel = await startFakeChannel({});
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        sources: [{ id: 'gs', type: 'telegram', url: channel.url, primary: true }],
        subscribers: [{ id: 'factcheck', type: 'queue', queue: 'gs-claims', events: ['claims'] }],
        fetch: { allowPrivateNetworks: true },
        records: { baseline: '2024-04-26' },
      },
    });
    ctx = createContext(config, redis, createLogger('silent'));
    assert.equal((await importSeriesCommand(ctx, FIXTURE)).historyComplete, true);
  });
  after(async () => {
    await closeQueues();
    await ctx.http.close();
    await channel.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it("publishes every claim a live report stores, once, with the post as its first mention", async () => {
    const figures = structuredClone((await ctx.reports.get('2024-05-16'))!.figures) as any;
    figures.personnel = { total: figures.personnel.total + 1_310, delta: 1_310 };
    figures.tanks = { total: figures.tanks.total + 9, delta: 9 };
    channel.addPost({ text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), publishedAt: '2024-05-17T05:40:00Z' });
    const res = await pollChannel(ctx, ctx.config.sources[0]!, async () => undefined);
    assert.equal(res.results[0]?.live, true);
    await pollChannel(ctx, ctx.config.sources[0]!, async () => undefined);

    const stored = (await ctx.claims.list()).filter((c) => c.claimant === 'ua_general_staff' && c.asOf === '2024-05-17');
    assert.ok(stored.length >= 4, `a daily and a cumulative claim per metric, got ${stored.length}`);
    const q = new Queue('gs-claims', { connection: redis, prefix });
    const jobs = await q.getJobs(['waiting', 'delayed', 'active', 'completed']);
    await q.close();
    assert.deepEqual(jobs.map((j) => j.data.id).sort(), stored.map((c) => c.fingerprint).sort());
    const personnel = jobs.find((j) => j.data.metric === 'personnel' && j.data.kind === 'daily')!;
    assert.equal(personnel.data.value, 1_310);
    assert.equal(personnel.data.claimant, 'ua_general_staff');
    assert.match(personnel.data.firstMention.url, /^https?:\/\//);
  });
});
