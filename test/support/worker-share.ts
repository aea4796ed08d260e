/** Which worker process finished which jobs: the scale-out tests' evidence that replicas share the work. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES } from '../../jobs/payloads.ts';

/** Completed jobs per queue and per worker name (`host:pid`, the job's processedBy). */
export async function jobsByWorker(redis: Redis, prefix: string): Promise<Record<string, Record<string, number>>> {
  const share: Record<string, Record<string, number>> = {};
  for (const name of Object.values(QUEUE_NAMES)) {
    const q = new Queue(name, { connection: redis, prefix });
    try {
      for (const job of await q.getJobs(['completed'])) {
        const by = job.processedBy ?? 'unknown';
        (share[name] ??= {})[by] = (share[name]?.[by] ?? 0) + 1;
      }
    } finally {
      await q.close();
    }
  }
  return share;
}

/** Distinct worker names across all queues. */
export const workersSeen = (share: Record<string, Record<string, number>>): number => new Set(Object.values(share).flatMap((byWorker) => Object.keys(byWorker))).size;
