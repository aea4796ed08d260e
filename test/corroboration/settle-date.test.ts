import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../src/claims/types.ts';
import { RecordIndex, SeriesIndex } from '../../src/corroboration/index.ts';
import { settleArticleDates, settleReportDate } from '../../src/corroboration/settle-date.ts';
import { computeRecords } from '../../src/series/records.ts';
import { computeSeries } from '../../src/series/series.ts';
import { storedReport } from '../support/reports.ts';

// Real personnel figures, November 2024: records of 1,770 (11-11) and 1,950 (11-12).
const points = computeSeries(
  [
    { date: '2024-11-09', personnel: [706_080, 1_200] as [number, number] },
    { date: '2024-11-10', personnel: [707_740, 1_660] as [number, number] },
    { date: '2024-11-11', personnel: [709_510, 1_770] as [number, number] },
    { date: '2024-11-12', personnel: [711_460, 1_950] as [number, number] },
    { date: '2024-11-13', personnel: [713_080, 1_620] as [number, number] },
  ].map((r) => storedReport(r)),
);
const series = SeriesIndex.from(points);
const records = new RecordIndex(computeRecords(points, '2024-11-09'));
const claim = (over: Partial<Claim>): Claim => ({ claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1_950, qualifier: 'exact', periodDays: 1, asOf: null, record: true, quote: 'q', ...over });

describe('settleReportDate', () => {
  it('keeps a stated date whose report has the figure', () => {
    assert.equal(settleReportDate(claim({ asOf: '2024-11-12' }), series, null, records).asOf, '2024-11-12');
  });
  it('dates an undated figure near the publication day by its value', () => {
    const s = settleReportDate(claim({ value: 1_620, record: false }), series, '2024-11-13T09:00:00Z', records);
    assert.deepEqual([s.asOf, s.asOfMatch], ['2024-11-13', 'nearest_value']);
  });
  it('dates an undated record figure by the record list when there is no publication day', () => {
    const s = settleReportDate(claim({ qualifier: 'at_least' }), series, null, records);
    assert.deepEqual([s.asOf, s.asOfMatch], ['2024-11-12', 'record_day']);
  });
  it('moves a loss day taken for the report day to the report that has the figure', () => {
    const s = settleReportDate(claim({ value: 1_620, record: false, asOf: '2024-11-12' }), series, null, records);
    assert.deepEqual([s.asOf, s.asOfMatch], ['2024-11-13', 'adjacent_report']);
  });
  it('leaves other claimants, and figures the series does not have, alone', () => {
    assert.equal(settleReportDate(claim({ claimant: 'ru_mod', subject: 'ua' }), series, null, records).asOf, null);
    assert.equal(settleReportDate(claim({ value: 2_222, record: false }), series, '2024-11-13', records).asOf, null);
  });
});

describe('settleArticleDates', () => {
  it('anchors an undated line on the day the article’s other figures settled on', () => {
    const undatedHeadline = claim({ value: 1_950 });
    const line = claim({ value: 1_620, record: false });
    // Without a publication day the 1,620 cannot be dated alone; the record figure anchors it.
    assert.equal(settleReportDate(line, series, null, records).asOf, null);
    const out = settleArticleDates([undatedHeadline, claim({ value: 711_460, kind: 'cumulative', periodDays: null, record: false }), line], series, null, records);
    assert.deepEqual(out.map((c) => c.asOf), ['2024-11-12', '2024-11-12', '2024-11-13']);
    assert.equal(out[2]?.asOfMatch, 'article_anchor');
  });
});
