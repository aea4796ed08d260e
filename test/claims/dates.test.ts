import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDates, inferPublished, resolveDate } from '../../src/claims/date-mentions.ts';

describe('inferPublished', () => {
  test('a date in the URL path', () => {
    assert.equal(inferPublished('text', 'https://www.example.org/europe/2024/11/29/losses-update/'), '2024-11-29');
    assert.equal(inferPublished('text', 'https://example.com/2022/12/losses-pass-a-milestone'), null);
  });

  test('a dateline in the first lines, not a date inside a headline or a caption', () => {
    assert.equal(inferPublished('Russian losses climb\n\nMar.4 - 2023 11:15 AM CET\n\nBody.'), '2023-03-04');
    assert.equal(inferPublished('January 9, 2023\n\nThe count goes on.'), '2023-01-09');
    assert.equal(inferPublished('Kyiv: Russian losses reach 990 800 since February 24, 2022\nBody.'), null);
  });

  test('a dateline that opens the first paragraph, after a place in capitals', () => {
    assert.equal(inferPublished('Russia loses 1,950 troops\n\nKYIV, 12 November 2024 - Russia lost 1,950 soldiers over the past day, the General Staff said.'), '2024-11-12');
    assert.equal(inferPublished('Headline\n\nMOSCOW/KYIV, Nov 29, 2024 - Ukraine said on Friday that Russian losses had hit a record.'), '2024-11-29');
    assert.equal(inferPublished('Headline\n\nRussia lost 2,030 troops on November 28, 2024 - a record, Kyiv said.'), null);
  });

  test('a line that is a numeric date, day first unless only the other order is a date', () => {
    assert.equal(inferPublished('Date: 29.11.2024\n\nHeadline\n\nBody.'), '2024-11-29');
    assert.equal(inferPublished('Headline\n\n12.11.2024 | World\n\nBody.'), '2024-11-12');
    assert.equal(inferPublished('Headline\n\n11/29/2024\n\nBody.'), '2024-11-29');
    assert.equal(inferPublished('Headline\n\nThe 1,950 of 12.11.2024 was beaten.'), null);
  });
});

describe('findDates and resolveDate', () => {
  test('a dateline opening a paragraph dates the statement, even with a verb of losing after it', () => {
    const roleOf = (s: string) => findDates(s).map((d) => [s.slice(d.start, d.end), d.role]);
    assert.deepEqual(roleOf('KYIV, July 16, 2024 - Russian forces lost 1,110 soldiers over the past day, the General Staff said.'), [['July 16, 2024', 'statement']]);
    assert.deepEqual(roleOf('Kyiv, 21 December (Ukrinform) \u2013 Russia lost 1,860 troops in a day, the army said.'), [['21 December', 'statement']]);
    // Not a dateline: a date inside the sentence keeps the loss verb's reading.
    assert.deepEqual(roleOf('Russia lost 2,030 troops on November 28, 2024 - a record, Kyiv said.'), [['November 28, 2024', 'loss']]);
  });

  test('a count that opens on a date after the preposition and its article', () => {
    const roles = (s: string) => findDates(s).map((d) => d.role);
    assert.deepEqual(roles('Insgesamt hat Russland seit dem 24. Februar 2022 demnach 770.420 Soldaten verloren.'), ['since']);
    assert.deepEqual(roles('În total, din 24 februarie 2022, Rusia a pierdut 770.420 de militari.'), ['since']);
    assert.deepEqual(roles('Desde el 24 de febrero de 2022, Rusia ha perdido 770.420 soldados.'), ['since']);
  });

  test('the day of the losses, the day of a statement, a date a count opens with', () => {
    const s = 'On 3 March Russian units lost 1 100 men, the General Staff said on Monday; since February 24, 2022 they have lost 990,800.';
    const roles = findDates(s).map((d) => [s.slice(d.start, d.end), d.role]);
    assert.deepEqual(roles, [
      ['3 March', 'loss'],
      ['Monday', 'statement'],
      ['February 24, 2022', 'since'],
    ]);
  });

  test('Ukrainian and Russian loss days after "за добу"', () => {
    const uk = findDates('За минулу добу, 22 листопада, ворог втратив 1 770 військових');
    assert.equal(uk[0]?.role, 'loss');
    assert.equal(resolveDate(uk[0]!, '2024-11-23'), '2024-11-22');
    const ru = findDates('За прошедшие сутки, 22 ноября, ВСУ потеряли');
    assert.equal(ru[0]?.role, 'loss');
  });

  test('weekdays and "yesterday" need the publication date', () => {
    const [monday] = findDates('the ministry said on Monday');
    assert.equal(resolveDate(monday!, null), null);
    assert.equal(resolveDate(monday!, '2024-11-12'), '2024-11-11');
    const [yesterday] = findDates('Russia lost 1,030 troops yesterday');
    assert.equal(resolveDate(yesterday!, '2023-02-07'), '2023-02-06');
  });

  test('a yearless date takes the year of publication, or the year before when it would lie ahead', () => {
    const [d] = findDates('on December 22');
    assert.equal(resolveDate(d!, '2025-01-03'), '2024-12-22');
    assert.equal(resolveDate(d!, '2024-12-23'), '2024-12-22');
  });
});
