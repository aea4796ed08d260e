import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseReport } from '../../src/report/parse.ts';
import { REPORT_STYLES, renderReport, styleForDate, stylesForDate } from '../support/render/render.ts';
import type { RenderInput } from '../support/render/render.ts';
import { parseSeriesCsv, recountKey, rowsToReports } from '../../src/report/series-csv.ts';
import type { ReportLang } from '../../src/report/types.ts';

const LANGS: readonly ReportLang[] = ['uk', 'en', 'bilingual'];

// Real rows of the series around the days where the format changed.
const SAMPLE_CSV = `date,personnel,tanks,afv,artillery,mlrs,air_defense,aircraft,helicopters,uav,cruise_missiles,ships,submarines,vehicles_fuel_tanks,special_equipment,ground_robotic_systems
2022-02-24,800,30,130,,,,7,6,0,,0,,,,
2022-02-25,2800,80,516,49,4,0,10,7,0,,2,,160,,
2022-03-20,14700,476,1487,230,74,44,96,118,21,,3,,1007,12,
2022-04-25,21900,884,2258,411,149,69,181,154,201,,8,,1642,28,
2022-04-26,22100,918,2308,416,149,69,184,154,205,,8,,1719,31,
2022-04-27,22400,939,2342,421,149,71,185,155,207,,8,,1742,31,
2022-04-28,22800,970,2389,431,151,72,187,155,215,,8,,1764,31,
2022-04-29,23000,986,2418,435,151,73,189,155,229,,8,,1771,31,
2022-04-30,23200,1008,2445,436,151,77,190,155,232,,8,,1777,32,
2022-05-01,23500,1026,2471,451,151,80,192,155,245,84,8,,1796,32,
2022-10-12,63380,2505,5181,1507,355,182,268,235,1129,315,15,,3927,136,
2022-10-13,63800,2511,5167,1556,357,183,268,240,1182,316,16,,3935,140,
2022-12-31,105960,3029,6075,2016,423,213,283,269,1746,711,16,,4707,180,
2023-01-01,106720,3031,6084,2021,423,213,283,269,1792,723,16,,4720,181,
2023-09-13,270350,4584,8792,5902,766,517,315,316,4650,1455,19,,8444,884,
2023-09-14,270970,4599,8810,5944,769,517,315,316,4697,1455,20,1,8458,889,
2024-08-22,604140,8529,16567,17262,1166,931,367,328,13998,2443,28,1,23280,2904,
2024-08-23,605330,8533,16599,17307,1167,932,367,328,14025,2442,28,1,23329,2910,
2025-02-27,871850,10209,21196,23755,1299,1086,370,331,27102,3064,28,1,38842,3760,
2025-02-28,874560,10222,21234,23847,1303,1087,370,331,27274,3085,28,1,38994,3763,
2026-05-02,1332950,11906,24500,41117,1763,1357,435,352,267589,4579,33,2,93274,4151,
2026-05-03,1334030,11908,24503,41193,1765,1357,435,352,269813,4579,33,2,93556,4151,1306
2026-05-04,1335150,11914,24507,41306,1767,1357,435,352,272062,4584,33,2,93824,4168,1317
`;

const RECOUNTS = new Map([
  [recountKey('2022-10-13', 'afv'), 11],
  [recountKey('2025-02-28', 'personnel'), 1060],
]);

const SAMPLE = rowsToReports(parseSeriesCsv(SAMPLE_CSV), RECOUNTS);

function day(date: string): RenderInput {
  const found = SAMPLE.find((d) => d.date === date);
  assert.ok(found, date);
  return found;
}

describe('renderReport round trip on real rows', () => {
  for (const input of SAMPLE) {
    test(`${input.date}: every style valid for the date, in every language`, () => {
      const styles = stylesForDate(input.date);
      assert.ok(styles.length >= 3);
      for (const style of styles) {
        for (const lang of LANGS) {
          const text = renderReport(input, { lang, style });
          assert.deepEqual(parseReport(text), { date: input.date, lang, figures: input.figures, other: {} }, `${style} ${lang}\n${text}`);
        }
      }
    });
  }

  test('extra lines (the 2022 mobile SRBM line) come back in `other`', () => {
    const input = { ...day('2022-04-28'), other: { 'mobile SRBM system': { total: 4, delta: 0 } } };
    for (const lang of LANGS) {
      const parsed = parseReport(renderReport(input, { lang }));
      assert.deepEqual(parsed?.other, input.other);
      assert.deepEqual(parsed?.figures, input.figures);
    }
  });

  test('yearless styles also read back with a publication time in another year', () => {
    const input = day('2022-12-31');
    const text = renderReport(input, { lang: 'uk', style: '2022' });
    assert.equal(parseReport(text, { published: '2023-01-01T05:00:00Z' })?.date, '2022-12-31');
  });
});

