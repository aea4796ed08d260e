import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { LoadedConfig } from '../config/load.ts';
import type { Logger } from '../core/logger.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import type { PollSchedule } from '../store/poll-schedule.ts';
import type { Ledger } from '../store/ledger.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';
import type { ReportStore } from '../store/report-store.ts';
import type { SourceStateStore } from '../store/source-state.ts';
import type { Claim } from '../claims/types.ts';
import { alertsCommand, deliveriesCommand } from '../queries/deliveries.ts';
import { recordRowsOf } from '../queries/records.ts';
import type { RecordRow } from '../queries/records.ts';
import { sourcesCommand } from '../queries/sources.ts';
import { CATEGORY_KEYS } from '../core/categories.ts';
import { corroborate, seriesIndexes } from '../corroboration/index.ts';
import { QUEUE_NAMES } from '../../jobs/payloads.ts';
import { computeRecords } from '../series/records.ts';
import { computeSeries } from '../series/series.ts';

/**
 * What the page reads, built from the same stores and command functions the CLI uses.
 * The overview is columnar (one date list, one value array per metric) so the whole
 * history of every metric stays one small response.
 */
export interface Overview {
  generatedAt: string;
  metrics: string[];
  /** Every stored report date, oldest first; the arrays below are aligned with it. */
  dates: string[];
  /** Per metric, the reported (+N) on each date; null where the report lacks it. */
  deltas: Record<string, (number | null)[]>;
  /** Per metric, sparse: [index into dates, flags joined by ","]. */
  flags: Record<string, [number, string][]>;
  records: RecordRow[];
  today: Today | null;
}

export interface Today {
  date: string;
  postedAt: string | null;
  seenAt: string;
  url: string | null;
  origin: string;
  rows: { metric: string; total: number; delta: number | null; record: { value: number; date: string } | null; setsRecord: boolean }[];
}

/** What the page reads: the stores, read only (the poll queue's schedulers through the Redis connection). */
export interface WebDeps {
  config: Pick<LoadedConfig, 'prefix' | 'records' | 'sources' | 'http'>;
  redis: Redis;
  reports: Pick<ReportStore, 'all' | 'history' | 'count' | 'newestDate'>;
  events: Pick<RecordEventStore, 'all'>;
  claims: Pick<ClaimStore, 'list' | 'mentions' | 'count'>;
  sources: Pick<SourceStateStore, 'get'>;
  ledger: Pick<Ledger, 'list' | 'listDead' | 'counts'>;
  /** Each source's next due poll. */
  pollDue: Pick<PollSchedule, 'get'>;
  log: Logger;
}

export async function overview(ctx: WebDeps): Promise<Overview> {
  const reports = await ctx.reports.all(); // sorted by date
  const dates = reports.map((r) => r.date);
  const index = new Map(dates.map((d, i) => [d, i]));
  const points = computeSeries(reports);
  const metrics = CATEGORY_KEYS.filter((m) => points.some((p) => p.metric === m));
  const deltas: Record<string, (number | null)[]> = {};
  const flags: Record<string, [number, string][]> = {};
  for (const m of metrics) {
    deltas[m] = new Array<number | null>(dates.length).fill(null);
    flags[m] = [];
  }
  for (const p of points) {
    const i = index.get(p.date)!;
    deltas[p.metric]![i] = p.delta;
    if (p.flags.length) flags[p.metric]!.push([i, p.flags.join(',')]);
  }
  const records = recordRowsOf(computeRecords(points, ctx.config.records.baseline), await ctx.events.all());
  const latest = reports.at(-1);
  let today: Today | null = null;
  if (latest) {
    const current = new Map<string, RecordRow>();
    for (const r of records) current.set(r.metric, r); // rows are date-ordered per metric: the last one stays
    today = {
      date: latest.date,
      postedAt: latest.publishedAt,
      seenAt: latest.ingestedAt,
      url: latest.url,
      origin: latest.origin,
      rows: metrics.flatMap((m) => {
        const f = latest.figures[m];
        if (!f) return [];
        const rec = current.get(m);
        return [{ metric: m, total: f.total, delta: f.delta, record: rec ? { value: rec.value, date: rec.date } : null, setsRecord: rec?.date === latest.date }];
      }),
    };
  }
  return { generatedAt: new Date().toISOString(), metrics, dates, deltas, flags, records, today };
}

/** Claims newest first, each with its mentions and its verdict against the series as it stands. */
export async function claimsView(ctx: WebDeps, limit = 500) {
  const claims = (await ctx.claims.list()).reverse().slice(0, limit);
  if (claims.length === 0) return [];
  const { series, records } = seriesIndexes(await ctx.reports.all(), ctx.config.records.baseline);
  return Promise.all(
    claims.map(async (c) => {
      const mentions = await ctx.claims.mentions(c.fingerprint);
      const first = mentions[0];
      const v = corroborate(c as unknown as Claim, series, records, first?.publishedAt ? { published: first.publishedAt } : {});
      return {
        ...c,
        mentionList: mentions.map((m) => ({ url: m.url, outlet: m.outlet, quote: m.quote, publishedAt: m.publishedAt })),
        corroboration: { status: v.status, reason: v.reason, reportDate: v.reportDate, expected: v.expected },
      };
    }),
  );
}

/** Record events with their deliveries (as `tallywatch alerts`), plus what is still being retried, and the dead letters. */
export async function alertsView(ctx: WebDeps) {
  const events = await alertsCommand(ctx);
  const queue = new Queue(QUEUE_NAMES.deliver, { connection: ctx.redis, prefix: ctx.config.prefix });
  let pending: { eventId: string; status: string; subscriberId: string; state: string; attempts: number; nextAttemptAt: string | null; error: string | null }[] = [];
  try {
    const jobs = await queue.getJobs(['delayed', 'wait', 'active', 'prioritized'], 0, 999);
    pending = jobs.flatMap((j) => {
      if (!j?.data) return [];
      const d = j.data as { eventId: string; subscriberId: string; status?: string };
      return [{
        eventId: d.eventId,
        status: d.status ?? 'confirmed',
        subscriberId: d.subscriberId,
        state: j.attemptsMade > 0 ? 'retrying' : 'queued',
        attempts: j.attemptsMade,
        nextAttemptAt: j.delay > 0 ? new Date(j.timestamp + j.delay).toISOString() : null,
        error: j.failedReason || null,
      }];
    });
  } finally {
    await queue.close();
  }
  const dead = await deliveriesCommand(ctx, true);
  return { events, pending, dead };
}

export const sourcesView = (ctx: WebDeps) => sourcesCommand(ctx);

/**
 * A cheap fingerprint of what the page shows: it changes when a report, claim, alert
 * status or delivery arrives, so the page polls this and reloads only then.
 */
export async function stamp(ctx: WebDeps): Promise<string> {
  const [count, newest, claims, events, ledger] = await Promise.all([ctx.reports.count(), ctx.reports.newestDate(), ctx.claims.count(), ctx.events.all(), ctx.ledger.counts()]);
  const { sent, dead } = ledger;
  const ev = events
    .map((e) => `${e.metric}:${e.date}=${e.status}/${e.notifiedAt ?? ''}/${e.evidence.length}`)
    .sort()
    .join(';');
  return createHash('sha1').update([count, newest, claims, ev, sent, dead].join('|')).digest('hex').slice(0, 16);
}
