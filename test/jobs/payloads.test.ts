/** An invalid job payload fails its job at once (UnrecoverableError), on a real Redis, instead of being retried. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { processArticle } from '../../jobs/article.ts';
import { processDeliver } from '../../jobs/deliver.ts';
import { processNotify } from '../../jobs/notify.ts';
import { deliverPayload, InvalidPayloadError, notifyPayload, parsePayload } from '../../jobs/payloads.ts';
import { isFinalFailure } from '../../src/delivery/deliver.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';

describe('job payloads', () => {
  let redis: Redis;
  const prefix = testPrefix();
  before(() => {
    redis = connect();
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  test('a valid payload parses, defaults applied', () => {
    const job = { queueName: 'notify', name: 'notify', id: '1', data: { eventId: 'record:tanks:2024-05-13' } };
    assert.deepEqual(parsePayload(notifyPayload, job), { eventId: 'record:tanks:2024-05-13', status: 'confirmed' });
  });

  test('an invalid payload is an InvalidPayloadError naming the job and every field that is wrong', () => {
    const job = { queueName: 'deliver', name: 'deliver-webhook', id: '42', data: { eventId: '', status: 'maybe' } };
    const err = (() => {
      try {
        parsePayload(deliverPayload, job);
      } catch (e) {
        return e;
      }
      return null;
    })();
    assert.ok(err instanceof InvalidPayloadError);
    assert.ok(err instanceof UnrecoverableError);
    assert.match(err.message, /deliver job payload \(deliver-webhook, id 42\)/);
    assert.deepEqual(err.context.issues.map((i) => i.split(':')[0]).sort(), ['eventId', 'status', 'subscriberId']);
    // The delivery worker records its dead letter at once rather than waiting for the last attempt.
    assert.equal(isFinalFailure(1, 8, err), true);
  });

  // Each handler gets a bad payload; the context is never reached, since parsing comes first.
  const cases: Array<{ queue: string; data: unknown; run: (job: Job) => Promise<unknown>; field: RegExp }> = [
    { queue: 'notify', data: { eventId: 'not-an-event' }, run: (job) => processNotify(job, {} as never, {} as never), field: /eventId/ },
    { queue: 'deliver', data: { eventId: 'record:tanks:2024-05-13', status: 'confirmed' }, run: (job) => processDeliver(job, {} as never, {} as never), field: /subscriberId/ },
    { queue: 'article', data: { url: 'ftp://example.org/a', sourceId: 'feed' }, run: (job) => processArticle(job, {} as never, {} as never), field: /url/ },
  ];

  for (const c of cases) {
    test(`a ${c.queue} job with a bad payload fails on its first attempt, with 10 attempts allowed`, async () => {
      const queue = new Queue(c.queue, { connection: redis, prefix });
      let handled = 0;
      let failedWith: Error | undefined;
      const worker = new Worker(c.queue, async (job) => {
        handled++;
        return c.run(job);
      }, { connection: redis, prefix });
      worker.on('error', () => {});
      worker.on('failed', (_job, err) => {
        failedWith = err;
      });
      try {
        const added = await queue.add(c.queue, c.data, { attempts: 10, backoff: { type: 'fixed', delay: 10 } });
        const deadline = Date.now() + 10_000;
        let state = '';
        while (Date.now() < deadline) {
          state = await queue.getJobState(added.id!);
          if (state === 'failed' || state === 'completed') break;
          await new Promise((r) => setTimeout(r, 20));
        }
        assert.equal(state, 'failed');
        // Give a (wrong) retry the time to happen before counting.
        await new Promise((r) => setTimeout(r, 200));
        const job = (await queue.getJob(added.id!))!;
        assert.equal(await queue.getJobState(added.id!), 'failed');
        assert.equal(job.attemptsMade, 1);
        assert.equal(handled, 1);
        assert.match(job.failedReason, new RegExp(`invalid ${c.queue} job payload`));
        assert.match(job.failedReason, c.field);
        assert.ok(failedWith instanceof InvalidPayloadError);
      } finally {
        await worker.close();
        await queue.obliterate({ force: true });
        await queue.close();
      }
    });
  }
});
