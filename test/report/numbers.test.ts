import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseNumber, readNumber } from '../../src/report/numbers.ts';

describe('parseNumber', () => {
  test('plain numbers', () => {
    assert.equal(parseNumber('403720'), 403720);
    assert.equal(parseNumber('0'), 0);
    assert.equal(parseNumber(' 15 '), 15);
  });

  test('groups of three joined by space, NBSP, NNBSP, thin space, comma or dot', () => {
    assert.equal(parseNumber('1 164 180'), 1164180);
    assert.equal(parseNumber('1 130'), 1130);
    assert.equal(parseNumber('1\u00a0164\u00a0180'), 1164180);
    assert.equal(parseNumber('874\u202f560'), 874560);
    assert.equal(parseNumber('12\u2009805'), 12805);
    assert.equal(parseNumber('374,520'), 374520);
    assert.equal(parseNumber('1,169,690'), 1169690);
    assert.equal(parseNumber('1.030'), 1030);
    assert.equal(parseNumber('333.840'), 333840);
  });

  test('never glues two separate numbers', () => {
    assert.equal(parseNumber('23200 200'), null); // lead group longer than three digits
    assert.equal(parseNumber('15 0'), null); // a group of one digit
    assert.equal(parseNumber('1 1640'), null); // a group of four digits
    assert.equal(parseNumber('1 000,000'), null); // separators must not change inside a number
    assert.equal(parseNumber('76, 120'), null);
  });

  test('rejects what is not one number', () => {
    assert.equal(parseNumber(''), null);
    assert.equal(parseNumber('  '), null);
    assert.equal(parseNumber('+5'), null);
    assert.equal(parseNumber('12a'), null);
    assert.equal(parseNumber('1'.repeat(16)), null);
  });
});

describe('readNumber', () => {
  test('stops before text that follows', () => {
    assert.deepEqual(readNumber('403720(+1290)', 0), { value: 403720, end: 6 });
    assert.deepEqual(readNumber('15 (+0) од', 0), { value: 15, end: 2 });
    assert.deepEqual(readNumber('x 1 130 )', 2), { value: 1130, end: 7 });
    assert.deepEqual(readNumber('151,\n', 0), { value: 151, end: 3 });
    assert.deepEqual(readNumber('124.', 0), { value: 124, end: 3 });
  });

  test('a date is not a dot-grouped number', () => {
    assert.deepEqual(readNumber('24.02.22', 0), { value: 24, end: 2 });
  });

  test('returns null when no digit starts there', () => {
    assert.equal(readNumber('about 5', 0), null);
  });
});
