/**
 * English coverage of 2024: the record days and months, the year's totals told in January, the
 * Kursk incursion and North Korea's troops there, Moscow's statements on the fighting in Kursk.
 * Sentences written for these tests, with figures from the real statements (General Staff,
 * Syrskyi, Zelensky, the Russian defence ministry, South Korea's intelligence, BBC/Mediazona).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

describe('windows', () => {
  test('"in the space of 24 hours" is a day, after a sentence that gave a total', () => {
    expectClaims(
      "Ukraine's General Staff put Russia's losses since the invasion at about 745,000 on Nov. 29. Kyiv said 2,030 Russian troops were lost in the space of 24 hours, the worst toll since the start of the full-scale war.",
      { published: '2024-11-29' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 2030 },
    );
  });

  test('"last year" is the calendar year before publication', () => {
    expectOnly(
      "Ukraine's commander-in-chief Oleksandr Syrskyi said in a TV interview that Russia lost 434,000 soldiers last year.",
      { published: '2025-01-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 434000, periodDays: 366, asOf: '2024-12-31' },
    );
    expectOnly(
      'Last year was the deadliest for Moscow\'s army since the invasion began: the BBC and Mediazona counted at least 45,287 dead.',
      { published: '2025-04-25' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'period', value: 45287, periodDays: 366 },
    );
  });

  test('"last year" that dates a statement, or a month of it, is not the figure\'s year', () => {
    expectOnly('NATO estimated last year that 40,000 Russian troops had been killed.', { published: '2023-03-01' }, {
      claimant: 'other',
      subject: 'ru',
      kind: 'cumulative',
      value: 40000,
    });
    expectOnly("Ukraine's defence ministry said 41,980 Russian soldiers were killed or wounded in October last year.", { published: '2025-03-01' }, {
      claimant: 'ua_general_staff',
      kind: 'period',
      value: 41980,
      asOf: '2024-10-31',
    });
  });
});

describe("North Korea's troops", () => {
  test('their dead and wounded are on Russia\'s side, and counted since they came, not since the invasion', () => {
    expectOnly(
      'Zelensky said on Monday that more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region.',
      { published: '2024-12-23' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 3000, qualifier: 'more_than' },
    );
    expectClaims(
      "South Korea's spy agency said at least 100 North Korean soldiers had been killed and about 1,000 wounded.",
      { published: '2024-12-19' },
      { subject: 'ru', metric: 'personnel', kind: 'period', value: 100 },
      { subject: 'ru', metric: 'personnel', kind: 'period', value: 1000 },
    );
  });

  test('"casualties among North Korean troops" are theirs, not the speaker\'s side\'s', () => {
    expectOnly(
      'Ukrainian special forces said they had inflicted 120 casualties among North Korean troops over three days.',
      { published: '2024-12-23' },
      { subject: 'ru', metric: 'personnel', kind: 'period', value: 120, periodDays: 3 },
    );
  });

  test('"13 North Korean soldiers", "77 North Koreans": the nationality stands between the figure and its noun', () => {
    expectClaims(
      'A drone unit of the Ukrainian army said it had eliminated 13 North Korean soldiers in the Kursk region, and another brigade that 77 North Koreans were killed in two days.',
      { published: '2025-01-07' },
      { subject: 'ru', metric: 'personnel', value: 13 },
      { subject: 'ru', metric: 'personnel', value: 77 },
    );
  });
});

describe('who speaks', () => {
  test('"The statement added …" is the statement named before, not the service it mentioned', () => {
    expectClaims(
      "A statement by Russia's defence ministry said its units, with the Federal Security Service, had repelled attacks near Sudzha. The statement added that Ukraine had lost 1,120 servicemen and 140 armoured vehicles since the start of the fighting in the region.",
      { published: '2024-08-10' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 1120 },
      { claimant: 'ru_mod', subject: 'ua', value: 140 },
    );
  });

  test('"the TASS news agency quoted him as saying": the man quoted speaks, not the agency', () => {
    expectOnly(
      "Shoigu said Moscow's troops were advancing faster than at any time this year.\n\nUkraine was losing as many as 2,000 soldiers a day, the TASS news agency quoted him as saying.",
      { published: '2024-09-10' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'average', value: 2000 },
    );
  });
});

describe('figures', () => {
  test('"killed, wounded or captured 38,000": the captured are part of the toll, not prisoners taken', () => {
    expectOnly(
      'Syrskyi said his forces had killed, wounded or captured 38,000 Russian troops in the Kursk region since August.',
      { published: '2025-01-05' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 38000 },
    );
  });

  test("a headline's figure cut to its hundreds, or its \"over\", restates the body's", () => {
    expectOnly(
      'Russia has lost 20,800 soldiers in the Kursk operation, Syrskyi says\n\nSyrskyi said Russia had lost 20,842 soldiers killed and wounded in the Kursk operation.',
      { published: '2024-11-06' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', value: 20842 },
    );
    expectOnly(
      "Kyiv has lost over 9,000 troops in Kursk region, Moscow says\n\nThe Russian defence ministry said Ukraine had lost more than 9,300 servicemen in the Kursk region since its incursion began.",
      { published: '2024-09-03' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 9300 },
    );
  });
});

describe('second round', () => {
  test("Seoul's lawmakers and spies, and \"Western estimates\", speak for themselves, not for the last one named", () => {
    expectClaims(
      'Zelensky said more than 3,000 North Korean soldiers had been killed or wounded. A South Korean lawmaker told reporters that about 100 North Korean soldiers had been killed.',
      { published: '2024-12-23' },
      { claimant: 'ua_other', value: 3000 },
      { claimant: 'other', subject: 'ru', value: 100 },
    );
    expectClaims(
      "Ukraine's General Staff said Russia had lost 1,530 troops over the past day. Ukrainian and Western estimates put Russian losses at between 600,000 and 750,000 killed, wounded or captured.",
      { published: '2024-12-11' },
      { claimant: 'other', subject: 'ru', kind: 'cumulative', value: 600000 },
    );
  });

  test('a bare "its losses", or "the figure included", counts the side of the figure just before', () => {
    expectClaims(
      "Since the full-scale invasion began, Russia has lost about 757,000 troops, Ukraine's General Staff said. In the past day alone its losses came to 1,400 soldiers.",
      { published: '2024-12-11' },
      { subject: 'ru', kind: 'daily', value: 1400 },
    );
    expectClaims(
      'Syrskyi said in an interview that Russia lost 434,000 troops in 2024. He said the figure included 150,000 deaths.',
      { published: '2025-01-20' },
      { claimant: 'ua_other', subject: 'ru', value: 150000 },
    );
  });

  test('"likely to continue taking", "expects Moscow\'s daily casualty rate to exceed": forecasts', () => {
    expectNone("British intelligence said Russia was likely to continue taking more than 1,000 casualties a day throughout August.", { published: '2024-08-03' });
    expectNone("The update said London expects Moscow's daily casualty rate to exceed 1,000 for the rest of the month.", { published: '2024-08-03' });
  });
});

describe('third round', () => {
  test('a number of a window or a date ("in one day", "the first 12 days of November 2024") leaves the noun before it to the figure', () => {
    expectOnly('Ukraine said Russian losses in one day reached 2,030 on Nov. 28.', { published: '2024-11-29' }, {
      claimant: 'ua_general_staff',
      subject: 'ru',
      metric: 'personnel',
      kind: 'daily',
      value: 2030,
    });
    expectOnly('British officials said the average daily Russian losses for the first 12 days of November 2024 were 1,498.', { published: '2024-11-18' }, {
      claimant: 'uk_mod',
      subject: 'ru',
      metric: 'personnel',
      kind: 'average',
      value: 1498,
    });
  });

  test('"Kiev\'s losses" are Ukraine\'s', () => {
    expectClaims(
      "After that, Kiev's combat losses kept rising, reaching over 10,000 people a week in late May.",
      { published: '2025-01-04' },
      { subject: 'ua', metric: 'personnel', value: 10000 },
    );
  });

  test('"a total of 15,000 on the Pokrovsk front" is that front\'s stretch, not the war\'s total', () => {
    expectClaims(
      "Citing Syrskyi, the spokesman said Russia's losses on the Pokrovsk front amount to 7,000 troops killed in action and a total of 15,000 casualties.",
      { published: '2025-02-06' },
      { subject: 'ru', metric: 'personnel', kind: 'period', value: 15000 },
    );
  });

  test("a figure naming no side, right after a sentence about North Korea's troops, counts them", () => {
    expectClaims(
      "Little is known about the North Korean soldiers sent to Kursk. The BBC reported 1,000 killed and 3,000 wounded by mid-January.",
      { published: '2025-01-24' },
      { claimant: 'other', subject: 'ru', kind: 'period', value: 1000 },
      { claimant: 'other', subject: 'ru', kind: 'period', value: 3000 },
    );
  });
});

describe('fourth round', () => {
  test("under a subheading of its own, a war total nobody is named for, and the day's figure after it, are the General Staff's, not the official quoted above", () => {
    const text =
      'Zelensky said after a briefing by Syrskyi that Russian losses in November and December were the highest of the war.\n\nSyrskyi also reported on the Kursk operation.\n\nRussian losses in the war\n\nSince the start of the full-scale invasion, Russia has lost about 760,000 troops. In the past 24 hours alone, it lost 1,520 soldiers.';
    expectClaims(
      text,
      { published: '2024-12-14' },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'cumulative', value: 760000 },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'daily', value: 1520 },
    );
  });

  test('without a subheading the official named just before still speaks', () => {
    expectClaims(
      'Syrskyi said on Monday that the fighting near Pokrovsk was the fiercest on the front.\n\nSince the start of the full-scale invasion, he said, Russia has lost about 760,000 troops.',
      { published: '2024-12-14' },
      { claimant: 'ua_other', subject: 'ru', kind: 'cumulative', value: 760000 },
    );
  });
});
