import { hostname } from 'node:os';
import { DelayedError, Worker } from 'bullmq';
import type { Job, Processor } from 'bullmq';
import { processArticle } from '../../jobs/article.ts';
import { processBackfill } from '../../jobs/backfill.ts';
import { processDeliver } from '../../jobs/deliver.ts';
import { processNotify } from '../../jobs/notify.ts';
import { QUEUE_NAMES } from '../../jobs/payloads.ts';
import { processPoll } from '../../jobs/poll.ts';
import type { LoadedConfig } from '../config/load.ts';
import type { Logger } from '../core/logger.ts';
import { redactUrl } from '../core/logger.ts';
import { PolitenessWaitError } from '../fetch/politeness.ts';
import { createBackoffStrategy, isFinalFailure } from '../delivery/deliver.ts';
import { createUndiciPost } from '../delivery/http-post.ts';
import { closeQueues as closeSubscriberQueues } from '../delivery/queue-subscriber.ts';
import { startOpsServer } from '../ops/http-server.ts';
import { resolveWebAuth } from '../web/auth.ts';
import { createWebHandler } from '../web/server.ts';
import { createMetrics } from '../ops/metrics.ts';
import { checkReadiness, sourceIsStale } from '../ops/readiness.ts';
import { drainClaimOutbox } from '../pipeline/publish-claims.ts';
import { relayRecordEvents } from '../pipeline/relay-records.ts';
import { connectRedis } from '../store/redis.ts';
import { createContext } from './context.ts';
import type { AppContext } from './context.ts';
import { createQueues } from './queues.ts';
import type { Queues } from './queues.ts';
import { reconcileSchedulers, startDueTicker } from './schedulers.ts';
import { longestInterval } from '../schedule/policy.ts';
import { createPollSchedule } from '../store/poll-schedule.ts';

export interface RunningWorker {
  ctx: AppContext;
  queues: Queues;
  port: number;
  /** Resolves when Redis-side setup (schedulers, backfill, reconcile) is done. */
  ready: Promise<void>;
  /** Drains within config.worker.shutdownTimeout; true when it drained in time. */
  close(): Promise<boolean>;
}

/**
 * Starts one worker process: the ops HTTP server first (so /healthz answers while
 * Redis is still unreachable), then schedulers, workers and the backfill.
 */
