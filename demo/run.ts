/**
 * `npm run demo`: the whole pipeline with no internet. A local server plays the
 * General Staff channel (six weeks of real reports, October to 11 November 2024, among other posts) and
 * two news outlets' feeds; a local webhook receiver plays a newsroom. The worker
 * backfills; the outlets then report a record before the General Staff does (a
 * "reported" alert); the General Staff's report confirms it (one follow-up).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWorker } from '../src/app/worker.ts';
import { loadConfig } from '../src/config/load.ts';
import { createLogger } from '../src/core/logger.ts';
import { renderReport } from '../test/support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../src/report/series-csv.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { startFakeChannel } from '../test/support/fake-channel.ts';
import { deletePrefix } from '../test/support/redis.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const say = (msg: string) => process.stdout.write(`${msg}\n`);
const DEMO_PREFIX = 'tallywatch-demo';


async function main() {
  const probe = await connectRedisOnce(REDIS_URL).catch((err: Error) => {
    process.stderr.write(`demo: ${err.message}\nStart Redis (e.g. redis-server) or set REDIS_URL.\n`);
    process.exit(1);
  });
  // A fixed prefix: the data stays there while the page is open, and a run that was killed
  // before it could clean up is cleaned up by the next one.
  const prefix = DEMO_PREFIX;
  await deletePrefix(probe, prefix);

  // The real series to 12 November 2024; the last day is held back to be posted live (the day's 1,950 was a record).
  const all = rowsToReports(parseSeriesCsv(readFileSync(new URL('../test/fixtures/series/2024-10-01_2024-11-12.csv', import.meta.url), 'utf8')));
  const live = all.at(-1)!;
  const days = all.slice(0, -1);
  const channel = await startFakeChannel({ pageSize: 20 });
  for (const day of days) {
    channel.addPost({ text: 'Оперативна інформація станом на 08:00. Тривають бої на кількох напрямках.', publishedAt: `${day.date}T05:00:00Z` });
    channel.addPost({ text: renderReport(day, { lang: 'uk' }), publishedAt: `${day.date}T05:30:00Z` });
  }
  say(`channel: ${channel.url} (${days.length} daily reports, ${days[0]!.date} to ${days.at(-1)!.date}, among other posts)`);

  const alerts: { event: string; body: any }[] = [];
  const newsroom = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      alerts.push({ event: String(req.headers['x-tallywatch-event']), body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => newsroom.listen(0, '127.0.0.1', r));
  const hookUrl = `http://127.0.0.1:${(newsroom.address() as AddressInfo).port}/hook`;

  // Two outlets whose feeds will carry the record story once it is "published".
  let storyOut = false;
  const stories: Record<string, string> = {
    '1': "Russia lost 1,950 soldiers over the past day, the highest daily toll since the full-scale invasion began, Ukraine's General Staff said on Tuesday.",
    '2': "Ukraine's General Staff said 1,950 Russian troops were killed or wounded in the past 24 hours, a new record.",
  };
  const outlets = createServer((req, res) => {
    const base = `http://127.0.0.1:${(outlets.address() as AddressInfo).port}`;
    const m = /^\/(feed|story)\/(\d)$/.exec(req.url ?? '');
    if (req.url === '/robots.txt') return void res.end('');
    if (!m) return void res.writeHead(404).end();
    const n = m[2]!;
    if (m[1] === 'feed') {
      const item = storyOut ? `<item><title>Record Russian losses</title><link>${base}/story/${n}</link><guid>o${n}</guid><pubDate>Tue, 12 Nov 2024 05:0${n}:00 GMT</pubDate></item>` : '';
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${n}</title><link>${base}/</link>${item}</channel></rss>`);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<html lang="en"><head><meta property="og:site_name" content="Outlet ${n}"><meta property="article:published_time" content="2024-11-12T05:0${n}:00Z"></head><body><article><p>${stories[n]}</p><p>The figure could not be verified independently.</p></article></body></html>`,
    );
  });
  await new Promise<void>((r) => outlets.listen(0, '127.0.0.1', r));
  const outletsBase = `http://127.0.0.1:${(outlets.address() as AddressInfo).port}`;

  const config = loadConfig({
    env: {},
    raw: {
      prefix,
      redis: { url: REDIS_URL },
      http: { port: 0, host: '127.0.0.1' },
      sources: [
        { id: 'gs-telegram', type: 'telegram', url: channel.url, every: '2s', primary: true },
        { id: 'outlet-1', type: 'rss', url: `${outletsBase}/feed/1`, every: '2s' },
        { id: 'outlet-2', type: 'rss', url: `${outletsBase}/feed/2`, every: '2s' },
      ],
      subscribers: [{ id: 'newsroom', type: 'webhook', url: hookUrl, secret: 'demo-secret', alertSchema: 'v2' }],
      fetch: { allowPrivateNetworks: true, domainSpacing: 0 },
      backfill: { pageDelay: '100ms' },
      records: { baseline: days[1]!.date },
      worker: { shutdownTimeout: '5s' },
    },
  });
  const worker = await startWorker(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  say(`worker: http://127.0.0.1:${worker.port}/readyz, prefix ${prefix}`);

  const deadline = Date.now() + 60_000;
  while (!(await worker.ctx.reports.history()).complete) {
    if (Date.now() > deadline) throw new Error('backfill did not finish within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const stored = await worker.ctx.reports.count();
  say(`backfill complete: ${stored} reports stored; history records are kept, not alerted`);

  const waitAlerts = async (n: number) => {
    const until = Date.now() + 60_000;
    while (alerts.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  };

  say('\nthe press reports a record before the General Staff does (two outlets)…');
  storyOut = true;
  await waitAlerts(1);
  await new Promise((r) => setTimeout(r, 3_000));

  const text = renderReport(live, { lang: 'uk' });
  channel.addPost({ text, publishedAt: `${live.date}T05:31:00Z` });
  say('\nthen the General Staff posts its report:\n' + text.split('\n').slice(0, 3).map((l) => `  | ${l}`).join('\n') + '\n  | …');
  await waitAlerts(2);
  await new Promise((r) => setTimeout(r, 2_000));

  say(`\nalerts received by the newsroom webhook: ${alerts.length}`);
  for (const a of alerts) say(`  [${a.event}${a.body.followUp ? ', follow-up' : ''}] ${a.body.text}${a.body.evidence?.length ? ` (outlets: ${a.body.evidence.map((e: { outlet: string }) => e.outlet).join(', ')})` : ''}`);
  const claims = await worker.ctx.claims.list();
  say(`\nclaims stored: ${claims.length}; e.g. ${claims.filter((c) => c.mentions > 1).map((c) => `${c.metric} ${c.kind} ${c.value} (${c.mentions} mentions)`).join('; ') || '-'}`);

  const ok = alerts.length >= 2;
  const stop = async () => {
    await worker.close();
    await channel.close();
    newsroom.close();
    outlets.close();
    await deletePrefix(probe, prefix);
    probe.disconnect();
    process.exit(ok ? 0 : 1);
  };
  // DEMO_EXIT=1 (scripts, CI) cleans up at once instead of waiting for Ctrl-C.
  if (process.env.DEMO_EXIT === '1') return stop();
  say(`\nthe newsroom page: http://127.0.0.1:${worker.port}/`);
  say(`  (the chart, the record days, the reported → confirmed alert and the claims with their verdicts;`);
  say(`   the data stays under the prefix "${prefix}" until Ctrl-C, which removes it)`);
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(1);
    stopping = true;
    say('\nstopping; removing the demo data…');
    void stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((err: Error) => {
  process.stderr.write(`demo failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
