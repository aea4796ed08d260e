/** The live poll against a local channel and a real Redis: what it stores, what it raises, and how it fails. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { RecordEvent } from '../../src/alerts/record-event.ts';
import { loadConfig } from '../../src/config/load.ts';
import { ScraperBrokenError } from '../../src/core/errors.ts';
import { createLogger } from '../../src/core/logger.ts';
import { renderReport } from '../support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { pollChannel } from '../../src/pipeline/poll-channel.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const days = rowsToReports(parseSeriesCsv(readFileSync(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url), 'utf8')));

describe('pollChannel (real Redis, local channel)', () => {
  let redis: Redis;
  let channel: FakeChannel;
  let ctx: AppContext;
  let prefix: string;
  let notified: RecordEvent[];
  const notify = async (e: RecordEvent) => void notified.push(e);

  before(() => {
    redis = connect();
  });
  after(() => redis.disconnect());
  beforeEach(async () => {
    prefix = testPrefix();
    notified = [];
    channel = await startFakeChannel({ pageSize: 10 });
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        sources: [{ id: 'gs', type: 'telegram', url: channel.url, primary: true }],
        fetch: { allowPrivateNetworks: true },
        records: { baseline: '2024-04-26' },
      },
    });
    ctx = createContext(config, redis, createLogger('silent'));
  });
  afterEach(async () => {
    await ctx.http.close();
    await channel.close();
    await deletePrefix(redis, prefix);
  });

  const post = (i: number, text?: string) => channel.addPost({ text: text ?? renderReport(days[i]!, { lang: 'uk' }), publishedAt: `${days[i]!.date}T05:30:00Z` });
  const source = () => ctx.config.sources[0]!;

  it('raises no record while the history is incomplete, and stores the report as history', async () => {
    for (let i = 0; i < days.length; i++) post(i);
    const res = await pollChannel(ctx, source(), notify);
    assert.equal(res.newPosts, 10, 'the first poll reads the newest page only; the backfill reads the rest');
    assert.ok(res.results.every((r) => r.live === false && r.created.length === 0));
    assert.deepEqual(notified, []);
    assert.equal((await ctx.events.all()).length, 0);
  });

  it('with complete history, a new record post raises its events once, however often it is polled', async () => {
    for (let i = 0; i < 8; i++) post(i);
    await pollChannel(ctx, source(), notify);
    await ctx.reports.markHistoryComplete('test', days[0]!.date, days[7]!.date);
    const figures = structuredClone(days[8]!.figures);
    figures.personnel = { total: figures.personnel!.total, delta: 5_000 };
    post(8, renderReport({ date: days[8]!.date, figures }, { lang: 'uk' }));
    const first = await pollChannel(ctx, source(), notify);
    assert.equal(first.newPosts, 1);
    const created = first.results[0]?.created.map((e) => e.id) ?? [];
    assert.ok(created.includes(`record:personnel:${days[8]!.date}`), created.join());
    const again = await pollChannel(ctx, source(), notify);
    assert.equal(again.newPosts, 0);
    assert.deepEqual(notified.map((e) => e.id).sort(), [...created].sort(), 'each event notified once');
    assert.equal((await ctx.events.get('personnel', days[8]!.date))?.enqueued, true);
    // The live report's own figures are in the claim store, with the post as their mention.
    const claims = await ctx.claims.list();
    const daily = claims.find((c) => c.metric === 'personnel' && c.kind === 'daily');
    assert.equal(daily?.value, 5_000);
    assert.equal(daily?.asOf, days[8]!.date);
    assert.equal(daily?.mentions, 1);
    assert.ok(claims.every((c) => c.asOf === days[8]!.date), 'history reports are not copied into the claim store');
  });

  it('re-parses an edited post (same id, new text) and flags the changed report', async () => {
    const id = post(0);
    await pollChannel(ctx, source(), notify);
    const figures = structuredClone(days[0]!.figures);
    figures.tanks = { total: figures.tanks!.total + 1, delta: (figures.tanks!.delta ?? 0) + 1 };
    channel.editPost(id, renderReport({ date: days[0]!.date, figures }, { lang: 'uk' }));
    const res = await pollChannel(ctx, source(), notify);
    assert.equal(res.edited, 1);
    assert.equal(res.results[0]?.status, 'changed');
    const stored = await ctx.reports.get(days[0]!.date);
    assert.equal(stored?.figures.tanks?.total, figures.tanks.total);
    assert.ok(stored?.flags.includes('edited'));
  });

  it('after downtime reads back until it meets posts it knows (more new posts than one page)', async () => {
    for (let i = 0; i < 3; i++) post(i);
    const before = await pollChannel(ctx, source(), notify);
    await ctx.sources.pollSucceeded('gs', new Date(), before.newestPostId);
    for (let i = 3; i < days.length; i++) {
      channel.addPost({ text: 'Оперативна інформація: тривають бої.', publishedAt: `${days[i]!.date}T04:00:00Z` });
      post(i);
    }
    const res = await pollChannel(ctx, source(), notify);
    assert.equal(res.newPosts, (days.length - 3) * 2);
    assert.equal(await ctx.reports.count(), days.length);
  });

  it('a page without posts or channel history is a broken scraper: thrown, counted, kept as an ops alert', async () => {
    post(0);
    channel.setBroken('no-markup');
    await assert.rejects(pollChannel(ctx, source(), notify), ScraperBrokenError);
    const alerts = await redis.lrange(ctx.keys.opsAlerts, 0, -1);
    assert.equal(alerts.length, 1);
    assert.equal(JSON.parse(alerts[0]!).type, 'ops.scraper_broken');
    assert.match(await ctx.metrics.registry.metrics(), /tallywatch_scraper_broken_total\{source="gs"\} 1/);
  });
});
