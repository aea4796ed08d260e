import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Queue, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AlertMessage } from '../../src/alerts/alert-message.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import {
  backoffDelay,
  createBackoffStrategy,
  DELIVERY_BACKOFF,
  deliverOnce,
  isFinalFailure,
} from '../../src/delivery/deliver.ts';
import type { DeliveryContext, SubscriberConfig } from '../../src/delivery/deliver.ts';
import { createUndiciPost } from '../../src/delivery/http-post.ts';
import { createLedger } from '../../src/store/ledger.ts';
import type { Ledger } from '../../src/store/ledger.ts';
import { closeQueues } from '../../src/delivery/queue-subscriber.ts';
import { connect, deletePrefix, sampleMessage, silentLog, startReceiver, testPrefix, waitFor } from './helpers.ts';
import type { Receiver } from './helpers.ts';

interface DeliveryJob {
  subscriber: SubscriberConfig;
  message: AlertMessage;
}

let redis: Redis;
let ledger: Ledger;
const prefix = testPrefix();
const post = createUndiciPost({ timeoutMs: 2_000 });
const receivers: Receiver[] = [];
const queues: Queue[] = [];
const workers: Worker[] = [];
let strategyCalls = 0;

function ctx(extra: Partial<DeliveryContext> = {}): DeliveryContext {
  return { ledger, connection: redis, prefix, post, log: silentLog, ...extra };
}

/** The pattern the worker module follows: deliverOnce in a job, dead letter after the last attempt. */
function startDeliveryWorker(queueName: string): Worker<DeliveryJob> {
  const strategy = createBackoffStrategy({ baseMs: 20, capMs: 100 });
  const worker = new Worker<DeliveryJob>(
    queueName,
    async (job: Job<DeliveryJob>) => {
      const attempt = job.attemptsMade + 1;
      try {
        return await deliverOnce(job.data.subscriber, job.data.message, ctx({ attempt }));
      } catch (err) {
        if (isFinalFailure(attempt, job.opts.attempts ?? 1, err)) {
          await ledger.recordDead({
            eventId: job.data.message.id,
            subscriberId: job.data.subscriber.id,
            error: err instanceof Error ? err.message : String(err),
            attempts: attempt,
          });
        }
        throw err;
      }
    },
    {
      connection: redis,
      prefix,
      settings: {
        backoffStrategy: (n, type, err) => {
          strategyCalls++;
          return strategy(n, type, err);
        },
      },
    },
  );
  worker.on('error', () => {});
  workers.push(worker);
  return worker;
}

async function runJob(queueName: string, data: DeliveryJob, attempts: number): Promise<Job<DeliveryJob>> {
  const queue = new Queue<DeliveryJob>(queueName, { connection: redis, prefix });
  queues.push(queue);
  const added = await queue.add('deliver', data, { attempts, backoff: DELIVERY_BACKOFF });
  let job: Job<DeliveryJob> | undefined;
  await waitFor(
    async () => {
      job = await queue.getJob(added.id!);
      const state = await job?.getState();
      return state === 'completed' || state === 'failed';
    },
    15_000,
    `job ${added.id} to finish`,
  );
  return job!;
}

before(() => {
  redis = connect();
  ledger = createLedger(redis, prefix);
});

