/**
 * English as outlets outside the US and UK restate the tally (Ukrinform, Indian and Gulf papers,
 * AI digests of the Kyiv Independent): sentences written for these tests, figures from the real tallies.
 */
import { describe, test } from 'node:test';
import { expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('a front commander and the General Staff in one text', () => {
  test("the war's running total after a commander's day on his front is the General Staff's", () => {
    expectOnly(
      "In the Tavria sector, Russian forces lost 414 troops over the past day, commander Oleksandr Tarnavskyi said on Telegram.\n\nSince the full-scale invasion began, Russia's combat losses have reached about 343,890 soldiers.",
      { published: '2023-12-13' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 414 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 343890 },
    );
  });
});

describe('bullet lists of the tally', () => {
  test('a row whose noun was lost does not end the list, and a spelt-out "One" row is a total like the rest', () => {
    expectOnly(
      "Russia has lost 780,860 troops since February 24, 2022, according to Ukraine's General Staff. Its equipment losses include:\n\n* 9,630 tanks\n* 1,031 systems\n* 369 airplanes\n* 329 helicopters\n* One submarine",
      { published: '2024-12-26' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 780860 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 9630 },
      { claimant: GS, subject: 'ru', metric: 'aircraft', kind: 'cumulative', value: 369 },
      { claimant: GS, subject: 'ru', metric: 'helicopters', kind: 'cumulative', value: 329 },
      { claimant: GS, subject: 'ru', metric: 'submarines', kind: 'cumulative', value: 1 },
    );
  });
});
