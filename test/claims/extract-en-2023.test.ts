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
  test('"in just the past day": a day\'s figure inside the total it is part of', () => {
    expectOnly(
      'Kyiv says Russia has lost 318,000 troops since the invasion. That number includes 1,180 casualties suffered by Russian forces in just the past day.',
      { published: '2023-11-20' },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'cumulative', value: 318000 },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'daily', value: 1180 },
    );
  });
  test('"the latest Ukrainian bulletin" is the General Staff speaking, after a sentence of Moscow\'s', () => {
    expectOnly(
      'Shoigu said Ukraine lost 7,000 soldiers in February. The latest Ukrainian bulletin reports a total of 145,000 Russian troops killed since the invasion.',
      { published: '2023-03-02' },
      { claimant: 'ru_mod', subject: 'ua', value: 7000 },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'cumulative', value: 145000 },
    );
  });
  test('"the institute" is a think tank\'s voice, not the last speaker\'s', () => {
    expectOnly(
      'Moscow said Ukraine had lost 520 tanks since June. The institute estimates between 500 and 750 Ukrainian tank losses.',
      { published: '2023-11-20' },
      { claimant: 'ru_mod', subject: 'ua', value: 520 },
      { claimant: 'other', subject: 'ua', metric: 'tanks', value: 500 },
    );
  });
  test('"including a T-72 and an upgraded T-90": named members of the figure before are no losses of their own', () => {
    expectOnly(
      "Kyiv's Tavria group said its forces destroyed six Russian tanks on Saturday, including a T-72 and an upgraded T-90.",
      { published: '2023-06-20' },
      { subject: 'ru', metric: 'tanks', kind: 'daily', value: 6 },
    );
  });
  test('"…, with some 120,000 killed or wounded": the stockpiles named before the "with" do not make the figure a stock', () => {
    expectOnly(
      'The Pentagon said Russia had run down its ammunition stockpiles and its army, with some 120,000 Russian soldiers killed or wounded since the winter.',
      { published: '2023-06-20' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', value: 120000 },
    );
  });
  test('a tally by state: "1,450 tanks destroyed, 520 captured, 90 damaged and 70 abandoned"', () => {
    expectOnly(
      "An open-source count puts Russia's armour losses at 1,450 tanks destroyed, 520 captured, 90 damaged and 70 abandoned, the Oryx group says.",
      { published: '2023-03-01' },
      { claimant: 'other', subject: 'ru', metric: 'tanks', value: 1450 },
      { claimant: 'other', subject: 'ru', metric: 'tanks', value: 520 },
      { claimant: 'other', subject: 'ru', metric: 'tanks', value: 90 },
      { claimant: 'other', subject: 'ru', metric: 'tanks', value: 70 },
    );
  });
});
