import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFigureLine as parseFull } from '../../src/report/line.ts';

/** The label and figures of a line (its `end` is checked on its own). */
function parseFigureLine(text: string): { label: string; total: number; delta: number | null } | null {
  const parsed = parseFull(text);
  return parsed === null ? null : { label: parsed.label, total: parsed.total, delta: parsed.delta };
}

function line(label: string, total: number, delta: number | null): { label: string; total: number; delta: number | null } {
  return { label, total, delta };
}

describe('parseFigureLine', () => {
  test('every dash the reports use, and a colon', () => {
    assert.deepEqual(parseFigureLine('танків ‒ 1008 (+22),'), line('танків', 1008, 22));
    assert.deepEqual(parseFigureLine('танків – 1008 (+22),'), line('танків', 1008, 22));
    assert.deepEqual(parseFigureLine('танків — 1008 (+22),'), line('танків', 1008, 22));
    assert.deepEqual(parseFigureLine('танків - 1008 (+22),'), line('танків', 1008, 22));
    assert.deepEqual(parseFigureLine('танків: 1008 (+22)'), line('танків', 1008, 22));
  });

  test('a hyphen inside a label word is not the separator', () => {
    assert.deepEqual(parseFigureLine('БПЛА оперативно-тактичного рівня - 232 (+3),'), line('БПЛА оперативно-тактичного рівня', 232, 3));
    assert.deepEqual(parseFigureLine('Anti-aircraft warfare systems - 133 (+0) од,'), line('Anti-aircraft warfare systems', 133, 0));
  });

  test('approx words, alone, stacked and bilingual', () => {
    assert.deepEqual(parseFigureLine('personnel ‒ about 19600 осіб,'), line('personnel', 19600, null));
    assert.deepEqual(parseFigureLine('особового складу - ліквідовано близько 23200 (+200), '), line('особового складу', 23200, 200));
    assert.deepEqual(parseFigureLine('особового складу / personnel ‒ близько/ about 403720(+1290) осіб / persons,'), line('особового складу / personnel', 403720, 1290));
    assert.deepEqual(parseFigureLine('личного состава — около 106720 (+760) человек'), line('личного состава', 106720, 760));
    assert.deepEqual(parseFigureLine('танків – понад 5000 од'), line('танків', 5000, null));
    assert.deepEqual(parseFigureLine('personnel – more than 12000'), line('personnel', 12000, null));
  });

  test('a note of the day after the change, inside its brackets', () => {
    assert.deepEqual(parseFigureLine('танки – 11 240 (+4 – за останню добу)'), line('танки', 11240, 4));
    assert.deepEqual(parseFigureLine('артилерійські системи — 33 410 (+27 за добу)'), line('артилерійські системи', 33410, 27));
    assert.deepEqual(parseFigureLine('tanks – 11,240 (+4 over the past day)'), line('tanks', 11240, 4));
    // Digits in the note leave the line unread as a change: the note is a date or a second figure.
    assert.equal(parseFigureLine('танки – 11 240 (+4 за 12 жовтня)')?.delta ?? null, null);
  });

  test('grouped totals and deltas, glued or spaced', () => {
    assert.deepEqual(parseFigureLine('особового складу ‒ близько 1 164 180 (+1 130) осіб'), line('особового складу', 1164180, 1130));
    assert.deepEqual(parseFigureLine('особового складу — близько 1\u202f170\u202f790 ( +1\u202f100 ) осіб'), line('особового складу', 1170790, 1100));
    assert.deepEqual(parseFigureLine('personnel ‒ about 374,520 (+920) persons,'), line('personnel', 374520, 920));
    assert.deepEqual(parseFigureLine('personnel: about 333.840 (+1.030)'), line('personnel', 333840, 1030));
    assert.deepEqual(parseFigureLine('танків ‒ 6503(+5) од,'), line('танків', 6503, 5));
  });

  test('a missing (+N) gives a null delta; a negative one is kept', () => {
    assert.deepEqual(parseFigureLine('РСЗВ - 151,'), line('РСЗВ', 151, null));
    assert.deepEqual(parseFigureLine('cruise missiles ‒ 2442 (-1)'), line('cruise missiles', 2442, -1));
  });

  test('units, punctuation, bullets, emoji, numbering, tabs, hashtags', () => {
    assert.deepEqual(parseFigureLine('\ttanks ‒ 3700 (+1),'), line('tanks', 3700, 1));
    assert.deepEqual(parseFigureLine('👉 танків ‒ 8988 (+13) од'), line('танків', 8988, 13));
    assert.deepEqual(parseFigureLine('▪️ танків ‒ 8988 (+13) од;'), line('танків', 8988, 13));
    assert.deepEqual(parseFigureLine('• танків ‒ 1008 (+22),'), line('танків', 1008, 22));
    assert.deepEqual(parseFigureLine('- танків ‒ 970 (+31) од,'), line('танків', 970, 31));
    assert.deepEqual(parseFigureLine('* tanks: 5.587 (+7)'), line('tanks', 5587, 7));
    assert.deepEqual(parseFigureLine('12. корабли / катера — 16 (+0) ед.'), line('корабли / катера', 16, 0));
    assert.deepEqual(parseFigureLine('3) tanks - 5 (+1)'), line('tanks', 5, 1));
    assert.deepEqual(parseFigureLine('2️⃣ танків – 5 (+1)'), line('танків', 5, 1));
    assert.deepEqual(parseFigureLine('#танків ‒ 1008 (+22) #втрати'), line('танків', 1008, 22));
    assert.deepEqual(parseFigureLine('personnel ‒ about 22100 (+200) persons were liquidated,'), line('personnel', 22100, 200));
  });

  test('republication forms: footnote stars, unit before (+N), brackets, other pluses, `~`, markdown', () => {
    assert.deepEqual(parseFigureLine('артилерійських систем – 20 731* (+50) од'), line('артилерійських систем', 20731, 50));
    assert.deepEqual(parseFigureLine('артилерійських систем – 20731 (+50)* од'), line('артилерійських систем', 20731, 50));
    assert.deepEqual(parseFigureLine('особового складу ‒ близько 723 940 осіб (+1 550)'), line('особового складу', 723940, 1550));
    assert.deepEqual(parseFigureLine('personnel ‒ about 723,940 persons were liquidated (+1,550)'), line('personnel', 723940, 1550));
    assert.deepEqual(parseFigureLine('танків ‒ 9445 [+8]'), line('танків', 9445, 8));
    assert.deepEqual(parseFigureLine('танків ‒ 9445 (\uff0b8)'), line('танків', 9445, 8));
    assert.deepEqual(parseFigureLine('tanks ‒ 9445 +8'), line('tanks', 9445, 8));
    assert.deepEqual(parseFigureLine('personnel ~723,940 (+1,550)'), line('personnel', 723940, 1550));
    assert.deepEqual(parseFigureLine('personnel ‒ approx. 723,940 (+1,550)'), line('personnel', 723940, 1550));
    assert.deepEqual(parseFigureLine('👉 **танків** ‒ 9 445 (+8) од'), line('танків', 9445, 8));
    assert.deepEqual(parseFigureLine('1️⃣1️⃣ кораблі / катери ‒ 28 (+0) од'), line('кораблі / катери', 28, 0));
  });

  test('`end` points past the figure, where a bilingual line goes on', () => {
    const text = 'танків ‒ 9445 (+8) од / tanks ‒ 9,445 (+8)';
    assert.equal(text.slice(parseFull(text)?.end), ' од / tanks ‒ 9,445 (+8)');
  });

  test('lines that are not category lines', () => {
    for (const text of [
      '',
      'Дані уточнюються.',
      'Загальні бойові втрати противника з 24.02 по 30.04 орієнтовно склали:',
      'Наша сила - в правді!',
      'Russia losses - 24.02 to 30.04', // a date, not a figure
      'Оновлено: 08:00', // a time
      'крилатих ракет Х-101 - 12', // a model name with digits
      '12345',
      '- 15',
      'танків ‒ 1 1640', // a number cut in a strange place
    ]) {
      assert.equal(parseFigureLine(text), null, text);
    }
  });

  test('long hostile lines stay fast', () => {
    const t0 = performance.now();
    parseFigureLine('-'.repeat(200_000));
    parseFigureLine('a-'.repeat(100_000) + '5');
    parseFigureLine(`танків ${'- близько '.repeat(20_000)}`);
    parseFigureLine(`танків ‒ ${'1 000 '.repeat(20_000)}`);
    parseFigureLine(`${'👉'.repeat(100_000)}танків ‒ 5`);
    assert.ok(performance.now() - t0 < 500, 'linear time');
  });
});
