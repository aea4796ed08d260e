/**
 * A world for the page's tests and screenshots, filled by the project's own code paths:
 * a local channel with three weeks of real reports, backfilled by a worker; two outlets'
 * articles read by the article pipeline (one record story, one hostile page); then, on
 * request, the General Staff's next report, which the running worker picks up live.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { startWorker } from '../../src/app/worker.ts';
import type { RunningWorker } from '../../src/app/worker.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { ingestArticle } from '../../src/pipeline/ingest-article.ts';
import { renderReport } from './render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { startFakeChannel } from './fake-channel.ts';
import type { FakeChannel } from './fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from './redis.ts';

const FIXTURE = new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url);

/** A quote that tries every way into the page's markup; the page must show it as text. */
export const HOSTILE_MARKUP = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

const page = (outlet: string, published: string, paragraph: string) =>
  `<html lang="en"><head><meta property="og:site_name" content="${outlet}"><meta property="article:published_time" content="${published}"><title>${outlet}</title></head><body><article><p>${paragraph}</p><p>The figures could not be verified independently.</p></article></body></html>`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface WebWorld {
  prefix: string;
  redis: Redis;
  worker: RunningWorker;
  channel: FakeChannel;
  /** The page's address. */
  url: string;
  days: ReturnType<typeof rowsToReports>;
  /** Posts the General Staff's report of 2024-05-17 (a personnel record) on the channel. */
  postNextReport(): void;
  close(): Promise<void>;
}

export async function startWebWorld(opts: { prefix?: string; http?: Record<string, unknown>; env?: NodeJS.ProcessEnv } = {}): Promise<WebWorld> {
  const prefix = opts.prefix ?? testPrefix();
  const redis = connect();
  const days = rowsToReports(parseSeriesCsv(readFileSync(FIXTURE, 'utf8')));
  const channel = await startFakeChannel({ pageSize: 20 });
  for (const day of days) {
    channel.addPost({ text: 'Оперативна інформація станом на 08:00. Тривають бої на кількох напрямках.', publishedAt: `${day.date}T05:00:00Z` });
    channel.addPost({ text: renderReport(day, { lang: 'uk' }), publishedAt: `${day.date}T05:30:00Z` });
  }
  const pages: Record<string, string> = {
    '/one': page('Wire One', '2024-05-17T05:10:00Z', "Russia lost 1,960 soldiers over the past day, the highest daily toll since the full-scale invasion began, Ukraine's General Staff said on Friday."),
    '/two': page('Wire Two', '2024-05-17T05:20:00Z', "Ukraine's General Staff said 1,960 Russian troops were killed or wounded in the past 24 hours, a new record."),
    '/three': page('Wire Two', '2024-05-16T09:00:00Z', "Ukraine's General Staff said its forces destroyed 45 Russian tanks in the past day."),
    '/hostile': page(
      'Hostile Daily',
      '2024-05-16T08:00:00Z',
      escapeHtml(`Russia lost 1,300 soldiers over the past day ${HOSTILE_MARKUP}, Ukraine's General Staff said.`),
    ),
  };
  const outlets = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.end('');
    const html = pages[req.url ?? ''];
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((r) => outlets.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(outlets.address() as AddressInfo).port}`;
  // Two newsroom webhooks: one takes every alert, one always fails (its deliveries end as dead letters).
  const hooks = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(req.url === '/broken' ? 503 : 204).end());
  });
  await new Promise<void>((r) => hooks.listen(0, '127.0.0.1', r));
  const hookBase = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}`;

  const config = loadConfig({
    env: opts.env ?? {},
    raw: {
      prefix,
      redis: { url: REDIS_URL },
      http: { port: 0, host: '127.0.0.1', ...opts.http },
      sources: [{ id: 'gs', type: 'telegram', url: channel.url, every: '1s', primary: true }],
      subscribers: [
        { id: 'newsroom', type: 'webhook', url: `${hookBase}/ok`, secret: 'web-world', alertSchema: 'v2' },
        { id: 'broken-desk', type: 'webhook', url: `${hookBase}/broken`, secret: 'web-world' },
      ],
      delivery: { attempts: 2, backoff: '100ms', maxBackoff: '200ms' },
      fetch: { allowPrivateNetworks: true, domainSpacing: 0 },
      backfill: { pageDelay: 0 },
      records: { baseline: days[1]!.date },
      worker: { shutdownTimeout: '3s' },
    },
  });
  // The page reads credentials from the process environment, as a deployed worker does.
  const saved = { ...process.env };
  Object.assign(process.env, opts.env ?? {});
  let worker: RunningWorker;
  try {
    worker = await startWorker(config, createLogger(process.env.LOG_LEVEL ?? 'silent'));
  } finally {
    for (const k of Object.keys(opts.env ?? {})) if (!(k in saved)) delete process.env[k];
  }
  const until = Date.now() + 60_000;
  while (!(await worker.ctx.reports.history()).complete) {
    if (Date.now() > until) throw new Error('backfill did not finish within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const [path, outlet] of [['/one', 'Wire One'], ['/two', 'Wire Two'], ['/three', 'Wire Two'], ['/hostile', 'Hostile Daily']] as const) {
    await ingestArticle(worker.ctx, { url: `${base}${path}`, sourceId: 'wire', outlet, title: null, publishedAt: null }, (e) => worker.queues.enqueueNotify(e));
  }
  // A mention whose link is a script, stored through the claim store's own add().
  const hostile = (await worker.ctx.claims.list()).find((c) => c.quote.includes('<script>'));
  if (hostile) {
    const { fingerprint: _f, firstSeenAt: _s, mentions: _m, ...claim } = hostile;
    await worker.ctx.claims.add(claim, { url: 'javascript:window.__pwned=3', outlet: '<b onmouseover="window.__pwned=4">Evil Outlet</b>', quote: hostile.quote, publishedAt: '2024-05-16T08:30:00Z', sourceId: 'wire' });
  }
  const last = days.at(-1)!;
  return {
    prefix,
    redis,
    worker,
    channel,
    url: `http://127.0.0.1:${worker.port}/`,
    days,
    postNextReport() {
      const figures = structuredClone(last.figures);
      figures.personnel = { total: figures.personnel!.total + 1_960, delta: 1_960 };
      channel.addPost({ text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), publishedAt: '2024-05-17T05:31:00Z' });
    },
    async close() {
      await worker.close();
      await channel.close();
      outlets.close();
      hooks.close();
      await deletePrefix(redis, prefix);
      redis.disconnect();
    },
  };
}
