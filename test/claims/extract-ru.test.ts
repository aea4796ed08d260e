/** Russian sentences written for these tests, with figures from the real tallies and statements. */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

describe('Russian', () => {
  test('the Russian Defence Ministry on Ukrainian losses of the day: "до", tanks, armoured vehicles', () => {
    expectOnly(
      'Минобороны России заявило, что за сутки ВСУ потеряли до 1 400 военнослужащих, два танка и пять боевых бронированных машин.',
      { published: '2025-06-03' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 1400, qualifier: 'about', asOf: '2025-06-03' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'daily', value: 2 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'daily', value: 5 },
    );
  });

  test("Kyiv's tally reported in Russian, a first over two thousand", () => {
    expectOnly(
      'Генштаб ВСУ сообщил, что потери российской армии за сутки составили 2 030 человек — впервые больше двух тысяч.',
      { published: '2024-11-29' },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'daily', value: 2030, record: true, asOf: '2024-11-29' },
    );
  });

  test('Moscow admitting its own dead, dated only by a month: no report date', () => {
    expectOnly(
      'В сентябре 2022 года Шойгу заявил, что Россия потеряла 5 937 военнослужащих.',
      {},
      { claimant: 'ru_mod', subject: 'ru', kind: 'cumulative', value: 5937, asOf: null },
    );
  });

  test('a media count: Mediazona and the BBC', () => {
    expectOnly(
      'По данным «Медиазоны» и Би-би-си, установлены имена 80 973 российских военных, погибших в Украине.',
      {},
      { claimant: 'other', subject: 'ru', kind: 'cumulative', value: 80973 },
    );
  });

  test('a Pentagon estimate', () => {
    expectOnly(
      'В Пентагоне оценили потери российской армии в 120 тысяч убитыми.',
      {},
      { claimant: 'us', subject: 'ru', kind: 'cumulative', value: 120000 },
    );
  });

  test('the total since the start of the "special operation"', () => {
    expectOnly(
      'Всего с начала специальной военной операции, по данным Минобороны, ВСУ потеряли более 1,5 млн военнослужащих.',
      { published: '2025-11-26' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'cumulative', value: 1_500_000, qualifier: 'more_than', asOf: '2025-11-26' },
    );
  });
});

/** Verbs, number words and window words beyond "потеряли" (issue 10); figures from the General Staff's series. */
describe('Russian: the words besides "потеряли"', () => {
  for (const verb of ['вывели из строя', 'обезвредили', 'нейтрализовали']) {
    test(`"${verb}" makes the soldiers a loss`, () => {
      expectOnly(
        `За минувшие сутки ВСУ ${verb} 1 300 российских военнослужащих, сообщил Генштаб Украины.`,
        { published: '2025-03-11' },
        { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1300 },
      );
    });
  }

  test('"двадцать танков", "за те же сутки" in the next sentence', () => {
    expectOnly(
      'Генштаб ВСУ сообщил, что за сутки российская армия лишилась 1 340 военных. За те же сутки уничтожены двадцать танков.',
      { published: '2024-09-20' },
      { metric: 'personnel', kind: 'daily', value: 1340 },
      { metric: 'tanks', kind: 'daily', value: 20 },
    );
  });

  test('a month and a span of days are periods', () => {
    expectClaims(
      'По данным Генштаба ВСУ, за октябрь 2024 года российские войска потеряли 41 980 военнослужащих.',
      { published: '2024-11-01' },
      { claimant: 'ua_general_staff', kind: 'period', value: 41980 },
    );
    expectClaims(
      'С 11 по 17 ноября оккупанты потеряли 11 780 военных, сообщил Генштаб ВСУ.',
      { published: '2024-11-18' },
      { claimant: 'ua_general_staff', kind: 'period', value: 11780, periodDays: 7 },
    );
  });
});

describe('Russian: attribution and windows across clauses', () => {
  // The per-group split is illustrative (the bulletin's groups, not its numbers); the mechanism is what is tested.
  test('the Russian MoD bulletin by groups of forces: «Запад» — более N inherits the noun', () => {
    expectClaims(
      'Минобороны России заявило, что за сутки в полосе группировки «Север» ВСУ потеряли до 160 военнослужащих, группировки «Запад» — более 230, а «Днепр» — до 70.',
      { published: '2025-06-03' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 160 },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 230, qualifier: 'more_than' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 70, qualifier: 'about' },
    );
  });

  test('"В Министерстве обороны России … за тот же период": Moscow, and the day of the figure before, not the total', () => {
    expectClaims(
      'Генштаб ВСУ сообщил, что за сутки российская армия потеряла 1 950 военнослужащих, а всего — 712 610. В Министерстве обороны России, в свою очередь, утверждают, что за тот же период ВСУ потеряли до 1 400 военных.',
      { published: '2024-11-12' },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'daily', value: 1950 },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'cumulative', value: 712610 },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 1400 },
    );
  });

  test('"с начала июня" opens a stretch, not the war', () => {
    expectClaims(
      'Шойгу заявил, что с начала июня ВСУ потеряли более 66 тысяч военнослужащих.',
      { published: '2023-09-05' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 66000, qualifier: 'more_than' },
    );
  });
  test('"украинская сторона потеряла": the side that lost, not a speaker; Moscow said it in the sentence before', () => {
    expectClaims(
      'Минобороны России подвело итоги дня. По его данным, украинская сторона за сутки потеряла до 1 210 военнослужащих, а в полосе группировки «Восток» — свыше 190.',
      { published: '2025-04-14' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 1210, qualifier: 'about' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 190, qualifier: 'more_than' },
    );
  });

  test('"по данным украинской стороны" still names the speaker', () => {
    expectClaims(
      'По данным украинской стороны, за сутки российская армия потеряла 1 320 военнослужащих.',
      { published: '2025-04-14' },
      { claimant: 'ua_general_staff', subject: 'ru', kind: 'daily', value: 1320 },
    );
  });
  test('"погибших" with no side named: Moscow counting its own dead', () => {
    expectClaims(
      'Министерство обороны России в последний раз называло число погибших в сентябре 2022 года: тогда заявили о 5 937 военнослужащих.',
      { published: '2024-10-09' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 5937 },
    );
  });
});

