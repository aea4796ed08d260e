/**
 * Eleventh round, English coverage of 2024 and 2025 (wire copy, Ukrainian outlets' English editions,
 * Russian state media in English, think-tank write-ups): phrasings seen in real articles, in sentences
 * written for these tests with real figures (the UK's 900,000 of March 2025 and its averages of 658, 693
 * and 913 a day; CSIS's 950,000 of June 2025; Syrskyi's 55,000 in Kursk of March 2025; the Russian
 * ministry's tallies of 2 January 2025).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('who speaks', () => {
  test('a force that owns the kit shot down ("a jet of the Ukrainian Air Force") is not a speaker, and "the ministry" after it is the one named before', () => {
    const claims = expectClaims(
      "Russian air defences destroyed 84 drones over the past day, the Russian Defence Ministry said on Thursday. The ministry said its fighters also downed a Su-27 jet of the Ukrainian Air Force. According to the ministry, a total of 651 aircraft and 283 helicopters have been destroyed since the start of the special military operation.",
      { published: '2025-01-02', lang: 'en' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 84 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'aircraft', kind: 'cumulative', value: 651 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'helicopters', kind: 'cumulative', value: 283 },
    );
    assert.ok(!claims.some((c) => c.claimant === GS), 'the Ukrainian Air Force, owner of the jet, does not speak');
  });
  test('a country inside what another speaker said ("the UK estimated that Russia has recorded …") is talked about', () => {
    expectOnly(
      'In March the British Ministry of Defence estimated that Russia has recorded some 900,000 casualties since February 2022.',
      { published: '2025-06-05', lang: 'en' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 900000 },
    );
  });
  test('a confidential estimate by its government\'s name, carried by a newspaper, is the paper\'s report', () => {
    expectClaims(
      'Moscow said in July it had inflicted 700,000 losses on Ukraine. A US newspaper has since reported that a confidential Ukrainian estimate puts the number of Ukrainian soldiers killed at 80,000.',
      { published: '2024-11-30', lang: 'en' },
      { claimant: 'other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 80000 },
    );
  });
});

describe('numbers that are no losses', () => {
  test('a side of a ratio ("4:1 in Kyiv\'s favour") counts nothing', () => {
    expectNone('Russian tanks and armoured vehicles keep being destroyed in large numbers, at times with 4:1 loss ratios in Kyiv\'s favour.', { published: '2025-06-04', lang: 'en' });
  });
  test('"the war\'s overall casualty toll" adds both armies together', () => {
    expectOnly(
      "Kyiv said Russia lost 2,030 troops on Thursday, in line with Western estimates, which put the war's overall casualty toll at more than one million.",
      { published: '2024-11-29', lang: 'en' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 2030 },
    );
  });
  test('forecasts: "may cross the million mark", "predicts … will remain at 1,000"', () => {
    expectNone('The think tank warns that Russian casualties may cross the 1 million mark this summer.', { published: '2025-06-04', lang: 'en' });
    expectNone(
      "British intelligence predicts that Russia's average daily casualties will remain at the level of 1,000 troops through the winter.",
      { published: '2024-10-07', lang: 'en' },
    );
  });
});

describe('windows and rates', () => {
  test('"Of these, more than …" goes on in the stretch of the sentence before ("more than" is no day\'s change)', () => {
    expectClaims(
      'Since the start of the Kursk operation, Syrskyi said, Russia has lost more than 55,000 troops in that direction. Of these, more than 22,200 were killed.',
      { published: '2025-03-24', lang: 'en' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 55000 },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 22200 },
    );
  });
  test('"individuals" are people; "In 2023, this figure rose to 693" goes on with the rate before it', () => {
    expectClaims(
      'UK Defence Intelligence said Russian forces lost an average of 658 individuals per day in the first year of the invasion. In 2023, this figure rose to 693.',
      { published: '2024-04-07', lang: 'en' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 658 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 693 },
    );
  });
  test('a hedged copula ("up to 250,000 could be fatalities") still joins a figure to its noun', () => {
    expectClaims(
      'The CSIS study puts Russian losses at about 950,000 killed or wounded, of whom up to 250,000 could be fatalities.',
      { published: '2025-06-04', lang: 'en' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 250000 },
    );
  });
  test('"as well as" joins a list; it is no "as well" carrying the window of the stretch before', () => {
    const claims = extractClaims(
      "Kiev's heaviest weekly losses came in late October, with about 17,000 soldiers lost, the Russian Defence Ministry said. On Thursday, Russian air defences downed six HIMARS rockets as well as 97 drones, the ministry said.",
      { published: '2025-01-03', lang: 'en' },
    );
    const drones = claims.find((c) => c.metric === 'uav' && c.value === 97);
    assert.equal(drones?.claimant, 'ru_mod');
    assert.equal(drones?.kind, 'daily');
  });
});
