import type { Redis } from 'ioredis';
import { loadConfig } from '../config/load.ts';
import type { LoadedConfig } from '../config/load.ts';
import { createLogger } from '../core/logger.ts';
import type { Logger } from '../core/logger.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import type { StoreKeys } from '../store/keys.ts';
import type { PollSchedule } from '../store/poll-schedule.ts';
import type { Ledger } from '../store/ledger.ts';
import type { Locks } from '../store/lock.ts';
import type { OpsAlertStore } from '../store/ops-alerts.ts';
import type { PostSeenStore } from '../store/post-seen.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import { connectRedisOnce } from '../store/redis.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { SourceStateStore } from '../store/source-state.ts';

/**
 * What the CLI's commands use: the config, the stores, and for `backfill` the HTTP client.
 * The entry point (main.ts) builds it with the composition root's factory (src/app/services.ts).
 */
export interface CliContext {
  config: LoadedConfig;
  redis: Redis;
  keys: StoreKeys;
  reports: ReportStore;
  events: RecordEventStore;
  sources: SourceStateStore;
  seen: PostSeenStore;
  claims: ClaimStore;
  ledger: Ledger;
  opsAlerts: OpsAlertStore;
  locks: Locks;
  /** Each source's next due poll. */
  pollDue: PollSchedule;
  http: HttpClient;
  metrics: Metrics;
  log: Logger;
}

export type BuildCliContext = (config: LoadedConfig, redis: Redis, log: Logger) => CliContext;

/** Runs a command with the config (honouring --config, REDIS_URL, TALLYWATCH_PREFIX) and a Redis connection. */
export async function withContext<T>(configFile: string | undefined, build: BuildCliContext, fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config: LoadedConfig = loadConfig({ file: configFile });
  // Commands log to stderr so stdout stays JSON.
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const redis = await connectRedisOnce(config.redis);
  const ctx = build(config, redis, log);
  try {
    return await fn(ctx);
  } finally {
    await ctx.http.close();
    redis.disconnect();
  }
}
