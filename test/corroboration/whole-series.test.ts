/**
 * Corroboration over the whole real series (skipped when ../shared is absent): the fixture
 * slices are the real figures, every report's own figures corroborate, every record day
 * confirms, and the seeds' traps come out the same against the full record list.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corroborate } from '../../src/corroboration/corroborate.ts';
import { RecordIndex, SeriesIndex } from '../../src/corroboration/series-index.ts';
import { addDays } from '../../src/core/dates.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { computeRecords } from '../../src/series/records.ts';
import { computeSeries } from '../../src/series/series.ts';
import type { RecordDay, SeriesPoint } from '../../src/series/types.ts';
import { storedReport } from '../support/reports.ts';
import type { Row } from '../support/reports.ts';
import { claim, records as fixtureRecords, rows as fixtureRows } from './fixtures.ts';
import { shared } from '../support/shared.ts';

const DATA = shared('data');
const present = existsSync(join(DATA, 'gs-series.csv')) && existsSync(join(DATA, 'gs-data-quality.csv'));
const BASELINE = '2022-04-26';

function load(): { points: SeriesPoint[]; series: SeriesIndex; records: RecordDay[]; index: RecordIndex } {
  const days = rowsToReports(
    parseSeriesCsv(readFileSync(join(DATA, 'gs-series.csv'), 'utf8')),
    parseRecountsCsv(readFileSync(join(DATA, 'gs-data-quality.csv'), 'utf8')),
  );
  const reports = days.map((d) => {
    const row: Row = { date: d.date };
    for (const [k, f] of Object.entries(d.figures)) Object.assign(row, { [k]: [f.total, f.delta] });
    return storedReport(row);
  });
  const points = computeSeries(reports);
  const records = computeRecords(points, BASELINE);
  return { points, series: SeriesIndex.from(points), records, index: new RecordIndex(records) };
}

describe('corroboration over the whole series', { skip: present ? false : 'no ../shared/data here' }, () => {
  const { points, series, records, index } = present ? load() : { points: [], series: SeriesIndex.from([]), records: [], index: new RecordIndex([]) };

  it('the fixture slices and record days are the real ones', () => {
    for (const row of fixtureRows) {
      for (const metric of ['personnel', 'tanks'] as const) {
        const fixture = row[metric];
        if (!fixture) continue;
        const p = series.get(metric, row.date);
        assert.deepEqual([p?.total, p?.delta], fixture, `${metric} ${row.date}`);
      }
    }
    const personnel = records.filter((r) => r.metric === 'personnel' && r.date <= '2024-12-20');
    assert.deepEqual(fixtureRecords, personnel);
  });

  it('every personnel report\'s own (+N) and total corroborate on its date', () => {
    let n = 0;
    for (const p of series.points('personnel')) {
      if (p.date < BASELINE || p.delta === null) continue;
      const daily = corroborate(claim({ value: p.delta, asOf: p.date }), series, index);
      assert.equal(daily.status, 'corroborates', `${p.date} (+${p.delta})`);
      const total = corroborate(claim({ kind: 'cumulative', value: p.total }), series, index);
      assert.equal(total.status, 'corroborates', `${p.date} ${p.total}`);
      assert.equal(total.reportDate, series.withTotal('personnel', p.total)[0]?.date);
      n++;
    }
    assert.ok(n > 1_000);
  });

  it('every record day confirms as a record; the day after one, when no record itself, is not a record', () => {
    for (const r of records) {
      const v = corroborate(claim({ metric: r.metric, value: r.value, asOf: r.date, record: true }), series, index);
      assert.equal(v.status, 'corroborates', `${r.metric} ${r.date}`);
      assert.ok(v.notes.some((n) => n.code === 'record_confirmed'));
      const next = addDays(r.date, 1);
      const delta = series.get(r.metric, next)?.delta;
      if (delta === undefined || delta === null || delta <= 0 || index.on(r.metric, next)) continue;
      const after = corroborate(claim({ metric: r.metric, value: delta, asOf: next, record: true }), series, index);
      assert.equal(after.reason?.code, 'not_a_record', `${r.metric} ${next}`);
    }
  });

  it('the seeds\' traps against the full record list', () => {
    for (const published of ['2024-11-11', '2024-11-12', undefined]) {
      const v = corroborate(claim({ value: 1_730 }), series, index, published ? { published } : {});
      assert.equal(v.reason?.code, 'misquoted_previous_record', String(published));
      assert.deepEqual([v.reportDate, v.expected], ['2024-05-13', 1_740]);
    }
    const twoDays = corroborate(claim({ kind: 'period', periodDays: 2, value: 1_030, qualifier: 'more_than', asOf: '2023-02-07' }), series, index);
    assert.equal(twoDays.reason?.code, 'one_day_as_period');
    assert.equal(twoDays.expected, 1_900);
    const record = corroborate(claim({ value: 1_030, record: true }), series, index, { published: '2023-02-07' });
    assert.deepEqual([record.status, record.reportDate], ['corroborates', '2023-02-07']);
    const nov = corroborate(claim({ value: 1_770, record: true }), series, index, { published: '2024-11-11' });
    assert.deepEqual([nov.status, nov.reportDate], ['corroborates', '2024-11-11']);
  });

  it('an undated daily figure a day late finds its report, or a nearer one with the same figure', () => {
    let right = 0;
    let total = 0;
    for (const p of series.points('personnel')) {
      if (p.date < BASELINE || p.delta === null) continue;
      const published = addDays(p.date, 1);
      const v = corroborate(claim({ value: p.delta }), series, index, { published });
      total++;
      if (v.reportDate === p.date) right++;
      else {
        // The publication day's own report had the same (+N): nearer, so taken first.
        assert.equal(v.reportDate, published, p.date);
        assert.equal(series.get('personnel', published)?.delta, p.delta);
      }
    }
    assert.ok(right / total > 0.95, `${right}/${total}`);
  });
});
