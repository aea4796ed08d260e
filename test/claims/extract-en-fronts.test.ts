/**
 * English reporting from one front, one operation or one unit: commanders and spokespeople of
 * Ukraine's groupings speaking for themselves, their tallies of a day, and the windows of one
 * area's fighting. Sentences written for these tests, with figures from the real statements.
 */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

describe('a commander or a spokesman of a grouping speaks for himself', () => {
  test('named by his title and his name', () => {
    expectOnly(
      'Russian forces lost 426 soldiers in the Tavria sector over the past day, said Brigadier General Oleksandr Tarnavskyi, commander of the Tavria operational-strategic group.',
      { published: '2024-03-04' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 426 },
    );
  });

  test('"the commander-in-chief" is a title, not "the commander" referring back', () => {
    expectOnly(
      'By the count of the Commander-in-Chief of the Armed Forces Oleksandr Syrskyi, 7,905 Russian soldiers were killed during the Kursk operation.',
      { published: '2024-10-31' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 7905 },
    );
  });

  test('"the general added" keeps him speaking for the figures after it', () => {
    expectOnly(
      [
        'Fighting around Robotyne',
        'Oleksandr Tarnavskyi said the Russians had brought up fresh reserves.',
        'Russian aviation kept up its strikes on the village.',
        'Artillery duels went on through the night.',
        'The situation was most intense near Verbove, the general added.',
        'Over the last day the Russians lost 312 men in the sector.',
      ].join('\n'),
      { published: '2023-09-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 312 },
    );
  });

  test('a subheading between the speaker and his figure does not end his turn', () => {
    expectOnly(
      [
        'Oleksandr Tarnavskyi said the Russians had brought up fresh reserves.',
        'Russian aviation kept up its strikes on the village.',
        'Artillery duels went on through the night.',
        'Enemy losses',
        'Over the last day the Russians lost 312 men in the sector.',
      ].join('\n'),
      { published: '2023-09-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 312 },
    );
  });

  test("a commander's figures without a window of their own stay in the day he gave", () => {
    expectClaims(
      'Tarnavskyi said the enemy had lost 261 men in his direction over the past day. Ukrainian crews knocked out 7 artillery systems and 5 special vehicles.',
      { published: '2023-07-10' },
      { claimant: 'ua_other', metric: 'personnel', kind: 'daily', value: 261 },
      { claimant: 'ua_other', metric: 'artillery', kind: 'daily', value: 7 },
      { claimant: 'ua_other', metric: 'special_equipment', kind: 'daily', value: 5 },
    );
  });

  test('the size of the assault groups is no loss', () => {
    expectOnly(
      'Shtupun put Russian casualties near Avdiivka at more than 400 a day; the attackers move in groups of 10 to 15 men.',
      { published: '2023-10-28' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'average', value: 400 },
    );
  });
});

describe("the Russian ministry's weekly summary", () => {
  test('soldiers who surrendered are no loss figure beside the losses', () => {
    expectOnly(
      "Russia's defence ministry said Kyiv lost more than 2,480 soldiers to its Zapad group over the past week, adding that 37 Ukrainian servicemen had surrendered.",
      { published: '2024-11-08' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 2480, periodDays: 7 },
    );
  });
});
