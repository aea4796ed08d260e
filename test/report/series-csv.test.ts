import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InputError } from '../../src/core/errors.ts';
import { parseRecountsCsv, parseSeriesCsv, recountKey, rowsToReports } from '../../src/report/series-csv.ts';

const HEADER =
  'date,personnel,tanks,afv,artillery,mlrs,air_defense,aircraft,helicopters,uav,cruise_missiles,ships,submarines,vehicles_fuel_tanks,special_equipment,ground_robotic_systems';

// Real rows of the series: the early days, the first (+N) day, cruise missiles' first line.
const GOOD = [
  HEADER,
  '2022-02-24,800,30,130,,,,7,6,0,,0,,,,',
  '2022-02-25,2800,80,516,49,4,0,10,7,0,,2,,160,,',
  '2022-04-25,21900,884,2258,411,149,69,181,154,201,,8,,1642,28,',
  '2022-04-26,22100,918,2308,416,149,69,184,154,205,,8,,1719,31,',
  '2022-04-27,22400,939,2342,421,149,71,185,155,207,,8,,1742,31,',
  '2022-04-30,23200,1008,2445,436,151,77,190,155,232,,8,,1777,32,',
  '2022-05-01,23500,1026,2471,451,151,80,192,155,245,84,8,,1796,32,',
  '',
].join('\n');

function inputError(fn: () => unknown, ...parts: string[]): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof InputError, 'an InputError');
    for (const part of parts) assert.ok(err.message.includes(part), `"${err.message}" names ${part}`);
    return true;
  });
}

describe('parseSeriesCsv', () => {
  test('reads rows; an empty cell is no figure', () => {
    const rows = parseSeriesCsv(GOOD);
    assert.equal(rows.length, 7);
    assert.deepEqual(rows[0], { date: '2022-02-24', totals: { personnel: 800, tanks: 30, afv: 130, aircraft: 7, helicopters: 6, uav: 0, ships: 0 } });
    assert.equal(rows[6]?.totals.cruise_missiles, 84);
    assert.equal(rows[6]?.totals.submarines, undefined);
  });

  test('CRLF, a BOM and a subset of columns', () => {
    const rows = parseSeriesCsv('\uFEFFdate,tanks,personnel\r\n2024-01-01,5,10\r\n');
    assert.deepEqual(rows, [{ date: '2024-01-01', totals: { tanks: 5, personnel: 10 } }]);
  });

  test('a bad value names its line and column', () => {
    const text = GOOD.replace('2022-04-27,22400,939', '2022-04-27,22400,93x');
    inputError(() => parseSeriesCsv(text), 'line 6', 'column 3', 'tanks', '93x');
    inputError(() => parseSeriesCsv(`${HEADER}\n2022-02-24,-5,,,,,,,,,,,,,,`), 'line 2', 'column 2', 'personnel');
    inputError(() => parseSeriesCsv(`${HEADER}\n2022-02-24,1.5,,,,,,,,,,,,,,`), 'line 2', 'column 2');
  });

  test('the error carries line and column in its context', () => {
    try {
      parseSeriesCsv(GOOD.replace('2022-04-27,22400,939', '2022-04-27,22400,93x'));
      assert.fail('no error');
    } catch (err) {
      assert.ok(err instanceof InputError);
      assert.equal(err.code, 'input_invalid');
      assert.deepEqual(err.context, { line: 6, column: 3, name: 'tanks', value: '93x' });
    }
  });

  test('an unknown or repeated column', () => {
    inputError(() => parseSeriesCsv('date,personnel,dolphins\n'), 'line 1', 'column 3', 'dolphins');
    inputError(() => parseSeriesCsv('date,tanks,tanks\n'), 'line 1', 'column 3', 'repeated');
    inputError(() => parseSeriesCsv('day,tanks\n'), 'line 1', 'column 1');
  });

  test('a bad, unsorted or repeated date', () => {
    inputError(() => parseSeriesCsv('date,tanks\n2022-02-30,5\n'), 'line 2', 'column 1', '2022-02-30');
    inputError(() => parseSeriesCsv('date,tanks\n24.02.2022,5\n'), 'line 2', 'column 1');
    inputError(() => parseSeriesCsv('date,tanks\n2022-02-25,5\n2022-02-24,6\n'), 'line 3', 'column 1', '2022-02-24');
    inputError(() => parseSeriesCsv('date,tanks\n2022-02-25,5\n2022-02-25,6\n'), 'line 3', 'column 1');
  });

  test('a row with the wrong number of cells', () => {
    inputError(() => parseSeriesCsv('date,tanks\n2022-02-25,5,6\n'), 'line 2');
  });
});

