/**
 * The seeds' traps, read from ../shared at run time (skipped when absent; their text is
 * not copied into the project): extracted from the articles, then corroborated against
 * the whole series.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { corroborate, seriesIndexes } from '../../src/corroboration/index.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { storedReport } from '../support/reports.ts';
import { SHARED_DIR } from '../support/shared.ts';

const SHARED = SHARED_DIR;
const present = existsSync(join(SHARED, 'corpus', 'seeds')) && existsSync(join(SHARED, 'data', 'gs-series.csv'));

describe('corroboration of the seeds’ claims', { skip: present ? false : 'no ../shared here' }, () => {
  it('1,030 and 133,190 corroborate; "1,030 in two days" and "previous peak of 1,730" contradict', () => {
    const data = join(SHARED, 'data');
    const days = rowsToReports(parseSeriesCsv(readFileSync(join(data, 'gs-series.csv'), 'utf8')), parseRecountsCsv(readFileSync(join(data, 'gs-data-quality.csv'), 'utf8')));
    const { series, records } = seriesIndexes(
      days.map((d) => storedReport({ date: d.date, ...Object.fromEntries(Object.entries(d.figures).map(([k, f]) => [k, [f!.total, f!.delta]])) })),
      '2022-04-26',
    );
    const verdicts = new Map<string, Set<string>>();
    const dir = join(SHARED, 'corpus', 'seeds');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const c of extractClaims(readFileSync(join(dir, f), 'utf8'))) {
        const v = corroborate(c, series, records, {});
        const key = `${c.metric}|${c.kind}|${c.value}|${c.periodDays ?? ''}`;
        if (!verdicts.has(key)) verdicts.set(key, new Set());
        verdicts.get(key)!.add(`${v.status}${v.reason ? `:${v.reason.code}` : ''}`);
      }
    }
    assert.deepEqual([...verdicts.get('personnel|daily|1030|1')!], ['corroborates']);
    assert.deepEqual([...verdicts.get('personnel|cumulative|133190|')!], ['corroborates']);
    assert.deepEqual([...verdicts.get('personnel|period|1030|2')!], ['contradicts:one_day_as_period']);
    assert.deepEqual([...verdicts.get('personnel|daily|1730|1')!], ['contradicts:misquoted_previous_record']);
  });
});