/** The Russian MoD's bulletin as wire copy runs it (issue 10): long lists by groups of forces, shared nouns, windows a sentence or two back. */
describe('Russian: the bulletin by groups of forces', () => {
  test('a long list keeps every group, however far the verb of losing stands', () => {
    expectOnly(
      'Уточняется, что потери противника в зоне ответственности группировки войск «Север» составили более 170 человек, в результате действий группировок «Запад» — до 240, «Южная» — свыше 150, «Центр» — более 430, на направлении «Восток» — до 260 и «Днепр» — до 75 военнослужащих соответственно.',
      { published: '2025-03-12' },
      ...[170, 240, 150, 430, 260, 75].map((value) => ({ claimant: 'ru_mod' as const, subject: 'ua' as const, metric: 'personnel' as const, kind: 'daily' as const, value })),
    );
  });

  test('"до 80 и до 460 военнослужащих": two figures joined by "и" share the noun after the second', () => {
    expectOnly(
      'Минобороны России сообщило, что за сутки в полосе группировок «Южная» и «Центр» было уничтожено до 80 и до 460 военнослужащих ВСУ соответственно.',
      { published: '2025-03-12' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 80, qualifier: 'about' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 460, qualifier: 'about' },
    );
  });

  test('"«Южной» группировки — 130": the group named before its word', () => {
    expectClaims(
      'Минобороны России сообщило, что за сутки подразделения группировки «Север» уничтожили более 230 украинских военных, «Запада» — 210, «Южной» группировки — 130.',
      { published: '2025-03-12' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 130 },
    );
  });

  test("a week's total, a sentence naming the ministry, then the groups' shares: the week's", () => {
    expectOnly(
      'Киев потерял на всех направлениях за неделю порядка 16 тыс. военнослужащих. Это следует из сводки Минобороны России. Так, потери ВСУ в полосе группировки «Север» составили свыше 2 700 военных, «Запад» — более 3 500, «Центр» — до 3 900.',
      { published: '2024-11-01' },
      ...[16000, 2700, 3500, 3900].map((value) => ({ claimant: 'ru_mod' as const, subject: 'ua' as const, kind: 'period' as const, value })),
    );
  });

  test("the equipment beside a week's soldiers in the next sentence shares the week", () => {
    expectOnly(
      'Недельные потери ВСУ в полосе группировки «Центр» превысили 3 100 военнослужащих, сообщили в Минобороны России. «Противник потерял более 3 100 военнослужащих, 4 танка, 13 боевых бронированных машин и 22 автомобиля», — говорится в сообщении.',
      { published: '2025-10-10' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 3100 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 4 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'period', value: 13 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'vehicles_fuel_tanks', kind: 'period', value: 22 },
    );
  });

  test('"Также противник потерял …" after a sentence naming the ministry: the same week', () => {
    expectOnly(
      'За неделю ВСУ потеряли более 3 800 военных и шесть танков. Об этом сообщили в Минобороны России.\nТакже противник потерял шесть боевых машин пехоты и 26 орудий полевой артиллерии.',
      { published: '2024-12-27' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 3800 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 6 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'period', value: 6 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'artillery', kind: 'period', value: 26 },
    );
  });
});

describe('Russian: dying, identities, "по тысяче", "он добавил"', () => {
  test('"журналисты установили личности N военных": a media count of the dead', () => {
    expectOnly(
      'К 9 июня журналисты установили личности 25 218 российских военных.',
      { published: '2023-06-10' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 25218 },
    );
  });

  test('"ежедневно теряют по тысяче человек" after the minister named in the sentence before: his rate of Ukrainian losses', () => {
    expectOnly(
      'Министр обороны России Сергей Шойгу заявил, что с начала года ВСУ потеряли более 111 тысяч человек. Он добавил, что украинская армия ежедневно теряет по тысяче человек.',
      { published: '2024-05-03' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 111000 },
      { claimant: 'ru_mod', subject: 'ua', kind: 'average', value: 1000 },
    );
  });
});

describe('"потери вооружений и техники" before the figure count kit as a whole', () => {
  test('Shoigu\'s equipment total is metric other', () => {
    expectOnly(
      'Потери вооружений и техники ВСУ с начала года составили 21 тысячу единиц, заявил Шойгу.',
      { published: '2024-05-03' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'other', kind: 'period', value: 21000 },
    );
  });
});