after(async () => {
  await Promise.all(workers.map((w) => w.close()));
  await closeQueues();
  for (const q of queues) {
    await q.obliterate({ force: true });
    await q.close();
  }
  await Promise.all(receivers.map((r) => r.close()));
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe('deliverOnce driven by a BullMQ Worker', () => {
  test('a receiver that fails twice gets the alert once; a second delivery is skipped', async () => {
    const r = await startReceiver([{ status: 500 }, { status: 500 }, { status: 200 }]);
    receivers.push(r);
    const sub: SubscriberConfig = { id: 'newsroom', type: 'webhook', url: r.url, secret: 'hush' };
    const message = sampleMessage();
    startDeliveryWorker('deliveries-retry');
    strategyCalls = 0;

    const job = await runJob('deliveries-retry', { subscriber: sub, message }, 5);
    assert.equal(await job.getState(), 'completed');
    assert.equal(job.returnvalue, 'sent');
    assert.equal(job.attemptsMade, 3);
    assert.equal(strategyCalls, 2, 'the custom backoff decided both retries');
    assert.equal(r.requests.length, 3);
    const ids = new Set(r.requests.map((q) => q.headers['x-tallywatch-delivery']));
    assert.deepEqual([...ids], ['record:personnel:2024-05-13:confirmed:newsroom'], 'every retry carries the same idempotency id');

    assert.deepEqual(
      { ...(await ledger.getSent(message.id, 'confirmed', sub.id)), at: undefined },
      { at: undefined, attempts: 3, channel: 'webhook' },
    );
    assert.equal(await deliverOnce(sub, message, ctx()), 'skipped');
    assert.equal(r.requests.length, 3, 'no second request reached the receiver');
    assert.deepEqual(await ledger.listDead(), []);
  });

  test('attempts exhausted: a dead letter, and nothing marked sent', async () => {
    const r = await startReceiver([{ status: 500 }]);
    receivers.push(r);
    const sub: SubscriberConfig = { id: 'down', type: 'webhook', url: r.url };
    const message = sampleMessage({ metric: 'tanks', value: 30, previous: null, total: null });
    startDeliveryWorker('deliveries-dead');

    const job = await runJob('deliveries-dead', { subscriber: sub, message }, 3);
    assert.equal(await job.getState(), 'failed');
    assert.equal(r.requests.length, 3);
    assert.equal(await ledger.wasSent(message.id, 'confirmed', sub.id), false);
    const dead = (await ledger.listDead()).filter((d) => d.subscriberId === 'down');
    assert.equal(dead.length, 1);
    assert.equal(dead[0]?.eventId, 'record:tanks:2024-05-13');
    assert.equal(dead[0]?.attempts, 3);
    assert.match(dead[0]?.error ?? '', /500/);
  });

  test('a permanent failure (404) stops after one attempt and is dead-lettered', async () => {
    const r = await startReceiver([{ status: 404 }]);
    receivers.push(r);
    const sub: SubscriberConfig = { id: 'gone', type: 'webhook', url: r.url };
    const message = sampleMessage({ metric: 'uav', value: 2000, previous: null });
    startDeliveryWorker('deliveries-404');

    const job = await runJob('deliveries-404', { subscriber: sub, message }, 5);
    assert.equal(await job.getState(), 'failed');
    assert.equal(job.attemptsMade, 1);
    assert.equal(r.requests.length, 1);
    const dead = (await ledger.listDead()).filter((d) => d.subscriberId === 'gone');
    assert.equal(dead.length, 1);
    assert.equal(dead[0]?.attempts, 1);
  });
});

describe('deliverOnce', () => {
  test('queue subscribers: sent once, then skipped', async () => {
    const sub: SubscriberConfig = { id: 'app', type: 'queue', queue: 'consumer-app' };
    const message = sampleMessage({ metric: 'artillery', value: 120, previous: { value: 100, date: '2023-01-01' } });
    assert.equal(await deliverOnce(sub, message, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, message, ctx()), 'skipped');
    const q = new Queue('consumer-app', { connection: redis, prefix });
    queues.push(q);
    assert.equal(await q.count(), 1);
    assert.equal((await ledger.getSent(message.id, 'confirmed', 'app'))?.channel, 'queue');
  });

  test('an invalid message or an incomplete subscriber is a permanent error, and nothing is sent', async () => {
    const message = sampleMessage({ metric: 'ships', value: 2, previous: null });
    const isPermanent = (err: unknown) => err instanceof DeliveryError && err.permanent;
    await assert.rejects(deliverOnce({ id: 'x', type: 'webhook' }, message, ctx()), isPermanent);
    await assert.rejects(deliverOnce({ id: 'x', type: 'queue' }, message, ctx()), isPermanent);
    const broken = { ...message, metric: 'boats' } as unknown as AlertMessage;
    await assert.rejects(deliverOnce({ id: 'x', type: 'queue', queue: 'consumer-app' }, broken, ctx()), isPermanent);
    assert.equal(await ledger.wasSent(message.id, 'confirmed', 'x'), false);
  });
});

describe('backoffDelay', () => {
  test('exponential from 2 s, capped at 5 min, with jitter between half and all', () => {
    const low = (n: number) => backoffDelay(n, new Error('x'), { random: () => 0 });
    const high = (n: number) => backoffDelay(n, new Error('x'), { random: () => 0.999999 });
    assert.deepEqual([1, 2, 3, 4].map(high), [2_000, 4_000, 8_000, 16_000]);
    assert.deepEqual([1, 2, 3, 4].map(low), [1_000, 2_000, 4_000, 8_000]);
    assert.equal(high(20), 300_000);
    assert.equal(high(2_000), 300_000);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelay(3);
      assert.ok(d >= 4_000 && d <= 8_000, String(d));
    }
  });

  test('Retry-After wins, within a bound; permanent errors are not retried', () => {
    const e429 = new DeliveryError('429', { subscriber: 's', status: 429 }, { retryAfterMs: 7_000 });
    assert.equal(backoffDelay(1, e429), 7_000);
    assert.equal(backoffDelay(5, e429), 7_000);
    const huge = new DeliveryError('503', { subscriber: 's', status: 503 }, { retryAfterMs: 86_400_000 });
    assert.equal(backoffDelay(1, huge), 3_600_000);
    assert.equal(backoffDelay(1, huge, { maxRetryAfterMs: 60_000 }), 60_000);
    assert.equal(backoffDelay(1, new DeliveryError('404', { subscriber: 's' }, { permanent: true })), -1);
    // a plain object with the same fields, as an error rebuilt from JSON would be
    assert.equal(backoffDelay(1, { retryAfterMs: 500 }), 500);
  });

  test('isFinalFailure', () => {
    assert.equal(isFinalFailure(2, 5, new Error('x')), false);
    assert.equal(isFinalFailure(5, 5, new Error('x')), true);
    assert.equal(isFinalFailure(1, 5, { permanent: true }), true);
  });
});
