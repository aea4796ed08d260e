/** The benchmark's results: the JSON kept in bench/results/ and the table printed and written beside it. */
import type { BackfillBenchResult } from './backfill.ts';
import type { ClaimsPerArticleResult } from './claims-per-article.ts';
import type { ExtractBenchResult } from './extract.ts';
import type { FeedPollsResult } from './feed-polls.ts';
import type { LatencyBenchResult } from './latency.ts';
import type { ParseBenchResult } from './parse.ts';
import type { SoakResult } from './soak.ts';

/** One run of the feed-poll section: a setting of politeness, order and interval. */
export interface FeedPollRun extends FeedPollsResult {
  name: string;
  /** What sets this run apart, as the table says it. */
  label: string;
}

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
    /**
     * 1-minute load average at start, before each section and at the end. Only the start tells
     * of other work: later values include the bench's own load sections.
     */
    loadAverage: { start: number; end: number; beforeSection?: Record<string, number> };
  };
  data: { kind: 'shared' | 'synthetic'; description: string };
  parse: ParseBenchResult;
  backfill: BackfillBenchResult;
  latency: LatencyBenchResult;
  feedPolls: FeedPollRun[];
  extract: ExtractBenchResult;
  /** extractClaims per article (median, p95), with the run on the code before the input bounds when kept. */
  claimsPerArticle?: ClaimsPerArticleResult & { before: { msMedian: number; msP95: number; texts: number; date: string; commit: string | null } | null };
  soak: SoakResult;
}

const n = (v: number, digits = 0) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s = (ms: number) => `${n(ms / 1000, 2)} s`;
const pct = (share: number) => `${n(share * 100)} %`;

function pollRows(runs: readonly FeedPollRun[]): [string, string][] {
  return runs.flatMap((r): [string, string][] => {
    const errors = r.workerPolls.failed > 0 ? `${n(r.workerPolls.failed)} failed (${Object.entries(r.workerPolls.failuresByKind).map(([k, v]) => `${k} ${n(v)}`).join(', ')})` : 'no errors';
    const ticks = r.ticks.polled + r.ticks.skippedNotDue + r.ticks.skippedOther + r.ticks.failed;
    const interval = r.interval.samples
      ? `poll → next poll of a feed p50 ${n(r.interval.p50Seconds, 1)} s, p95 ${n(r.interval.p95Seconds, 1)} s (${n(r.interval.samples)} intervals)`
      : 'no feed polled twice in the window';
    const redis = r.redisCpu ? `; redis-server ${n(r.redisCpu.percentOfOneCore)} % of a core` : '';
    return [
      [
        `feed polls, ${n(r.sources)} sources every ${n(r.everyMs / 1000)} s, ${r.label}`,
        `**${n(r.pollsPerSecond, 1)} polls/s** held of ${n(r.demandPerSecond)}/s demanded (200: ${pct(r.share200)}, 304: ${pct(1 - r.share200)}), ${n(r.articlesPerSecond, 1)} articles/s, ${errors}`,
      ],
      [
        '  same run: schedule and cost',
        `${interval}; ticks skipped as not due ${n(r.ticks.skippedNotDue)} of ${n(ticks)}; ` +
          `deferred for a busy site: ${n(r.workerPolls.deferred.poll ?? 0)} polls, ${n(r.workerPolls.deferred.article ?? 0)} articles; ` +
          `poll jobs queued at the end ${n(r.queuedAtEnd.poll.waiting)} due + ${n(r.queuedAtEnd.poll.delayed)} delayed; ` +
          `worker CPU ${n(r.cpu.percentOfOneCore)} % of a core (${n(r.cpu.percentOfAllCores)} % of ${r.cpu.cores})${redis}; peak RSS ${n(r.peakRssMiB)} MiB; set-up ${n(r.setupSeconds, 1)} s`,
      ],
    ];
  });
}

function claimRows(c: BenchResults['claimsPerArticle']): [string, string][] {
  if (!c) return [];
  const before = c.before ? `; before the input bounds (${c.before.date.slice(0, 10)}, ${c.before.commit?.slice(0, 7) ?? '?'}): median ${n(c.before.msMedian, 2)} ms, p95 ${n(c.before.msP95, 2)} ms` : '';
  return [[`claim extraction per article, 1 core (${n(c.texts)} texts, median of ${c.rounds} rounds each)`, `**median ${n(c.msMedian, 2)} ms, p95 ${n(c.msP95, 2)} ms**, max ${n(c.msMax, 1)} ms${before}`]];
}

