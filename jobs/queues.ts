import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES, jobId } from './payloads.ts';
import type { ArticlePayload, BackfillPayload, DeliverPayload, NotifyPayload, PollPayload } from './payloads.ts';
import { sha1 } from '../src/core/hash.ts';
import type { ArticleTask } from '../src/sources/feed/poll-feed.ts';
import type { RecordEvent } from '../src/alerts/record-event.ts';

export interface QueueOptions {
  /** Delay of a `reported` event's notification (config records.reportedHold). @default 0 */
  reportedHoldMs?: number;
}

/** The worker's own queues. Completed jobs are trimmed; the sent ledger, not job retention, prevents repeats. */
export function createQueues(connection: Redis, prefix: string, options: QueueOptions = {}) {
  const opts = { connection, prefix };
  const queues = {
    poll: new Queue<PollPayload>(QUEUE_NAMES.poll, {
      ...opts,
      defaultJobOptions: { removeOnComplete: { count: 200 }, removeOnFail: { count: 500 }, attempts: 1 },
    }),
    backfill: new Queue<BackfillPayload>(QUEUE_NAMES.backfill, {
      ...opts,
      defaultJobOptions: { removeOnComplete: { count: 20 }, removeOnFail: { count: 50 }, attempts: 20, backoff: { type: 'exponential', delay: 5000 } },
    }),
    article: new Queue<ArticlePayload>(QUEUE_NAMES.article, {
      ...opts,
      defaultJobOptions: { removeOnComplete: { count: 2000 }, removeOnFail: { count: 2000 }, attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
    }),
    notify: new Queue<NotifyPayload>(QUEUE_NAMES.notify, {
      ...opts,
      defaultJobOptions: { removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 }, attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
    }),
    deliver: new Queue<DeliverPayload>(QUEUE_NAMES.deliver, {
      ...opts,
      defaultJobOptions: { removeOnComplete: { count: 1000 }, removeOnFail: { count: 5000 } },
    }),
  };
  // Without a listener, a queue's connection errors reach the console once per retry;
  // the main connection already logs the outage once.
  for (const q of Object.values(queues)) q.on('error', () => undefined);
  return {
    ...queues,
    all: Object.values(queues),
    async enqueueNotify(event: RecordEvent): Promise<void> {
      // One notification per (event, status): a reported record's confirmation is a follow-up, not a repeat.
      // A reported record waits out the hold, so the outlets that report it meanwhile are in its message.
      const delay = event.status === 'reported' ? (options.reportedHoldMs ?? 0) : 0;
      await queues.notify.add('notify', { eventId: event.id, status: event.status }, { jobId: jobId('notify', event.id, event.status), ...(delay > 0 ? { delay } : {}) });
    },
    /** One job per canonical URL: an article reached from several feeds is fetched once. */
    async enqueueArticle(task: ArticleTask): Promise<void> {
      await queues.article.add('article', task, { jobId: jobId('article', sha1(task.url)) });
    },
    async enqueueBackfill(sourceId: string): Promise<void> {
      await queues.backfill.add('backfill', { sourceId }, { jobId: jobId('backfill', sourceId) });
    },
    async close(): Promise<void> {
      await Promise.all(Object.values(queues).map((q) => q.close()));
    },
  };
}

export type Queues = ReturnType<typeof createQueues>;
