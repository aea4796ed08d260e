/**
 * Checks against the shared data set: skipped where /work/shared/data is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { Category } from '../../src/core/categories.ts';
import { parseReport } from '../../src/report/parse.ts';
import { renderReport, stylesForDate } from '../support/render/render.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import type { DayFigures } from '../../src/report/series-csv.ts';
import type { Figure, ParsedReport, ReportLang } from '../../src/report/types.ts';
import { shared } from '../support/shared.ts';

const DATA = shared('data');
const SERIES = `${DATA}/gs-series.csv`;
const QUALITY = `${DATA}/gs-data-quality.csv`;
const skip = existsSync(SERIES) && existsSync(QUALITY) ? false : `${DATA} is absent`;
const LANGS: readonly ReportLang[] = ['uk', 'en', 'bilingual'];

function loadSeries(): DayFigures[] {
  return rowsToReports(parseSeriesCsv(readFileSync(SERIES, 'utf8')), parseRecountsCsv(readFileSync(QUALITY, 'utf8')));
}

describe('the shared series', { skip }, () => {
  test('every day, every style valid for the date, every language parses back exactly', (t) => {
    const days = loadSeries();
    assert.ok(days.length > 1600);
    const t0 = performance.now();
    let texts = 0;
    const failures: string[] = [];
    for (const day of days) {
      for (const style of stylesForDate(day.date)) {
        for (const lang of LANGS) {
          texts++;
          const expected: ParsedReport = { date: day.date, lang, figures: day.figures, other: {} };
          const parsed = parseReport(renderReport(day, { lang, style }));
          if (!isDeepStrictEqual(parsed, expected) && failures.length < 5) failures.push(`${day.date} ${style} ${lang}`);
        }
      }
    }
    const ms = performance.now() - t0;
    t.diagnostic(`whole series: ${days.length} days, ${texts} texts rendered and parsed in ${Math.round(ms)} ms`);
    assert.deepEqual(failures, []);
  });

  test('the fixtures carry real figures: totals, and every delta they print', () => {
    const byDate = new Map(loadSeries().map((d) => [d.date, d.figures]));
    const dir = new URL('../fixtures/reports/', import.meta.url);
    const names = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(names.length > 0);
    for (const name of names) {
      const { expected } = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as { expected: ParsedReport };
      const real = byDate.get(expected.date);
      assert.ok(real, `${name}: ${expected.date} is in the series`);
      assert.deepEqual(Object.keys(expected.figures).sort(), Object.keys(real).sort(), name);
      for (const [key, figure] of Object.entries(expected.figures) as [Category, Figure][]) {
        const want: Figure | undefined = real[key];
        assert.equal(figure.total, want?.total, `${name} ${key} total`);
        // Reposts drop "(+0)": a missing delta is allowed, a wrong one is not.
        if (figure.delta !== null) assert.equal(figure.delta, want?.delta, `${name} ${key} delta`);
      }
    }
  });
});