export function markdown(r: BenchResults): string {
  const { parse: p, backfill: b, latency: l, extract: x, soak: k } = r;
  const cmp = b.records.comparison;
  const rows: [string, string][] = [
    [`parse-report throughput, 1 core (median of ${p.rounds} rounds)`, `**${n(p.reportsPerSecond)} reports/s** (${n(p.microsecondsPerReport, 1)} µs each) over ${n(p.texts)} texts`],
    ['same, text only (no publication time)', `${n(p.textOnly.reportsPerSecond)} reports/s (${n(p.textOnly.microsecondsPerReport, 1)} µs each)`],
    ['parse mismatches vs rendered figures', `${n(p.mismatches.total)} of ${n(p.texts)} (text only: ${n(p.textOnly.mismatches)})`],
    [
      `full backfill (${n(b.channel.reportPosts)} reports among ${n(b.channel.otherPosts)} other posts, ${b.channel.pageSize}/page, no page delay)`,
      `**${n(b.seconds, 1)} s**, ${n(b.pages)} pages, ${n(b.pagesPerSecond, 1)} pages/s, ${n(b.reportsStored)} reports stored`,
    ],
    ['backfill peak RSS (own process)', `**${n(b.peakRssMiB)} MiB** (${n(b.rssBeforeMiB)} MiB before the first page, heap in use at end ${n(b.heapUsedEndMiB)} MiB${b.heapAfterGc ? ' after a forced GC' : ''})`],
    [
      'record days after backfill',
      cmp
        ? `${n(b.records.count)} found; vs gs-records.csv: ${n(cmp.matched)} matched, ${cmp.missing.length} missing, ${cmp.extra.length} extra, ${cmp.valueDiffers.length} other value`
        : `${n(b.records.count)} found (no reference file)`,
    ],
    [
      `new post → webhook alert, poll every ${n(l.pollEveryMs / 1000)} s (N = ${l.samples}, ${l.perCycle} per cycle)`,
      `**p50 ${s(l.p50Ms)}, p95 ${s(l.p95Ms)}, p99 ${s(l.p99Ms)}, max ${s(l.maxMs)}**`,
    ],
    ['of which after the poll that read the post', `p50 ${s(l.pipeline.p50Ms)}, p95 ${s(l.pipeline.p95Ms)}, p99 ${s(l.pipeline.p99Ms)}, max ${s(l.pipeline.maxMs)}`],
    ...pollRows(r.feedPolls),
    [
      `article extraction, 1 core (median of ${x.rounds} rounds over ${n(x.article.pages)} pages, ${n(x.article.bytes / 1e6, 1)} MB)`,
      `**${n(x.article.pagesPerSecond, 1)} pages/s**, ${n(x.article.mbPerSecond, 1)} MB/s (${n(x.article.msPerPage, 2)} ms/page)` +
        (x.article.bySet.shared && x.article.bySet.fixtures ? `; shared benchmark pages ${n(x.article.bySet.shared.pagesPerSecond, 1)}/s, project fixtures ${n(x.article.bySet.fixtures.pagesPerSecond)}/s` : ''),
    ],
    [
      `claim extraction, 1 core (median of ${x.rounds} rounds over ${n(x.claims.texts)} texts, ${n(x.claims.bytes / 1e6, 2)} MB)`,
      `**${n(x.claims.textsPerSecond, 1)} texts/s**, ${n(x.claims.mbPerSecond, 2)} MB/s (${n(x.claims.msPerText, 2)} ms/text); ${n(x.claims.claimsFound)} claims found in ${n(x.claims.textsWithClaims)} texts`,
    ],
    ...claimRows(r.claimsPerArticle),
    [
      `soak: ${n(k.targetItems)} feed items, poll → parse → dedupe → article job (${n(k.setup.feeds)} feeds, each article in ${k.setup.crossPost + 1} feeds)`,
      `**RSS ${k.rss.flat ? 'flat' : 'NOT flat'}**: ${n(k.rss.startMiB)} MiB after ${n(k.rss.startAtItems)} items, peak ${n(k.rss.peakMiB)}, end ${n(k.rss.endMiB)} MiB; ` +
        `second half ${n(k.rss.slopeMiBPer10kItems, 2)} MiB per 10,000 items; ${n(k.items)} items in ${n(k.seconds)} s (${n(k.itemsPerSecond)}/s), ${n(k.articlesFetched)} articles fetched`,
    ],
    [
      'soak: heap at end',
      k.afterGc ? `${n(k.afterGc.heapUsedMiB, 1)} MiB in use after a forced GC (RSS then ${n(k.afterGc.rssMiB)} MiB); worker CPU ${n(k.cpu.percentOfOneCore)} % of a core` : 'not measured (no --expose-gc)',
    ],
  ];
  const notes: string[] = [];
  if (r.data.kind === 'synthetic') notes.push(`**Synthetic data**: ${r.data.description}. Not comparable with runs on the shared series.`);
  else notes.push(`Data: ${r.data.description}.`);
  if (r.quick) notes.push('**Quick run** (BENCH_QUICK=1): fewer parse rounds and latency samples.');
  // The end (and later sections') load includes the bench's own load sections: only the start says whether other work was running.
  const busy = r.machine.loadAverage.start;
  if (busy > r.machine.cores * 0.5) notes.push(`The machine was busy at the start (load average ${n(busy, 2)} on ${r.machine.cores} cores): figures may be low.`);
  else notes.push(`Load average ${n(busy, 2)} at the start, ${n(r.machine.loadAverage.end, 2)} at the end (the end includes the bench's own load sections).`);
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
  notes.push(`Extraction inputs: ${x.inputs.join('; ')}.`);
  if (!k.complete) notes.push(`The soak did not complete: ${n(k.items)} of ${n(k.targetItems)} items handed on.`);
  for (const run of r.feedPolls) {
    const reasons = Object.entries(run.ticks.failureReasons);
    if (reasons.length) notes.push(`Poll failures, ${run.label} (whole run): ${reasons.map(([why, c]) => `${why.trim()}… ×${n(c)}`).join('; ')}.`);
  }

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