export async function startWorker(config: LoadedConfig, log: Logger): Promise<RunningWorker> {
  const metrics = createMetrics();
  const redis = connectRedis(config.redis, log, { name: 'tallywatch-main' });
  // A job waits at most ~1 s in place for its site's turn; longer, it is deferred (see wrap).
  const ctx = createContext(config, redis, log, metrics, { politeMaxWaitMs: 1000 });
  const pagesReady = ctx.pages.warm();
  const queues = createQueues(redis, config.prefix, { reportedHoldMs: config.records.reportedHold });
  const ledger = ctx.ledger;
  const post = createUndiciPost({ timeoutMs: config.delivery.timeout });
  let stopping = false;
  const abort = new AbortController();

  const ops = await startOpsServer({
    host: config.http.host,
    port: config.http.port,
    registry: metrics.registry,
    readiness: () => checkReadiness(ctx, queues),
    beforeMetrics: async () => {
      await refreshQueueGauges(ctx, queues);
      // Staleness needs only each source's state, not the whole readiness check (which writes a probe).
      for (const s of config.sources.filter((src) => src.enabled)) {
        metrics.staleSources.set({ source: s.id }, sourceIsStale(await ctx.sources.get(s.id), longestInterval(s)) ? 1 : 0);
      }
    },
    isShuttingDown: () => stopping,
    ...(config.http.ui ? { extra: createWebHandler({ ctx, auth: resolveWebAuth(config.http) }) } : {}),
  });
  log.info({ port: ops.port, redis: redactUrl(config.redis.url), prefix: config.prefix, config: config.file }, 'tallywatch starting');
  const wantOps = config.subscribers.filter((s) => s.events.includes('ops')).map((s) => s.id);
  if (wantOps.length) log.warn({ subscribers: wantOps }, 'events "ops" is not delivered yet: operational alerts are in the metrics, the log and <prefix>:store:ops:alerts');

  // A short lock and a frequent stalled check bound how long a job of a dead process (or one that a
  // full Redis would not let finish) stays active: about jobLock + stalledCheck, not BullMQ's 30 s + 30 s.
  // The name (host:pid) is stored on each job it finishes (processedBy) and listed by getWorkers(): which replica did what.
  const workerOpts = { connection: redis, prefix: config.prefix, autorun: true, lockDuration: config.worker.jobLock, stalledInterval: config.worker.stalledCheck, name: `${hostname()}:${process.pid}` };
  const wrap = (name: string, fn: (job: Job) => Promise<unknown>): Processor => async (job, token) => {
    try {
      return await fn(job);
    } catch (err) {
      if (err instanceof PolitenessWaitError && token) {
        // The site is busy: give the slot back and come back at its turn, without spending an attempt.
        // The jitter spreads a burst of jobs for one site over its next slots.
        await job.moveToDelayed(Date.now() + err.retryInMs + Math.floor(Math.random() * Math.max(250, config.fetch.domainSpacing)), token);
        metrics.politeDeferred.inc({ queue: name });
        throw new DelayedError();
      }
      log.warn({ queue: name, job: job.id, attempt: job.attemptsMade + 1, err: { message: (err as Error).message, code: (err as { code?: string }).code } }, `${name} job failed`);
      throw err;
    }
  };
  const workers = [
    new Worker(QUEUE_NAMES.poll, wrap('poll', (job) => processPoll(job, ctx, queues)), { ...workerOpts, concurrency: 4 }),
    new Worker(QUEUE_NAMES.backfill, wrap('backfill', (job) => processBackfill(job, ctx, queues, abort.signal)), { ...workerOpts, concurrency: 1, lockDuration: 60_000 }),
    // Article jobs start once the page reader's thread is loaded (a second or more on a busy
    // machine): they would otherwise hold their slots waiting for it.
    new Worker(QUEUE_NAMES.article, wrap('article', (job) => processArticle(job, ctx, queues)), { ...workerOpts, concurrency: 4, autorun: false }),
    new Worker(QUEUE_NAMES.notify, wrap('notify', (job) => processNotify(job, ctx, queues)), { ...workerOpts, concurrency: 2 }),
    new Worker(QUEUE_NAMES.deliver, wrap('deliver', (job) => processDeliver(job, ctx, { ledger, post })), {
      ...workerOpts,
      concurrency: config.worker.deliveryConcurrency,
      settings: { backoffStrategy: createBackoffStrategy({ baseMs: config.delivery.backoff, capMs: config.delivery.maxBackoff }) },
    }),
  ];
  void pagesReady.then(() => {
    if (!stopping) void workers.find((w) => w.name === QUEUE_NAMES.article)!.run().catch((err: Error) => log.error({ err: { message: err.message } }, `article worker: ${err.message}`));
  });
  const deliverWorker = workers.find((w) => w.name === QUEUE_NAMES.deliver);
  deliverWorker!.on('failed', (job, err) => {
    if (!job) return;
    if (isFinalFailure(job.attemptsMade, job.opts.attempts ?? 1, err)) {
      metrics.alerts.inc({ type: String(job.name).replace('deliver-', ''), outcome: 'dead' });
      void ledger
        .recordDead({ eventId: job.data.eventId, subscriberId: job.data.subscriberId, status: job.data.status, error: err.message, attempts: job.attemptsMade })
        .catch((e: Error) => log.error({ err: { message: e.message } }, 'cannot record dead letter'));
      log.error({ event: job.data.eventId, subscriber: job.data.subscriberId, attempts: job.attemptsMade }, `delivery gave up: ${err.message}`);
    }
  });
  // A worker's connection errors repeat on every retry while Redis is down: log each worker's at most once a minute.
  for (const w of workers) {
    let lastLogged = 0;
    w.on('error', (err) => {
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      log.error({ queue: w.name, err: { message: err.message } }, `worker ${w.name}: ${err.message}`);
    });
  }

  // Each source's next due time; every replica's ticker queues the polls that fall due.
  const pollSchedule = createPollSchedule(redis, ctx.keys.pollDue);
  let ticker: { stop(): Promise<void> } | undefined;
  const ready = (async () => {
    const sched = await reconcileSchedulers(queues.poll, config.sources, pollSchedule);
    log.info(sched, 'poll schedule reconciled');
    if (!stopping) ticker = startDueTicker({ queue: queues.poll, schedule: pollSchedule, sources: config.sources, log, leaseMs: 2 * config.worker.jobLock });
    const history = await ctx.reports.history();
    metrics.historyComplete.set(history.complete ? 1 : 0);
    if (!history.complete) {
      const primary = config.sources.find((s) => s.enabled && s.primary && s.type === 'telegram');
      if (!primary) log.warn('history incomplete and no primary telegram source: import a series (tallywatch import-series) to enable record alerts');
      else if (config.backfill.onStart) {
        await ensureBackfillJob(queues, primary.id);
        log.info({ source: primary.id }, 'history incomplete: backfill queued; no record alert until it completes');
      }
    }
    // Events stored before the outbox existed and never enqueued get their entry (once; NX).
    await ctx.events.outbox.adoptUnqueued();
    // Messages stored by a process that died before handing them on.
    await relayRecordEvents({ events: ctx.events, enqueueNotify: (e) => queues.enqueueNotify(e), log, retryMs: config.delivery.backoff });
    await drainClaimOutbox(ctx);
  })().catch((err: Error) => {
    if (!stopping) log.error({ err: { message: err.message } }, `start-up setup failed: ${err.message}`);
  });

  let closing: Promise<boolean> | undefined;
  return {
    ctx,
    queues,
    port: ops.port,
    ready,
    // Idempotent: a test's cleanup hook may close a worker its body already closed.
    close() {
      closing ??= closeOnce();
      return closing;
    },
  };

  async function closeOnce(): Promise<boolean> {
    stopping = true;
    abort.abort();
    await ticker?.stop();
    const bound = config.worker.shutdownTimeout;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), bound);
    });
    const drained = await Promise.race([Promise.all(workers.map((w) => w.close())).then(() => true as const), timedOut]);
    clearTimeout(timer);
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
    if (!drained) {
      // worker.close() can hang while Redis is gone: force it, then drop the connections.
      log.warn({ boundMs: bound }, 'shutdown bound reached: closing workers without waiting for active jobs');
      await Promise.race([Promise.all(workers.map((w) => w.close(true))), pause(1000)]);
      await Promise.race([Promise.all(workers.map((w) => w.disconnect())), pause(1000)]);
    }
    const queuesClosed = await Promise.race([Promise.all([queues.close(), closeSubscriberQueues()]).then(() => true), pause(2000).then(() => false)]);
    if (!queuesClosed || !drained) {
      await Promise.race([Promise.all([...queues.all, ...workers].map((q) => q.disconnect())), pause(1000)]);
    }
    await ctx.http.close();
    await ctx.pages.close();
    await ops.close();
    redis.disconnect();
    log.info({ drained }, 'tallywatch stopped');
    return drained;
  }
}

async function ensureBackfillJob(queues: Queues, sourceId: string): Promise<void> {
  const id = `backfill--${sourceId}`;
  const job = await queues.backfill.getJob(id);
  if (job && (await job.isFailed())) await job.retry();
  else if (job && (await job.isCompleted())) {
    await job.remove();
    await queues.enqueueBackfill(sourceId);
  } else if (!job) await queues.enqueueBackfill(sourceId);
}

async function refreshQueueGauges(ctx: AppContext, queues: Queues): Promise<void> {
  for (const q of queues.all) {
    const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
    for (const [state, n] of Object.entries(counts)) ctx.metrics.queueJobs.set({ queue: q.name, state }, n);
  }
}
