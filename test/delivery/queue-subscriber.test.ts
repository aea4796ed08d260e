import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Queue, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { DeliveryError } from '../../src/core/errors.ts';
import { bullmqSafeJobId, closeQueues, deliverToQueue } from '../../src/delivery/queue-subscriber.ts';
import { connect, deletePrefix, sampleMessage, testPrefix, waitFor } from './helpers.ts';

const validate = new Ajv2020({ strict: true }).compile(
  JSON.parse(readFileSync(new URL('../../schemas/alert.v1.json', import.meta.url), 'utf8')),
);

let redis: Redis;
const prefix = testPrefix();
const queueName = 'newsroom-app';

before(() => {
  redis = connect();
});
after(async () => {
  await closeQueues();
  const q = new Queue(queueName, { connection: redis, prefix });
  await q.obliterate({ force: true });
  await q.close();
  await deletePrefix(redis, prefix);
  await redis.quit();
});

test('job ids are BullMQ-safe and distinct', () => {
  assert.equal(bullmqSafeJobId('record:personnel:2024-05-13'), 'record%3Apersonnel%3A2024-05-13');
  assert.notEqual(bullmqSafeJobId('a:b'), bullmqSafeJobId('a%3Ab'));
  assert.equal(bullmqSafeJobId('123'), '%N123');
  for (const id of ['record:air_defense:2024-01-01', 'a:b:c:d', '42']) {
    assert.ok(!bullmqSafeJobId(id).includes(':'));
  }
});

test('a consumer receives exactly one job per alert, even when it is delivered twice', async () => {
  const message = sampleMessage();
  const target = { id: 'app', queue: queueName };
  const first = await deliverToQueue(target, message, { connection: redis, prefix });
  const second = await deliverToQueue(target, message, { connection: redis, prefix });
  assert.deepEqual(first, second);

  const seen: Job[] = [];
  const worker = new Worker(queueName, async (job) => {
    seen.push(job);
  }, { connection: redis, prefix });
  try {
    await waitFor(() => seen.length >= 1, 10_000, 'the consumer job');
    // a third add after completion is still the same job: it was kept
    await deliverToQueue(target, message, { connection: redis, prefix });
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    await worker.close();
  }
  assert.equal(seen.length, 1);
  const job = seen[0]!;
  assert.equal(job.name, 'alert');
  assert.equal(job.id, 'record%3Apersonnel%3A2024-05-13%3Aconfirmed');
  assert.equal(validate(job.data), true, JSON.stringify(validate.errors));
  assert.deepEqual(job.data, message);

  const q = new Queue(queueName, { connection: redis, prefix });
  const counts = await q.getJobCounts('completed', 'waiting', 'delayed', 'active', 'failed');
  await q.close();
  assert.deepEqual(counts, { completed: 1, waiting: 0, delayed: 0, active: 0, failed: 0 });
  // keys live under the tallywatch prefix
  assert.equal(await redis.exists(`${prefix}:${queueName}:record%3Apersonnel%3A2024-05-13%3Aconfirmed`), 1);
});

test('a queue name BullMQ cannot take is a permanent error', async () => {
  await assert.rejects(
    deliverToQueue({ id: 'app', queue: 'bad:name' }, sampleMessage(), { connection: redis, prefix }),
    (err: unknown) => err instanceof DeliveryError && err.permanent,
  );
});
