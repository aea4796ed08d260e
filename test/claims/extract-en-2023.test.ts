/**
 * Coverage of 2023 (Bakhmut, Wagner, the leaked Pentagon papers, the counteroffensive), in sentences
 * written for these tests: the part of a whole, a list that names its side once.
 */
import { describe, test } from 'node:test';
import { expectOnly } from './helpers.ts';

const opts = { published: '2023-12-12' };

describe('2023 coverage', () => {
  test('"2,200 of the 3,500 tanks it had": the whole is no loss', () => {
    expectOnly('US intelligence says Russia has lost 2,200 of the 3,500 tanks it had before the war.', opts, { claimant: 'us', subject: 'ru', metric: 'tanks', value: 2200 });
  });
  test('a side named at the first figure of a list holds for the next', () => {
    expectOnly(
      'Shoigu said on Tuesday that 15 Russian tanks and nine armoured vehicles were destroyed.',
      { published: '2023-06-06' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'tanks', value: 15 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'afv', value: 9 },
    );
  });
  test('the Wagner chief counts for himself, not for the defence ministry', () => {
    expectOnly(
      'Yevgeny Prigozhin, the head of the Russian private army Wagner, said Ukraine had lost 50,000 soldiers in the battle for Bakhmut.',
      { published: '2023-05-24' },
      { claimant: 'other', subject: 'ua', metric: 'personnel', kind: 'period', value: 50000 },
    );
  });
});
