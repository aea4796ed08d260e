import { isIsoDate } from '../../core/dates.ts';
import { parseReport } from '../../report/parse.ts';
import { out, readInputs, UsageError } from '../io.ts';

/** `tallywatch parse-report [--published YYYY-MM-DD] [FILE...]`: one JSON line per input. */
export function parseReportCommand(files: string[], published: string | undefined): number {
  if (published !== undefined && !isIsoDate(published.slice(0, 10))) throw new UsageError(`--published: expected YYYY-MM-DD, got ${JSON.stringify(published)}`);
  for (const { file, text } of readInputs(files)) {
    const report = parseReport(text, published ? { published } : undefined);
    out({
      file,
      report: report && {
        date: report.date,
        lang: report.lang,
        figures: report.figures,
        ...(Object.keys(report.other).length ? { other: report.other } : {}),
      },
    });
  }
  return 0;
}
