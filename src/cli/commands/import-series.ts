import { readFileSync } from 'node:fs';
import type { CliContext } from '../context.ts';
import { InputError } from '../../core/errors.ts';
import { canonicalJson, sha1 } from '../../core/hash.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../../report/series-csv.ts';
import type { StoredReport } from '../../series/types.ts';
import { progressLine } from '../progress.ts';

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot read ${file}: ${(cause as Error).message}`, { file }, { cause });
  }
}

/**
 * `tallywatch import-series FILE.csv [--recounts FILE]`: the fast path to a complete
 * history. The whole file is validated before anything is written, so a bad row
 * leaves the store as it was. Channel reports already stored are kept (they carry
 * the reported (+N)); the CSV has totals only, so its deltas are differences of
 * totals unless a recounts file gives the reported figure.
 */
export async function importSeriesCommand(ctx: CliContext, file: string, recountsFile?: string, opts: { onRow?: (done: number, total: number, date: string) => void } = {}) {
  const rows = parseSeriesCsv(read(file));
  if (rows.length === 0) throw new InputError(`${file} has no data rows`, { file });
  const recounts = recountsFile ? parseRecountsCsv(read(recountsFile)) : undefined;
  const now = new Date().toISOString();
  const counts = { new: 0, changed: 0, same: 0, kept: 0 };
  const reports = rowsToReports(rows, recounts);
  let done = 0;
  for (const r of reports) {
    const report: StoredReport = {
      date: r.date,
      origin: 'import',
      sourceId: null,
      postId: null,
      url: null,
      publishedAt: null,
      lang: null,
      figures: r.figures,
      other: {},
      textHash: null,
      figuresHash: sha1(canonicalJson({ figures: r.figures, other: {} })),
      live: false,
      ingestedAt: now,
      flags: [],
    };
    const { status } = await ctx.reports.save(report);
    counts[status]++;
    opts.onRow?.(++done, reports.length, r.date);
  }
  const from = rows[0]!.date;
  const to = rows[rows.length - 1]!.date;
  const baseline = ctx.config.records.baseline;
  const complete = from <= baseline;
  if (complete) await ctx.reports.markHistoryComplete(`import:${file}`, from, await ctx.reports.newestDate());
  return { file, rows: rows.length, from, to, stored: counts, historyComplete: complete, ...(complete ? {} : { note: `the file starts at ${from}, after the baseline ${baseline}: history stays incomplete` }) };
}

/** `import-series` at a terminal: the rows stored, the date reached and the time left on stderr. */
export async function importSeriesWithProgress(ctx: CliContext, file: string, recountsFile?: string) {
  const line = progressLine();
  try {
    return await importSeriesCommand(ctx, file, recountsFile, line ? { onRow: (done, total, date) => line.update(`import-series: ${done}/${total} rows, at ${date}`, done / total) } : {});
  } finally {
    line?.done();
  }
}
