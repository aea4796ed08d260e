/**
 * Real General Staff figures (data/gs-series.csv, gs-records.csv) in a few slices around the
 * days the seed articles talk about, and claims written for the tests.
 */
import type { Claim } from '../../src/claims/types.ts';
import { SeriesIndex } from '../../src/corroboration/series-index.ts';
import type { RecordDay } from '../../src/series/types.ts';
import { computeSeries } from '../../src/series/series.ts';
import { storedReport } from '../support/reports.ts';
import type { Row } from '../support/reports.ts';

// [total, reported (+N)]; the reports before 2022-04-26 carried no (+N).
export const rows: Row[] = [
  { date: '2022-04-22', personnel: [21_200, null] },
  { date: '2022-04-23', personnel: [21_600, null] },
  { date: '2022-04-24', personnel: [21_800, null] },
  { date: '2022-04-25', personnel: [21_900, null] },
  { date: '2022-04-26', personnel: [22_100, 200] },
  // The first day over a thousand, and the "25 tanks in two days" (11 + 14).
  { date: '2023-02-02', personnel: [129_030, 610], tanks: [3_211, 2] },
  { date: '2023-02-03', personnel: [129_870, 840], tanks: [3_215, 4] },
  { date: '2023-02-04', personnel: [130_590, 720], tanks: [3_218, 3] },
  { date: '2023-02-05', personnel: [131_290, 700], tanks: [3_220, 2] },
  { date: '2023-02-06', personnel: [132_160, 870], tanks: [3_231, 11] },
  { date: '2023-02-07', personnel: [133_190, 1_030], tanks: [3_245, 14] },
  { date: '2023-02-08', personnel: [134_100, 910], tanks: [3_253, 8] },
  { date: '2023-02-09', personnel: [135_010, 910], tanks: [3_255, 2] },
  { date: '2023-02-10', personnel: [135_740, 730], tanks: [3_258, 3] },
  { date: '2023-02-11', personnel: [136_880, 1_140], tanks: [3_267, 9] },
  { date: '2023-02-12', personnel: [137_780, 900], tanks: [3_280, 13] },
  // The May 2024 record, 1,740.
  { date: '2024-05-09', personnel: [478_730, 1_300] },
  { date: '2024-05-10', personnel: [479_710, 980] },
  { date: '2024-05-11', personnel: [481_030, 1_320] },
  { date: '2024-05-12', personnel: [482_290, 1_260] },
  { date: '2024-05-13', personnel: [484_030, 1_740] },
  { date: '2024-05-14', personnel: [485_430, 1_400] },
  { date: '2024-05-15', personnel: [486_940, 1_510] },
  { date: '2024-05-16', personnel: [488_460, 1_520] },
  // 1,770 then 1,950: two records in a row, then 1,770 again.
  { date: '2024-11-07', personnel: [704_300, 1_400] },
  { date: '2024-11-08', personnel: [705_880, 1_580] },
  { date: '2024-11-09', personnel: [707_540, 1_660] },
  { date: '2024-11-10', personnel: [708_890, 1_350] },
  { date: '2024-11-11', personnel: [710_660, 1_770] },
  { date: '2024-11-12', personnel: [712_610, 1_950] },
  { date: '2024-11-13', personnel: [714_380, 1_770] },
  { date: '2024-11-14', personnel: [716_070, 1_690] },
  // 2,030 a record; then 1,740 and 1,730, neither a record.
  { date: '2024-11-28', personnel: [736_630, 1_220] },
  { date: '2024-11-29', personnel: [738_660, 2_030] },
  { date: '2024-11-30', personnel: [740_400, 1_740] },
  { date: '2024-12-01', personnel: [742_130, 1_730] },
  { date: '2024-12-02', personnel: [743_920, 1_790] },
  { date: '2024-12-03', personnel: [745_700, 1_780] },
  // 2025-02-28: the total rose by 2,710 (a recount folded in); the report said (+1 060).
  { date: '2025-02-25', personnel: [869_530, 1_300] },
  { date: '2025-02-26', personnel: [870_700, 1_170] },
  { date: '2025-02-27', personnel: [871_850, 1_150] },
  { date: '2025-02-28', personnel: [874_560, 1_060] },
  { date: '2025-03-01', personnel: [875_610, 1_050] },
  { date: '2025-03-02', personnel: [876_720, 1_110] },
];

/** The personnel record days of the whole series (gs-records.csv), to 2024-12-20. */
const personnelRecords: [string, number][] = [
  ['2022-04-26', 200],
  ['2022-04-27', 300],
  ['2022-04-28', 400],
  ['2022-08-30', 450],
  ['2022-09-07', 460],
  ['2022-09-08', 640],
  ['2022-09-09', 650],
  ['2022-10-30', 950],
  ['2023-02-07', 1_030],
  ['2023-02-11', 1_140],
  ['2023-10-20', 1_380],
  ['2024-05-13', 1_740],
  ['2024-11-11', 1_770],
  ['2024-11-12', 1_950],
  ['2024-11-29', 2_030],
  ['2024-12-20', 2_200],
];

export const records: RecordDay[] = personnelRecords.map(([date, value], i) => {
  const prev = personnelRecords[i - 1];
  return { metric: 'personnel', date, value, previous: prev ? { date: prev[0], value: prev[1] } : null };
});

// The slices are not contiguous: their points carry `gap_before`, which corroboration ignores.
export const points = computeSeries(rows.map((r) => storedReport(r)), ['personnel', 'tanks']);
export const series = SeriesIndex.from(points);

/** A General Staff claim about Russian personnel, daily, exact, undated; override the rest. */
export function claim(over: Partial<Claim>): Claim {
  return {
    claimant: 'ua_general_staff',
    subject: 'ru',
    metric: 'personnel',
    kind: 'daily',
    value: 0,
    qualifier: 'exact',
    periodDays: over.kind === 'cumulative' ? null : 1,
    asOf: null,
    record: false,
    quote: '',
    ...over,
  };
}
