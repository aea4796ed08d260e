/**
 * Claim extraction per article, this tree against another version of the extractor, timed in
 * turn on each text in one process, so both see the same load (a machine shared with other work
 * makes two separate runs incomparable).
 *
 *   git archive <rev> src | tar -x -C /tmp/base   # the version to compare with
 *   node bench/claims-ab.ts --base /tmp/base [--label ab] [--rounds 7]
 *
 * writes `runs[label]` of bench/results/claim-extraction.json with both medians and p95s, the
 * base's commit when given (--base-rev) and the ratio of the medians.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractClaims } from '../src/claims/extract.ts';
import type { Claim, ExtractOptions } from '../src/claims/types.ts';
import { loadClaimTexts, saveClaimRun } from './claims-per-article.ts';
import { median, percentile, round } from './stats.ts';

type Extract = (text: string, opts: ExtractOptions) => Claim[];

const { values } = parseArgs({
  options: { base: { type: 'string' }, 'base-rev': { type: 'string' }, label: { type: 'string', default: 'ab' }, rounds: { type: 'string', default: '7' } },
});
if (values.base === undefined) {
  process.stderr.write('claims-ab: --base DIR (a folder holding the other version\'s src/) is required\n');
  process.exit(2);
}
const base = (await import(pathToFileURL(join(resolve(values.base), 'src', 'claims', 'extract.ts')).href)) as { extractClaims: Extract };
const rounds = Number(values.rounds);
const { texts, inputs } = loadClaimTexts();

const sides: { name: string; run: Extract }[] = [
  { name: 'base', run: base.extractClaims },
  { name: 'this', run: extractClaims },
];
const times = sides.map(() => texts.map((): number[] => []));
const found = sides.map(() => 0);
// Warm both first, then alternate which goes first in each round.
sides.forEach((s, k) => {
  for (const t of texts) found[k] = (found[k] ?? 0) + s.run(t.text, t.opts).length;
});
for (let r = 0; r < rounds; r++) {
  texts.forEach((t, i) => {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const t0 = performance.now();
      sides[k]!.run(t.text, t.opts);
      times[k]![i]!.push(performance.now() - t0);
    }
  });
}
const summary = sides.map((s, k) => {
  const perText = times[k]!.map((ts) => median(ts));
  return { name: s.name, msMedian: round(median(perText), 3), msP95: round(percentile(perText, 0.95), 3), msMax: round(Math.max(...perText), 3), claimsFound: found[k]! };
});
const [b, t] = summary as [(typeof summary)[0], (typeof summary)[0]];
saveClaimRun(values.label, {
  texts: texts.length,
  inputs: [...inputs, `compared with ${values['base-rev'] ?? values.base} (base: median ${b.msMedian} ms, p95 ${b.msP95} ms, ${b.claimsFound} claims)`],
  rounds,
  msMedian: t.msMedian,
  msP95: t.msP95,
  msMax: t.msMax,
  claimsFound: t.claimsFound,
  // The comparison itself, beside the usual fields.
  ...({ base: { rev: values['base-rev'] ?? null, msMedian: b.msMedian, msP95: b.msP95, msMax: b.msMax, claimsFound: b.claimsFound }, medianRatio: round(t.msMedian / b.msMedian, 2), p95Ratio: round(t.msP95 / b.msP95, 2) } as object),
});
process.stdout.write(
  `claim extraction per article, ${texts.length} texts, ${rounds} rounds, in turn:\n` +
    `  base ${values['base-rev'] ?? values.base}: median ${b.msMedian} ms, p95 ${b.msP95} ms (${b.claimsFound} claims)\n` +
    `  this tree: median ${t.msMedian} ms, p95 ${t.msP95} ms (${t.claimsFound} claims)\n` +
    `  ratio of medians ${round(t.msMedian / b.msMedian, 2)}, of p95s ${round(t.msP95 / b.msP95, 2)}\n` +
    `written: bench/results/claim-extraction.json (runs.${values.label})\n`,
);
