/** The benchmark's results: the JSON kept in bench/results/ and the table printed and written beside it. */
import type { BackfillBenchResult } from './backfill.ts';
import type { LatencyBenchResult } from './latency.ts';
import type { ParseBenchResult } from './parse.ts';

export interface BenchResults {
  schema: 'tallywatch.bench/v1';
  date: string;
  quick: boolean;
  durationSeconds: number;
  /** The commit measured, and the files of src/, jobs/ and test/support/ that differed from it. */
  code: { commit: string; changedFiles: string[] } | null;
  machine: {
    cpu: string;
    cores: number;
    node: string;
    platform: string;
    totalMemoryGiB: number;
    /** 1-minute load average at start and end: a busy machine lowers every figure. */
    loadAverage: { start: number; end: number };
  };
  data: { kind: 'shared' | 'synthetic'; description: string };
  parse: ParseBenchResult;
  backfill: BackfillBenchResult;
  latency: LatencyBenchResult;
}

const n = (v: number, digits = 0) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s = (ms: number) => `${n(ms / 1000, 2)} s`;

export function markdown(r: BenchResults): string {
  const { parse: p, backfill: b, latency: l } = r;
  const cmp = b.records.comparison;
  const rows: [string, string][] = [
    [`parse-report throughput, 1 core (median of ${p.rounds} rounds)`, `**${n(p.reportsPerSecond)} reports/s** (${n(p.microsecondsPerReport, 1)} µs each) over ${n(p.texts)} texts`],
    ['same, text only (no publication time)', `${n(p.textOnly.reportsPerSecond)} reports/s (${n(p.textOnly.microsecondsPerReport, 1)} µs each)`],
    ['parse mismatches vs rendered figures', `${n(p.mismatches.total)} of ${n(p.texts)} (text only: ${n(p.textOnly.mismatches)})`],
    [
      `full backfill (${n(b.channel.reportPosts)} reports among ${n(b.channel.otherPosts)} other posts, ${b.channel.pageSize}/page, no page delay)`,
      `**${n(b.seconds, 1)} s**, ${n(b.pages)} pages, ${n(b.pagesPerSecond, 1)} pages/s, ${n(b.reportsStored)} reports stored`,
    ],
    ['backfill peak RSS (own process)', `**${n(b.peakRssMiB)} MiB** (${n(b.rssBeforeMiB)} MiB before the first page, heap in use at end ${n(b.heapUsedEndMiB)} MiB)`],
    [
      'record days after backfill',
      cmp
        ? `${n(b.records.count)} found; vs gs-records.csv: ${n(cmp.matched)} matched, ${cmp.missing.length} missing, ${cmp.extra.length} extra, ${cmp.valueDiffers.length} other value`
        : `${n(b.records.count)} found (no reference file)`,
    ],
    [`new post → webhook alert, poll every ${n(l.pollEveryMs / 1000)} s (N = ${l.samples})`, `**p50 ${s(l.p50Ms)}, p95 ${s(l.p95Ms)}, max ${s(l.maxMs)}**`],
    ['of which after the poll that read the post', `p50 ${s(l.pipeline.p50Ms)}, p95 ${s(l.pipeline.p95Ms)}, max ${s(l.pipeline.maxMs)}`],
  ];
  const notes: string[] = [];
  if (r.data.kind === 'synthetic') notes.push(`**Synthetic data**: ${r.data.description}. Not comparable with runs on the shared series.`);
  else notes.push(`Data: ${r.data.description}.`);
  if (r.quick) notes.push('**Quick run** (BENCH_QUICK=1): fewer parse rounds and latency samples.');
  const busy = Math.max(r.machine.loadAverage.start, r.machine.loadAverage.end);
  if (busy > r.machine.cores * 0.5) notes.push(`The machine was busy (load average up to ${n(busy, 2)} on ${r.machine.cores} cores): figures may be low.`);
  if (p.mismatches.total + p.textOnly.mismatches > 0) notes.push(`Parse mismatches: ${p.mismatchExamples.join('; ')}`);
  if (b.reportsStored !== b.reportsExpected) notes.push(`Backfill stored ${b.reportsStored} reports, ${b.reportsExpected} expected.`);
  if (!b.complete) notes.push('The backfill did not complete.');
  if (b.notifications > 0) notes.push(`The backfill asked for ${b.notifications} notifications (expected none).`);
  if (cmp) {
    if (cmp.missing.length) notes.push(`Records missing: ${cmp.missing.join(', ')}`);
    if (cmp.extra.length) notes.push(`Records extra: ${cmp.extra.join(', ')}`);
    if (cmp.valueDiffers.length) notes.push(`Records with another value (ours!=reference): ${cmp.valueDiffers.join(', ')}`);
  }
  if (l.duplicateAlerts > 0) notes.push(`${l.duplicateAlerts} duplicate alerts were received (expected none).`);

  return [
    `# tallywatch benchmark${r.quick ? ' (quick)' : ''}`,
    '',
    `${r.date} · ${r.machine.cpu}, ${r.machine.cores} cores · Node ${r.machine.node} · ${r.machine.platform} · ${n(r.durationSeconds)} s in all`,
    '',
    r.code ? `Code: ${r.code.commit.slice(0, 12)}${r.code.changedFiles.length ? ` with uncommitted changes in ${r.code.changedFiles.length} files (${r.code.changedFiles.join(', ')})` : ''}` : 'Code: unknown (no git)',
    '',
    '| figure | value |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    ...notes.map((t) => `- ${t}`),
    '',
  ].join('\n');
}
