import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corroborate } from '../../src/corroboration/corroborate.ts';
import { RecordIndex } from '../../src/corroboration/series-index.ts';
import type { Corroboration } from '../../src/corroboration/types.ts';
import { claim, records, series } from './fixtures.ts';

const codes = (v: Corroboration) => v.notes.map((n) => n.code);

describe('corroborate: the same figure for the same report', () => {
  it('a daily figure on its report date, and the record it set', () => {
    const v = corroborate(
      claim({ value: 1_030, asOf: '2023-02-07', record: true, quote: 'Kyiv said 1,030 Russian troops were put out of action in a day, a record' }),
      series,
      records,
    );
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reason, null);
    assert.equal(v.reportDate, '2023-02-07');
    assert.equal(v.expected, 1_030);
    assert.equal(v.how, 'as_of');
    assert.deepEqual(codes(v), ['record_confirmed']);
    assert.deepEqual(v.notes[0]?.ref, { date: '2023-02-07', value: 1_030 });
    assert.match(v.notes[0]?.text ?? '', /beat 950 \(2022-10-30\)/);
  });

  it('an undated record claim found by its figure near the publication day', () => {
    const v = corroborate(claim({ value: 1_030, record: true }), series, records, { published: '2023-02-07' });
    assert.equal(v.status, 'corroborates');
    assert.equal(v.how, 'nearest_value');
    assert.equal(v.reportDate, '2023-02-07');
    assert.deepEqual(codes(v), ['record_confirmed']);
  });

  it('a publication instant is read as the day in Kyiv: a New York evening is the next Kyiv morning', () => {
    // 21:15 in New York on 7 February is 04:15 on 8 February in Kyiv; the 1,030 is one report back.
    const v = corroborate(claim({ value: 1_030 }), series, records, { published: '2023-02-07T21:15:00-05:00' });
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reportDate, '2023-02-07');
  });

  it('the cumulative 133,190 pins its report with no date at all', () => {
    const v = corroborate(claim({ kind: 'cumulative', value: 133_190, quote: 'a total of 133,190 since the invasion' }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reportDate, '2023-02-07');
    assert.equal(v.expected, 133_190);
    assert.equal(v.how, 'nearest_value');
  });

  it('the cumulative 133,190 with its date', () => {
    const v = corroborate(claim({ kind: 'cumulative', value: 133_190, asOf: '2023-02-07' }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.equal(v.expected, 133_190);
  });

  it('a period of two days summed from the reported (+N): 11 + 14 tanks', () => {
    const v = corroborate(
      claim({ metric: 'tanks', kind: 'period', periodDays: 2, value: 25, asOf: '2023-02-07', quote: '25 tanks over the last two days' }),
      series,
      records,
    );
    assert.equal(v.status, 'corroborates');
    assert.equal(v.expected, 25);
  });

  it('"more than 1,000" reads 1,030: corroborates with a note', () => {
    const v = corroborate(claim({ value: 1_000, qualifier: 'more_than' }), series, records, { published: '2023-02-07' });
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reportDate, '2023-02-07');
    assert.equal(v.expected, 1_030);
    assert.deepEqual(codes(v), ['qualified_figure']);
    assert.match(v.notes[0]?.text ?? '', /more than 1,000.*1,030/);
  });

  it('"about 1,000" on the day of 1,030 corroborates with a note; "about 1,200" does not', () => {
    const ok = corroborate(claim({ value: 1_000, qualifier: 'about', asOf: '2023-02-07' }), series, records);
    assert.equal(ok.status, 'corroborates');
    assert.deepEqual(codes(ok), ['qualified_figure']);
    const off = corroborate(claim({ value: 1_200, qualifier: 'about', asOf: '2023-02-07' }), series, records);
    assert.equal(off.status, 'contradicts');
    assert.equal(off.reason?.code, 'mismatch');
    assert.equal(off.expected, 1_030);
  });

  it('"more than 1,030" where the report says exactly 1,030: corroborates, the qualifier noted as loose', () => {
    const v = corroborate(claim({ value: 1_030, qualifier: 'more_than', asOf: '2023-02-07' }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.deepEqual(codes(v), ['qualifier_loose']);
  });

  it('"more than 710,000" fits the total of the report nearest the publication day', () => {
    const v = corroborate(claim({ kind: 'cumulative', value: 710_000, qualifier: 'more_than' }), series, records, { published: '2024-11-12' });
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reportDate, '2024-11-12');
    assert.equal(v.expected, 712_610);
  });

  it('a claimed date that is the loss day, one report early: corroborates the next report, noted', () => {
    const v = corroborate(claim({ value: 1_030, asOf: '2023-02-06' }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reportDate, '2023-02-07');
    assert.equal(v.how, 'as_of');
    assert.deepEqual(codes(v), ['adjacent_report']);
  });

  it('a report without (+N) is read from the difference of totals, noted', () => {
    const v = corroborate(claim({ value: 200, asOf: '2022-04-24' }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.deepEqual(codes(v), ['delta_from_totals']);
  });

  it('a period that matches the difference of totals but not the sum of the (+N) (a recount inside it)', () => {
    // 2025-02-27 and 02-28: (+1 150) + (+1 060) = 2,210; the totals rose by 3,860.
    const v = corroborate(claim({ kind: 'period', periodDays: 2, value: 3_860, asOf: '2025-02-28' }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.equal(v.expected, 3_860);
    assert.deepEqual(codes(v), ['period_from_totals']);
  });
});

describe('corroborate: the seeds\' traps', () => {
  it('"over 1,030 in the last two days" is one day\'s figure reported as two days', () => {
    const v = corroborate(
      claim({ kind: 'period', periodDays: 2, value: 1_030, qualifier: 'more_than', asOf: '2023-02-07', quote: 'over 1,030 Russian soldiers lost in the past two days' }),
      series,
      records,
    );
    assert.equal(v.status, 'contradicts');
    assert.equal(v.reason?.code, 'one_day_as_period');
    assert.deepEqual(v.reason?.ref, { date: '2023-02-07', value: 1_030 });
    assert.equal(v.expected, 1_900); // 870 + 1,030
    assert.match(v.reason?.text ?? '', /one-day figure reported as 2 days/);
  });

  it('the same without a date: dated by the single day, then contradicted', () => {
    const v = corroborate(claim({ kind: 'period', periodDays: 2, value: 1_030 }), series, records, { published: '2023-02-07' });
    assert.equal(v.status, 'contradicts');
    assert.equal(v.reason?.code, 'one_day_as_period');
    assert.equal(v.how, 'nearest_value');
    assert.equal(v.reportDate, '2023-02-07');
  });

  it('"the previous peak of 1,730 in May" is the 1,740 of 2024-05-13 misquoted', () => {
    const v = corroborate(
      claim({ value: 1_730, quote: 'beyond the earlier high of 1,730 in one day in May' }),
      series,
      records,
      { published: '2024-11-12' },
    );
    assert.equal(v.status, 'contradicts');
    assert.equal(v.reason?.code, 'misquoted_previous_record');
    assert.equal(v.reportDate, '2024-05-13');
    assert.equal(v.expected, 1_740);
    assert.equal(v.how, 'record_list');
    assert.deepEqual(v.reason?.ref, { date: '2024-05-13', value: 1_740 });
  });

  it('the same with no publication date', () => {
    const v = corroborate(claim({ value: 1_730 }), series, records);
    assert.equal(v.reason?.code, 'misquoted_previous_record');
    assert.equal(v.expected, 1_740);
  });

  it('told it is an old record, the record days decide even where a report nearby has the figure', () => {
    // 2024-12-01 reported (+1 730): near an article of 2024-12-03 it would date the claim.
    const inferred = corroborate(claim({ value: 1_730 }), series, records, { published: '2024-12-03' });
    assert.equal(inferred.status, 'corroborates');
    assert.equal(inferred.reportDate, '2024-12-01');
    const told = corroborate(claim({ value: 1_730 }), series, records, { published: '2024-12-03', previousRecord: true });
    assert.equal(told.reason?.code, 'misquoted_previous_record');
    assert.equal(told.expected, 1_740);
  });

  it('an old record quoted right corroborates from the record days', () => {
    const v = corroborate(claim({ value: 1_740 }), series, records, { published: '2024-11-12' });
    assert.equal(v.status, 'corroborates');
    assert.equal(v.how, 'record_list');
    assert.equal(v.reportDate, '2024-05-13');
    assert.deepEqual(codes(v), ['previous_record']);
  });

  it('"1,770 on Sunday" in an article of Tuesday 2024-11-12: the earlier of two reports with 1,770', () => {
    const v = corroborate(claim({ value: 1_770 }), series, records, { published: '2024-11-12' });
    assert.equal(v.status, 'corroborates');
    assert.equal(v.reportDate, '2024-11-11');
  });

  it('records are only looked for before the publication day', () => {
    // 1,950 was set on 2024-11-12; an article of 2024-05-20 cannot refer to it.
    const v = corroborate(claim({ value: 1_950 }), series, records, { published: '2024-05-20', previousRecord: true });
    assert.equal(v.status, 'unverified');
    assert.equal(v.reason?.code, 'no_matching_report');
  });

  it('"killed" for the General Staff\'s killed-and-wounded figure: corroborated, with a note', () => {
    const v = corroborate(
      claim({ value: 1_950, asOf: '2024-11-12', record: true, quote: '1,950 Russian soldiers killed in a single day' }),
      series,
      records,
      { wording: 'killed' },
    );
    assert.equal(v.status, 'corroborates');
    assert.deepEqual(codes(v), ['killed_vs_casualties', 'record_confirmed']);
  });

  it('"killed" is no note for equipment or for "casualties"', () => {
    assert.deepEqual(codes(corroborate(claim({ value: 1_950, asOf: '2024-11-12' }), series, records, { wording: 'casualties' })), []);
    const tanks = corroborate(claim({ metric: 'tanks', value: 14, asOf: '2023-02-07' }), series, records, { wording: 'killed' });
    assert.deepEqual(codes(tanks), []);
  });
});

describe('corroborate: contradictions on a known date', () => {
  it('a rounded "1,000" stated as exact', () => {
    const v = corroborate(claim({ value: 1_000, asOf: '2023-02-07' }), series, records);
    assert.equal(v.status, 'contradicts');
    assert.equal(v.reason?.code, 'rounded');
    assert.equal(v.expected, 1_030);
    assert.match(v.reason?.text ?? '', /1,030 rounded to 100s/);
  });

  it('a truncated total stated as exact', () => {
    const v = corroborate(claim({ kind: 'cumulative', value: 710_000, asOf: '2024-11-11' }), series, records);
    assert.equal(v.reason?.code, 'rounded');
    assert.equal(v.expected, 710_660);
  });

  it('a misquote: 1,730 for the report of 1,740', () => {
    const v = corroborate(claim({ value: 1_730, asOf: '2024-05-13' }), series, records);
    assert.equal(v.status, 'contradicts');
    assert.equal(v.reason?.code, 'misquoted');
    assert.equal(v.expected, 1_740);
  });

  it('a misquote: two digits of a total swapped', () => {
    const v = corroborate(claim({ kind: 'cumulative', value: 133_910, asOf: '2023-02-07' }), series, records);
    assert.equal(v.reason?.code, 'misquoted');
    assert.equal(v.expected, 133_190);
  });

  it('another figure altogether', () => {
    const v = corroborate(claim({ value: 1_500, asOf: '2023-02-07' }), series, records);
    assert.equal(v.reason?.code, 'mismatch');
    assert.equal(v.expected, 1_030);
  });

  it('the difference of totals of a recount day given as the day\'s losses', () => {
    const dated = corroborate(claim({ value: 2_710, asOf: '2025-02-28' }), series, records);
    assert.equal(dated.status, 'contradicts');
    assert.equal(dated.reason?.code, 'total_difference');
    assert.equal(dated.expected, 1_060);
    const undated = corroborate(claim({ value: 2_710 }), series, records, { published: '2025-02-28' });
    assert.equal(undated.reason?.code, 'total_difference');
    assert.equal(undated.reportDate, '2025-02-28');
    assert.equal(corroborate(claim({ value: 1_060, asOf: '2025-02-28' }), series, records).status, 'corroborates');
  });
});

describe('corroborate: record claims', () => {
  it('1,770 on 2024-11-13 is no record: 1,950 the day before stood higher', () => {
    const v = corroborate(claim({ value: 1_770, asOf: '2024-11-13', record: true }), series, records);
    assert.equal(v.status, 'contradicts');
    assert.equal(v.reason?.code, 'not_a_record');
    assert.deepEqual(v.reason?.ref, { date: '2024-11-12', value: 1_950 });
    assert.equal(v.expected, 1_770);
  });

  it('1,740 on 2024-11-30 equals the May record but is no record: 2,030 stood', () => {
    const v = corroborate(claim({ value: 1_740, asOf: '2024-11-30', record: true }), series, records);
    assert.equal(v.reason?.code, 'not_a_record');
    assert.deepEqual(v.reason?.ref, { date: '2024-11-29', value: 2_030 });
  });

  it('a record claim for a date the series does not have is left to the reported-record path', () => {
    const dated = corroborate(claim({ value: 2_000, asOf: '2024-11-15', record: true }), series, records);
    assert.equal(dated.status, 'unverified');
    assert.equal(dated.reason?.code, 'date_not_in_series');
    assert.equal(dated.reportDate, '2024-11-15');
    assert.match(dated.reason?.text ?? '', /reported record/);
    // Undated, in an article ahead of the store: presumed to be the publication day's report.
    const ahead = corroborate(claim({ value: 2_000, record: true }), series, records, { published: '2024-11-15T09:30:00Z' });
    assert.equal(ahead.reason?.code, 'date_not_in_series');
    assert.equal(ahead.reportDate, '2024-11-15');
    assert.equal(ahead.how, 'published');
  });

  it('a record claim with no date at all: an old record day\'s figure corroborates', () => {
    const v = corroborate(claim({ value: 1_030, record: true }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.equal(v.how, 'record_list');
    assert.equal(v.reportDate, '2023-02-07');
    assert.deepEqual(codes(v), ['record_confirmed']);
  });

  it('a record claim on a cumulative figure is not judged by the record days', () => {
    const v = corroborate(claim({ kind: 'cumulative', value: 133_190, asOf: '2023-02-07', record: true }), series, records);
    assert.equal(v.status, 'corroborates');
    assert.deepEqual(codes(v), ['record_not_checked']);
  });

  it('accepts a prebuilt record index', () => {
    const v = corroborate(claim({ value: 1_770, asOf: '2024-11-13', record: true }), series, new RecordIndex(records));
    assert.equal(v.reason?.code, 'not_a_record');
  });
});

describe('corroborate: unverified', () => {
  it('a Russian MoD claim', () => {
    const v = corroborate(
      claim({ claimant: 'ru_mod', subject: 'ua', kind: 'period', periodDays: 31, value: 6_500, asOf: '2023-01-31', quote: 'Moscow put Ukrainian losses for January at 6,500' }),
      series,
      records,
    );
    assert.equal(v.status, 'unverified');
    assert.equal(v.reason?.code, 'not_general_staff');
    assert.equal(v.reportDate, null);
    assert.equal(v.expected, null);
    assert.equal(v.how, 'none');
  });

  it('a General Staff figure for Ukrainian losses, a metric outside the series, an average, an open period', () => {
    assert.equal(corroborate(claim({ subject: 'ua', value: 1_030, asOf: '2023-02-07' }), series, records).reason?.code, 'subject_not_in_series');
    assert.equal(corroborate(claim({ metric: 'other', value: 10, asOf: '2023-02-07' }), series, records).reason?.code, 'metric_not_in_series');
    assert.equal(corroborate(claim({ metric: 'ships', value: 1, asOf: '2023-02-07' }), series, records).reason?.code, 'metric_not_in_series');
    assert.equal(corroborate(claim({ kind: 'average', value: 1_500 }), series, records).reason?.code, 'kind_not_checked');
    assert.equal(corroborate(claim({ kind: 'period', periodDays: null, value: 100 }), series, records).reason?.code, 'kind_not_checked');
  });

  it('no date and no report near the publication day with the figure: the closest one is noted', () => {
    const v = corroborate(claim({ value: 1_500 }), series, records, { published: '2023-02-07' });
    assert.equal(v.status, 'unverified');
    assert.equal(v.reason?.code, 'no_matching_report');
    assert.equal(v.reportDate, null);
    assert.deepEqual(codes(v), ['nearest_figure']);
    assert.deepEqual(v.notes[0]?.ref, { date: '2023-02-07', value: 1_030 });
  });

  it('no date and no publication date', () => {
    const v = corroborate(claim({ value: 1_500 }), series, records);
    assert.equal(v.reason?.code, 'no_matching_report');
  });

  it('a daily figure near an old record is no previous-record reference when the caller says it is not', () => {
    const v = corroborate(claim({ value: 1_730 }), series, records, { published: '2024-11-12', previousRecord: false });
    assert.equal(v.reason?.code, 'no_matching_report');
  });

  it('a slipped digit of an old record more than 2% off counts only when the caller says it is an old record', () => {
    // 1,700: one digit off 1,740 but 2.3% under it; no report near 2024-11-12 has it.
    const inferred = corroborate(claim({ value: 1_700 }), series, records, { published: '2024-11-12' });
    assert.equal(inferred.reason?.code, 'no_matching_report');
    const told = corroborate(claim({ value: 1_700 }), series, records, { published: '2024-11-12', previousRecord: true });
    assert.equal(told.reason?.code, 'misquoted_previous_record');
    assert.equal(told.expected, 1_740);
  });

  it('a dated claim for a day the series lacks', () => {
    const v = corroborate(claim({ value: 1_000, asOf: '2023-06-01' }), series, records);
    assert.equal(v.reason?.code, 'date_not_in_series');
    assert.doesNotMatch(v.reason?.text ?? '', /reported record/);
  });
});
