import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchReportDate, publicationDay } from '../../src/corroboration/match-date.ts';
import { claim, series } from './fixtures.ts';

describe('publicationDay', () => {
  it('takes a date as it is and an instant as its day in Kyiv', () => {
    assert.equal(publicationDay('2024-11-12'), '2024-11-12');
    assert.equal(publicationDay('2024-11-11T23:30:00Z'), '2024-11-12'); // 01:30 in Kyiv
    assert.equal(publicationDay('Tue, 12 Nov 2024 08:05:00 GMT'), '2024-11-12');
  });

  it('gives null for nothing or nonsense', () => {
    assert.equal(publicationDay(undefined), null);
    assert.equal(publicationDay('2024-02-30'), null);
    assert.equal(publicationDay('last Tuesday'), null);
  });
});

describe('matchReportDate', () => {
  it('keeps the claim\'s own date, with its distance from the publication day', () => {
    assert.deepEqual(matchReportDate(claim({ value: 1_030, asOf: '2023-02-07' }), series, { published: '2023-02-09' }), {
      date: '2023-02-07',
      how: 'as_of',
      distanceDays: -2,
    });
    assert.deepEqual(matchReportDate(claim({ value: 1_030, asOf: '2023-02-07' }), series), {
      date: '2023-02-07',
      how: 'as_of',
      distanceDays: null,
    });
  });

  it('finds a daily figure within two days of the publication day, nearest first', () => {
    assert.deepEqual(matchReportDate(claim({ value: 1_030 }), series, { published: '2023-02-08' }), {
      date: '2023-02-07',
      how: 'nearest_value',
      distanceDays: -1,
    });
    // 1,140 was reported on 2023-02-11: two days after an article of the 9th, still in the window.
    assert.equal(matchReportDate(claim({ value: 1_140 }), series, { published: '2023-02-09' }).date, '2023-02-11');
  });

  it('prefers the earlier of two reports at the same distance', () => {
    // 1,770 on 2024-11-11 and on 2024-11-13.
    assert.equal(matchReportDate(claim({ value: 1_770 }), series, { published: '2024-11-12' }).date, '2024-11-11');
  });

  it('does not look beyond the window', () => {
    // 1,030 is three days before an article of 2023-02-10; the series has that day, so no fallback either.
    assert.deepEqual(matchReportDate(claim({ value: 1_030 }), series, { published: '2023-02-10' }), {
      date: null,
      how: 'none',
      distanceDays: null,
    });
  });

  it('reads a lower bound as a figure a little above it, not any figure above it', () => {
    // "more than 1,000" published on 2023-02-11: 1,140 on that day is 14% over; 1,030 on the 7th is out of the window.
    assert.equal(matchReportDate(claim({ value: 1_000, qualifier: 'more_than' }), series, { published: '2023-02-11' }).how, 'none');
    assert.equal(matchReportDate(claim({ value: 1_100, qualifier: 'more_than' }), series, { published: '2023-02-11' }).date, '2023-02-11');
  });

  it('needs a publication day for a daily figure', () => {
    assert.equal(matchReportDate(claim({ value: 1_030 }), series).how, 'none');
  });

  it('presumes the publication day\'s report when the series does not have it yet', () => {
    assert.deepEqual(matchReportDate(claim({ value: 2_000, record: true }), series, { published: '2024-11-15' }), {
      date: '2024-11-15',
      how: 'published',
      distanceDays: 0,
    });
  });

  it('dates a period by its sum, or by the one day it misreports', () => {
    const tanks = claim({ metric: 'tanks', kind: 'period', periodDays: 2, value: 25 });
    assert.equal(matchReportDate(tanks, series, { published: '2023-02-08' }).date, '2023-02-07');
    const oneDay = claim({ kind: 'period', periodDays: 2, value: 1_030, qualifier: 'more_than' });
    assert.equal(matchReportDate(oneDay, series, { published: '2023-02-08' }).date, '2023-02-07');
  });

  it('dates the difference of totals of a recount day', () => {
    assert.equal(matchReportDate(claim({ value: 2_710 }), series, { published: '2025-03-01' }).date, '2025-02-28');
  });

  it('dates an exact total anywhere in the series, nearest the publication day', () => {
    const total = claim({ kind: 'cumulative', value: 133_190 });
    assert.deepEqual(matchReportDate(total, series), { date: '2023-02-07', how: 'nearest_value', distanceDays: null });
    assert.deepEqual(matchReportDate(total, series, { published: '2023-03-01' }), {
      date: '2023-02-07',
      how: 'nearest_value',
      distanceDays: -22,
    });
  });

  it('dates a qualified total by where the series reaches it when there is no publication day', () => {
    assert.equal(matchReportDate(claim({ kind: 'cumulative', value: 710_000, qualifier: 'more_than' }), series).date, '2024-11-11');
    assert.equal(matchReportDate(claim({ kind: 'cumulative', value: 710_000, qualifier: 'at_least' }), series).date, '2024-11-11');
    assert.equal(matchReportDate(claim({ kind: 'cumulative', value: 713_000, qualifier: 'about' }), series).date, '2024-11-12');
    // Within the window, the total nearest the publication day that the bound plausibly reads.
    assert.equal(
      matchReportDate(claim({ kind: 'cumulative', value: 710_000, qualifier: 'more_than' }), series, { published: '2024-11-13' }).date,
      '2024-11-13',
    );
  });

  it('gives nothing for what the series cannot date', () => {
    const none = { date: null, how: 'none', distanceDays: null };
    assert.deepEqual(matchReportDate(claim({ kind: 'average', value: 1_500 }), series, { published: '2024-11-12' }), none);
    assert.deepEqual(matchReportDate(claim({ kind: 'period', periodDays: null, value: 100 }), series, { published: '2024-11-12' }), none);
    assert.deepEqual(matchReportDate(claim({ metric: 'other', value: 10 }), series, { published: '2024-11-12' }), none);
    assert.deepEqual(matchReportDate(claim({ metric: 'ships', value: 1 }), series, { published: '2024-11-12' }), none);
  });
});
