import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findHeaderDate, publishedDate } from '../../src/report/header-date.ts';

const header = (text: string, published?: string): string | null => findHeaderDate([text], published);

describe('findHeaderDate', () => {
  test('the date after по / to / до / на is the report date', () => {
    assert.equal(header('Загальні бойові втрати противника з 24.02.22 по 19.02.24 орієнтовно склали:'), '2024-02-19');
    assert.equal(header('The total combat losses of the enemy from 24.02.2022 to 05.12.2023 were approximately:'), '2023-12-05');
    assert.equal(header('Втрати ворога станом на 10.05.2024'), '2024-05-10');
    assert.equal(header('Общие боевые потери противника с 24.02.22 по 01.01.23'), '2023-01-01');
    assert.equal(header('втрати з 24.02.2022 до 03.05.2026'), '2026-05-03');
  });

  test('yearless dates without a publication time are 2022', () => {
    assert.equal(header('з 24.02 по 30.04 орієнтовно склали:'), '2022-04-30');
    assert.equal(header('from 24.02 to 9.8 were approximately:'), '2022-08-09');
  });

  test('yearless dates take their year from the publication time', () => {
    assert.equal(header('з 24.02 по 30.04', '2022-04-30T04:00:00Z'), '2022-04-30');
    assert.equal(header('з 24.02 по 30.04', '2022-04-30'), '2022-04-30');
    // A late repost: 31.12 published on 2 January belongs to the year before.
    assert.equal(header('з 24.02 по 31.12', '2023-01-02T09:00:00Z'), '2022-12-31');
    // 23:30 UTC on 31 December is already 1 January in Kyiv.
    assert.equal(header('з 24.02 по 01.01', '2022-12-31T23:30:00Z'), '2023-01-01');
  });

  test('a written year wins over the publication time', () => {
    assert.equal(header('з 24.02.22 по 28.12.23', '2023-12-29T06:00:00Z'), '2023-12-28');
  });

  test('a full date without a keyword is used; invalid dates are not', () => {
    assert.equal(header('Генштаб, 05.12.2023: втрати ворога'), '2023-12-05');
    assert.equal(header('з 24.02 по 31.02'), null);
    assert.equal(header('з 24.02 по 29.02', '2023-03-01T06:00:00Z'), null);
    assert.equal(header('Втрати ворога'), null);
  });

  test('the first header line with a date wins', () => {
    assert.equal(findHeaderDate(['🔥 Новини', 'з 24.02.22 по 15.10.24', 'станом на 16.10.2024']), '2024-10-15');
  });
});

describe('findHeaderDate: the forms republications use', () => {
  test('a header wrapped right after "по" / "to"', () => {
    assert.equal(findHeaderDate(['Загальні бойові втрати противника з 24.02.22 по', '21.11.24 орієнтовно склали:']), '2024-11-21');
    assert.equal(findHeaderDate(['The total combat losses of the enemy from 24.02 to', '12.04 were approximately:']), '2022-04-12');
  });

  test('month names, Ukrainian and English, with and without a year', () => {
    assert.equal(header('Загальні бойові втрати ворога з 24 лютого 2022 року по 21 листопада 2024 року орієнтовно склали:'), '2024-11-21');
    assert.equal(header('The total combat losses of the enemy from February 24, 2022 to November 21, 2024 are approximately as follows:'), '2024-11-21');
    assert.equal(header('General Staff: Russian losses as of 5 March 2025'), '2025-03-05');
    assert.equal(header('Estimated losses of the enemy as of Feb. 26, 2022:'), '2022-02-26');
    assert.equal(header('Орієнтовні втрати противника станом на 26 лютого 2022:'), '2022-02-26');
    assert.equal(header('Втрати ворога на 21 листопада', '2024-11-21T06:00:00Z'), '2024-11-21');
  });

  test('a dated header wins over a yearless news title above it', () => {
    assert.equal(findHeaderDate(['Втрати ворога на 21 листопада', '', 'з 24.02.22 по 21.11.24 орієнтовно склали:']), '2024-11-21');
  });

  test('ISO dates, "19-02-24" titles and ranges without a keyword', () => {
    assert.equal(header('Russian losses as of 2024-11-21'), '2024-11-21');
    assert.equal(header('Генштаб ЗСУ інформує про втрати ворога на 19-02-24'), '2024-02-19');
    assert.equal(header('Втрати ворога 24.02–12.04'), '2022-04-12');
  });

  test('a time after "на" is not a date', () => {
    assert.equal(header('Втрати противника (орієнтовно) станом на 10.00 27.02.2022:'), '2022-02-27');
  });
});

describe('publishedDate', () => {
  test('Kyiv calendar date of an instant, or the date itself', () => {
    assert.equal(publishedDate('2024-06-30T21:30:00Z'), '2024-07-01');
    assert.equal(publishedDate('2024-06-30T20:30:00Z'), '2024-06-30');
    assert.equal(publishedDate('2024-06-30'), '2024-06-30');
    assert.equal(publishedDate('not a date'), null);
    assert.equal(publishedDate(undefined), null);
  });
});
