/**
 * Lists that continue one verb (each item its own claim, of the verb's speaker, side and window),
 * weapon models as metric nouns, and old records dated on their own day. Sentences written for
 * these tests, with figures of the kind the tallies give.
 */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('lists of one verb', () => {
  test('models and classes: "a" is one, "including" makes the vehicles armour of every class', () => {
    expectOnly(
      "Russia's defence ministry said Ukraine had lost 35 armoured vehicles, including nine tanks, as well as three Pantsir systems, a Smerch multiple rocket launcher and four Msta-B howitzers in the past day.",
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'other', kind: 'daily', value: 35 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'daily', value: 9 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'air_defense', kind: 'daily', value: 3 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'mlrs', kind: 'daily', value: 1 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'artillery', kind: 'daily', value: 4 },
    );
  });

  test('a model with its class noun after it ends the noun phrase where the list goes on', () => {
    expectOnly(
      'Kyiv said Russian forces lost 1,230 troops, 14 tanks, two T-90 tanks and a Ka-52 helicopter over the past day.',
      { published: '2024-11-29' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1230 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 14 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 2 },
      { claimant: GS, metric: 'helicopters', kind: 'daily', value: 1 },
    );
  });

  test('a single model after a verb of losing is one of its class', () => {
    expectClaims(
      "Russia's defence ministry said on Friday its fighters had shot down a Ukrainian Su-27 over the past week.",
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'aircraft', kind: 'period', value: 1 },
    );
  });

  test('Russian models in Cyrillic', () => {
    expectOnly(
      'Минобороны России заявило, что за сутки ВСУ потеряли до 480 военнослужащих, три танка Т-72, два БТР-82 и один ЗРК «Бук».',
      { published: '2024-11-29' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 480 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'daily', value: 3 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'daily', value: 2 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'air_defense', kind: 'daily', value: 1 },
    );
  });

  test('models delivered are no losses, and patriots are people', () => {
    expectOnly('The US has delivered a Patriot battery and 31 Abrams tanks to Ukraine.', { published: '2024-11-29' });
    expectOnly('Ukrainian patriots gathered in Kyiv, where 200 people rallied against the war.', { published: '2024-11-29' });
  });
});

describe('a part of the figure before', () => {
  test('"N of them" counts what the figure before counted, in its own window', () => {
    expectOnly(
      'The General Staff put the total at 9,870 tanks, eleven of them destroyed over the past day.',
      { published: '2024-11-29' },
      { claimant: GS, metric: 'tanks', kind: 'cumulative', value: 9870 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 11 },
    );
  });
});

describe('a list going on into the next sentence', () => {
  test('a figure a verb of losing was done to counts what the sentence before counted', () => {
    expectOnly(
      'For tanks, Kyiv counted 310 in March. Last month, 265 were reportedly destroyed.',
      { published: '2024-11-29' },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 310, asOf: '2024-03-31' },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 265, asOf: '2024-10-31' },
    );
  });
});

describe('missiles shot down but counted in the tally of losses', () => {
  test('the tally it names makes them losses', () => {
    expectOnly(
      'До зведення Генштабу ЗСУ потрапили й 38 крилатих ракет, збитих над Києвом, а також 1 120 окупантів.',
      { published: '2024-11-29' },
      { claimant: GS, subject: 'ru', metric: 'cruise_missiles', kind: 'daily', value: 38 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1120 },
    );
    expectOnly("Kyiv's daily tally of Russian losses also counted 12 cruise missiles shot down over the capital.", { published: '2024-11-29' }, { metric: 'cruise_missiles', value: 12 });
  });
});

describe('old records are claims about their own day', () => {
  test('a list framed the same way twice: the second figure counts what the first did, each on its own date', () => {
    expectOnly(
      'Among the bloodiest days the General Staff listed were 12 March, with 1,450 Russian casualties, and 19 April, with 1,530.',
      { published: '2024-11-29' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1450, record: false },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1530, record: false },
    );
  });

  test('the date after an old record is its own, not the new figure\'s', () => {
    expectOnly(
      'Генштаб ЗСУ повідомив про 1 450 ліквідованих окупантів за добу, тоді як попередній рекорд, 1 330 осіб, було зафіксовано 14 квітня.',
      { published: '2024-11-29' },
      { claimant: GS, kind: 'daily', value: 1450, asOf: '2024-11-29', record: false },
      { claimant: GS, kind: 'daily', value: 1330, asOf: '2024-04-14', record: false },
    );
  });

  test('an earlier day\'s figure, "itself a record at the time", with no figure before it in its paragraph', () => {
    expectClaims(
      'Ukraine said Russia lost 1,420 troops on Wednesday, the most of the war.\n\nOn Tuesday the General Staff had reported 1,380, itself a record at the time.',
      { published: '2024-11-29' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1420, record: true },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1380, record: false },
    );
  });

  test('the mark a new record passed is no figure of its own', () => {
    expectOnly(
      'Kyiv said 1,090 Russian soldiers were killed or wounded in the past day, the first time the daily figure has gone past a thousand.',
      { published: '2024-11-29' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1090, record: true },
    );
  });

  test('a month\'s old record is that month\'s', () => {
    expectClaims(
      'W październiku Rosjanie stracili 41 980 żołnierzy, najwięcej w jednym miesiącu; poprzedni rekord należał do września, gdy straty wyniosły 38 130.',
      { published: '2024-11-02' },
      { kind: 'period', value: 38130, periodDays: 30, asOf: '2024-09-30', record: false },
    );
  });
});

