import { hostname } from 'node:os';
import { DelayedError, Worker } from 'bullmq';
import type { Job, Processor } from 'bullmq';
import type { Redis } from 'ioredis';
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
import type { HttpPost } from '../delivery/http-post.ts';
import { closeQueues as closeSubscriberQueues } from '../delivery/queue-subscriber.ts';
import { startOpsServer } from '../ops/http-server.ts';
import { resolveWebAuth } from '../web/auth.ts';
import { createWebHandler } from '../web/server.ts';
import { createMetrics } from '../ops/metrics.ts';
import type { Metrics } from '../ops/metrics.ts';
import { checkReadiness, sourceIsStale } from '../ops/readiness.ts';
import { drainClaimOutbox } from '../pipeline/publish-claims.ts';
import { relayRecordEvents } from '../pipeline/relay-records.ts';
import type { Ledger } from '../store/ledger.ts';
import { connectRedis } from '../store/redis.ts';
import { createContext } from './services.ts';
import type { AppContext } from './services.ts';
import { createQueues } from '../../jobs/queues.ts';
import type { Queues } from '../../jobs/queues.ts';
import { reconcileSchedulers, startDueTicker } from './schedulers.ts';
import { longestInterval } from '../schedule/policy.ts';

export interface RunningWorker {
  ctx: AppContext;
  queues: Queues;
  port: number;
  /** Resolves when Redis-side setup (schedulers, backfill, reconcile) is done. */
  ready: Promise<void>;
  /** Drains within config.worker.shutdownTimeout; true when it drained in time. */
  close(): Promise<boolean>;
}

/** What one worker process holds: the services, its queues, and the delivery ledger and poster. */
interface Parts {
  config: LoadedConfig;
  log: Logger;
  redis: Redis;
  metrics: Metrics;
  ctx: AppContext;
  queues: Queues;
  ledger: Ledger;
  post: HttpPost;
  abort: AbortController;
  /** True once close() began. */
  stopping: () => boolean;
  /** The due-poll ticker, once the schedule is reconciled. */
  ticker: { current?: { stop(): Promise<void> } };
}

/**
 * Starts one worker process: the ops HTTP server first (so /healthz answers while
 * Redis is still unreachable), then schedulers, workers and the backfill.
 */
export async function startWorker(config: LoadedConfig, log: Logger): Promise<RunningWorker> {
  let stopping = false;
  const parts = composeParts(config, log, () => stopping);
  const pagesReady = parts.ctx.pages.warm();
  const ops = await startOps(parts);
  logStart(parts, ops.port);
  const workers = createWorkers(parts);
  startArticleWorkerWhenReady(parts, workers, pagesReady);
  recordDeadDeliveries(parts, workers);
  logWorkerErrorsOncePerMinute(parts, workers);
  const ready = setUpRedisSide(parts).catch((err: Error) => {
    if (!stopping) log.error({ err: { message: err.message } }, `start-up setup failed: ${err.message}`);
  });

  let closing: Promise<boolean> | undefined;
  return {
    ctx: parts.ctx,
    queues: parts.queues,
    port: ops.port,
    ready,
    // Idempotent: a test's cleanup hook may close a worker its body already closed.
    close() {
      closing ??= (() => {
        stopping = true;
        return shutDown(parts, workers, ops);
      })();
      return closing;
    },
  };
}

/** The composition: one Redis connection, the services over it, the queues, the delivery ledger and poster. */
function composeParts(config: LoadedConfig, log: Logger, stopping: () => boolean): Parts {
  const metrics = createMetrics();
  const redis = connectRedis(config.redis, log, { name: 'tallywatch-main' });
  // A job waits at most ~1 s in place for its site's turn; longer, it is deferred (see deferWhenBusy).
  const ctx = createContext(config, redis, log, metrics, { politeMaxWaitMs: 1000 });
  return {
    config,
    log,
    redis,
    metrics,
    ctx,
    queues: createQueues(redis, config.prefix, { reportedHoldMs: config.records.reportedHold }),
    ledger: ctx.ledger,
    post: createUndiciPost({ timeoutMs: config.delivery.timeout }),
    abort: new AbortController(),
    ticker: {},
    stopping,
  };
}

/** /healthz, /readyz, /metrics and, when configured, the newsroom page. */
function startOps({ config, ctx, queues, metrics, stopping }: Parts) {
  return startOpsServer({
    host: config.http.host,
    port: config.http.port,
    registry: metrics.registry,
    readiness: () => checkReadiness(ctx),
    beforeMetrics: async () => {
      await refreshQueueGauges(ctx, queues);
      // Staleness needs only each source's state, not the whole readiness check (which writes a probe).
      for (const s of config.sources.filter((src) => src.enabled)) {
        metrics.staleSources.set({ source: s.id }, sourceIsStale(await ctx.sources.get(s.id), longestInterval(s)) ? 1 : 0);
      }
    },
    isShuttingDown: stopping,
    ...(config.http.ui ? { extra: createWebHandler({ ctx, auth: resolveWebAuth(config.http) }) } : {}),
  });
}

