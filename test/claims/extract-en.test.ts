/** English sentences written for these tests, with figures from the real tallies. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('kinds', () => {
  test('a day and the total it brings the tally to, dated by "yesterday" and the publication date', () => {
    expectOnly(
      "Kyiv's General Staff said on Tuesday that Russian forces lost 1,030 men yesterday, which takes their losses since the invasion began to 133,190.",
      { published: '2023-02-07T09:30:00Z' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1030, periodDays: 1, asOf: '2023-02-07', record: false },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 133190, periodDays: null, asOf: '2023-02-07' },
    );
  });

  test('a period with its length', () => {
    expectOnly(
      "Kyiv's military said 25 Russian tanks had been destroyed in the past two days.",
      {},
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'period', value: 25, periodDays: 2 },
    );
  });

  test('a named month is a period ending on its last day', () => {
    expectOnly(
      "Russia's defence ministry put Ukrainian losses at 6,500 in January.",
      { published: '2023-02-07' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 6500, periodDays: 31, asOf: '2023-01-31' },
    );
  });

  test('a stretch named once belongs to the part, not to the far larger total it adds to', () => {
    expectOnly(
      "Ukraine's General Staff said Russia's losses had reached 738,660, with 36,830 of them since the start of the month.",
      { published: '2024-08-31' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 738660 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 36830 },
    );
  });

  test('a day word right after "average" is the rate\'s; one at the figure is the figure\'s own day', () => {
    expectOnly(
      "The UK defence ministry said the average daily loss of Russian troops in November was 1,523, including 2,030 troops in a single day.",
      { published: '2024-12-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1523 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'daily', value: 2030 },
    );
  });

  test('"this month" runs to the report date', () => {
    expectClaims(
      "Ukraine's defence ministry said Russia's losses this month had reached 42,250.",
      { published: '2024-11-29' },
      { claimant: GS, kind: 'period', value: 42250, periodDays: 29, asOf: '2024-11-29' },
    );
  });

  test('averages: per day, a day on average, every single day', () => {
    expectOnly(
      "Britain's Defence Intelligence estimates that Russian forces lost an average of 983 troops killed or wounded per day in February.",
      { published: '2024-03-06' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 983, periodDays: 1, asOf: '2024-02-29' },
    );
    expectOnly(
      "Britain's top military officer, Admiral Tony Radakin, said Russian casualties ran at 1,500 every single day in October.",
      {},
      { claimant: 'uk_mod', kind: 'average', value: 1500, periodDays: 1 },
    );
  });

  test('a daily list of equipment shares the window of the sentence', () => {
    expectOnly(
      'Over the past day the General Staff recorded 23 tanks, 81 armoured combat vehicles, 38 artillery systems and 61 drones destroyed.',
      { published: '2024-11-12' },
      { metric: 'tanks', kind: 'daily', value: 23, asOf: '2024-11-12' },
      { metric: 'afv', kind: 'daily', value: 81 },
      { metric: 'artillery', kind: 'daily', value: 38 },
      { metric: 'uav', kind: 'daily', value: 61 },
    );
  });

  test('"over the day" is a day, even right after a stretch of the same speaker', () => {
    expectOnly(
      "Russia's defence ministry said Ukraine had lost more than 11,220 troops in the Kursk region since August. Over the day, Ukrainian losses came to up to 510 troops and three tanks.",
      { published: '2024-09-08' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 11220 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 510 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'daily', value: 3 },
    );
  });

  test('"during the period" is the stretch just named; "he added" is the person named before, not a country', () => {
    expectOnly(
      'Shoigu said Kyiv had lost more than 26,000 troops since June 4. During the period, Ukraine also lost 21 aircraft and 1,244 tanks, he added.',
      { published: '2023-07-12' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 26000 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'aircraft', kind: 'period', value: 21 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 1244 },
    );
  });

  test("a group's share of the week follows the speaker's troops figure, not the vehicles listed last", () => {
    expectOnly(
      "Moscow said Ukraine lost over 5,390 troops, two tanks and 51 vehicles to its Yug group over the past week. In the Zapad group's sector, where 35 counterattacks were beaten off, Kyiv lost over 3,620 soldiers, the ministry added.",
      { published: '2024-11-01' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 5390 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 2 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'vehicles_fuel_tanks', kind: 'period', value: 51 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 3620 },
    );
  });

  test('totals too large for one day need no window word', () => {
    expectOnly(
      'The General Staff says Russia has lost 9,276 tanks, 18,847 armoured vehicles and 20,352 artillery systems.',
      {},
      { metric: 'tanks', kind: 'cumulative', value: 9276 },
      { metric: 'afv', kind: 'cumulative', value: 18847 },
      { metric: 'artillery', kind: 'cumulative', value: 20352 },
    );
  });
});

describe('qualifiers', () => {
  test('more than, nearly, at least, up to, and a range at its lower bound', () => {
    expectClaims(
      "Ukraine's armed forces now count more than 100,000 Russian soldiers killed since the invasion began.",
      {},
      { kind: 'cumulative', value: 100000, qualifier: 'more_than' },
    );
    expectClaims('Kyiv said nearly 1,000 Russian troops were killed over the past 24 hours.', {}, { kind: 'daily', value: 1000, qualifier: 'about' });
    expectClaims("At least 1,030 Russian servicemen were put out of action in the last 24 hours, Ukraine's army said.", {}, { value: 1030, qualifier: 'at_least' });
    expectClaims(
      "According to Moscow, Kyiv's units lost up to 490 men in the Donetsk sector over the last day.",
      {},
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 490, qualifier: 'about' },
    );
    expectClaims(
      'US officials estimate that between 100,000 and 120,000 Ukrainian soldiers have been wounded.',
      {},
      { claimant: 'us', subject: 'ua', kind: 'cumulative', value: 100000, qualifier: 'at_least' },
    );
  });
});

describe('claimants and subjects', () => {
  test('a named Ukrainian official speaking of Ukrainian dead', () => {
    expectOnly(
      'President Volodymyr Zelensky put the number of Ukrainian soldiers killed since the full-scale invasion at 31,000.',
      { published: '2024-02-25' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 31000, asOf: '2024-02-25' },
    );
  });

  test("Moscow's claim about Ukrainian losses, and Moscow admitting its own", () => {
    expectOnly(
      "On Tuesday Russia's defence ministry claimed about 1,400 Ukrainian servicemen had been eliminated over the previous 24 hours.",
      { published: '2025-06-03' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 1400, qualifier: 'about', asOf: '2025-06-03' },
    );
    expectOnly(
      'In September 2022 Moscow officially acknowledged 5,937 deaths among its troops.',
      {},
      { claimant: 'ru_mod', subject: 'ru', kind: 'cumulative', value: 5937, asOf: null },
    );
  });

  test('a UK Ministry of Defence estimate', () => {
    expectOnly(
      'The UK Ministry of Defence estimates that Russia has suffered more than 355,000 casualties since the invasion.',
      { published: '2024-03-06' },
      { claimant: 'uk_mod', subject: 'ru', kind: 'cumulative', value: 355000, qualifier: 'more_than', asOf: '2024-03-06' },
    );
  });

  test('US officials, both sides, each counted', () => {
    expectOnly(
      "According to US officials, Russia's military casualties are nearing 300,000. Ukraine has lost close to 70,000 killed, the officials added.",
      {},
      { claimant: 'us', subject: 'ru', kind: 'cumulative', value: 300000, qualifier: 'about' },
      { claimant: 'us', subject: 'ua', kind: 'cumulative', value: 70000, qualifier: 'about' },
    );
  });

  test('a media count by the BBC and Mediazona', () => {
    expectOnly(
      'A name-by-name count by Mediazona and BBC Russian has now identified 80,973 dead Russian servicemen.',
      {},
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 80973 },
    );
  });

  test('"told the BBC" names where, not who', () => {
    expectClaims(
      "Russia's casualty rate averaged 1,500 a day, Tony Radakin, the head of Britain's armed forces, told the BBC.",
      {},
      { claimant: 'uk_mod', kind: 'average', value: 1500 },
    );
  });

  test('the attribution may follow in the next sentence', () => {
    expectOnly(
      'On 24 November the Russian army lost 1 610 servicemen, dead and wounded combined. That figure was reported by Ukraine\'s General Staff.',
      { published: '2024-11-25' },
      { claimant: GS, kind: 'daily', value: 1610, asOf: '2024-11-25' },
    );
  });

  test('"on the Russian side" and "on the Ukrainian side" name whose each figure is; the second borrows the noun', () => {
    expectOnly(
      'An Economist estimate in May put the number of dead at 120,000 on the Russian side and 60,000 on the Ukrainian side.',
      {},
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 120000 },
      { claimant: 'other', subject: 'ua', metric: 'personnel', value: 60000 },
    );
  });
});

describe('number forms in claims', () => {
  test('a million, half a million, two thousand', () => {
    expectClaims("Kyiv says Russia has lost more than one million soldiers since February 2022.", {}, { kind: 'cumulative', value: 1_000_000, qualifier: 'more_than' });
    expectClaims(
      "Russia's defence minister claimed Ukraine had lost nearly half a million troops since the beginning of the year.",
      { published: '2025-12-17' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 500_000, qualifier: 'about', periodDays: 351 },
    );
    expectClaims(
      "Ukraine's military said more than two thousand Russian troops were killed in a single day.",
      {},
      { kind: 'daily', value: 2000, qualifier: 'more_than' },
    );
  });
});

describe('dates', () => {
  test('a weekday alone cannot date a claim without the publication date', () => {
    expectOnly(
      'On Monday the General Staff reported 1,770 Russian casualties over the past 24 hours.',
      {},
      { kind: 'daily', value: 1770, asOf: null },
    );
  });

  test('a weekday with the publication date names the report day', () => {
    expectOnly(
      'On Monday the General Staff reported 1,770 Russian casualties over the past 24 hours.',
      { published: '2024-11-12T10:00:00Z' },
      { kind: 'daily', value: 1770, asOf: '2024-11-11' },
    );
  });

  test('the day of the losses is reported the next day', () => {
    expectOnly(
      "Ukraine's military said 660 Russian soldiers died on Wednesday.",
      { published: '2022-12-23' },
      { kind: 'daily', value: 660, asOf: '2022-12-22' },
    );
  });

  test('a date in the URL stands in for the publication date', () => {
    const [claim] = extractClaims("Kyiv's General Staff counted 2,030 Russian soldiers lost over the past 24 hours.", {
      url: 'https://example.com/world/2024/11/29/russian-losses',
    });
    assert.equal(claim?.asOf, '2024-11-29');
  });
});

describe('records', () => {
  test('a record and the old record it beats', () => {
    expectOnly(
      "Kyiv's General Staff said 1,950 Russian soldiers were killed or wounded in 24 hours, the bloodiest day for Moscow's army so far. That beats the previous record of 1,770, set a day earlier.",
      { published: '2024-11-12' },
      { kind: 'daily', value: 1950, record: true, asOf: '2024-11-12' },
      { kind: 'daily', value: 1770, record: false },
    );
  });

  test('a record stated in the sentence before the figure', () => {
    expectOnly(
      "The past 24 hours were the bloodiest of the war for Russian forces, according to Ukraine's army. Its count of Russian dead went up by 1,030.",
      {},
      { kind: 'daily', value: 1030, record: true },
    );
  });

  test('"first time over 2,000" restates the figure: one claim, a record', () => {
    expectOnly(
      'Russian daily losses topped 2,000 for the first time: the General Staff in Kyiv counted 2,030 over the past 24 hours.',
      {},
      { kind: 'daily', value: 2030, record: true },
    );
  });

  test('"for the first time" about something else makes no record', () => {
    expectClaims(
      'For the first time since the invasion, President Zelensky gave the number of Ukrainian dead: 31,000. Over the past day Russia lost 1,200 soldiers, the General Staff said.',
      {},
      { claimant: 'ua_other', subject: 'ua', kind: 'cumulative', value: 31000, record: false },
      { claimant: GS, kind: 'daily', value: 1200, record: false },
    );
  });

  test('a high figure with no record words is no record', () => {
    expectOnly(
      "The General Staff put Russia's losses over the past 24 hours at 1,990 servicemen.",
      {},
      { kind: 'daily', value: 1990, record: false },
    );
  });
});

describe('dedupe', () => {
  test('a figure stated in the headline and the body is one claim, quoted first', () => {
    const claims = expectOnly(
      'Kyiv: 2,030 Russian soldiers lost in a day\nUkraine said on Friday that more than 2,030 Russian soldiers had been lost in the previous 24 hours.',
      {},
      { kind: 'daily', value: 2030, qualifier: 'more_than' },
    );
    assert.equal(claims[0]?.quote, '2,030 Russian soldiers lost in a day');
  });
});

describe('a foreign government restating the General Staff', () => {
  test('"data from the General Staff" under a British update named the sentence before is the update\'s', () => {
    expectOnly(
      "The UK Ministry of Defence published its monthly assessment on Thursday. Going by data from Ukraine's General Staff, Russian losses in November 2024 came to 45,680, the costliest month of the war.",
      { published: '2024-12-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 45680 },
    );
  });

  test('bullets of a British update: "as reported by the General Staff" is its data, and the rate after it is the update\'s too', () => {
    expectOnly(
      'British Defence Intelligence wrote in its update:\n- Russian losses in December 2024 came to 48,670, as reported by the Ukrainian General Staff.\n- The daily loss rate averaged 1,570, a new high for the war.',
      { published: '2025-01-07' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 48670 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1570 },
    );
  });

  test('with no foreign government speaking, General Staff data is the General Staff\'s', () => {
    expectOnly(
      'Russia lost 1,140 soldiers over the past day, according to General Staff data, bringing its losses since the invasion to 666,340.',
      { published: '2024-10-17' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1140 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 666340 },
    );
  });

});

describe('windows of the daily tally', () => {
  test('a month-by-month list after a daily average: each month is a rate of the same thing', () => {
    expectOnly(
      'The UK Ministry of Defence said Russian casualties averaged 1,262 a day in May, 1,163 in June and 1,140 in July.',
      { published: '2024-09-23' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1262 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1163 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1140 },
    );
    expectOnly(
      'Kyiv said Russia lost 428 tanks in May, 359 in June and 291 in September.',
      { published: '2024-10-17' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'period', value: 428 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'period', value: 359 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'period', value: 291 },
    );
  });

  test('"so far" beside a stretch another thing holds keeps the total a total', () => {
    expectOnly(
      'Kyiv said Russia lost 20,000 troops during the Kursk operation, bringing its total so far to 700,000.',
      { published: '2024-12-01' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 20000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 700000 },
    );
  });

  test('"from an average of 776 a day … to 568": both ends of a change in a rate are rates', () => {
    expectOnly(
      "According to British Defence Intelligence, Russia's casualties dropped from an average of 776 a day in March to 568 in the first weeks of April.",
      { published: '2023-04-25' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 776 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 568 },
    );
    expectOnly(
      'The UK Ministry of Defence said Russian casualties fell from a May high of 1,262 a day to 1,140 in July.',
      { published: '2024-08-03' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1262 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1140 },
    );
  });
});

describe('counts in a daily bulletin that are not losses', () => {
  test('"973 artillery strikes" counts shelling, not artillery lost', () => {
    expectOnly(
      "Ukraine's General Staff said Russian forces had lost 1,200 troops over the past day and carried out 973 artillery strikes on Ukrainian positions.",
      { published: '2023-11-23' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1200 },
    );
  });
});

describe('a rounded headline beside an approximate body figure', () => {
  test('"more than a thousand" in the headline restates "approximately 1,080" in the body', () => {
    expectOnly(
      "Over a thousand Russian soldiers lost in a day, says Kyiv\n\nKyiv's General Staff put Russia's losses over the past day at approximately 1,080 troops, along with 9 tanks and 24 artillery systems.",
      { published: '2023-12-22' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1080, qualifier: 'about' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 9 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 24 },
    );
  });
});

describe('one day singled out of a stretch', () => {
  test('"…, 20 of them on Thursday alone" is that day\'s figure inside the stretch\'s', () => {
    expectOnly(
      'Russian forces lost 47 tanks during the offensive, 20 of them on Thursday alone, the General Staff said.',
      { published: '2024-11-22' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'period', value: 47 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 20 },
    );
  });
});

describe('speakers an article moves between', () => {
  test('"Russian senior military officials" are Moscow\'s, not the Ukrainian president named before them', () => {
    expectClaims(
      'Zelensky told reporters that about 2,800 Ukrainian troops had died. At a briefing in Moscow, Russian senior military officials put their own dead at 1,351.',
      { published: '2022-04-16' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 2800 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 },
    );
  });

  test('a bare "the Ministry of Defence" whose figure comes in an intelligence update is London\'s', () => {
    expectClaims(
      "Russia's army has suffered its heaviest losses since 1945, according to the Ministry of Defence. In an intelligence update, the MOD said Moscow's forces had probably lost around 870,000 killed and wounded.",
      { published: '2025-03-20' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', value: 870000 },
    );
  });

  test('bare "Analysts said" after a British intelligence update (credited to an outlet) are the update\'s', () => {
    expectClaims(
      'The British defence ministry published its latest intelligence update on Sunday, Ukrinform reports. Analysts said Russia\'s average daily losses had climbed to 1,523 in November.',
      { published: '2024-12-01' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1523 },
    );
  });

  test('"it added" after "Russia\'s military casualties …" is the paper passing on US figures, not Russia', () => {
    expectOnly(
      "The Washington Post published the estimates on Friday, citing US officials. Russia's military casualties stood at about 300,000, the paper said. Ukrainian deaths were close to 70,000, it added.",
      { published: '2023-08-19' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', value: 300000 },
      { claimant: 'us', subject: 'ua', metric: 'personnel', value: 70000 },
    );
  });

  test("a headline's daily rate is said by whoever the lead names, not the outlet's own arithmetic", () => {
    expectOnly(
      "Russia losing about 500 troops a day in Ukraine\nThe Washington Post reported on Friday, citing US intelligence officials, that Moscow's losses in the east were mounting.",
      { published: '2022-08-12' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'average', value: 500 },
    );
  });

  test('a figure inside a quotation of several sentences is said by the one named once it closes', () => {
    expectClaims(
      "Ukraine's General Staff said Russia lost 1,180 troops over the past day.\n'The occupiers keep storming our positions. Over the past week they lost about 1,500 soldiers a day. Since January they have lost 398,000 troops. Our brigades are holding,' Syrskyi said.",
      { published: '2024-12-20' },
      { claimant: 'ua_general_staff', value: 1180 },
      { claimant: 'ua_other', subject: 'ru', kind: 'average', value: 1500 },
      { claimant: 'ua_other', subject: 'ru', value: 398000 },
    );
    expectClaims(
      'Ukraine\'s General Staff said Russia lost 830 troops over the past day.\n"The offensive is going to plan. Since June 4 the enemy has lost 543 tanks. We will continue," Putin said.',
      { published: '2023-09-12' },
      { claimant: 'ua_general_staff', value: 830 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', value: 543 },
    );
  });
});

describe('two monthly rates side by side', () => {
  test('"N and M respectively" gives both figures, both rates', () => {
    expectOnly(
      "Kyiv's General Staff figures put Russia's average daily losses in October and November at 1,531 and 1,523 respectively.",
      { published: '2024-12-02' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1531 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1523 },
    );
  });

  test('"N a day in <month> and M a day in <month>" gives both rates', () => {
    expectOnly(
      'Russian troop losses averaged 1,531 a day in October and 1,523 a day in November, according to Ukraine\'s General Staff.',
      { published: '2024-12-02' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1531 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1523 },
    );
  });
});

describe('one figure, its window open in one mention and given in another', () => {
  test('the headline\'s offensive toll and the body\'s five months are one claim', () => {
    expectOnly(
      "White House: 100,000 Russian soldiers killed or wounded in the Bakhmut offensive. Russia has suffered 100,000 casualties over the past five months, John Kirby said.",
      { published: '2023-05-02' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'period', value: 100000 },
    );
  });
});

describe('rates of years and months in one series', () => {
  test('"from N in <year> to M in <year>, and to K in …": every step of the series is a rate', () => {
    expectOnly(
      "Britain's defence ministry said Russia's average daily casualties climbed from 400 in 2022 to 693 in 2023, and to 913 in the first quarter of 2024.",
      { published: '2024-04-08' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 400 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 693 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 913 },
    );
  });

  test('"N a day in <year> and M in <year>", "N a day in <year>, rising to M in <year>": both years are rates', () => {
    expectOnly(
      "Russian casualties averaged 400 a day in 2022 and 693 in 2023, Britain's defence ministry said.",
      { published: '2024-04-08' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 400 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 693 },
    );
    expectOnly(
      "The UK ministry put Russia's losses at an average of 400 a day in 2022, rising to 693 in 2023.",
      { published: '2024-04-08' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 400 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 693 },
    );
  });

  test('"fell from N in <month> to M in <month>": the dated start of the fall is a rate of its own', () => {
    expectOnly(
      "Russia's average daily casualties fell from 776 in March to 568 in April, the UK defence ministry said.",
      { published: '2023-04-25' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 776, asOf: '2023-03-31' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 568, asOf: '2023-04-30' },
    );
  });
});

describe('windows set by a list, a sentence before, or the report date', () => {
  test('"N over the weekend, M on Saturday and K on Sunday": the weekend and each of its days', () => {
    expectOnly(
      "Ukraine's General Staff said Russia lost 1,210 troops over the weekend, including 590 on Saturday and 620 on Sunday.",
      { published: '2023-04-10' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 1210 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 590 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 620 },
    );
  });

  test('"also" after a stretch and the total it brought the tally to goes on in the stretch', () => {
    expectOnly(
      "Fighting in the past 48 hours killed 1,030 Russian soldiers, bringing their total to 209,940, the General Staff said. Russia also lost 18 tanks and 54 artillery systems.",
      { published: '2023-05-08' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 1030 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 209940 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'period', value: 18 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'period', value: 54 },
    );
  });

  test('"Earlier this month, X said …" dates the statement: the figure is a total', () => {
    expectOnly(
      'Earlier this month, US officials said that at least 57,000 Ukrainian soldiers had been killed.',
      { published: '2024-12-01' },
      { claimant: 'us', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 57000 },
    );
  });
});
