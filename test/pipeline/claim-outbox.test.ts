/**
 * New claims are published from the outbox written with the claim: a publish that fails
 * once is retried by the next drain, and every subscriber gets each claim exactly once
 * (real Redis, a local page, the failure injected through the drain's delivery port).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { loadConfig } from '../../src/config/load.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import { createLogger } from '../../src/core/logger.ts';
import { deliverClaimOnce } from '../../src/delivery/deliver.ts';
import { createLedger } from '../../src/store/ledger.ts';
import { closeQueues } from '../../src/delivery/queue-subscriber.ts';
import { ingestArticle } from '../../src/pipeline/ingest-article.ts';
import { drainClaimOutbox } from '../../src/pipeline/publish-claims.ts';
import type { ClaimDeliverer } from '../../src/pipeline/publish-claims.ts';
import { createClaimOutbox } from '../../src/store/claim-outbox.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { createStoryServer } from '../support/story-server.ts';


describe('claim outbox (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  const site = createStoryServer();

  before(async () => {
    redis = connect();
    await site.listen();
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        fetch: { allowPrivateNetworks: true, domainSpacing: 0 },
        delivery: { backoff: '50ms' },
        subscribers: [
          { id: 'desk-a', type: 'queue', queue: 'outbox-a', events: ['claims'] },
          { id: 'desk-b', type: 'queue', queue: 'outbox-b', events: ['claims'] },
        ],
      },
    });
    ctx = createContext(config, redis, createLogger('silent'));
  });
  after(async () => {
    await closeQueues();
    await ctx.http.close();
    site.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const claimJobs = async (name: string) => {
    const q = new Queue(name, { connection: redis, prefix });
    try {
      return (await q.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed'])).filter((j) => j.name === 'claim').map((j) => j.data.id as string);
    } finally {
      await q.close();
    }
  };

  it('a publish that fails once is retried from the outbox: each subscriber gets each claim once', async () => {
    // desk-a's delivery goes through; desk-b's first delivery fails (its queue unreachable).
    const calls: string[] = [];
    let failures = 1;
    const flaky: ClaimDeliverer = async (sub, message, dctx) => {
      calls.push(sub.id);
      if (sub.id === 'desk-b' && failures > 0) {
        failures--;
        throw new DeliveryError('adding to queue outbox-b failed (injected)', { subscriber: sub.id });
      }
      return deliverClaimOnce(sub, message, dctx);
    };
    const url = site.storyUrl();
    const out = await ingestArticle(ctx, { url, sourceId: 'courier', outlet: 'Courier', title: null, publishedAt: null }, undefined, { deliver: flaky });
    assert.equal(out.status, 'ok');
    assert.equal(out.newClaims, 1);
    const [claim] = await ctx.claims.list();
    const outbox = createClaimOutbox(redis, ctx.keys);

    // Stored, half published, and still owed: the failure did not lose the message.
    assert.deepEqual(await claimJobs('outbox-a'), [claim!.fingerprint]);
    assert.deepEqual(await claimJobs('outbox-b'), []);
    assert.equal(await outbox.size(), 1);
    // Not due before the delivery backoff: a failing subscriber is not hammered by every poll.
    assert.deepEqual(await drainClaimOutbox(ctx, { deliver: flaky }), { published: 0, failed: 0 });

    await new Promise((r) => setTimeout(r, 80));
    assert.deepEqual(await drainClaimOutbox(ctx, { deliver: flaky }), { published: 1, failed: 0 });
    assert.equal(await outbox.size(), 0);
    // Re-drains, the article read again and an entry put back (as if the ack had been lost) add nothing.
    await drainClaimOutbox(ctx, { deliver: flaky });
    assert.equal((await ingestArticle(ctx, { url, sourceId: 'courier', outlet: 'Courier', title: null, publishedAt: null }, undefined, { deliver: flaky })).status, 'already_fetched');
    await redis.zadd(ctx.keys.claimOutbox, 0, claim!.fingerprint);
    await drainClaimOutbox(ctx, { deliver: flaky });

    assert.deepEqual(await claimJobs('outbox-a'), [claim!.fingerprint]);
    assert.deepEqual(await claimJobs('outbox-b'), [claim!.fingerprint]);
    const sent = (await createLedger(redis, prefix).list()).map((e) => `${e.eventId}|${e.subscriberId}`).sort();
    assert.deepEqual(sent, [`claim:${claim!.fingerprint}|desk-a`, `claim:${claim!.fingerprint}|desk-b`]);
    assert.equal(await outbox.size(), 0);
    assert.ok(calls.filter((c) => c === 'desk-b').length >= 2, 'desk-b was tried again');
  });

  it('the outbox entry is written with the claim, once: a second mention adds none', async () => {
    const claim = { claimant: 'uk_mod', subject: 'ru', metric: 'tanks', kind: 'daily', value: 14, qualifier: 'exact', periodDays: 1, asOf: '2024-02-11', record: false, quote: 'q' };
    const first = await ctx.claims.add(claim, { url: 'https://one.example/a', outlet: 'One', quote: 'q', publishedAt: null, sourceId: null });
    const outbox = createClaimOutbox(redis, ctx.keys);
    assert.deepEqual(await outbox.due(Date.now(), 10), [first.fingerprint]);
    await outbox.done(first.fingerprint);
    const second = await ctx.claims.add(claim, { url: 'https://two.example/b', outlet: 'Two', quote: 'q', publishedAt: null, sourceId: null });
    assert.equal(second.newMention, true);
    assert.equal(await outbox.size(), 0);
  });
});
