/**
 * `npm run bench:web` (also run at the end of `npm run bench`): the newsroom page's data
 * with the full history. Imports the real series (../shared/data, else a generated one of
 * the same length), serves the page with `startWebServer`, and measures the overview's
 * size and the server's answer time over HTTP. Writes bench/results/web.{json,md}.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../src/app/services.ts';
import { importSeriesCommand } from '../src/cli/commands/import-series.ts';
import { loadConfig } from '../src/config/load.ts';
import { CATEGORY_KEYS } from '../src/core/categories.ts';
import { addDays } from '../src/core/dates.ts';
import { createLogger } from '../src/core/logger.ts';
import { PROJECT_ROOT } from '../src/core/paths.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { startWebServer } from '../src/web/standalone.ts';
import { deletePrefix } from '../test/support/redis.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SHARED = process.env.TALLYWATCH_SHARED ?? join(PROJECT_ROOT, '..', 'shared');
const ROUNDS = 30;

/** A series as long as the real one (2022-02-24 onwards, 1,641 days), when the real one is not here. */
function generatedSeries(): string {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const totals = CATEGORY_KEYS.map(() => 0);
  const lines = [['date', ...CATEGORY_KEYS].join(',')];
  for (let i = 0, d = '2022-02-24'; i < 1641; i++, d = addDays(d, 1)) {
    CATEGORY_KEYS.forEach((m, j) => (totals[j]! += Math.floor(rand() * (m === 'personnel' ? 1500 : 40))));
    lines.push([d, ...totals].join(','));
  }
  const dir = mkdtempSync(join(tmpdir(), 'tw-bench-web-'));
  writeFileSync(join(dir, 'series.csv'), `${lines.join('\n')}\n`);
  return join(dir, 'series.csv');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const r1 = (n: number) => Math.round(n * 10) / 10;

async function main() {
  const redis = await connectRedisOnce(REDIS_URL);
  const prefix = `twbench-web-${randomBytes(4).toString('hex')}`;
  const real = existsSync(join(SHARED, 'data', 'gs-series.csv'));
  const series = real ? join(SHARED, 'data', 'gs-series.csv') : generatedSeries();
  const recounts = real && existsSync(join(SHARED, 'data', 'gs-data-quality.csv')) ? join(SHARED, 'data', 'gs-data-quality.csv') : undefined;
  const config = loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL }, http: { host: '127.0.0.1', port: 0 } } });
  const ctx = createContext(config, redis, createLogger('silent'));
  // The page's server keeps the overview until the store changes; a second one without the
  // cache gives the answer time right after a change (a new report), when it is built afresh.
  const web = await startWebServer(ctx);
  const cold = await startWebServer(ctx, { cache: false });
  try {
    await importSeriesCommand(ctx, series, recounts);
    const get = async (path: string, base = web.url) => {
      const t0 = performance.now();
      const res = await fetch(`${base}${path}`);
      const body = Buffer.from(await res.arrayBuffer());
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return { ms: performance.now() - t0, bytes: body.length, body };
    };
    const measure = async (path: string, base = web.url, label = `/${path}`) => {
      await get(path, base); // warm-up: the first answer also loads code paths
      const times: number[] = [];
      let last = await get(path, base);
      for (let i = 0; i < ROUNDS; i++) {
        last = await get(path, base);
        times.push(last.ms);
      }
      return { path: label, bytes: last.bytes, kb: r1(last.bytes / 1024), medianMs: r1(median(times)), p95Ms: r1(p95(times)), body: last.body };
    };
    const overview = await measure('api/overview');
    const overviewCold = await measure('api/overview', cold.url, '/api/overview (built afresh, as after a new report)');
    const parsed = JSON.parse(overview.body.toString('utf8')) as { dates: string[]; metrics: string[]; records: unknown[] };
    const others = [overviewCold, await measure('api/stamp'), await measure('api/claims')];
    const results = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: loadavg().map(r1) },
      data: { series: real ? 'real (../shared/data/gs-series.csv)' : 'generated, same length', days: parsed.dates.length, metrics: parsed.metrics.length, recordDays: parsed.records.length },
      rounds: ROUNDS,
      endpoints: [overview, ...others].map((e) => ({ path: e.path, kb: e.kb, bytes: e.bytes, medianMs: e.medianMs, p95Ms: e.p95Ms })),
      limits: { overviewKb: 300, answerMs: 100 },
    };
    mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'web.json'), `${JSON.stringify(results, null, 2)}\n`);
    const md = [
      `# Newsroom page data (${results.at})`,
      '',
      `${results.data.days} report days × ${results.data.metrics} metrics (${results.data.series}), ${results.data.recordDays} record days; ${ROUNDS} requests each over HTTP on ${results.machine.cpus} × ${results.machine.model} (load average ${results.machine.loadavg.join(', ')}), Node ${results.machine.node}.`,
      '',
      '| endpoint | size (KB) | median (ms) | p95 (ms) |',
      '|---|---:|---:|---:|',
      ...results.endpoints.map((e) => `| ${e.path} | ${e.kb} | ${e.medianMs} | ${e.p95Ms} |`),
      '',
    ].join('\n');
    writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'web.md'), md);
    process.stdout.write(md);
  } finally {
    await web.close();
    await cold.close();
    await deletePrefix(redis, prefix);
    await ctx.http.close();
    redis.disconnect();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`bench web failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
