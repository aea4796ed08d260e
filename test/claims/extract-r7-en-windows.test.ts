/**
 * English windows (round 7): which stretch a figure covers when the words name it only in
 * passing. Sentences written for these tests, with figures from the real statements (Ukraine's
 * General Staff and defence ministry, Moscow's defence ministry, Syrskyi, Podolyak).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

describe('one month, one week', () => {
  test('"in just one month of fighting": a month\'s figures, not totals', () => {
    expectClaims(
      'Russian forces lost 413 tanks and almost 29,000 soldiers in just one month of fighting, Ukraine\'s General Staff said.',
      { published: '2024-01-02' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'tanks', kind: 'period', value: 413, periodDays: 30 },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 29000 },
    );
  });

  test('"in a single month" and "in only one week" in a headline', () => {
    expectClaims('Kyiv: Moscow Lost 46,000 Troops in a Single Month', { published: '2024-12-01' }, { subject: 'ru', metric: 'personnel', kind: 'period', value: 46000, periodDays: 30 });
    expectClaims('Ukraine says Russia lost 8,600 soldiers in only one week', { published: '2024-12-02' }, { subject: 'ru', metric: 'personnel', kind: 'period', value: 8600, periodDays: 7 });
  });

  test('"the most in a month" says how long since, not the window', () => {
    expectOnly(
      'Russia lost 1,100 troops over the past day, the highest in a month, Ukraine\'s General Staff said.',
      { published: '2024-08-02' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1100 },
    );
  });
});

describe('last year', () => {
  test('"losses last year at 430,790": the previous calendar year, not the war', () => {
    expectOnly(
      'In a statement on January 2, Ukraine\'s defence ministry put Russia\'s losses last year at 430,790 soldiers.',
      { published: '2025-01-08' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 430790, asOf: '2024-12-31', periodDays: 366 },
    );
  });

  test('"since February last year" stays the whole war; "said last year that" dates the statement', () => {
    expectOnly('Russia has lost 152,000 troops since February last year, Ukraine\'s General Staff said.', { published: '2023-03-10' }, { subject: 'ru', kind: 'cumulative', value: 152000 });
    expectOnly('Moscow said last year that 5,937 of its soldiers had been killed.', { published: '2023-03-10' }, { claimant: 'ru_mod', subject: 'ru', kind: 'cumulative', value: 5937 });
  });
});

describe('a rate told by the verb', () => {
  test('"were dying daily", "are being killed daily": a rate', () => {
    expectOnly(
      'Presidential adviser Mykhailo Podolyak said that between 100 and 200 Ukrainian soldiers were dying daily.',
      { published: '2022-06-10' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 100 },
    );
    expectClaims('Around 1,700 Russian troops are being killed or wounded daily in the Donetsk region, Syrskyi said.', { published: '2024-12-30' }, { claimant: 'ua_other', subject: 'ru', kind: 'average', value: 1700 });
  });
});

describe('whose operation', () => {
  test('"since the beginning of Moscow\'s military operation": Moscow\'s war, the whole of it', () => {
    expectOnly(
      'Ukraine has lost more than 383,000 soldiers since the beginning of Moscow\'s military operation, Shoigu told the defence ministry board.',
      { published: '2023-12-19' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 383000 },
    );
  });

  test('"since the start of the Ukrainian military operation in the Kursk region": one operation, and its breakdown after it', () => {
    expectClaims(
      'Since the start of the Ukrainian military operation in the Kursk region on August 6, Russia has lost over 62,000 soldiers there, the General Staff said. Irretrievable losses came to 25,200.',
      { published: '2025-03-18' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 62000 },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 25200 },
    );
  });

  test('"since launching their push", "since it launched its counteroffensive": one operation, not a day', () => {
    expectOnly(
      'Ukrainian forces have lost 2,500 men since launching their push toward Robotyne, the Russian defence ministry said.',
      { published: '2023-06-30' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 2500 },
    );
    expectOnly(
      'Kyiv has lost 13,000 troops since it launched its counteroffensive, the Russian defence ministry said.',
      { published: '2023-06-30' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 13000 },
    );
  });

  test('"since launching its full-scale invasion" stays the whole war', () => {
    expectOnly(
      'Moscow\'s troops have lost 359,230 soldiers since launching the full-scale invasion, Ukraine\'s armed forces said.',
      { published: '2023-12-31' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 359230 },
    );
  });
});

describe('a rate named a sentence before its steps', () => {
  test('"the daily average rose each year. The figure stood at 400 in 2022, jumping to 693 in 2023": rates', () => {
    expectClaims(
      'British defence intelligence said the daily average of Russian losses has risen every year of the war. The figure stood at 400 in 2022 and climbed to 693 in 2023.',
      { published: '2024-04-07' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 400, periodDays: 1 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 693, periodDays: 1 },
    );
  });
});

describe('a stretch named after the figure or around it', () => {
  test('"losses for the month reached 45,720": a month\'s figure, not the war\'s', () => {
    expectOnly(
      'Russian losses for the month reached 45,720, Ukraine\'s defence ministry said.',
      { published: '2024-12-01' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 45720 },
    );
  });

  test('"1,500 troops in one day and 9,000 over the past week": the second figure counts the same troops', () => {
    expectClaims(
      'Russia lost 1,500 troops in one day and 9,000 over the past week, Ukraine\'s General Staff said.',
      { published: '2024-12-10' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1500 },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 9000, periodDays: 7 },
    );
  });

  test('"casualties in the seven days to Sunday came to 9,800": a number word in the window hides no noun', () => {
    expectOnly(
      'Russian casualties in the seven days to Sunday came to 9,800, Ukraine\'s General Staff said.',
      { published: '2024-12-10' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 9800 },
    );
  });
});

describe('stretches bounded by their ends', () => {
  test('"in the 12 months to December", "from Monday to Sunday", "since the start of January"', () => {
    expectOnly('In the 12 months to December, Russia lost 410,000 troops, Ukraine\'s General Staff said.', { published: '2025-01-15' }, { subject: 'ru', kind: 'period', value: 410000 });
    expectOnly('From Monday to Sunday, Russia lost 9,000 troops, Ukraine\'s General Staff said.', { published: '2025-01-15' }, { subject: 'ru', kind: 'period', value: 9000, periodDays: 7 });
    expectOnly('Russia has lost 14,500 troops since the start of January, Ukraine\'s General Staff said.', { published: '2025-01-15' }, { subject: 'ru', kind: 'period', value: 14500 });
  });

  test('"weekly losses reached 10,500": one week\'s figure, not a rate', () => {
    expectOnly('Russia\'s weekly losses reached 10,500 in mid-December, Ukraine\'s General Staff said.', { published: '2025-01-15' }, { subject: 'ru', kind: 'period', value: 10500, periodDays: 7 });
  });

  test('"total losses … on the Kursk salient": one front\'s stretch, not the war\'s', () => {
    expectOnly(
      'The total losses of the North Korean troops on the Kursk salient came to more than 4,000 killed and wounded, the General Staff said.',
      { published: '2025-03-18' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 4000 },
    );
  });
});

describe('two weekdays running', () => {
  test('"between Monday and Tuesday" is one daily report, "from Tuesday to Thursday" three days', () => {
    expectClaims('Russia lost 1,060 personnel between Monday and Tuesday, the General Staff said.', { published: '2023-03-07' }, { subject: 'ru', kind: 'daily', value: 1060 });
    expectClaims('From Tuesday to Thursday, Russia lost 3,100 troops, the General Staff said.', { published: '2023-03-10' }, { subject: 'ru', kind: 'period', value: 3100, periodDays: 3 });
  });
});

describe('where the kit came from', () => {
  test('"25 German Leopard tanks", "three U.S. Bradley fighting vehicles": the supplier stands between the figure and its noun', () => {
    expectClaims(
      'Moscow said that in the last two months its forces had destroyed 25 German Leopard tanks, seven French AMX tanks and three U.S. Bradley fighting vehicles.',
      { published: '2023-08-04' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 25 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 7 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'period', value: 3 },
    );
  });

  test('"5,000 German troops" is no count of equipment, nor of losses', () => {
    expectOnly('Berlin plans to station 5,000 German troops in Lithuania, while Ukraine said Russia lost 1,300 soldiers over the past day.', { published: '2024-12-01' }, { subject: 'ru', metric: 'personnel', kind: 'daily', value: 1300 });
  });
});

describe('a few hours', () => {
  test('"in just three hours": one fight\'s stretch, not the war\'s total nor a day\'s tally', () => {
    expectOnly('In just three hours, Russian forces lost 60 armoured vehicles near Vuhledar, the brigade said.', { published: '2024-11-20' }, { subject: 'ru', metric: 'afv', kind: 'period', value: 60 });
    expectOnly('Russia lost 1,100 troops in 24 hours, the General Staff said.', { published: '2024-11-20' }, { subject: 'ru', kind: 'daily', value: 1100 });
  });
});

describe('the week, the month', () => {
  test('"in the week ending Friday", "during the month", "in the week before the election": a week\'s or a month\'s', () => {
    expectOnly('The Ukrainian army lost 9,000 soldiers in the week ending Friday, the Russian Defence Ministry said.', { published: '2024-11-23' }, { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 9000, periodDays: 7 });
    expectOnly('During the month, Ukraine lost 36,000 soldiers, the Russian Defence Ministry said.', { published: '2024-11-30' }, { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 36000 });
    expectOnly('In the week before the election, Russia lost 7,000 troops, the General Staff said.', { published: '2024-03-20' }, { subject: 'ru', kind: 'period', value: 7000, periodDays: 7 });
  });
});

describe('a month told again as a rate', () => {
  test('"45,680 troops in November, or about 1,500 per day": the month\'s figure and its rate, each its own', () => {
    expectOnly(
      'The Russian army lost an estimated 45,680 troops in November, or about 1,500 per day, British defence intelligence said.',
      { published: '2024-12-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 45680 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1500 },
    );
  });
});
