import type { Queue } from 'bullmq';
import { pollEvery } from '../config/poll-every.ts';
import type { SourceConfig } from '../config/schema.ts';

export { pollEvery };

/**
 * One Job Scheduler per enabled source, upserted (idempotent across restarts and
 * replicas); schedulers whose source left the config, or was disabled, are removed.
 */
export async function reconcileSchedulers(queue: Queue, sources: SourceConfig[]): Promise<{ upserted: string[]; removed: string[] }> {
  const wanted = sources.filter((s) => s.enabled);
  for (const s of wanted) {
    await queue.upsertJobScheduler(s.id, { every: pollEvery(s) }, { name: `poll-${s.type}`, data: { sourceId: s.id } });
  }
  const ids = new Set(wanted.map((s) => s.id));
  const existing = await queue.getJobSchedulers(0, -1, true);
  const removed: string[] = [];
  for (const sched of existing) {
    const id = sched.key ?? (sched as { id?: string }).id;
    if (id && !ids.has(id)) {
      await queue.removeJobScheduler(id);
      removed.push(id);
    }
  }
  return { upserted: wanted.map((s) => s.id), removed };
}
