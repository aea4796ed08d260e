import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseReport } from '../../src/report/parse.ts';
import type { ParsedReport } from '../../src/report/types.ts';

const FIXTURES = new URL('../fixtures/reports/', import.meta.url);
const NOT_REPORTS = new URL('not-reports/', FIXTURES);

interface Fixture {
  published?: string;
  expected: ParsedReport;
}

function readFixture(name: string): { text: string; fixture: Fixture } {
  return {
    text: readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8'),
    fixture: JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8')) as Fixture,
  };
}

const fixtureNames = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('parseReport on report fixtures (real figures, every era and form)', () => {
  test('there are fixtures', () => assert.ok(fixtureNames.length >= 20));
  for (const name of fixtureNames) {
    test(name, () => {
      const { text, fixture } = readFixture(name);
      const opts = fixture.published === undefined ? {} : { published: fixture.published };
      assert.deepEqual(parseReport(text, opts), fixture.expected);
    });
  }
});

describe('parseReport on posts that are not loss reports', () => {
  for (const file of readdirSync(NOT_REPORTS).sort()) {
    test(file, () => {
      const text = readFileSync(new URL(file, NOT_REPORTS), 'utf8');
      assert.equal(parseReport(text), null);
      assert.equal(parseReport(text, { published: '2024-11-12T07:00:00Z' }), null);
    });
  }

  test('empty and blank strings', () => {
    assert.equal(parseReport(''), null);
    assert.equal(parseReport('\n\n  \n', { published: '2024-11-12T07:00:00Z' }), null);
  });
});

// A compact report built from the 2022-08-09 figures for the cases below.
const AUG_09 = [
  'The total combat losses of the enemy from 24.02 to 09.08 were approximately:',
  'особового складу / personnel ‒ about 42640 (+300) persons were liquidated,',
  'tanks ‒ 1817 (+6) од,',
  'APV ‒ 4076 (+6) од,',
  'artillery systems – 964 (+4) од,',
  'MLRS ‒ 261 (+0) од,',
  'Anti-aircraft warfare systems ‒ 133 (+1) од,',
  'aircraft – 223 (+0) од,',
  'helicopters – 193 (+1) од,',
  'UAV operational-tactical level ‒ 757 (+3),',
  'cruise missiles ‒ 185 (+3),',
  'warships / boats ‒ 15 (+0) од,',
  'vehicles and fuel tanks ‒ 2998 (+5) од,',
  'special equipment ‒ 87 (+1).',
];

