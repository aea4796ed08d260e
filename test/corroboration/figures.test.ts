import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allows, digitSlip, fmt, nearMiss, plausible, roundedTo } from '../../src/corroboration/figures.ts';
import { SeriesIndex } from '../../src/corroboration/series-index.ts';
import { points, series } from './fixtures.ts';

describe('figures', () => {
  it('allows: the qualifier\'s reading of a figure', () => {
    assert.ok(allows('exact', 1_030, 1_030));
    assert.ok(!allows('exact', 1_000, 1_030));
    assert.ok(allows('about', 1_000, 1_030));
    assert.ok(allows('about', 2_000, 1_950));
    assert.ok(!allows('about', 1_000, 1_140));
    assert.ok(allows('about', 10, 12)); // at least two units either way
    assert.ok(allows('more_than', 1_000, 1_950));
    assert.ok(allows('more_than', 1_030, 1_030));
    assert.ok(!allows('at_least', 1_100, 1_030));
  });

  it('plausible: a bound dates a figure only a little above it', () => {
    assert.ok(plausible('more_than', 1_000, 1_030));
    assert.ok(!plausible('more_than', 1_000, 1_950));
    assert.ok(plausible('more_than', 710_000, 712_610));
    assert.ok(!plausible('at_least', 1_100, 1_030));
  });

  it('roundedTo: the finest granularity that gives the claim', () => {
    assert.equal(roundedTo(1_000, 1_030), 100);
    assert.equal(roundedTo(710_000, 710_660), 1_000); // truncated
    assert.equal(roundedTo(133_000, 133_190), 1_000);
    assert.equal(roundedTo(10, 14), 10);
    assert.equal(roundedTo(1_030, 1_030), null);
    assert.equal(roundedTo(1_730, 1_740), null);
    assert.equal(roundedTo(10, 8), null);
  });

  it('digitSlip and nearMiss: a misquote, not another figure', () => {
    assert.ok(digitSlip(1_730, 1_740));
    assert.ok(digitSlip(133_910, 133_190));
    assert.ok(!digitSlip(2_030, 1_030)); // the first digit
    assert.ok(!digitSlip(1_950, 1_740));
    assert.ok(nearMiss(1_730, 1_740));
    assert.ok(nearMiss(712_000, 712_610)); // within 1%
    assert.ok(!nearMiss(1_500, 1_030));
    assert.ok(!nearMiss(1_740, 1_740));
  });

  it('fmt groups thousands with commas', () => {
    assert.equal(fmt(133_190), '133,190');
  });
});

describe('SeriesIndex', () => {
  it('looks up a point by metric and date', () => {
    assert.equal(series.get('personnel', '2023-02-07')?.total, 133_190);
    assert.equal(series.get('tanks', '2023-02-07')?.delta, 14);
    assert.equal(series.get('tanks', '2024-05-13'), undefined);
    assert.ok(series.hasMetric('tanks'));
    assert.ok(!series.hasMetric('ships'));
    assert.equal(series.last('personnel'), '2025-03-02');
  });

  it('finds reports by total', () => {
    assert.deepEqual(series.withTotal('personnel', 133_190).map((p) => p.date), ['2023-02-07']);
    assert.deepEqual(series.withTotal('personnel', 133_191), []);
  });

  it('sums a period from the reported (+N), and keeps the difference of totals beside it', () => {
    assert.deepEqual(series.period('tanks', '2023-02-07', 2), { value: 25, source: 'deltas', totalsDiff: 25 });
    assert.deepEqual(series.period('personnel', '2025-02-28', 2), { value: 2_210, source: 'deltas', totalsDiff: 3_860 });
    // A report missing inside the period: nothing to sum, nothing to subtract.
    assert.equal(series.period('personnel', '2024-11-28', 3), null);
  });

  it('reads a day without (+N) from the difference of totals, never across a gap', () => {
    assert.deepEqual(series.daily('personnel', '2022-04-24'), { value: 200, source: 'diff' });
    assert.equal(series.daily('personnel', '2022-04-22'), null);
    // 2023-02-02 follows 2022-04-26 in the slices: its difference of totals spans months.
    const gap = SeriesIndex.from(points.map((p) => (p.date === '2023-02-02' && p.metric === 'personnel' ? { ...p, delta: null } : p)));
    assert.equal(gap.daily('personnel', '2023-02-02'), null);
  });

  it('names a recount: the difference of totals where the reported (+N) differs', () => {
    assert.deepEqual(series.recount('personnel', '2025-02-28'), { delta: 1_060, diff: 2_710 });
    assert.equal(series.recount('personnel', '2025-02-27'), null);
    assert.equal(series.recount('personnel', '2023-02-02'), null); // after a gap
  });
});
