/**
 * Mechanisms that carry over to text the extractor was never tuned on: each test is a shape of
 * sentence, written for these tests, with figures from the General Staff's real reports
 * (2024-11-12: +1,950 personnel, 712,610 in all; +23 tanks, +81 armoured vehicles, +38 artillery).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';
const NOV12 = { published: '2024-11-12' };

describe('the window of a figure no word dates', () => {
  test('equipment listed after a day figure, with a verb the lexicon lacks, is the same day', () => {
    expectOnly(
      "Ukraine's General Staff said Russia lost 1,950 troops over the past day. Its units also took out 23 tanks, 81 armoured vehicles and 38 artillery systems.",
      NOV12,
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 23 },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 81 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 38 },
    );
  });

  test('"total" stays with its own figure: the list beside it is the day', () => {
    expectOnly(
      "Kyiv said 1,950 Russian soldiers were killed or wounded in the previous 24 hours. The same update listed 23 tanks and 81 armoured vehicles destroyed, taking Russia's total tank losses to 9,276.",
      NOV12,
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 23 },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 81 },
      { claimant: GS, metric: 'tanks', kind: 'cumulative', value: 9276 },
    );
  });

  test('"over the same period" is the last window, not the total said in between', () => {
    expectOnly(
      'Russia lost 1,950 troops in a day, the General Staff said, bringing the total to 712,610. Over the same period it lost 23 tanks.',
      NOV12,
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 712610 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 23 },
    );
  });

  test('a calendar year is a period, and so is the year it is compared with', () => {
    expectOnly(
      'Over the whole of 2024, Russia lost 429,660 troops killed and wounded, according to the General Staff, compared with 253,290 in 2023.',
      {},
      { claimant: GS, metric: 'personnel', kind: 'period', value: 429660 },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 253290 },
    );
  });

  test('a day window said as "from the past day"', () => {
    expectOnly("The General Staff's morning update added 1,950 Russian casualties from the past day.", NOV12, {
      claimant: GS,
      metric: 'personnel',
      kind: 'daily',
      value: 1950,
    });
  });
});

describe('a figure whose noun the text left out', () => {
  test('"the previous high of N" counts what the record before it counted', () => {
    expectOnly(
      'Russian drone losses hit a record 61 in a day, the General Staff said. The previous high of 55 was set a week earlier.',
      NOV12,
      { claimant: GS, metric: 'uav', kind: 'daily', value: 61, record: true },
      { claimant: GS, metric: 'uav', kind: 'daily', value: 55, record: false },
    );
  });

  test('"the total … now stands at N" and "it had reported N"', () => {
    expectOnly(
      "Ukraine's General Staff said 1,950 Russian troops were killed or wounded over the past day. The total since the start of the invasion now stands at 712,610. On Sunday it had reported 1,770.",
      NOV12,
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 712610 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1770 },
    );
  });

  test('a bare number with no figure before it to restate is no claim', () => {
    expectOnly('The previous high of 1,740 was set in May, officials said of the river levels.', {});
  });
});

describe('attribution follows the sentence that states it', () => {
  test('"Moscow, for its part, claimed" after a sentence about Britain', () => {
    expectClaims(
      "Britain's defence chief said Russia was losing about 1,500 troops a day in October. Moscow, for its part, claimed its forces killed 1,300 Ukrainian servicemen over the past day.",
      { published: '2024-11-05' },
      { claimant: 'uk_mod', subject: 'ru', kind: 'average', value: 1500 },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 1300 },
    );
  });
});

describe('figures in other shapes', () => {
  test('a range with a describing word the lexicon lacks is read at its lower end', () => {
    expectOnly('UK defence intelligence estimated between 150,000 and 190,000 permanent casualties among Russian forces.', {}, {
      claimant: 'uk_mod',
      subject: 'ru',
      metric: 'personnel',
      kind: 'cumulative',
      value: 150000,
      qualifier: 'at_least',
    });
  });

  test('table rows under a heading about the General Staff', () => {
    expectOnly(
      "Ukraine's General Staff published its figures for the past day.\nTanks – 23 units\nHelicopters 1 unit\nArtillery systems – over 30 units",
      NOV12,
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 23 },
      { claimant: GS, metric: 'helicopters', kind: 'daily', value: 1 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 30, qualifier: 'more_than' },
    );
  });

  test('table rows with no heading about the war are no claims', () => {
    expectOnly('Fruit sold at the market.\nApples – 23 units\nPears 5 units', {});
  });

  test('soldiers taken prisoner, listed beside the dead, are losses of another kind', () => {
    expectOnly(
      "In its first tally of the war, Ukraine's General Staff said 4,300 Russian soldiers had been killed, with 150 more taken prisoner.",
      { published: '2022-02-28' },
      { claimant: GS, subject: 'ru', metric: 'personnel', value: 4300 },
      { claimant: GS, subject: 'ru', metric: 'other', value: 150 },
    );
    expectOnly(
      'Polski sztab podał, że Rosjanie stracili 4300 zabitych i 150 żołnierzy wziętych do niewoli.',
      { published: '2022-02-28', lang: 'pl' },
      { subject: 'ru', metric: 'personnel', value: 4300 },
      { subject: 'ru', metric: 'other', value: 150 },
    );
  });

  test('a figure that is the subject of a verb of losing, in a second clause, counts the same side', () => {
    expectClaims(
      'Según Moscú, 3.100 soldados ucranianos han muerto en los combates y unos 5.400 han resultado heridos.',
      { published: '2022-03-10', lang: 'es' },
      { subject: 'ua', metric: 'personnel', value: 3100 },
      { subject: 'ua', metric: 'personnel', value: 5400, qualifier: 'about' },
    );
    expectClaims(
      "Selon l'état-major ukrainien, 4 200 soldats russes sont morts et environ 9 000 ont été blessés depuis le début de l'offensive.",
      { published: '2022-03-10', lang: 'fr' },
      { subject: 'ru', metric: 'personnel', value: 9000, qualifier: 'about' },
    );
  });

  test('a figure with its noun left out, the subject of a passive verb of losing, counts what the sentence before counted', () => {
    expectClaims(
      "Ukraine's General Staff said Russia lost 38 artillery systems on Monday. Another 41 were reportedly destroyed on Tuesday.",
      NOV12,
      { metric: 'artillery', value: 38 },
      { metric: 'artillery', value: 41 },
    );
  });

  test('officers and conscripts are soldiers', () => {
    expectClaims('Kyiv said 1,200 Russian officers had been killed since the invasion.', NOV12, { subject: 'ru', metric: 'personnel', value: 1200 });
  });

  test('a prisoner exchange beside a count of the dead is no loss, and the dead are still read', () => {
    expectOnly(
      'Kyiv said 1,950 Russian soldiers were killed over the past day, and that 95 prisoners were exchanged with Moscow.',
      NOV12,
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950 },
    );
  });
});
