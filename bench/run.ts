/**
 * `npm run bench`: report parser throughput, a full channel backfill from a local server and the
 * new post → alert latency at a 5 s poll, each section in a fresh process (section.ts). Figures
 * go to bench/results/latest.{json,md} (quick runs, BENCH_QUICK=1, to quick.{json,md}) and the
 * table to stdout. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Redis } from 'ioredis';
import { PROJECT_ROOT } from '../src/core/paths.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { benchBackfill } from './backfill.ts';
import { loadBenchData } from './data.ts';
import { markdown } from './report.ts';
import type { BenchResults } from './report.ts';
import { runSection } from './section.ts';
import { round } from './stats.ts';

const QUICK = Boolean(process.env.BENCH_QUICK) && process.env.BENCH_QUICK !== '0';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
const SETTINGS = QUICK ? { parseWarmup: 1, parseRounds: 3, latencySamples: 12 } : { parseWarmup: 1, parseRounds: 5, latencySamples: 20 };
const POLL_EVERY_MS = 5_000;
const RESULTS = new URL('./results/', import.meta.url);

const progress = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

/** Deletes every key of this run: all prefixes start with `base`. */
async function deleteKeys(redis: Redis, base: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${base}*`, 'COUNT', 1000);
    if (keys.length > 0) deleted += await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}

/**
 * The code measured: the commit, and the files changed since (the figures belong to the working
 * tree, which other work may have changed). Null when git is not there.
 */
function codeVersion(): BenchResults['code'] {
  // Only the final newline goes: porcelain lines start with a meaningful space.
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\n$/, '');
  try {
    const changed = git('status', '--porcelain', '--', 'src', 'jobs', 'test/support')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3));
    return { commit: git('rev-parse', 'HEAD'), changedFiles: changed };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const redis = await connectRedisOnce(REDIS_URL).catch((err: Error) => {
    process.stderr.write(`bench: ${err.message}\nStart Redis (e.g. redis-server) or set REDIS_URL.\n`);
    process.exit(1);
  });
  const base = `tallywatch-bench-${randomBytes(4).toString('hex')}`;
  // One deletion, shared by the normal end and an interrupt: whoever comes second waits for it.
  let cleaning: Promise<void> | null = null;
  const cleanup = () =>
    (cleaning ??= deleteKeys(redis, base).then((n) => {
      progress(`deleted ${n} Redis keys under ${base}*`);
      redis.disconnect();
    }));
  // An interrupted run still leaves no keys behind.
  process.once('SIGINT', () => {
    progress('interrupted');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    const loadStart = loadavg()[0]!;
    const code = codeVersion();
    const data = loadBenchData();
    progress(data.description);

    progress(`parse: rendering, then ${SETTINGS.parseWarmup} warm-up and ${SETTINGS.parseRounds} timed rounds`);
    const parse = await runSection('parse', { rounds: SETTINGS.parseRounds, warmupRounds: SETTINGS.parseWarmup });
    progress(`parse: ${parse.reportsPerSecond} reports/s over ${parse.texts} texts, ${parse.mismatches.total} mismatches`);

    progress('backfill: building the channel and reading it back');
    const backfill = await benchBackfill(data.days, data.records, { redisUrl: REDIS_URL, prefix: `${base}.backfill`, logLevel: LOG_LEVEL });
    progress(`backfill: ${backfill.seconds} s, ${backfill.pages} pages, ${backfill.reportsStored} reports`);

    progress(`latency: worker with a ${POLL_EVERY_MS / 1000} s poll, ${SETTINGS.latencySamples} record posts`);
    const latency = await runSection('latency', {
      redisUrl: REDIS_URL,
      prefix: `${base}.latency`,
      samples: SETTINGS.latencySamples,
      everyMs: POLL_EVERY_MS,
      logLevel: LOG_LEVEL,
    });

    const cpu = cpus();
    const results: BenchResults = {
      schema: 'tallywatch.bench/v1',
      date: new Date().toISOString(),
      quick: QUICK,
      durationSeconds: round((Date.now() - started) / 1000, 1),
      code,
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        node: process.version,
        platform: `${platform()} ${release()}`,
        totalMemoryGiB: round(totalmem() / 2 ** 30, 1),
        loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0]!, 2) },
      },
      data: { kind: data.kind, description: data.description },
      parse,
      backfill,
      latency,
    };
    const md = markdown(results);
    const name = QUICK ? 'quick' : 'latest';
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(new URL(`${name}.json`, RESULTS), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL(`${name}.md`, RESULTS), md);
    process.stdout.write(`${md}\nwritten: bench/results/${name}.json, bench/results/${name}.md\n`);
  } finally {
    await cleanup();
  }
}

// Exits explicitly: a handle a library left open must not keep a finished run waiting.
main().then(() => process.exit(0), (err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
