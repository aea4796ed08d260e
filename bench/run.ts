/**
 * `npm run bench`: report parser throughput, a full channel backfill from a local server, the
 * new post → alert latency at a 5 s poll, article and claim extraction throughput, feed polls
 * per second at 5,000 sources and a 200,000-item soak, each section in a fresh process
 * (section.ts). Figures go to bench/results/latest.{json,md} (quick runs, BENCH_QUICK=1, to
 * quick.{json,md}) and the table to stdout. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { Redis } from 'ioredis';
import { PROJECT_ROOT } from '../src/core/paths.ts';
import { connectRedisOnce } from '../src/store/redis.ts';
import { benchBackfill } from './backfill.ts';
import { readClaimRuns, saveClaimRun } from './claims-per-article.ts';
import { loadBenchData } from './data.ts';
import { benchFeedPolls } from './feed-polls.ts';
import { markdown } from './report.ts';
import type { BenchResults, FeedPollRun } from './report.ts';
import { benchSoak } from './soak.ts';
import { runSection } from './section.ts';
import { round } from './stats.ts';

const QUICK = Boolean(process.env.BENCH_QUICK) && process.env.BENCH_QUICK !== '0';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
const SETTINGS = QUICK
  ? { parseWarmup: 1, parseRounds: 3, latencySamples: 20, extractRounds: 3, pollWarmupMs: 10_000, pollWindowMs: 20_000, soakItems: 40_000, soakWarmupItems: 15_000, soakMaxSeconds: 240 }
  : { parseWarmup: 1, parseRounds: 5, latencySamples: 100, extractRounds: 5, pollWarmupMs: 15_000, pollWindowMs: 60_000, soakItems: 200_000, soakWarmupItems: 20_000, soakMaxSeconds: 540 };
const POLL_EVERY_MS = 5_000;
/** Record posts per poll cycle in the latency section: two halve its time. */
const LATENCY_PER_CYCLE = 2;
// The load sections log errors only: a warning per failed poll would flood stderr (the counts are in the results).
const LOAD_LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';

/**
 * The feed-poll runs: 5,000 sources (250 outlets × 20 feeds). Every 10 s asks 500 polls/s, more
 * than the worker holds, so the figure is what it holds; the last run asks about half its
 * ceiling to show what happens to the interval when it keeps up (its window must span two
 * intervals, so quick runs leave it out).
 */
const POLL_RUNS: { name: string; label: string; everyMs: number; domainSpacingMs?: number; order: 'grouped' | 'interleaved'; warmupMs?: number; windowMs?: number; quick: boolean }[] = [
  { name: 'polite-grouped', label: 'default 2 s per-domain spacing, config grouped by outlet', everyMs: 10_000, order: 'grouped', quick: true },
  { name: 'polite-interleaved', label: 'default 2 s spacing, config interleaving outlets', everyMs: 10_000, order: 'interleaved', quick: true },
  { name: 'no-spacing', label: 'no spacing (domainSpacing 0), grouped: the worker\'s own ceiling', everyMs: 10_000, domainSpacingMs: 0, order: 'grouped', quick: true },
  { name: 'no-spacing-30s', label: 'no spacing, grouped, below the ceiling', everyMs: 30_000, domainSpacingMs: 0, order: 'grouped', warmupMs: 35_000, windowMs: 60_000, quick: false },
];
const RESULTS = new URL('./results/', import.meta.url);

const progress = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

