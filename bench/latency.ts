/**
 * New post → alert latency: the worker runs in-process with a 5 s poll, its history backfilled
 * from a small channel; then record-setting reports are posted at random points of the poll
 * cycle (a few per cycle, each a new record day), and the time until each one's webhook request
 * arrives is taken.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWorker } from '../src/app/worker.ts';
import { loadConfig } from '../src/config/load.ts';
import { addDays } from '../src/core/dates.ts';
import { createLogger } from '../src/core/logger.ts';
import { renderReport } from '../test/support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../src/report/series-csv.ts';
import { startFakeChannel } from '../test/support/fake-channel.ts';
import { FIXTURE_CSV } from './data.ts';
import { noisePostsFor } from './noise.ts';
import { mulberry32, percentile, round, sleep, waitFor } from './stats.ts';

export interface LatencySample {
  date: string;
  personnelDelta: number;
  /** Where in the poll cycle the post landed: ms after the previous poll. */
  offsetMs: number;
  /** Post → webhook request arrival. */
  latencyMs: number;
  /** Post → the poll that read it (the part the poll interval decides). */
  waitForPollMs: number;
  /** That poll → webhook request arrival (fetch, parse, store, record, notify, deliver). */
  pipelineMs: number;
  /** Sample posts that poll read (up to perCycle). */
  postsInPoll: number;
}

