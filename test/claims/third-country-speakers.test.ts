/**
 * Sentences written for these tests: a third country's minister, president or intelligence service
 * gives an estimate right after a British or American one. Theirs is no one else's figure, so the
 * speaker of the sentence before must not carry over to it.
 */
import { describe, test } from 'node:test';
import { expectOnly } from './helpers.ts';

const before = "Britain's defence secretary said on Monday that Russia had lost 450,000 troops. ";

describe('a third country speaks for itself', () => {
  for (const [second, value, qualifier] of [
    ["Germany's defence minister put Russian losses at 500,000.", 500000, 'exact'],
    ['Polish President Andrzej Duda said Russian losses exceeded 520,000.', 520000, 'more_than'],
    ["Estonia's intelligence service estimates that Russia has suffered 480,000 casualties.", 480000, 'exact'],
    ['The French foreign minister spoke of close to half a million Russian dead and wounded.', 500000, 'about'],
  ] as const) {
    test(second, () => {
      expectOnly(
        before + second,
        { published: '2024-09-30' },
        { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 450000 },
        { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value, qualifier },
      );
    });
  }

  test('a country named as a place, not a speaker, leaves the speaker before in place', () => {
    expectOnly(
      before + 'Speaking in Germany, he added that 1,100 Russian soldiers were being killed or wounded every day.',
      { published: '2024-09-30' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 450000 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1100 },
    );
  });
});
