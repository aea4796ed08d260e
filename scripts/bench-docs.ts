/**
 * The figures in bench/README.md and bench/article/README.md, generated from the results
 * files (bench/results/*.json) with the date and machine of the run, between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. test/docs/bench-docs.test.ts fails
 * when a README no longer matches its results file.
 *
 *   node scripts/bench-docs.ts     rewrite the blocks from the results files
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../src/core/paths.ts';

interface Machine {
  cpu: string;
  cores: number;
  node: string;
  loadAverage?: { start?: number; end?: number };
}

const n = (v: number, digits = 0) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const readJson = (path: string) => JSON.parse(readFileSync(projectPath(...path.split('/')), 'utf8'));
const machineLine = (date: string, m: Machine) =>
  `${date.slice(0, 10)} on ${m.cpu}, ${m.cores} cores, Node ${m.node.replace(/^v/, '')}${m.loadAverage?.start !== undefined ? `, load average ${m.loadAverage.start} at the start and ${m.loadAverage.end} at the end` : ''}`;

/** The article-extraction table, from bench/results/article-extraction.json. */
export function articleBlock(results = readJson('bench/results/article-extraction.json')): string {
  const rows = (results.extractors as any[]).map((e) => {
    const name = e.extractor === 'ours' ? 'ours' : 'Readability + linkedom';
    return `| ${name} | ${e.f1.toFixed(3)} ± ${e.f1Std.toFixed(3)} | ${e.precision.toFixed(3)} | ${e.recall.toFixed(3)} | ${n(e.msMedian, 2)} | ${n(e.msP95, 2)} | ${n(e.maxRssMiB)} |`;
  });
  const ours = results.extractors.find((e: any) => e.extractor === 'ours');
  const theirs = results.extractors.find((e: any) => e.extractor === 'readability');
  return [
    `From \`bench/results/article-extraction.json\` (${results.pages} pages, pass ${results.passes} of ${results.passes}; run of ${machineLine(results.date, results.machine)}):`,
    '',
    '| extractor | F1 | precision | recall | ms/page median | ms/page p95 | peak RSS MiB |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ours && theirs ? `Median time per page: ours ${n(theirs.msMedian / ours.msMedian, 1)} times faster than Readability in that run.` : '',
  ].join('\n');
}

/** The backfill memory figures bench/README.md quotes, from bench/results/latest.json. */
export function backfillBlock(results = readJson('bench/results/latest.json')): string {
  const b = results.backfill;
  return `In \`latest.md\` (run of ${machineLine(results.date, results.machine)}): ${n(b.rssBeforeMiB)} MiB before the first page, peak ${n(b.peakRssMiB)} MiB, heap in use at end ${n(b.heapUsedEndMiB)} MiB${b.heapAfterGc === true ? ' after a forced GC' : ' (read without a forced GC in that run: it includes garbage not yet collected; runs since force one)'}.`;
}

export const BLOCKS: { file: string; name: string; render: () => string }[] = [
  { file: 'bench/article/README.md', name: 'article-results', render: () => articleBlock() },
  { file: 'bench/README.md', name: 'backfill-memory', render: () => backfillBlock() },
];

/** `text` with the block NAME replaced by `body`; throws when the markers are missing. */
export function replaceBlock(text: string, name: string, body: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  if (a < 0 || b < a) throw new Error(`markers ${open} … ${close} not found`);
  return `${text.slice(0, a + open.length)}\n${body}\n${text.slice(b)}`;
}

if (import.meta.main) {
  for (const { file, name, render } of BLOCKS) {
    const path = projectPath(...file.split('/'));
    writeFileSync(path, replaceBlock(readFileSync(path, 'utf8'), name, render()));
    process.stdout.write(`${file}: ${name}\n`);
  }
}
