import type { Queue } from 'bullmq';
import { jobId } from '../../jobs/payloads.ts';
import type { SourceConfig } from '../config/schema.ts';
import type { Logger } from '../core/logger.ts';
import type { PollSchedule } from '../store/poll-schedule.ts';

export { pollEvery } from '../schedule/policy.ts';

/**
 * Due polls are leased for this long when queued (the worker uses 2 × worker.jobLock): a
 * replica that dies between taking a due source and queueing its poll, or a poll whose next
 * due time could not be written (a full Redis), delays the source by this much; a poll running
 * longer than it may be queued twice (the poll lock makes the second a no-op).
 */
export const POLL_LEASE_MS = 30_000;

/**
 * Makes the due-time set hold one entry per enabled source (a new one due now, a known one
 * keeping its time) and drops the sources that left the config or were disabled. The Job
 * Schedulers of earlier versions, which polled at a fixed interval, are removed.
 */
export async function reconcileSchedulers(queue: Queue, sources: SourceConfig[], schedule: PollSchedule, now = Date.now()): Promise<{ upserted: string[]; removed: string[] }> {
  const wanted = sources.filter((s) => s.enabled).map((s) => s.id);
  const { removed } = await schedule.reconcile(wanted, now);
  for (const sched of await queue.getJobSchedulers(0, -1, true)) {
    const id = sched.key ?? (sched as { id?: string }).id;
    if (id) await queue.removeJobScheduler(id);
  }
  return { upserted: wanted, removed };
}

export interface DueTickerOptions {
  queue: Queue;
  schedule: PollSchedule;
  sources: SourceConfig[];
  log: Logger;
  /** @default POLL_LEASE_MS */
  leaseMs?: number;
  /** Longest sleep between looks at the set (another replica may have moved a due time). @default 1000 */
  maxSleepMs?: number;
}

/**
 * Queues each source's poll when it falls due. Every replica runs one; the claim is atomic,
 * so a due poll is queued once, under a job id made of the source and its due time.
 */
export function startDueTicker(opts: DueTickerOptions): { stop(): Promise<void> } {
  const leaseMs = opts.leaseMs ?? POLL_LEASE_MS;
  const maxSleepMs = opts.maxSleepMs ?? 1000;
  const byId = new Map(opts.sources.map((s) => [s.id, s]));
  let stopped = false;
  let wake: (() => void) | undefined;
  let lastLogged = 0;
  const loop = (async () => {
    while (!stopped) {
      let sleep = maxSleepMs;
      try {
        for (const due of await opts.schedule.claimDue(Date.now(), leaseMs)) {
          const source = byId.get(due.sourceId);
          if (!source) continue;
          await opts.queue.add(`poll-${source.type}`, { sourceId: source.id }, { jobId: jobId('poll', source.id, String(due.dueAt)) });
        }
        const earliest = await opts.schedule.earliest();
        if (earliest !== null) sleep = Math.min(maxSleepMs, Math.max(10, earliest - Date.now()));
      } catch (err) {
        // Redis down: the connection logs the outage; say so here at most once a minute.
        if (Date.now() - lastLogged > 60_000) {
          lastLogged = Date.now();
          opts.log.warn({ err: { message: (err as Error).message } }, `poll ticker: ${(err as Error).message}`);
        }
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sleep);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