describe('parseReport details', () => {
  test('one bilingual line in an English report does not make it bilingual', () => {
    const report = parseReport(AUG_09.join('\n'));
    assert.equal(report?.lang, 'en');
    assert.deepEqual(report?.figures.personnel, { total: 42640, delta: 300 });
  });

  test('the yearless header takes its year from `published`', () => {
    assert.equal(parseReport(AUG_09.join('\n'), { published: '2022-08-09T06:05:00Z' })?.date, '2022-08-09');
    assert.equal(parseReport(AUG_09.join('\n'))?.date, '2022-08-09');
  });

  test('an unknown label inside the block is kept in `other`', () => {
    const text = [...AUG_09.slice(0, 12), 'motorcycles ‒ 12 (+2) од,', ...AUG_09.slice(12)].join('\n');
    const report = parseReport(text);
    assert.deepEqual(report?.other, { motorcycles: { total: 12, delta: 2 } });
    assert.deepEqual(report?.figures.special_equipment, { total: 87, delta: 1 });
  });

  test('a category given twice keeps the first', () => {
    const text = [...AUG_09, 'tanks ‒ 9999 (+99),'].join('\n');
    assert.deepEqual(parseReport(text)?.figures.tanks, { total: 1817, delta: 6 });
  });

  test('vehicles and fuel tanks on two lines are summed; a whole line wins over parts', () => {
    const base = AUG_09.filter((l) => !l.startsWith('vehicles'));
    const parts = parseReport([...base, 'vehicles ‒ 2922 (+5) од,', 'fuel tanks ‒ 76 (+0),'].join('\n'));
    assert.deepEqual(parts?.figures.vehicles_fuel_tanks, { total: 2998, delta: 5 });
    // A repost that dropped "(+0)" on one part still reports the day's change.
    const dropped = parseReport([...base, 'vehicles ‒ 2922 (+5) од,', 'fuel tanks ‒ 76,'].join('\n'));
    assert.deepEqual(dropped?.figures.vehicles_fuel_tanks, { total: 2998, delta: 5 });
    const whole = parseReport([...AUG_09, 'vehicles ‒ 1 (+1),', 'fuel tanks ‒ 1 (+1),'].join('\n'));
    assert.deepEqual(whole?.figures.vehicles_fuel_tanks, { total: 2998, delta: 5 });
    const onlyFuel = parseReport([...base, 'fuel tanks ‒ 76 (+0),'].join('\n'));
    assert.deepEqual(onlyFuel?.figures.vehicles_fuel_tanks, { total: 76, delta: 0 });
  });

  test('lines after the block are not read, even when they look like figures', () => {
    const text = [
      ...AUG_09,
      'Russian enemy suffered the greatest losses in the Bakhmut direction - 120 persons.',
      'Юбилей - 1000 танков',
      '',
      'Ювілей - 1800 танків 🥳',
    ].join('\n');
    const report = parseReport(text);
    assert.deepEqual(report?.other, {});
    assert.deepEqual(report?.figures.tanks, { total: 1817, delta: 6 });
  });

  test('a blank line inside the list does not end it when a category follows', () => {
    const text = [...AUG_09.slice(0, 7), '', ...AUG_09.slice(7)].join('\n');
    assert.equal(Object.keys(parseReport(text)?.figures ?? {}).length, 13);
  });

  test('a stray figure line before the header does not hide the list', () => {
    const text = ['Ювілей - 1800 танків', '', ...AUG_09].join('\n');
    const report = parseReport(text);
    assert.equal(report?.date, '2022-08-09');
    assert.deepEqual(report?.other, {});
  });

  test('a list without a header needs `published`', () => {
    const list = AUG_09.slice(1).join('\n');
    assert.equal(parseReport(list), null);
    assert.equal(parseReport(list, { published: '2022-08-09T03:30:00Z' })?.date, '2022-08-09');
    assert.equal(parseReport(list, { published: '2022-08-08T21:30:00Z' })?.date, '2022-08-09', 'Kyiv calendar date');
  });

  test('fewer than five known categories is not a report, even with a header', () => {
    const text = AUG_09.slice(0, 5).join('\n');
    assert.equal(parseReport(text), null);
    assert.notEqual(parseReport(AUG_09.slice(0, 6).join('\n')), null);
  });

  test('CRLF line ends', () => {
    assert.equal(parseReport(AUG_09.join('\r\n'))?.figures.special_equipment?.total, 87);
  });

  test('thousands of reports a second, and no blow-up on hostile input', () => {
    const text = readFixture('2026-05-04_bilingual_ground-robotic').text;
    const n = 3000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) parseReport(text);
    const perSecond = n / ((performance.now() - t0) / 1000);
    assert.ok(perSecond > 2000, `${Math.round(perSecond)} reports/s`);

    const t1 = performance.now();
    for (const hostile of [
      '-'.repeat(100_000),
      'по '.repeat(50_000),
      `${'танків ‒ 5\n\n'.repeat(20_000)}`,
      `з 24.02 по ${' '.repeat(100_000)}x`,
      `${'особового складу ‒ близько 1 '.repeat(10_000)}`,
    ]) {
      parseReport(hostile, { published: '2024-01-01T06:00:00Z' });
    }
    assert.ok(performance.now() - t1 < 2000, 'hostile inputs parse in linear time');
  });
});
