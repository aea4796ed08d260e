import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNumbers } from '../../src/claims/numbers.ts';

function values(text: string): (number | [number, number])[] {
  return findNumbers(text)
    .filter((m) => m.form !== 'article')
    .map((m) => (m.high === null ? m.value : [m.value, m.high]));
}

describe('findNumbers', () => {
  test('digits grouped by comma, space, dot or a no-break space', () => {
    assert.deepEqual(values('1,030 and 1 030 and 1.030 and 133.190 and 1\u00a0610 and 710660'), [1030, 1030, 1030, 133190, 1610, 710660]);
  });

  test('decimals and abbreviations with a scale', () => {
    assert.deepEqual(values('1.2 million, 1,5 млн, 732 thousand, 90 tys., 1 тис., 307 тисяч, 11 binden, 700k'), [
      1_200_000, 1_500_000, 732_000, 90_000, 1_000, 307_000, 11_000, 700_000,
    ]);
  });

  test('numbers written in words, in English, Ukrainian and Russian', () => {
    assert.deepEqual(values('a thousand; two thousand; half a million; one million; twenty-five'), [1000, 2000, 500_000, 1_000_000, 25]);
    assert.deepEqual(values('дві тисячі; понад мільйон; двух тысяч; пять'), [2000, 1_000_000, 2000, 5]);
  });

  test('half a million and "and a half" in the lexicon languages; a bare "half" counts nothing', () => {
    assert.deepEqual(values('a half-million; one and a half million; two and a half thousand; half the 3,000'), [500_000, 1_500_000, 2500, 3000]);
    assert.deepEqual(values('более полумиллиона; mehr als anderthalb Millionen; un million et demi; dos millones y medio; polovina milionu'), [
      500_000, 1_500_000, 1_500_000, 2_500_000, 500_000,
    ]);
    assert.deepEqual(values('een half miljoen; pool miljonit; pusmiljons; nửa triệu; eine halbe Million; півтора мільйона'), [
      500_000, 500_000, 500_000, 500_000, 500_000, 1_500_000,
    ]);
  });

  test('ranges keep both ends, a scale written once applies to both', () => {
    assert.deepEqual(values('between two and three thousand; від двох до трьох тисяч; five to six hundred; two thousand and fifty'), [
      [2000, 3000], [2000, 3000], [500, 600], 2050,
    ]);
    assert.deepEqual(values('1.5 to 2 million; between 2.5 and 3 million; between 40 and 50 per cent'), [[1_500_000, 2_000_000], [2_500_000, 3_000_000]]);
    assert.deepEqual(values('tussen 150.000 en 200.000; mellan 150 000 och 200 000; tra 150.000 e 200.000; mezi 150 000 a 200 000'), [
      [150_000, 200_000], [150_000, 200_000], [150_000, 200_000], [150_000, 200_000],
    ]);
    assert.deepEqual(values('100,000-120,000 wounded'), [[100_000, 120_000]]);
    assert.deepEqual(values('between 7,000 and 15,000 killed'), [[7000, 15000]]);
    assert.deepEqual(values('від 200 до 250 тис. загиблих'), [[200_000, 250_000]]);
  });

  test('"einer halben Million" is half a million; a hundred may open a French number written in words', () => {
    assert.deepEqual(values('von mehr als einer halben Million russischer Verluste; von einer Million'), [500_000, 1_000_000]);
    assert.deepEqual(values('cent quarante-huit systèmes; cent vingt chars; trois cent douze drones'), [148, 120, 312]);
    // ("per cent two" is no 102: the percentage is dropped, "two" stays.)
    assert.deepEqual(values('about 50 per cent two years on'), [2]);
  });

  test('a change is not a range', () => {
    assert.deepEqual(values('the total rose by 1,030 to 133,190'), [1030, 133190]);
  });

  test('dates, times, percentages, money and model names are not counts', () => {
    assert.deepEqual(values('on 24.02.2022 at 09:02, 40% of $106 billion, Su-35S, Mi-8, the 92nd brigade, a 120mm mortar, a 24-hour period'), []);
  });

  test('a year is flagged, a day of the month is skipped', () => {
    const found = findNumbers('On November 24, 2024 the tally changed');
    assert.equal(found.length, 1);
    assert.equal(found[0]?.value, 2024);
    assert.equal(found[0]?.yearLike, true);
  });
});

test('Albanian writes the thousands as a word with the rest after it, with or without "e"', () => {
  assert.deepEqual(findNumbers('mbi 26 mijë e 650 ushtarë').map((n) => n.value), [26650]);
  assert.deepEqual(findNumbers('2 mijë 19 automjete').map((n) => n.value), [2019]);
  assert.deepEqual(findNumbers('rreth 45 mijë ushtarë').map((n) => n.value), [45000]);
});

test('Mexican Spanish and Lithuanian write the thousands as a word with the rest after it', () => {
  assert.deepEqual(findNumbers('la muerte de 5 mil 937 soldados').map((n) => n.value), [5937]);
  assert.deepEqual(findNumbers('apie 1 tūkst. 500 karių').map((n) => n.value), [1500]);
  // Without a tail the thousand stands alone.
  assert.deepEqual(findNumbers('más de 12 mil soldados').map((n) => n.value), [12000]);
});
