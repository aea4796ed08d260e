import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordEventsFor } from '../../src/pipeline/detect-records.ts';
import { computeRecords } from '../../src/series/records.ts';
import { computeSeries } from '../../src/series/series.ts';
import { storedReport } from '../support/reports.ts';
import type { Row } from '../support/reports.ts';

// Real personnel figures around the 2025-02-28 report, whose total also folds a
// recount: the total rose by 2,710 while the report said (+1 060).
const feb2025: Row[] = [
  { date: '2025-02-25', personnel: [869_530, 1_300] },
  { date: '2025-02-26', personnel: [870_700, 1_170] },
  { date: '2025-02-27', personnel: [871_850, 1_150] },
  { date: '2025-02-28', personnel: [874_560, 1_060] },
  { date: '2025-03-01', personnel: [875_610, 1_050] },
];

const records = (rows: Row[], baseline: string) => computeRecords(computeSeries(rows.map((r) => storedReport(r))), baseline);

describe('computeRecords', () => {
  it('compares reported deltas, not differences of totals, and flags the disagreement', () => {
    const series = computeSeries(feb2025.map((r) => storedReport(r)), ['personnel']);
    const recount = series.find((p) => p.date === '2025-02-28');
    assert.equal(recount?.diff, 2_710);
    assert.equal(recount?.delta, 1_060);
    assert.ok(recount?.flags.includes('delta_differs_from_totals'));
    // 2,710 would beat 1,300; the reported 1,060 does not.
    const days = records(feb2025, '2025-02-25').map((r) => r.date);
    assert.deepEqual(days, ['2025-02-25']);
  });

  it('starts at the baseline: earlier deltas are neither records nor the bar to beat', () => {
    const rows: Row[] = [
      { date: '2022-04-24', personnel: [21_800, 900] },
      { date: '2022-04-25', personnel: [21_900, 100] },
      { date: '2022-04-26', personnel: [22_100, 200] },
      { date: '2022-04-27', personnel: [22_400, 300] },
      { date: '2022-04-28', personnel: [22_800, 400] },
      { date: '2022-04-29', personnel: [23_000, 200] },
    ];
    const out = records(rows, '2022-04-26');
    assert.deepEqual(
      out.map((r) => [r.date, r.value, r.previous]),
      [
        ['2022-04-26', 200, null],
        ['2022-04-27', 300, { value: 200, date: '2022-04-26' }],
        ['2022-04-28', 400, { value: 300, date: '2022-04-27' }],
      ],
    );
  });

  it('needs a strictly greater delta above zero', () => {
    const rows: Row[] = [
      { date: '2024-05-01', tanks: [7_392, 0] },
      { date: '2024-05-02', tanks: [7_400, 8] },
      { date: '2024-05-03', tanks: [7_408, 8] },
      { date: '2024-05-04', tanks: [7_417, 9] },
    ];
    assert.deepEqual(
      records(rows, '2024-05-01').map((r) => [r.date, r.value]),
      [
        ['2024-05-02', 8],
        ['2024-05-04', 9],
      ],
    );
  });

  it('gives the same records whatever order the reports arrive in (backfill reads newest first)', () => {
    const shuffled = [feb2025[3]!, feb2025[0]!, feb2025[4]!, feb2025[2]!, feb2025[1]!];
    assert.deepEqual(records(shuffled, '2025-02-25'), records(feb2025, '2025-02-25'));
  });

  it('does not count the first line of a category that appears later (its back-filled total)', () => {
    const rows: Row[] = [
      { date: '2026-05-02', personnel: [1_396_000, 1_100] },
      { date: '2026-05-03', personnel: [1_397_000, 1_000], ground_robotic_systems: [1_306, 1_306] },
      { date: '2026-05-04', personnel: [1_398_000, 1_000], ground_robotic_systems: [1_317, 11] },
      { date: '2026-05-05', personnel: [1_399_000, 1_000], ground_robotic_systems: [1_322, 5] },
      { date: '2026-05-06', personnel: [1_400_000, 1_000], ground_robotic_systems: [1_334, 12] },
    ];
    const grs = records(rows, '2022-04-26').filter((r) => r.metric === 'ground_robotic_systems');
    assert.deepEqual(
      grs.map((r) => [r.date, r.value, r.previous?.value ?? null]),
      [
        ['2026-05-04', 11, null],
        ['2026-05-06', 12, 11],
      ],
    );
  });
});

describe('recordEventsFor (a live report)', () => {
  it('raises one event per metric that sets a record, with the previous record', () => {
    const history = feb2025.slice(0, 4).map((r) => storedReport(r));
    const live = storedReport({ date: '2025-03-01', personnel: [875_910, 1_350], tanks: [10_000, 3] }, { url: 'https://t.me/GeneralStaffZSU/1', live: true });
    const events = recordEventsFor(live, history, '2025-02-25');
    assert.equal(events.length, 1, 'tanks has no history: its first line is not a record');
    assert.equal(events[0]?.id, 'record:personnel:2025-03-01');
    assert.deepEqual(events[0]?.previous, { value: 1_300, date: '2025-02-25' });
    assert.equal(events[0]?.total, 875_910);
  });

  it('raises nothing for a figure below the record', () => {
    const history = feb2025.slice(0, 4).map((r) => storedReport(r));
    const live = storedReport({ date: '2025-03-01', personnel: [875_610, 1_050] });
    assert.deepEqual(recordEventsFor(live, history, '2025-02-25'), []);
  });
});
