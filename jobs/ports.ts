/**
 * The queue ports the job handlers and stages use, each the one thing a caller needs: the
 * composition root (src/app/) hands them the queues of ./queues.ts, tests can hand them anything.
 */
import type { Queue } from 'bullmq';
import type { RecordEvent } from '../src/alerts/record-event.ts';
import type { ArticleTask } from '../src/sources/feed/poll-feed.ts';
import type { DeliverPayload } from './payloads.ts';

/** Adds the notify job of a record event; idempotent (one job id per event and status). */
export interface NotifyQueue {
  enqueueNotify(event: RecordEvent): Promise<void>;
}

/** Adds one article job per canonical URL. */
export interface ArticleQueue {
  enqueueArticle(task: ArticleTask): Promise<void>;
}

/** Adds the backfill job of a channel. */
export interface BackfillQueue {
  enqueueBackfill(sourceId: string): Promise<void>;
}

/** The delivery queue the notify job fans out to. */
export interface DeliverQueue {
  deliver: Pick<Queue<DeliverPayload>, 'addBulk'>;
}