function logStart({ config, log }: Parts, port: number): void {
  log.info({ port, redis: redactUrl(config.redis.url), prefix: config.prefix, config: config.file }, 'tallywatch starting');
  const wantOps = config.subscribers.filter((s) => s.events.includes('ops')).map((s) => s.id);
  if (wantOps.length) log.warn({ subscribers: wantOps }, 'events "ops" is not delivered yet: operational alerts are in the metrics, the log and <prefix>:store:ops:alerts');
}

/**
 * A job whose site is busy gives its slot back and comes back at the site's turn, without
 * spending an attempt; any other failure is logged and rethrown for BullMQ's retries.
 */
function deferWhenBusy({ config, log, metrics }: Parts, name: string, fn: (job: Job) => Promise<unknown>): Processor {
  return async (job, token) => {
    try {
      return await fn(job);
    } catch (err) {
      if (err instanceof PolitenessWaitError && token) {
        // The jitter spreads a burst of jobs for one site over its next slots.
        await job.moveToDelayed(Date.now() + err.retryInMs + Math.floor(Math.random() * Math.max(250, config.fetch.domainSpacing)), token);
        metrics.politeDeferred.inc({ queue: name });
        throw new DelayedError();
      }
      log.warn({ queue: name, job: job.id, attempt: job.attemptsMade + 1, err: { message: (err as Error).message, code: (err as { code?: string }).code } }, `${name} job failed`);
      throw err;
    }
  };
}

/** Registers the five job handlers, each with the ports it needs. */
function createWorkers(parts: Parts): Worker[] {
  const { config, redis, ctx, queues, ledger, post, abort } = parts;
  // A short lock and a frequent stalled check bound how long a job of a dead process (or one that a
  // full Redis would not let finish) stays active: about jobLock + stalledCheck, not BullMQ's 30 s + 30 s.
  // The name (host:pid) is stored on each job it finishes (processedBy) and listed by getWorkers(): which replica did what.
  const workerOpts = { connection: redis, prefix: config.prefix, autorun: true, lockDuration: config.worker.jobLock, stalledInterval: config.worker.stalledCheck, name: `${hostname()}:${process.pid}` };
  const wrap = (name: string, fn: (job: Job) => Promise<unknown>) => deferWhenBusy(parts, name, fn);
  return [
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
}

function startArticleWorkerWhenReady({ log, stopping }: Parts, workers: Worker[], pagesReady: Promise<unknown>): void {
  void pagesReady.then(() => {
    if (!stopping()) void workers.find((w) => w.name === QUEUE_NAMES.article)!.run().catch((err: Error) => log.error({ err: { message: err.message } }, `article worker: ${err.message}`));
  });
}

/** A delivery that spent its last attempt (or failed for good) becomes a dead letter `redrive` can send again. */
function recordDeadDeliveries({ metrics, ledger, log }: Parts, workers: Worker[]): void {
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
}

/** A worker's connection errors repeat on every retry while Redis is down: log each worker's at most once a minute. */
function logWorkerErrorsOncePerMinute({ log }: Parts, workers: Worker[]): void {
  for (const w of workers) {
    let lastLogged = 0;
    w.on('error', (err) => {
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      log.error({ queue: w.name, err: { message: err.message } }, `worker ${w.name}: ${err.message}`);
    });
  }
}

/** The poll schedule and its ticker, the backfill of an incomplete history, and the outboxes a process that died left undrained. */
async function setUpRedisSide({ config, log, metrics, ctx, queues, ticker, stopping }: Parts): Promise<void> {
  // Each source's next due time; every replica's ticker queues the polls that fall due.
  const sched = await reconcileSchedulers(queues.poll, config.sources, ctx.pollDue);
  log.info(sched, 'poll schedule reconciled');
  if (!stopping()) ticker.current = startDueTicker({ queue: queues.poll, schedule: ctx.pollDue, sources: config.sources, log, leaseMs: 2 * config.worker.jobLock });
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
}

/** Drains within config.worker.shutdownTimeout, then forces what is left; true when it drained in time. */
async function shutDown({ config, log, redis, ctx, queues, abort, ticker }: Parts, workers: Worker[], ops: { close(): Promise<void> }): Promise<boolean> {
  abort.abort();
  await ticker.current?.stop();
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