export interface LatencyBenchResult {
  pollEveryMs: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  minMs: number;
  /** Sample posts per poll cycle. */
  perCycle: number;
  pipeline: { p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  /** Alerts received beyond one per record: must be 0. */
  duplicateAlerts: number;
  setupSeconds: number;
  runs: LatencySample[];
}

const CHANNEL_PATH_ONLY = /^\/s\/[^?]+$/;

export interface LatencyArgs {
  redisUrl: string;
  prefix: string;
  samples: number;
  /** Posts per poll cycle: 1 waits a cycle per sample; 2 halves the time. */
  perCycle: number;
  everyMs: number;
  logLevel: string;
}

export async function benchLatency(opts: LatencyArgs): Promise<LatencyBenchResult> {
  const setupStart = Date.now();
  const rand = mulberry32(0x5eed);
  const days = rowsToReports(parseSeriesCsv(readFileSync(FIXTURE_CSV, 'utf8')));
  const channel = await startFakeChannel({ pageSize: 20 });
  for (const day of days) {
    const all = [...noisePostsFor(rand, day.date), { text: renderReport(day, { lang: 'uk' }), publishedAt: `${day.date}T05:30:00Z` }];
    all.sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
    for (const p of all) channel.addPost(p);
  }

  // Arrival is taken when the request starts, before the body is read.
  const arrivals = new Map<string, number[]>();
  const receiver = createServer((req, res) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const id = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: unknown }).id);
        arrivals.set(id, [...(arrivals.get(id) ?? []), at]);
      } catch {
        // A body that is not an alert is not counted.
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;

  const config = loadConfig({
    env: {},
    raw: {
      prefix: opts.prefix,
      redis: { url: opts.redisUrl },
      http: { port: 0, host: '127.0.0.1' },
      sources: [{ id: 'gs-telegram', type: 'telegram', url: channel.url, every: opts.everyMs, primary: true }],
      subscribers: [{ id: 'bench-desk', type: 'webhook', url: hookUrl, secret: 'bench-secret', metrics: ['personnel'] }],
      fetch: { allowPrivateNetworks: true },
      backfill: { pageDelay: 0 },
      records: { baseline: days[1]!.date },
      worker: { shutdownTimeout: '5s' },
    },
  });
  const worker = await startWorker(config, createLogger(opts.logLevel, process.stderr));
  try {
    await waitFor('the backfill', async () => ((await worker.ctx.reports.history()).complete ? true : undefined), 60_000, 100);
    const completeAt = Date.now();
    // Polls are the requests without ?before/?after; two after the backfill fix the cycle's phase.
    const polls = () => channel.requests.filter((r) => r.at >= completeAt && CHANNEL_PATH_ONLY.test(r.path)).map((r) => r.at);
    await waitFor('two polls', () => (polls().length >= 2 ? true : undefined), 3 * opts.everyMs + 10_000, 50);
    const setupSeconds = (Date.now() - setupStart) / 1000;

    // Every post beats the largest personnel (+N) so far, so each one is a record.
    const last = days.at(-1)!;
    const maxDelta = Math.max(...days.map((d) => d.figures.personnel?.delta ?? 0));
    let figures = structuredClone(last.figures);
    // One offset in each of N equal slices of the cycle, slices in shuffled order: random, yet
    // the samples cover the cycle evenly, so the percentiles do not hang on a lucky draw.
    const slices = [...Array(opts.samples).keys()];
    for (let i = slices.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [slices[i], slices[j]] = [slices[j]!, slices[i]!];
    }
    const offsets = slices.map((slice) => ((slice + rand()) / opts.samples) * opts.everyMs);
    const posted: { date: string; delta: number; postedAt: number }[] = [];
    // `perCycle` posts go up in each poll cycle, in the order of their offsets, without waiting
    // for the alerts: each is a different record day, so each alert stands for its own post.
    for (let c = 0; c * opts.perCycle < opts.samples; c++) {
      const group = offsets.slice(c * opts.perCycle, (c + 1) * opts.perCycle).sort((a, b) => a - b);
      // Offsets count from the latest poll; a cycle already too far gone moves on by one.
      let base = polls().at(-1)!;
      while (base + group[0]! < Date.now() + 20) base += opts.everyMs;
      for (const offset of group) {
        const k = posted.length;
        const date = addDays(last.date, k + 1);
        const delta = maxDelta + 40 * (k + 1);
        // Other categories repeat the last day's (+N): never above their own earlier values, so no other record.
        const next: typeof figures = {};
        for (const [key, f] of Object.entries(figures) as [keyof typeof figures, { total: number; delta: number | null }][]) {
          const d = key === 'personnel' ? delta : (last.figures[key]?.delta ?? 0);
          next[key] = { total: f.total + d, delta: d };
        }
        figures = next;
        const text = renderReport({ date, figures }, { lang: 'uk' });
        await sleep(base + offset - Date.now());
        posted.push({ date, delta, postedAt: Date.now() });
        channel.addPost({ text, publishedAt: `${date}T05:30:00Z` });
      }
      // The next cycle starts once a poll has read this one's posts.
      const lastPosted = posted.at(-1)!.postedAt;
      await waitFor('the poll after the posts', () => (polls().some((t) => t >= lastPosted) ? true : undefined), 3 * opts.everyMs + 10_000, 20);
      if ((c + 1) % 10 === 0) process.stderr.write(`  latency: ${posted.length}/${opts.samples} posted\n`);
    }
    const runs: LatencySample[] = [];
    for (const p of posted) {
      const id = `record:personnel:${p.date}`;
      const arrivedAt = await waitFor(`the alert ${id}`, () => arrivals.get(id)?.[0], 3 * opts.everyMs + 20_000, 5);
      const pollsNow = polls();
      const before = pollsNow.filter((t) => t <= p.postedAt).at(-1) ?? pollsNow[0]!;
      const readBy = pollsNow.find((t) => t >= p.postedAt) ?? arrivedAt;
      runs.push({
        date: p.date,
        personnelDelta: p.delta,
        offsetMs: p.postedAt - before,
        latencyMs: arrivedAt - p.postedAt,
        waitForPollMs: readBy - p.postedAt,
        pipelineMs: arrivedAt - readBy,
        postsInPoll: posted.filter((q) => q.postedAt <= readBy && q.postedAt > before).length,
      });
    }
    // Late repeats would show up here.
    await sleep(1_000);
    const duplicateAlerts = [...arrivals.values()].reduce((n, list) => n + list.length - 1, 0);

    const lat = runs.map((r) => r.latencyMs);
    const pipe = runs.map((r) => r.pipelineMs);
    return {
      pollEveryMs: opts.everyMs,
      samples: runs.length,
      p50Ms: round(percentile(lat, 0.5)),
      p95Ms: round(percentile(lat, 0.95)),
      p99Ms: round(percentile(lat, 0.99)),
      maxMs: Math.max(...lat),
      minMs: Math.min(...lat),
      perCycle: opts.perCycle,
      pipeline: { p50Ms: round(percentile(pipe, 0.5)), p95Ms: round(percentile(pipe, 0.95)), p99Ms: round(percentile(pipe, 0.99)), maxMs: Math.max(...pipe) },
      duplicateAlerts,
      setupSeconds: round(setupSeconds, 1),
      runs,
    };
  } finally {
    await worker.close();
    await channel.close();
    receiver.closeAllConnections();
    await new Promise<void>((r) => receiver.close(() => r()));
  }
}
