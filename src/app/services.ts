import type { Redis } from 'ioredis';
import type { LoadedConfig } from '../config/load.ts';
import type { Logger } from '../core/logger.ts';
import { createHttpClient, DEFAULT_USER_AGENT } from '../fetch/http-client.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import { createMetrics } from '../ops/metrics.ts';
import type { Metrics } from '../ops/metrics.ts';
import { createPoliteness } from '../fetch/politeness.ts';
import type { Politeness } from '../fetch/politeness.ts';
import { createRobots } from '../fetch/robots.ts';
import type { Robots } from '../fetch/robots.ts';
import { createClaimStore } from '../store/claim-store.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import { storeKeys } from '../store/keys.ts';
import type { StoreKeys } from '../store/keys.ts';
import { createPostSeenStore } from '../store/post-seen.ts';
import type { PostSeenStore } from '../store/post-seen.ts';
import { createRecordEventStore } from '../store/record-event-store.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import { createPageReader } from '../pipeline/page-reader.ts';
import type { PageReader } from '../pipeline/page-reader.ts';
import { createReportStore } from '../store/report-store.ts';
import type { ReportStore } from '../store/report-store.ts';
import { createSourceStateStore } from '../store/source-state.ts';
import type { SourceStateStore } from '../store/source-state.ts';
import { createArticleStore } from '../store/articles.ts';
import type { ArticleStore } from '../store/articles.ts';
import { createDomainSlots } from '../store/domain-slots.ts';
import { createFeedItemStore } from '../store/feed-items.ts';
import type { FeedItemStore } from '../store/feed-items.ts';
import { createPollSchedule } from '../store/poll-schedule.ts';
import type { PollSchedule } from '../store/poll-schedule.ts';
import { createStoreHealth } from '../store/health.ts';
import type { StoreHealth } from '../store/health.ts';
import { createLedger } from '../store/ledger.ts';
import type { Ledger } from '../store/ledger.ts';
import { createLocks } from '../store/lock.ts';
import type { Locks } from '../store/lock.ts';
import { createOpsAlertStore } from '../store/ops-alerts.ts';
import type { OpsAlertStore } from '../store/ops-alerts.ts';
import { createRobotsCache } from '../store/robots-cache.ts';

/** What jobs and commands share: config, the Redis connection, the stores, the HTTP client. */
export interface AppContext {
  config: LoadedConfig;
  redis: Redis;
  keys: StoreKeys;
  reports: ReportStore;
  events: RecordEventStore;
  sources: SourceStateStore;
  seen: PostSeenStore;
  claims: ClaimStore;
  /** The sent ledger and dead letters (exactly-once delivery). */
  ledger: Ledger;
  articles: ArticleStore;
  feedItems: FeedItemStore;
  opsAlerts: OpsAlertStore;
  health: StoreHealth;
  /** Each source's next due poll (a sorted set every replica's ticker reads). */
  pollDue: PollSchedule;
  locks: Locks;
  http: HttpClient;
  /** Per registrable domain, across processes: one request at a time, spaced. */
  polite: Politeness;
  robots: Robots;
  /** Article pages to text and claims, in worker threads with a deadline. */
  pages: PageReader;
  log: Logger;
  metrics: Metrics;
}

export interface ContextOptions {
  /**
   * Longest a fetch waits in place for its domain's turn; past it, PolitenessWaitError. The
   * worker sets it short and defers the job, so a burst for one site does not hold every slot.
   * @default 30000
   */
  politeMaxWaitMs?: number;
}

export function createContext(config: LoadedConfig, redis: Redis, log: Logger, metrics: Metrics = createMetrics({ defaults: false }), opts: ContextOptions = {}): AppContext {
  const keys = storeKeys(config.prefix);
  const http = createHttpClient({
    allowPrivateNetworks: config.fetch.allowPrivateNetworks,
    allowAddresses: config.fetch.allowAddresses,
    timeoutMs: config.fetch.timeout,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: config.fetch.maxRedirects,
    ...(config.fetch.userAgent ? { userAgent: config.fetch.userAgent } : {}),
  });
  return {
    config,
    redis,
    keys,
    reports: createReportStore(redis, keys),
    events: createRecordEventStore(redis, keys),
    sources: createSourceStateStore(redis, keys),
    seen: createPostSeenStore(redis, keys),
    claims: createClaimStore(redis, config.prefix),
    ledger: createLedger(redis, config.prefix),
    articles: createArticleStore(redis, keys),
    feedItems: createFeedItemStore(redis, keys),
    opsAlerts: createOpsAlertStore(redis, keys),
    health: createStoreHealth(redis, keys),
    pollDue: createPollSchedule(redis, keys.pollDue),
    locks: createLocks(redis, keys),
    http,
    polite: createPoliteness(createDomainSlots(redis, keys), { spacingMs: config.fetch.domainSpacing, leaseMs: config.worker.jobLock, ...(opts.politeMaxWaitMs !== undefined ? { maxWaitMs: opts.politeMaxWaitMs } : {}) }),
    robots: createRobots(http, createRobotsCache(redis, keys), config.fetch.userAgent ?? DEFAULT_USER_AGENT),
    pages: createPageReader({ threads: config.worker.extractThreads, timeoutMs: config.worker.extractTimeout }),
    log,
    metrics,
  };
}
