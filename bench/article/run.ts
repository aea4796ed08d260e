/**
 * Article main-text extraction: our extractor against Readability + linkedom, both measured in
 * the same run on this machine, on the shared article-extraction benchmark (181 pages, shingle
 * F1 by that folder's score.mjs).
 *
 *   node bench/article/run.ts [--passes N] [--only ours|readability] [--out DIR] [--per-page]
 *
 * Writes bench/results/article-extraction.json and prints a table. The outputs.json files and
 * (with --per-page) the per-page scores go to --out (default: a folder under the OS temp dir).
 * Without the benchmark folder (`<TALLYWATCH_SHARED or ../shared>/bench/article-extraction`)
 * it says so and returns null.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildResult } from './child.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = resolve(HERE, '..', '..');
const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results', 'article-extraction.json');
const EXTRACTORS = ['ours', 'readability'] as const;
type ExtractorName = (typeof EXTRACTORS)[number];

const LABELS: Record<ExtractorName, string> = {
  ours: 'tallywatch extractArticle (cheerio/htmlparser2)',
  readability: 'Readability 0.6.0 + linkedom 0.18.14, text from article.content, newline after blocks',
};

export interface ArticleBenchOptions {
  passes?: number;
  only?: ExtractorName[];
  /** Folder for outputs.json files and per-page scores. */
  outDir?: string;
  perPage?: boolean;
  /** Print the table on stdout (default true). */
  print?: boolean;
}

export interface ExtractorFigures {
  extractor: ExtractorName;
  label: string;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** Bootstrap standard deviation of F1 over pages (1000 resamples, seed 1). */
  f1Std: number;
  msMedian: number;
  msP95: number;
  msMean: number;
  msMax: number;
  maxRssMiB: number;
  pagesEmpty: number;
  pagesThrew: number;
  methods?: Record<string, number>;
  outputsFile: string;
}

export interface ArticleBenchResults {
  schema: 'tallywatch.bench.article/v1';
  date: string;
  benchDir: string;
  pages: number;
  passes: number;
  timing: string;
  machine: { cpu: string; cores: number; node: string; platform: string; totalMemoryGiB: number; loadAverage: { start: number; end: number } };
  extractors: ExtractorFigures[];
}

interface ScoreModule {
  score: (gt: Record<string, unknown>, output: Record<string, unknown>) => {
    pages: { id: string; counts: [number, number, number]; exact: number }[];
    empty: number;
    metrics: { precision: number; recall: number; f1: number; accuracy: number };
  };
  bootstrapStd: (pages: unknown[], n: number, seed: number) => { f1: number };
  unwrap: (data: unknown) => { output: Record<string, unknown> };
}

export function articleBenchDir(): string {
  const shared = process.env.TALLYWATCH_SHARED ? resolve(process.env.TALLYWATCH_SHARED) : resolve(PROJECT_ROOT, '..', 'shared');
  return join(shared, 'bench', 'article-extraction');
}