describe('rowsToReports', () => {
  const reports = rowsToReports(parseSeriesCsv(GOOD));
  const byDate = new Map(reports.map((r) => [r.date, r.figures]));

  test('no delta before 2022-04-26', () => {
    assert.deepEqual(byDate.get('2022-02-25')?.personnel, { total: 2800, delta: null });
    assert.deepEqual(byDate.get('2022-04-25')?.tanks, { total: 884, delta: null });
  });

  test('the delta is the change from the previous day from 2022-04-26', () => {
    assert.deepEqual(byDate.get('2022-04-26')?.personnel, { total: 22100, delta: 200 });
    assert.deepEqual(byDate.get('2022-04-26')?.vehicles_fuel_tanks, { total: 1719, delta: 77 });
    assert.deepEqual(byDate.get('2022-04-27')?.air_defense, { total: 71, delta: 2 });
  });

  test('no delta over a gap in the days, nor on a first line', () => {
    assert.deepEqual(byDate.get('2022-04-30')?.tanks, { total: 1008, delta: null });
    assert.deepEqual(byDate.get('2022-05-01')?.cruise_missiles, { total: 84, delta: null });
    assert.deepEqual(byDate.get('2022-05-01')?.tanks, { total: 1026, delta: 18 });
  });

  test('no figure where the row has none', () => {
    assert.equal(byDate.get('2022-05-01')?.submarines, undefined);
  });

  test('a recount replaces the difference of totals with the reported delta', () => {
    const rows = parseSeriesCsv(`date,personnel\n2025-02-27,871850\n2025-02-28,874560\n`);
    assert.equal(rowsToReports(rows)[1]?.figures.personnel?.delta, 2710);
    const recounts = new Map([[recountKey('2025-02-28', 'personnel'), 1060]]);
    assert.deepEqual(rowsToReports(rows, recounts)[1]?.figures.personnel, { total: 874560, delta: 1060 });
  });
});

describe('parseRecountsCsv', () => {
  const QUALITY = [
    'date,category,issue,details',
    '2022-10-13,afv,negative_delta,5181 -> 5167 (-14); explained by GS recount per PetroIvaniuk correction file: -25',
    '2022-10-13,afv,gs_recount,"diff of totals -14, PetroIvaniuk correction -25 => implied reported (+N) 11"',
    '2025-02-28,personnel,gs_recount,"diff of totals 2710, PetroIvaniuk correction +1650 => implied reported (+N) 1060"',
    '2022-03-07,personnel,zero_delta,"personnel total unchanged vs previous day (early-war rounded totals, e.g. ""more than 12000"")"',
    '',
  ].join('\n');

  test('reads the gs_recount rows only', () => {
    assert.deepEqual(
      parseRecountsCsv(QUALITY),
      new Map([
        ['2022-10-13|afv', 11],
        ['2025-02-28|personnel', 1060],
      ]),
    );
  });

  test('a recount row without a reported delta, or with a bad category, is an error', () => {
    inputError(() => parseRecountsCsv('date,category,issue,details\n2025-02-28,personnel,gs_recount,"diff 2710"\n'), 'line 2', 'column 4');
    inputError(() => parseRecountsCsv('date,category,issue,details\n2025-02-28,soldiers,gs_recount,"implied reported (+N) 5"\n'), 'line 2', 'column 2');
    inputError(() => parseRecountsCsv('date,category,issue,details\n2025-02-28,personnel,gs_recount,"implied reported (+N) 5\n'), 'line 2');
    inputError(() => parseRecountsCsv('date,category,details\n'), 'issue');
  });
});
