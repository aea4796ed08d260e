import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** The Prometheus metrics of one worker process, on a registry of its own. */
export function createMetrics(opts: { defaults?: boolean } = {}) {
  const registry = new Registry();
  // prom-client's own names already start with process_ or nodejs_: the prefix is just ours.
  if (opts.defaults ?? true) collectDefaultMetrics({ register: registry, prefix: 'tallywatch_' });
  const m = {
    registry,
    polls: new Counter({ name: 'tallywatch_polls_total', help: 'Source polls by outcome (ok, failed)', labelNames: ['source', 'outcome'], registers: [registry] }),
    pollFailures: new Counter({ name: 'tallywatch_poll_failures_total', help: 'Failed polls by error kind', labelNames: ['source', 'kind'], registers: [registry] }),
    posts: new Counter({ name: 'tallywatch_posts_total', help: 'Channel posts seen, by kind (new, edited)', labelNames: ['source', 'kind'], registers: [registry] }),
    reports: new Counter({ name: 'tallywatch_reports_total', help: 'Loss reports stored, by status (new, changed, same, kept)', labelNames: ['source', 'status'], registers: [registry] }),
    records: new Counter({ name: 'tallywatch_records_total', help: 'Record events created by this process', labelNames: ['metric'], registers: [registry] }),
    alerts: new Counter({ name: 'tallywatch_alerts_total', help: 'Alert deliveries by subscriber type and outcome (sent, skipped, failed, dead)', labelNames: ['type', 'outcome'], registers: [registry] }),
    scraperBroken: new Counter({ name: 'tallywatch_scraper_broken_total', help: 'Pages with neither posts nor channel history (markup changed?)', labelNames: ['source'], registers: [registry] }),
    consecutiveFailures: new Gauge({ name: 'tallywatch_source_consecutive_failures', help: 'Consecutive failed polls per source', labelNames: ['source'], registers: [registry] }),
    backfillPages: new Counter({ name: 'tallywatch_backfill_pages_total', help: 'History pages read by the backfill', labelNames: ['source'], registers: [registry] }),
    historyComplete: new Gauge({ name: 'tallywatch_history_complete', help: '1 when the series is complete back to the baseline (record alerts enabled)', registers: [registry] }),
    articles: new Counter({ name: 'tallywatch_articles_total', help: 'Article pages read, by outcome', labelNames: ['outcome'], registers: [registry] }),
    claims: new Counter({ name: 'tallywatch_claims_total', help: 'Claims from articles: new claims, and mentions of any claim', labelNames: ['kind'], registers: [registry] }),
    staleSources: new Gauge({ name: 'tallywatch_source_stale', help: '1 when a source had no successful poll for several intervals', labelNames: ['source'], registers: [registry] }),
    politeDeferred: new Counter({ name: 'tallywatch_polite_deferred_total', help: 'Jobs put back for later because their site was busy (per-domain spacing)', labelNames: ['queue'], registers: [registry] }),
    queueJobs: new Gauge({ name: 'tallywatch_queue_jobs', help: 'Jobs per queue and state', labelNames: ['queue', 'state'], registers: [registry] }),
  };
  return m;
}

export type Metrics = ReturnType<typeof createMetrics>;