describe('several days strung along one sentence', () => {
  test('each figure after the first, named with its own weekday, is that day\'s count of the same thing', () => {
    expectOnly(
      "Ukraine's General Staff said Russian losses came to 1,530 troops on Monday, 1,410 on Tuesday and 1,660 on Wednesday.",
      { published: '2024-11-21' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1530 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1410, asOf: '2024-11-20' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1660, asOf: '2024-11-21' },
    );
  });

  test('a weekday after a bare figure of the list dates it even when a stretch closes the sentence', () => {
    expectOnly(
      'Kyiv said Moscow lost 1,180 soldiers on Thursday, 1,090 on Wednesday, and 2,330 in the two days before that.',
      { published: '2024-11-22' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1180 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1090 },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 2330 },
    );
  });
});

describe('a list set out one figure a line', () => {
  test('lines of a figure and its noun under a heading that ends in a colon, with no bullet mark', () => {
    expectOnly(
      "Ukraine's General Staff said Russia lost 6,210 troops over the past week.\nIts equipment losses over the week:\n\n48 tanks;\n\n117 armoured combat vehicles;\n\n302 units of auto equipment;\n\n19 units of special equipment.",
      { published: '2024-11-25' },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 6210 },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 48 },
      { claimant: GS, metric: 'afv', kind: 'period', value: 117 },
      { claimant: GS, metric: 'vehicles_fuel_tanks', kind: 'period', value: 302 },
      { claimant: GS, metric: 'special_equipment', kind: 'period', value: 19 },
    );
  });

  test('a bullet whose noun is a translation of the Ukrainian name for rocket launchers keeps the list going', () => {
    expectOnly(
      "The General Staff said Russia lost 1,320 troops over the past day. The Defense Forces also destroyed:\n- 9 tanks;\n- 3 reactive systems of salvo fire;\n- 2 air defense systems;\n- 45 drones.",
      { published: '2024-11-25' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1320 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 9 },
      { claimant: GS, metric: 'mlrs', kind: 'daily', value: 3 },
      { claimant: GS, metric: 'air_defense', kind: 'daily', value: 2 },
      { claimant: GS, metric: 'uav', kind: 'daily', value: 45 },
    );
  });
});

describe('a total that restates the day before it', () => {
  test('a quoted "total losses" repeating the day\'s figure of the paragraph before is that day\'s, with its list', () => {
    expectOnly(
      "Ukraine lost up to 340 troops in the Kupiansk direction over the past 24 hours, Russia's defence ministry said on Tuesday.\n\n\"The total enemy losses in this direction amounted to up to 340 servicemen, two tanks and five pickup trucks,\" the ministry said.",
      { published: '2024-11-26' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 340 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'daily', value: 2 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'vehicles_fuel_tanks', kind: 'daily', value: 5 },
    );
  });
});

describe('one figure for two classes of kit', () => {
  test('"tanks and other armoured vehicles", "tanks and AFVs" sharing a figure count kit of any class', () => {
    expectOnly(
      "Russia's defence ministry said its forces had destroyed 1,130 Ukrainian tanks and other armoured vehicles since the start of the operation.",
      { published: '2022-04-01' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'other', value: 1130 },
    );
    expectOnly(
      "Ukraine's General Staff said Russia lost 640 soldiers and 27 tanks and AFVs over the past day.",
      { published: '2022-11-02' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 640 },
      { claimant: GS, metric: 'other', kind: 'daily', value: 27 },
    );
  });
});

describe('a total set off by a comma after a rate', () => {
  test('"about 1,250 a day, roughly 38,000 for the month": the same losses summed over the month', () => {
    expectOnly(
      'British Defence Intelligence said on Saturday that Russian casualties in March averaged about 1,250 a day, roughly 38,000 for the month.',
      { published: '2025-04-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1250 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 38000, qualifier: 'about' },
    );
  });
  test('"1,080 per day — around 32,400 over the month"', () => {
    expectOnly(
      'The UK ministry said Russian losses in June averaged 1,080 per day — around 32,400 over the month.',
      { published: '2025-07-05' },
      { claimant: 'uk_mod', kind: 'average', value: 1080 },
      { claimant: 'uk_mod', metric: 'personnel', kind: 'period', value: 32400 },
    );
  });
});

describe('two figures, each with its side, sharing the noun after the second', () => {
  test('"200,000 Russian and 80,000 Ukrainian military deaths": two claims, one per side', () => {
    expectOnly(
      'The newspaper reported 200,000 Russian and 80,000 Ukrainian military deaths, citing intelligence estimates.',
      { published: '2024-09-17' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 200000 },
      { claimant: 'other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 80000 },
    );
  });
});
