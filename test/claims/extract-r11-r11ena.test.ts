/**
 * Eleventh round, English coverage of 2022 and 2023 (wire copy, Russian and Ukrainian outlets'
 * English editions): phrasings seen in real articles, in sentences written for these tests with real
 * figures (the Russian ministry's cumulative lists of April 2022 and May 2023; Shoigu's 3,715 over the
 * first three days of June 2023; the General Staff's 154,830 of 2023-03-07; the Border Guard Service's
 * Bakhmut reports of spring 2023; Prigozhin's 20,000 of May 2023; Kahl's August 2022 estimate).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe("the Russian ministry's list nouns", () => {
  test('"tanks and other combat armored vehicles" (adjectives in either order) is armour of every class, not tanks', () => {
    expectOnly(
      'Russian Defence Ministry spokesman Igor Konashenkov said 2,052 tanks and other combat armored vehicles and 1,975 special military motor vehicles had been destroyed since the beginning of the special military operation.',
      { published: '2022-04-10' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'other', kind: 'cumulative', value: 2052 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'vehicles_fuel_tanks', kind: 'cumulative', value: 1975 },
    );
  });
  test('"multiple rocket launch systems" are MLRS', () => {
    expectClaims(
      'Konashenkov said Russian forces had destroyed 763 multiple rocket launch systems since the start of the special military operation.',
      { published: '2022-07-24' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'mlrs', kind: 'cumulative', value: 763 },
    );
  });
});

describe('who speaks', () => {
  test("the head of Russia's paramilitary Wagner Group speaks for Wagner, not for the Russian ministry", () => {
    expectOnly(
      'The head of the Russian paramilitary Wagner Group said on Wednesday that 20,000 of his fighters had died in the battle for Bakhmut.',
      { published: '2023-05-25' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 20000 },
    );
  });
  test('"Prigozin", a spelling without the h, is Prigozhin; "Wagner fighters" are on Russia\'s side', () => {
    expectClaims(
      'Yevgeny Prigozin said on Wednesday that 20,000 Wagner fighters had been killed in Bakhmut.',
      { published: '2023-05-25' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 20000 },
    );
    expectClaims(
      'Wagner chief Yevgeny Prigozhin said on Wednesday that 20,000 of his men had been killed in the battle for Bakhmut.',
      { published: '2023-05-25' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 20000 },
    );
  });
  test("Ukraine's border guards report their own engagements: a service speaking for itself", () => {
    expectClaims(
      'The State Border Guard Service of Ukraine said its mortar crews killed at least 15 mercenaries near Bakhmut.',
      { published: '2023-03-19' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', value: 15, qualifier: 'at_least' },
    );
  });
  test('a UK delegation to the OSCE speaks for the British government', () => {
    expectClaims(
      "Up to 30,000 Russian troops have been killed or wounded in the battle for Bakhmut, a military adviser to the United Kingdom's delegation to the OSCE said.",
      { published: '2023-03-17' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', value: 30000, qualifier: 'about' },
    );
  });
  test('"Ukraine insists that …": a country before a verb of saying is its speaker, not the one named a sentence before', () => {
    expectClaims(
      'The CIA puts Russian deaths at about 15,000, Burns said.\nUkraine, for its part, insists that Russian losses are far higher, at about 36,200 soldiers killed.',
      { published: '2022-07-22' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', value: 15000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', value: 36200, qualifier: 'about' },
    );
  });
  test('"the Ukrainian armed forces yesterday killed …": the army acting, with a word between it and the verb, is the tally', () => {
    expectOnly(
      'The Ukrainian armed forces yesterday killed 1,060 Russian soldiers, bringing the total of Moscow’s troops eliminated since the beginning of the invasion to 154,830, the General Staff announced in its daily update.',
      { published: '2023-03-07' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1060 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 154830 },
    );
  });
  test('a sentence glued to one that ends on a date ("February 24.Those") is a sentence of its own', () => {
    expectClaims(
      'US Under Secretary of Defense Colin Kahl said Russian forces had lost "three or four thousand" armored vehicles since the invasion began on February 24.Those losses were "remarkable" given that the Russian president had achieved none of his aims, he said.',
      { published: '2022-08-09' },
      { claimant: 'us', subject: 'ru', metric: 'afv', kind: 'cumulative', value: 3000 },
    );
  });
});

describe('whose losses', () => {
  test('the side that "killed" a figure is the killer: the total after it counts the same side as the figure', () => {
    expectClaims(
      'Ukrainian forces killed 1,060 Russian soldiers over the past day, a toll that brings the total to 154,830, the General Staff said.',
      { published: '2023-03-07' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1060 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 154830 },
    );
  });
  test('"200 Wagner Group mercenaries": the group\'s name stands between the figure and its noun', () => {
    expectClaims(
      'Around 200 Wagner Group mercenaries were killed between Feb. 20 and 22 near Bakhmut, the General Staff said.',
      { published: '2023-02-26' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 200, periodDays: 3, qualifier: 'about' },
    );
  });
});

describe('windows', () => {
  test('"in three days of fighting" is a stretch of three days, not the whole war', () => {
    expectOnly(
      'According to Shoigu, in three days of fighting Ukraine lost 3,715 servicemen and 52 tanks.',
      { published: '2023-06-06' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 3715, periodDays: 3 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 52, periodDays: 3 },
    );
  });
  test('"in the first four days of fighting" early in the war is still the whole war; "three years of fighting" too', () => {
    expectClaims(
      "Ukraine's military said Russia had lost 5,300 troops in the first four days of fighting.",
      { published: '2022-02-28' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5300 },
    );
    expectClaims(
      'The General Staff said Russia had lost 840,000 troops in three years of fighting.',
      { published: '2025-02-24' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 840000 },
    );
  });
});

describe('figures that are not losses', () => {
  test('"50 vehicles were used in the offensive" is the attacking force; the 60 destroyed after it are the loss', () => {
    expectOnly(
      'The head of the Avdiivka military administration said Russian troops had used around 50 vehicles in the attack, but more than 60 Russian vehicles had been destroyed by Ukrainian forces since it began.',
      { published: '2023-10-11' },
      { claimant: 'ua_other', subject: 'ru', metric: 'vehicles_fuel_tanks', value: 60, qualifier: 'more_than' },
    );
    expectNone(
      'The head of the Avdiivka military administration said around 50 Russian armoured vehicles were used in the offensive on Tuesday.',
      { published: '2023-10-11' },
    );
  });
});

describe('a headline and the sentence after a stretch', () => {
  test('"Kiev, "over 1,000 …"": a country opening a headline before a quotation is its source, not the person named in the title above', () => {
    expectOnly(
      'Live: Zelensky says "we will defend Bakhmut"\n\nKiev, "over 1,000 Russian soldiers killed yesterday"\n\nThe Ukrainian armed forces killed 1,060 Russian soldiers yesterday, the General Staff said in its daily update.',
      { published: '2023-03-07' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1060 },
    );
  });
  test('"killed in repelling the attacks" after a three-day stretch is that stretch, not the whole war', () => {
    expectClaims(
      'Shoigu said that in three days of fighting Ukraine had lost 3,715 servicemen and 52 tanks.\nSeventy-one Russian servicemen were killed in repelling the attacks, while another 210 were wounded.',
      { published: '2023-06-06' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 3715, periodDays: 3 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 71 },
    );
  });
});