/** 1-minute load average before each section, for the JSON. */
const loadBefore: Record<string, number> = {};
const section = (name: string, msg: string) => {
  loadBefore[name] = round(loadavg()[0]!, 2);
  progress(msg);
};

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

    section('parse', `parse: rendering, then ${SETTINGS.parseWarmup} warm-up and ${SETTINGS.parseRounds} timed rounds`);
    const parse = await runSection('parse', { rounds: SETTINGS.parseRounds, warmupRounds: SETTINGS.parseWarmup });
    progress(`parse: ${parse.reportsPerSecond} reports/s over ${parse.texts} texts, ${parse.mismatches.total} mismatches`);

    section('backfill', 'backfill: building the channel and reading it back');
    const backfill = await benchBackfill(data.days, data.records, { redisUrl: REDIS_URL, prefix: `${base}.backfill`, logLevel: LOG_LEVEL });
    progress(`backfill: ${backfill.seconds} s, ${backfill.pages} pages, ${backfill.reportsStored} reports`);

    section('latency', `latency: worker with a ${POLL_EVERY_MS / 1000} s poll, ${SETTINGS.latencySamples} record posts`);
    const latency = await runSection('latency', {
      redisUrl: REDIS_URL,
      prefix: `${base}.latency`,
      samples: SETTINGS.latencySamples,
      perCycle: LATENCY_PER_CYCLE,
      everyMs: POLL_EVERY_MS,
      logLevel: LOG_LEVEL,
    });
    progress(`latency: p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, p99 ${latency.p99Ms} ms`);

    section('extract', `extract: article and claim extraction, ${SETTINGS.extractRounds} timed rounds`);
    const extract = await runSection('extract', { warmupRounds: 1, rounds: SETTINGS.extractRounds });
    progress(`extract: ${extract.article.pagesPerSecond} pages/s, ${extract.claims.textsPerSecond} claim texts/s`);

    section('claims-per-article', `claims per article: extractClaims one text at a time, ${SETTINGS.extractRounds} rounds`);
    const claimsNow = await runSection('claims-per-article', { rounds: SETTINGS.extractRounds });
    // Kept beside the run on the code before the bounds ("before"), for comparison.
    if (!QUICK) saveClaimRun('latest', claimsNow);
    const claimsBefore = readClaimRuns().before ?? null;
    const claimsPerArticle = { ...claimsNow, before: claimsBefore ? { msMedian: claimsBefore.msMedian, msP95: claimsBefore.msP95, texts: claimsBefore.texts, date: claimsBefore.date, commit: claimsBefore.commit } : null };
    progress(`claims per article: median ${claimsNow.msMedian} ms, p95 ${claimsNow.msP95} ms over ${claimsNow.texts} texts`);

    const feedPolls: FeedPollRun[] = [];
    for (const run of POLL_RUNS.filter((r) => r.quick || !QUICK)) {
      const prefix = `${base}.polls-${run.name}`;
      section(`polls-${run.name}`, `feed polls (${run.name}): 5,000 sources every ${run.everyMs / 1000} s, ${run.label}`);
      const res = await benchFeedPolls({
        redisUrl: REDIS_URL,
        prefix,
        outlets: 250,
        feedsPerOutlet: 20,
        order: run.order,
        everyMs: run.everyMs,
        ...(run.domainSpacingMs !== undefined ? { domainSpacingMs: run.domainSpacingMs } : {}),
        updateChance: 0.25,
        warmupMs: run.warmupMs ?? SETTINGS.pollWarmupMs,
        windowMs: run.windowMs ?? SETTINGS.pollWindowMs,
        logLevel: LOAD_LOG_LEVEL,
      });
      feedPolls.push({ name: run.name, label: run.label, ...res });
      progress(`feed polls (${run.name}): ${res.pollsPerSecond} polls/s, ${res.workerPolls.failed} failed`);
      // 5,000 sources leave tens of thousands of keys: gone before the next run.
      await deleteKeys(redis, prefix);
    }

    section('soak', `soak: ${SETTINGS.soakItems} feed items through the worker`);
    const soak = await benchSoak({
      redisUrl: REDIS_URL,
      prefix: `${base}.soak`,
      items: SETTINGS.soakItems,
      warmupItems: SETTINGS.soakWarmupItems,
      maxSeconds: SETTINGS.soakMaxSeconds,
      logLevel: LOAD_LOG_LEVEL,
    });
    progress(`soak: ${soak.items} items, RSS ${soak.rss.startMiB} → ${soak.rss.endMiB} MiB (${soak.rss.flat ? 'flat' : 'not flat'})`);

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
        loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0]!, 2), beforeSection: loadBefore },
      },
      data: { kind: data.kind, description: data.description },
      parse,
      backfill,
      latency,
      feedPolls,
      extract,
      claimsPerArticle,
      soak,
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
