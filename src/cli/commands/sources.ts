import { Queue } from 'bullmq';
import type { AppContext } from '../../app/context.ts';
import { pollEvery } from '../../app/schedulers.ts';
import { QUEUE_NAMES } from '../../../jobs/payloads.ts';
import { sourceIsStale } from '../../ops/readiness.ts';

/** `tallywatch sources`: each source with its last poll, last success, consecutive failures and next run. */
export async function sourcesCommand(ctx: AppContext) {
  const poll = new Queue(QUEUE_NAMES.poll, { connection: ctx.redis, prefix: ctx.config.prefix });
  try {
    const rows = [];
    for (const s of ctx.config.sources) {
      const st = await ctx.sources.get(s.id);
      const sched = await poll.getJobScheduler(s.id);
      rows.push({
        id: s.id,
        type: s.type,
        url: s.url,
        enabled: s.enabled,
        primary: s.primary,
        everyMs: pollEvery(s),
        lastPollAt: st.lastPollAt,
        lastSuccessAt: st.lastSuccessAt,
        consecutiveFailures: st.consecutiveFailures,
        lastError: st.lastError,
        stale: sourceIsStale(st, pollEvery(s)),
        nextRunAt: sched?.next ? new Date(sched.next).toISOString() : null,
        backfill: { done: st.backfillDone, pages: st.backfillPages, oldestDate: st.backfillOldestDate, note: st.backfillNote },
      });
    }
    return rows;
  } finally {
    await poll.close();
  }
}
