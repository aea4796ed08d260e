/**
 * English coverage of 2025 and 2026: the one-million mark, totals by year and by month, estimates
 * quoted beside peace talks, and Ukraine's own losses. Sentences written for these tests, with
 * figures from the real statements (General Staff, UK Defence Intelligence, CSIS, ISW, Zelensky).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

describe('who speaks', () => {
  test('"military officials in Kyiv said": the officials are Kyiv\'s, not an unnamed "officials"', () => {
    expectOnly('Russian troop losses have reached 1,250,150, military officials in Kyiv said on Wednesday.', { published: '2026-02-12' }, {
      claimant: 'ua_general_staff',
      subject: 'ru',
      metric: 'personnel',
      kind: 'cumulative',
      value: 1250150,
    });
  });

  test('"the war with Russia, claiming …": Russia is the other party, the president is the one claiming', () => {
    expectOnly(
      'Zelensky spoke for the first time in a year about soldiers lost in the war with Russia, claiming 55,000 Ukrainian troops had been killed on the battlefield.',
      { published: '2026-02-05' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 55000 },
    );
  });

  test('"according to the Center …, which based its analysis on … British estimates": the think tank speaks', () => {
    expectOnly(
      'Between 200,000 and 250,000 Russian soldiers have died since the invasion, according to the Center for Strategic and International Studies, which based its analysis on U.S. and British estimates.',
      { published: '2025-08-14' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 200000, qualifier: 'at_least' },
    );
  });
});

describe('the one-million mark', () => {
  test('"Kyiv says Russia\'s military losses have topped 1 million": the speaker before the clause is not whose losses they are', () => {
    expectOnly("Kyiv says Russia's military losses have topped 1 million since the full-scale invasion.", { published: '2025-06-12' }, {
      claimant: 'ua_general_staff',
      subject: 'ru',
      metric: 'personnel',
      kind: 'cumulative',
      value: 1000000,
      qualifier: 'more_than',
    });
  });

  test('"in the protracted battle" describes the war, it is no operation of its own', () => {
    expectOnly("Ukraine's army says Russian casualties have passed one million, a grim mark in the protracted battle.", { published: '2025-06-12' }, {
      kind: 'cumulative',
      value: 1000000,
      qualifier: 'more_than',
    });
  });
});

describe('years, months and rates', () => {
  test('a breakdown by year: each line is its year, and the rate after the dash counts what the line counts', () => {
    expectOnly(
      'Russian losses by year, according to the General Staff:\n2023: 253,290 troops — averaging 693 per day\n2024: 430,790 troops — averaging 1,177 per day',
      { published: '2025-06-12' },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 253290 },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'average', value: 693 },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'period', value: 430790 },
      { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'average', value: 1177 },
    );
  });

  test('a year row dated in brackets: "2025 (as of June 4): …"', () => {
    expectOnly('Russian losses by year, according to the General Staff:\n2025 (as of June 4): more than 200,000 troops', { published: '2025-06-12' }, {
      kind: 'period',
      value: 200000,
      qualifier: 'more_than',
    });
  });

  test('months joined by a dash are a window: "in May-August 2025"', () => {
    expectOnly('Russian forces suffered 130,160 casualties in May-August 2025, ISW calculated from General Staff data.', { published: '2025-09-10' }, {
      kind: 'period',
      value: 130160,
    });
  });

  test('"about twice the monthly average" is the yardstick, the month is the figure\'s window', () => {
    expectOnly(
      'Western officials said Russian deaths reached 35,000 in December, about twice the monthly average NATO calculated for 2025.',
      { published: '2026-02-11' },
      { kind: 'period', value: 35000 },
    );
  });

  test('"an additional 1,140" after a total is a day\'s figure', () => {
    expectClaims(
      "Ukraine's General Staff says Russia has lost 1,000,000 troops. On June 11 alone, Russian forces sustained an additional 1,140 casualties, it added.",
      { published: '2025-06-12' },
      { kind: 'cumulative', value: 1000000 },
      { kind: 'daily', value: 1140 },
    );
  });

  test('"950 daily casualties": the rate word stands between the figure and its noun', () => {
    expectOnly('UK Defence Intelligence said Russian forces suffered an estimated 950 daily casualties in September.', { published: '2025-10-14' }, {
      claimant: 'uk_mod',
      subject: 'ru',
      metric: 'personnel',
      kind: 'average',
      value: 950,
    });
  });

  test('"April alone saw 36,000": the month the sentence is about is the window', () => {
    expectOnly('April alone saw roughly 36,000 Russian losses, the UK MoD said.', { published: '2025-10-14' }, {
      claimant: 'uk_mod',
      kind: 'period',
      value: 36000,
    });
  });

  test('the second day of a span of dates is no figure: "from October 5 to 12"', () => {
    const claims = extractClaims('UK Defence Intelligence said Russian losses climbed again in October, passing 1,000 daily casualties each day from October 5 to 12.', {
      published: '2025-10-14',
    });
    assert.deepEqual(
      claims.map((c) => c.value),
      [1000],
    );
  });
});

describe('numbers that are not losses', () => {
  test('casualties per kilometre advanced are a ratio', () => {
    assert.deepEqual(extractClaims('ISW estimates that Russia lost about 99 soldiers for every kilometre it advanced in early 2025.', { published: '2025-05-09' }), []);
  });

  test('"9,000 more … than it was able to replace" is a difference', () => {
    assert.deepEqual(
      extractClaims('Russia suffered about 9,000 more battlefield casualties in January than it was able to replace, Western officials said.', { published: '2026-02-11' }),
      [],
    );
  });

  test('"a strategy of trying to raise Russian losses to 50,000 a month" is a target', () => {
    assert.deepEqual(
      extractClaims("Ukraine's defence minister has set out a strategy of trying to raise Russian losses to 50,000 a month by summer.", { published: '2026-02-11' }),
      [],
    );
  });
});

describe('civilians named after a count of soldiers, past a comma', () => {
  test('"lost 400,000 soldiers, and many more civilians": the soldiers are a claim (another language\'s word for civilians does not catch the English one)', () => {
    expectOnly(
      'Trump claimed on Sunday that Ukraine had lost "400,000 soldiers, and many more civilians."',
      { published: '2024-12-09' },
      { claimant: 'us', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 400000 },
    );
  });
  test('"40 soldiers and civilians": one count of both, no claim', () => {
    expectNone('The strike on the town killed 40 soldiers and civilians, the governor said.', { published: '2024-12-09' });
  });
});

describe('a range of sizes before a noun of kit', () => {
  test('"at least 28 medium to large Russian navy vessels"', () => {
    expectOnly(
      'A Pentagon official said Ukrainian forces had sunk, destroyed or damaged at least 28 medium to large Russian navy vessels in the Black Sea.',
      { published: '2024-10-10' },
      { claimant: 'us', subject: 'ru', metric: 'ships', kind: 'cumulative', value: 28, qualifier: 'at_least' },
    );
  });
  test('"14 small and medium Russian boats"', () => {
    expectOnly('Ukraine says it destroyed 14 small and medium Russian boats last month.', { published: '2024-12-09' }, { subject: 'ru', metric: 'ships', value: 14 });
  });
});
