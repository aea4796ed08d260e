/**
 * Report parser throughput on one core: every day of the series rendered in every style valid
 * for its date and in all three languages, then `parseReport` timed over all texts, called as the
 * worker calls it (with the post's publication instant) and with the text only.
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseReport } from '../src/report/parse.ts';
import type { ParseOptions } from '../src/report/parse.ts';
import { renderReport, stylesForDate } from '../test/support/render/render.ts';
import type { ReportStyle } from '../test/support/render/render.ts';
import type { DayFigures } from '../src/report/series-csv.ts';
import type { ReportLang } from '../src/report/types.ts';
import { median, round } from './stats.ts';

const LANGS: readonly ReportLang[] = ['uk', 'en', 'bilingual'];

interface Sample {
  day: DayFigures;
  style: ReportStyle;
  lang: ReportLang;
  text: string;
  opts: ParseOptions;
}

export interface ParseBenchResult {
  days: number;
  texts: number;
  bytes: number;
  warmupRounds: number;
  rounds: number;
  /** As the worker calls it, with the publication instant; median over the timed rounds. */
  reportsPerSecond: number;
  roundReportsPerSecond: number[];
  microsecondsPerReport: number;
  /** The same texts without the publication time: the parser alone, without the Kyiv-date conversion of the instant. */
  textOnly: { reportsPerSecond: number; roundReportsPerSecond: number[]; microsecondsPerReport: number; mismatches: number };
  mismatches: { total: number; notParsed: number; date: number; lang: number; figures: number; otherLines: number };
  /** The first few mismatches, for a reader to look into. */
  mismatchExamples: string[];
}

function describeMismatch(s: Sample, what: string): string {
  return `${s.day.date} ${s.style}/${s.lang}: ${what}`;
}

export interface ParseArgs {
  rounds: number;
  warmupRounds: number;
}

export function benchParse(days: readonly DayFigures[], opts: ParseArgs): ParseBenchResult {
  // Rendering stays outside the timed loop: only parsing is measured.
  const samples: Sample[] = [];
  for (const day of days) {
    for (const style of stylesForDate(day.date)) {
      for (const lang of LANGS) {
        // As the worker does, the post's publication time goes along (it dates yearless headers).
        samples.push({ day, style, lang, text: renderReport(day, { lang, style }), opts: { published: `${day.date}T05:30:00Z` } });
      }
    }
  }
  const texts = samples.map((s) => s.text);
  const options = samples.map((s) => s.opts);

  const check = (withPublished: boolean) => {
    const mismatches = { total: 0, notParsed: 0, date: 0, lang: 0, figures: 0, otherLines: 0 };
    const examples: string[] = [];
    const note = (s: Sample, kind: keyof typeof mismatches, what: string) => {
      mismatches[kind]++;
      if (examples.length < 10) examples.push(describeMismatch(s, `${what}${withPublished ? '' : ' (text only)'}`));
    };
    for (const s of samples) {
      const r = parseReport(s.text, withPublished ? s.opts : undefined);
      let bad = false;
      if (r === null) {
        note(s, 'notParsed', 'not parsed');
        mismatches.total++;
        continue;
      }
      if (r.date !== s.day.date) (bad = true), note(s, 'date', `date ${r.date}`);
      if (r.lang !== s.lang) (bad = true), note(s, 'lang', `lang ${r.lang}`);
      if (!isDeepStrictEqual(r.figures, s.day.figures)) {
        bad = true;
        const keys = new Set([...Object.keys(r.figures), ...Object.keys(s.day.figures)]) as Set<keyof typeof r.figures>;
        const diff = [...keys].filter((k) => !isDeepStrictEqual(r.figures[k], s.day.figures[k])).map((k) => `${k} ${JSON.stringify(r.figures[k])} != ${JSON.stringify(s.day.figures[k])}`);
        note(s, 'figures', diff.join('; '));
      }
      if (Object.keys(r.other).length > 0) (bad = true), note(s, 'otherLines', `other: ${Object.keys(r.other).join(', ')}`);
      if (bad) mismatches.total++;
    }
    return { mismatches, examples };
  };
  // Sanity (untimed): each text must parse back to the figures it was rendered from.
  const asWorker = check(true);
  const textOnly = check(false);

  let sink = 0;
  const pass = (withPublished: boolean): number => {
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) {
      const r = parseReport(texts[i] as string, withPublished ? options[i] : undefined);
      // Using the result keeps the call from being optimised away.
      if (r !== null) sink += r.date.length;
    }
    return performance.now() - t0;
  };
  for (let i = 0; i < opts.warmupRounds; i++) pass(true), pass(false);
  // The two ways alternate, so a busy moment of the machine does not fall on one of them only.
  const roundRates: number[] = [];
  const textOnlyRates: number[] = [];
  for (let i = 0; i < opts.rounds; i++) {
    roundRates.push(texts.length / (pass(true) / 1000));
    textOnlyRates.push(texts.length / (pass(false) / 1000));
  }
  if (sink === 0) throw new Error('parse benchmark: nothing parsed');

  const rate = median(roundRates);
  const rateTextOnly = median(textOnlyRates);
  return {
    days: days.length,
    texts: texts.length,
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0),
    warmupRounds: opts.warmupRounds,
    rounds: opts.rounds,
    reportsPerSecond: round(rate),
    roundReportsPerSecond: roundRates.map((r) => round(r)),
    microsecondsPerReport: round(1e6 / rate, 1),
    textOnly: { reportsPerSecond: round(rateTextOnly), roundReportsPerSecond: textOnlyRates.map((r) => round(r)), microsecondsPerReport: round(1e6 / rateTextOnly, 1), mismatches: textOnly.mismatches.total },
    mismatches: asWorker.mismatches,
    mismatchExamples: [...asWorker.examples, ...textOnly.examples].slice(0, 10),
  };
}