describe('styles', () => {
  test('the style follows the date', () => {
    assert.equal(styleForDate('2022-04-25'), '2022-early');
    assert.equal(styleForDate('2022-04-26'), '2022');
    assert.equal(styleForDate('2023-06-01'), '2023');
    assert.equal(styleForDate('2024-06-01'), '2024');
    assert.equal(styleForDate('2025-06-01'), '2025');
    assert.equal(styleForDate('2026-06-01'), '2025');
  });

  test('every listed style renders; the yearless ones only count as valid in 2022', () => {
    assert.deepEqual(stylesForDate('2022-03-01'), [...REPORT_STYLES]);
    assert.deepEqual(stylesForDate('2022-06-01'), ['2022', '2023', '2024', '2025']);
    assert.deepEqual(stylesForDate('2024-06-01'), ['2023', '2024', '2025']);
    for (const style of REPORT_STYLES) assert.ok(renderReport(day('2026-05-04'), { lang: 'uk', style }).length > 100);
  });

  test('early 2022: yearless, no (+N), vehicles and fuel tanks on two lines', () => {
    const text = renderReport(day('2022-03-20'), { lang: 'uk' });
    assert.match(text, /з 24\.02 по 20\.03 /);
    assert.doesNotMatch(text, /\(\+/);
    assert.match(text, /автомобільної техніки . 931 од/);
    assert.match(text, /цистерн з ПММ . 76/);
    assert.match(renderReport(day('2022-03-20'), { lang: 'en' }), /boats \/ cutters/);
  });

  test('late April 2022: (+N) on both vehicle lines, and they add up', () => {
    const text = renderReport(day('2022-04-28'), { lang: 'en' });
    assert.match(text, /from 24\.02 to 28\.04 /);
    assert.match(text, /vehicles . 1688 \(\+22\)/);
    assert.match(text, /fuel tanks . 76 \(\+0\)/);
  });

  test('2023: two-digit years', () => {
    assert.match(renderReport(day('2023-09-14'), { lang: 'uk' }), /з 24\.02\.22 по 14\.09\.23 /);
    assert.match(renderReport(day('2023-09-14'), { lang: 'uk' }), /підводні човни . 1 од/);
  });

  test('2024: a leading ⚡️/🔥 and 👉 bullets', () => {
    const text = renderReport(day('2024-08-23'), { lang: 'uk' });
    assert.match(text, /^(⚡️|🔥)Загальні/);
    assert.match(text, /👉 танків/);
    assert.match(text, /Дані уточнюються\./);
    assert.match(text, /Бий окупанта! Разом переможемо!/);
  });

  test('a negative change is printed as such', () => {
    assert.match(renderReport(day('2024-08-23'), { lang: 'en' }), /cruise missiles . 2,?442 \(-1\)/);
  });

  test('2025 on: space-grouped numbers, and the reported delta on a recount day', () => {
    const text = renderReport(day('2025-02-28'), { lang: 'uk' });
    assert.match(text, /874[ \u00a0\u202f]560 \(\+1[ \u00a0\u202f]060\) осіб/);
    assert.match(renderReport(day('2026-05-04'), { lang: 'uk' }), /наземні робототехнічні комплекси . 1[ \u00a0\u202f]317 \(\+11\)/);
    assert.match(renderReport(day('2026-05-03'), { lang: 'en' }), /ground robotic systems . 1,306\n/);
  });

  test('closing lines in each language', () => {
    assert.match(renderReport(day('2023-01-01'), { lang: 'en' }), /Data are being updated\./);
    assert.match(renderReport(day('2023-01-01'), { lang: 'bilingual' }), /Дані уточнюються\. \/ Data are being updated\./);
  });

  test('dashes vary as in the real texts', () => {
    const text = renderReport(day('2022-10-13'), { lang: 'uk' });
    const dashes = new Set(text.match(/ [‒–—-] (?=близько |\d)/g));
    assert.ok(dashes.size >= 2, [...dashes].join(''));
  });

  test('deterministic', () => {
    for (const style of REPORT_STYLES) {
      assert.equal(renderReport(day('2026-05-04'), { lang: 'bilingual', style }), renderReport(day('2026-05-04'), { lang: 'bilingual', style }));
    }
  });
});
