/**
 * Runs one benchmark section in a fresh process: `node bench/section.ts <name> '<json args>'`.
 * The result is the last line on stdout. A section in its own process is measured without what
 * earlier sections left behind (heap, garbage, JIT state), and its memory is its own.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readBackfill } from './backfill-read.ts';
import type { BackfillReadArgs, BackfillReadResult } from './backfill-read.ts';
import { loadBenchData } from './data.ts';
import { benchClaimsPerArticle } from './claims-per-article.ts';
import type { ClaimsPerArticleArgs, ClaimsPerArticleResult } from './claims-per-article.ts';
import { benchExtract } from './extract.ts';
import type { ExtractArgs, ExtractBenchResult } from './extract.ts';
import { runFeedPollWorker } from './feed-poll-worker.ts';
import type { FeedPollWorkerArgs, FeedPollWorkerResult } from './feed-poll-worker.ts';
import { benchLatency } from './latency.ts';
import type { LatencyArgs, LatencyBenchResult } from './latency.ts';
import { benchParse } from './parse.ts';
import type { ParseArgs, ParseBenchResult } from './parse.ts';
import { runSoakWorker } from './soak-worker.ts';
import type { SoakWorkerArgs, SoakWorkerResult } from './soak-worker.ts';

interface Sections {
  parse: [ParseArgs, ParseBenchResult];
  'backfill-read': [BackfillReadArgs, BackfillReadResult];
  latency: [LatencyArgs, LatencyBenchResult];
  'feed-poll-worker': [FeedPollWorkerArgs, FeedPollWorkerResult];
  'soak-worker': [SoakWorkerArgs, SoakWorkerResult];
  extract: [ExtractArgs, ExtractBenchResult];
  'claims-per-article': [ClaimsPerArticleArgs, ClaimsPerArticleResult];
}

/** Node flags per section: the soak forces a full GC at its end to read the heap it keeps. */
const NODE_FLAGS: Partial<Record<keyof Sections, string[]>> = { 'soak-worker': ['--expose-gc'], 'backfill-read': ['--expose-gc'] };

/** Starts the section in a child process and resolves with its result. */
export function runSection<K extends keyof Sections>(name: K, args: Sections[K][0]): Promise<Sections[K][1]> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    // stderr passes through: progress and the worker's warnings stay visible.
    const child = spawn(process.execPath, [...(NODE_FLAGS[name] ?? []), script, name, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`bench section ${name} exited with ${signal ?? code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as Sections[K][1]);
      } catch {
        reject(new Error(`bench section ${name} printed no result: ${out.slice(0, 500)}`));
      }
    });
  });
}

async function run(name: string, args: unknown): Promise<unknown> {
  switch (name) {
    case 'parse':
      return benchParse(loadBenchData().days, args as ParseArgs);
    case 'backfill-read':
      return readBackfill(args as BackfillReadArgs);
    case 'latency':
      return benchLatency(args as LatencyArgs);
    case 'feed-poll-worker':
      return runFeedPollWorker(args as FeedPollWorkerArgs);
    case 'soak-worker':
      return runSoakWorker(args as SoakWorkerArgs);
    case 'extract':
      return benchExtract(args as ExtractArgs);
    case 'claims-per-article':
      return benchClaimsPerArticle(args as ClaimsPerArticleArgs);
    default:
      throw new Error(`unknown bench section ${name}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name = '', json = '{}'] = process.argv.slice(2);
  // Exits explicitly: a handle a library left open must not keep a finished section waiting.
  run(name, JSON.parse(json)).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (err: Error) => {
      process.stderr.write(`bench section ${name} failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
