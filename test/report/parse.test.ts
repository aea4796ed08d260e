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
      // Header-like lines run into a list line, and paragraphs of items: every cut is tried.
      `${'a1'.repeat(499)}\nтанків ‒ 5 (+1)\n`.repeat(300),
      'танків ‒ 5, '.repeat(30_000),
      'з 24.02.22 по 21.11.24: '.repeat(10_000),
      `<a${'&#1'.repeat(50_000)}`,
    ]) {
      parseReport(hostile, { published: '2024-01-01T06:00:00Z' });
    }
    assert.ok(performance.now() - t1 < 2000, 'hostile inputs parse in linear time');
  });
});

// The same day in Ukrainian, as the General Staff posted it.
const AUG_09_UK = [
  'Загальні бойові втрати противника з 24.02 по 09.08 орієнтовно склали:',
  'особового складу ‒ близько 42640 (+300) осіб ліквідовано,',
  'танків ‒ 1817 (+6) од,',
  'бойових броньованих машин ‒ 4076 (+6) од,',
  'артилерійських систем – 964 (+4) од,',
  'РСЗВ ‒ 261 (+0) од,',
  'засоби ППО ‒ 133 (+1) од,',
  'літаків – 223 (+0) од,',
  'гелікоптерів – 193 (+1) од,',
  'БПЛА оперативно-тактичного рівня ‒ 757 (+3),',
  'крилаті ракети ‒ 185 (+3),',
  'кораблі /катери ‒ 15 (+0) од,',
  'автомобільної техніки та автоцистерн ‒ 2998 (+5) од,',
  'спеціальна техніка ‒ 87 (+1).',
];

describe('parseReport on republished forms', () => {
  const expected = parseReport(AUG_09_UK.join('\n'));

  test('the Ukrainian list parses (the reference for the cases below)', () => {
    assert.equal(expected?.date, '2022-08-09');
    assert.equal(expected?.lang, 'uk');
    assert.equal(Object.keys(expected?.figures ?? {}).length, 13);
  });

  test('the whole list run on in one paragraph after the header', () => {
    const [header, ...items] = AUG_09_UK;
    const text = `${header} ${items.map((l) => l.replace(/[,.]$/, '')).join(', ')}.\nДані уточнюються.`;
    assert.deepEqual(parseReport(text), expected);
    const semicolons = `${header} ${items.map((l) => l.replace(/[,.]$/, '')).join('; ')}.`;
    assert.deepEqual(parseReport(semicolons), expected);
  });

  test('a comma in a sentence does not split it into items', () => {
    const text = [...AUG_09_UK, 'Найбільших втрат, зокрема, противник зазнав на Бахмутському напрямку - 120 осіб.'].join('\n');
    assert.deepEqual(parseReport(text), expected);
  });

  test('a Ukrainian block, then an English one: bilingual, the first block\'s figures', () => {
    const text = [...AUG_09_UK, 'Дані уточнюються.', '', ...AUG_09, 'Data are being updated.'].join('\n');
    assert.deepEqual(parseReport(text), { ...expected, lang: 'bilingual' });
    // The English block is not read where the Ukrainian one has the figure.
    const edited = [...AUG_09_UK, '', ...AUG_09.map((l) => l.replace('1817', '1818'))].join('\n');
    assert.deepEqual(parseReport(edited)?.figures.tanks, { total: 1817, delta: 6 });
    assert.equal(parseReport(edited)?.lang, 'bilingual');
  });

  test('a Ukrainian and an English item on one line: bilingual', () => {
    const en = AUG_09.slice(1).map((l) => l.replace(/^особового складу \/ /, ''));
    const text = [AUG_09_UK[0], ...AUG_09_UK.slice(1).map((l, i) => `${l.replace(/[,.]$/, '')} / ${en[i]}`)].join('\n');
    assert.deepEqual(parseReport(text), { ...expected, lang: 'bilingual' });
  });

  test('scraped HTML: <br>, <p>, Telegram emoji wrappers, entities', () => {
    const html = `<p>${AUG_09_UK[0]}</p><p>${AUG_09_UK.slice(1)
      .map((l) => `<i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/F09F9189.png')"><b>👉</b></i>${l.replaceAll('‒', '&#8210;').replaceAll('–', '&ndash;')}`)
      .join('<br/>')}</p>`;
    assert.deepEqual(parseReport(html), expected);
  });

  test('zero-width joiners, variation selectors, BOM and soft hyphens', () => {
    const text = `\ufeff⚡\ufe0f\u200d${AUG_09_UK[0]}\n${AUG_09_UK.slice(1)
      .map((l) => `▪\ufe0f\u200d${l.replace('оперативно', 'опера\u00adтивно')}`)
      .join('\n')}`;
    assert.deepEqual(parseReport(text), expected);
  });

  test('a launcher line after a blank line, or with a long bilingual label, stays in `other`', () => {
    const spaced = parseReport([...AUG_09_UK, '', 'пускові установки ОТРК/ТРК ‒ 4 (+0).'].join('\n'));
    assert.deepEqual(spaced?.other, { 'пускові установки ОТРК/ТРК': { total: 4, delta: 0 } });
    const bilingual = parseReport([...AUG_09_UK, 'пускові установки ОТРК/ТРК / mobile SRBM system ‒ 4 (+0).'].join('\n'));
    assert.deepEqual(bilingual?.other, { 'пускові установки ОТРК/ТРК / mobile SRBM system': { total: 4, delta: 0 } });
  });

  test('a header run into the first item: no colon, or no space after it', () => {
    const [header, ...items] = AUG_09_UK;
    const noColon = `${(header as string).replace(/:$/, '')} ${items.map((l) => l.replace(/[,.]$/, '')).join(', ')}.`;
    assert.deepEqual(parseReport(noColon)?.figures, expected?.figures);
    const glued = [`${header}👉${items[0]}`, ...items.slice(1)].join('\n');
    assert.deepEqual(parseReport(glued)?.figures, expected?.figures);
  });

  test('figures come in the order of DESIGN.md, whatever the order of the lines', () => {
    const [header, ...items] = AUG_09_UK;
    const report = parseReport([header, ...items.reverse()].join('\n'));
    assert.deepEqual(Object.keys(report?.figures ?? {}), Object.keys(expected?.figures ?? {}));
  });

  test('odd labels in `other` stay plain keys', () => {
    const report = parseReport([...AUG_09_UK.slice(0, -1), 'constructor ‒ 5 (+1),', '__proto__ ‒ 6 (+1),', AUG_09_UK.at(-1)].join('\n'));
    // A label starts at a letter, so "__proto__" is read as "proto__".
    assert.deepEqual(report?.other, { constructor: { total: 5, delta: 1 }, proto__: { total: 6, delta: 1 } });
    assert.equal(Object.getPrototypeOf(report?.other), Object.prototype);
  });

  test('a news title above the header, and a header wrapped after "по"', () => {
    const titled = ['Втрати ворога на 9 серпня 2022 року', '', ...AUG_09_UK].join('\n');
    assert.equal(parseReport(titled)?.date, '2022-08-09');
    const wrapped = ['Загальні бойові втрати противника з 24.02.22 по', '09.08.22 орієнтовно склали:', ...AUG_09_UK.slice(1)].join('\n');
    assert.equal(parseReport(wrapped)?.date, '2022-08-09');
  });
});
