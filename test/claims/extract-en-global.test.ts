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
