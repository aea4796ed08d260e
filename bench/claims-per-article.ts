/**
 * Claim extraction per article: `extractClaims` timed one text at a time, as the article job
 * runs it, over a fixed set of texts (the project's article fixtures' extracted texts, and the
 * shared loss-claim corpus's texts — dev, seeds, written — when `../shared/corpus` is there).
 * Each text is timed in every round; its figure is its median over the rounds, and the result
 * gives the median and p95 of those over the texts.
 *
 *   node bench/claims-per-article.ts [--label NAME] [--rounds N]
 *
 * writes the figures under `runs[NAME]` (default "latest") of bench/results/claim-extraction.json,
 * so a run on the code before a change ("before") stays beside the runs after it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/article/extract.ts';
import { extractClaims } from '../src/claims/extract.ts';
import type { ExtractOptions } from '../src/claims/types.ts';
import { PROJECT_ROOT } from '../src/core/paths.ts';
import { loadCorpus } from '../eval/corpus.ts';
import { sharedDir } from './data.ts';
import { loadExtractInputs } from './extract-inputs.ts';
import { median, percentile, round } from './stats.ts';

export interface ClaimsPerArticleArgs {
  rounds: number;
}

export interface ClaimsPerArticleResult {
  texts: number;
  /** Where the texts came from, with how many each. */
  inputs: string[];
  rounds: number;
  msMedian: number;
  msP95: number;
  msMax: number;
  claimsFound: number;
}

interface Text {
  text: string;
  opts: ExtractOptions;
}

export function loadClaimTexts(): { texts: Text[]; inputs: string[] } {
  const texts: Text[] = [];
  const inputs: string[] = [];
  // The fixtures' pages, read to text as the worker does, with the options it passes on.
  const pages = loadExtractInputs().pages.filter((p) => p.set === 'fixtures');
  for (const p of pages) {
    const a = extractArticle(p.html, p.url);
    if (a.text.trim() !== '') texts.push({ text: a.text, opts: { ...(a.publishedAt ? { published: a.publishedAt } : {}), ...(a.lang ? { lang: a.lang } : {}), url: p.url } });
  }
  inputs.push(`project article fixtures (${texts.length} texts)`);
  const corpus = join(sharedDir(), 'corpus');
  // The corpus as `npm run eval` reads it (eval/corpus.ts), with each text's language as the worker passes the page's.
  const articles = loadCorpus(corpus) ?? [];
  for (const split of ['dev', 'seeds', 'written'] as const) {
    const found: Text[] = articles.filter((a) => a.split === split).map((a) => ({ text: a.text, opts: { ...(a.url === null ? {} : { url: a.url }), lang: a.lang } }));
    if (found.length === 0) continue;
    texts.push(...found);
    inputs.push(`${join(corpus, split)} (${found.length} texts)`);
  }
  if (inputs.length === 1) inputs.push(`no shared corpus at ${corpus}: fixtures only`);
  return { texts, inputs };
}

export function benchClaimsPerArticle(args: ClaimsPerArticleArgs): ClaimsPerArticleResult {
  const { texts, inputs } = loadClaimTexts();
  let claimsFound = 0;
  // One warm-up pass, so the figure is the warm cost the worker pays, not JIT compilation.
  for (const t of texts) claimsFound += extractClaims(t.text, t.opts).length;
  const times: number[][] = texts.map(() => []);
  for (let r = 0; r < args.rounds; r++) {
    texts.forEach((t, i) => {
      const t0 = performance.now();
      extractClaims(t.text, t.opts);
      times[i]!.push(performance.now() - t0);
    });
  }
  const perText = times.map((ts) => median(ts));
  return {
    texts: texts.length,
    inputs,
    rounds: args.rounds,
    msMedian: round(median(perText), 3),
    msP95: round(percentile(perText, 0.95), 3),
    msMax: round(Math.max(...perText), 3),
    claimsFound,
  };
}

const RESULTS_FILE = join(PROJECT_ROOT, 'bench', 'results', 'claim-extraction.json');

interface ClaimRun extends ClaimsPerArticleResult {
  date: string;
  commit: string | null;
  node: string;
  cpu: string;
  loadAverage: number;
}

/** The runs kept so far, by label ("before", "latest", …). */
export function readClaimRuns(): Record<string, ClaimRun> {
  if (!existsSync(RESULTS_FILE)) return {};
  return (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { runs: Record<string, ClaimRun> }).runs;
}

export function saveClaimRun(label: string, result: ClaimsPerArticleResult): void {
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  const runs = { ...readClaimRuns(), [label]: { ...result, date: new Date().toISOString(), commit, node: process.version, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: round(loadavg()[0]!, 2) } };
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ schema: 'tallywatch.bench.claims/v1', note: 'extractClaims per article, ms: median over rounds per text, then median and p95 over texts', runs }, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { label: { type: 'string', default: 'latest' }, rounds: { type: 'string', default: '5' } } });
  const result = benchClaimsPerArticle({ rounds: Number(values.rounds) });
  saveClaimRun(values.label, result);
  process.stdout.write(`claim extraction per article (${result.texts} texts, ${result.rounds} rounds): median ${result.msMedian} ms, p95 ${result.msP95} ms, max ${result.msMax} ms\nwritten: bench/results/claim-extraction.json (runs.${values.label})\n`);
}