function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs one extractor in a child process (async, so a caller's servers keep serving). */
async function runChild(name: ExtractorName, benchDir: string, passes: number, outDir: string): Promise<ChildResult> {
  const file = join(outDir, `${name}.child.json`);
  const child = spawn(process.execPath, [join(HERE, 'child.ts'), name, benchDir, String(passes), file], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(`${name} extractor run failed (exit ${code ?? signal})`);
  return JSON.parse(readFileSync(file, 'utf8')) as ChildResult;
}

function perPageTsv(scored: ReturnType<ScoreModule['score']>, ms: Record<string, number>): string {
  const lines = ['id\tprecision\trecall\tf1\tms'];
  for (const p of scored.pages) {
    const [tp, fp, fn] = p.counts;
    const pr = tp + fp > 0 ? (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)) : Number.NaN;
    const rc = tp + fn > 0 ? (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)) : Number.NaN;
    const f = pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0;
    lines.push([p.id, pr.toFixed(4), rc.toFixed(4), f.toFixed(4), (ms[p.id] ?? Number.NaN).toFixed(2)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

function table(r: ArticleBenchResults): string {
  const rows = [
    '| extractor | F1 | precision | recall | accuracy | ms/page median | ms/page p95 | peak RSS | empty | threw |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const e of r.extractors) {
    rows.push(
      `| ${e.extractor} | **${e.f1.toFixed(3)}** ± ${e.f1Std.toFixed(3)} | ${e.precision.toFixed(3)} | ${e.recall.toFixed(3)} | ${e.accuracy.toFixed(3)} | ${e.msMedian.toFixed(2)} | ${e.msP95.toFixed(2)} | ${e.maxRssMiB} MiB | ${e.pagesEmpty} | ${e.pagesThrew} |`,
    );
  }
  const load = `load average ${r.machine.loadAverage.start}→${r.machine.loadAverage.end}`;
  return `Article extraction, ${r.pages} pages, ${r.machine.cpu} (${r.machine.cores} cores, ${load}), Node ${r.machine.node}\n${rows.join('\n')}\n${r.timing}\n`;
}

export async function runArticleBench(options: ArticleBenchOptions = {}): Promise<ArticleBenchResults | null> {
  const benchDir = articleBenchDir();
  const print = options.print ?? true;
  if (!existsSync(join(benchDir, 'ground-truth.json')) || !existsSync(join(benchDir, 'score.mjs'))) {
    process.stderr.write(`bench: article extraction skipped: ${benchDir} not found (set TALLYWATCH_SHARED)\n`);
    return null;
  }
  const passes = options.passes ?? 3;
  const outDir = options.outDir ?? join(tmpdir(), 'tallywatch-article-bench');
  mkdirSync(outDir, { recursive: true });
  const scorer = (await import(pathToFileURL(join(benchDir, 'score.mjs')).href)) as ScoreModule;
  const gt = scorer.unwrap(JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8'))).output;

  const loadStart = loadavg()[0]!;
  const figures: ExtractorFigures[] = [];
  for (const name of options.only ?? EXTRACTORS) {
    process.stderr.write(`bench: article extraction, ${name}: ${passes} passes (the last one timed)\n`);
    const child = await runChild(name, benchDir, passes, outDir);
    const outputsFile = join(outDir, `${name}.outputs.json`);
    writeFileSync(outputsFile, JSON.stringify(child.outputs));
    const scored = scorer.score(gt, child.outputs);
    const std = scorer.bootstrapStd(scored.pages, 1000, 1);
    if (options.perPage) writeFileSync(join(outDir, `${name}.pages.tsv`), perPageTsv(scored, child.ms));
    const ms = Object.values(child.ms);
    figures.push({
      extractor: name,
      label: LABELS[name],
      precision: round(scored.metrics.precision, 4),
      recall: round(scored.metrics.recall, 4),
      f1: round(scored.metrics.f1, 4),
      accuracy: round(scored.metrics.accuracy, 4),
      f1Std: round(std.f1, 4),
      msMedian: round(percentile(ms, 0.5), 2),
      msP95: round(percentile(ms, 0.95), 2),
      msMean: round(ms.reduce((a, b) => a + b, 0) / Math.max(1, ms.length), 2),
      msMax: round(Math.max(...ms), 2),
      maxRssMiB: Math.round(child.maxRssBytes / 2 ** 20),
      pagesEmpty: scored.empty,
      pagesThrew: Object.keys(child.errors).length,
      ...(child.methods ? { methods: child.methods } : {}),
      outputsFile,
    });
  }

  const cpu = cpus();
  const results: ArticleBenchResults = {
    schema: 'tallywatch.bench.article/v1',
    date: new Date().toISOString(),
    benchDir,
    pages: Object.keys(gt).length,
    passes,
    timing: `ms/page: parse + extraction of one page (not gunzip), pass ${passes} of ${passes} (earlier passes warm up), each extractor in its own process, event loop turning between pages.`,
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      node: process.version,
      platform: `${platform()} ${release()}`,
      totalMemoryGiB: round(totalmem() / 2 ** 30, 1),
      // Timings on a busy machine (load above the core count) run slow for every extractor.
      loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0]!, 2) },
    },
    extractors: figures,
  };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  if (print) process.stdout.write(`${table(results)}written: bench/results/article-extraction.json (outputs in ${outDir})\n`);
  return results;
}

function parseArgs(argv: string[]): ArticleBenchOptions {
  const opts: ArticleBenchOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--passes') opts.passes = Number(argv[++i]);
    else if (a === '--only') {
      const v = argv[++i];
      if (v !== 'ours' && v !== 'readability') throw new Error('--only takes ours or readability');
      opts.only = [v];
    } else if (a === '--out') opts.outDir = resolve(argv[++i] ?? '.');
    else if (a === '--per-page') opts.perPage = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runArticleBench(parseArgs(process.argv.slice(2))).then(
    () => process.exit(0),
    (err: Error) => {
      process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
      process.exit(1);
    },
  );
}
