/** Ukrainian sentences written for these tests, with figures from the real tallies. */
import { describe, test } from 'node:test';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('Ukrainian', () => {
  test('"за минулу добу, 11 листопада": the loss day, reported the next day; a record', () => {
    expectOnly(
      'За минулу добу, 11 листопада, російська армія втратила 1 950 військових — це найбільші втрати за добу від початку повномасштабного вторгнення. Про це повідомляє Генштаб ЗСУ.',
      { published: '2024-11-12T09:00:00Z' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, asOf: '2024-11-12', record: true },
    );
  });

  test('the total since the invasion, with "близько"', () => {
    expectOnly(
      'Загалом з 24 лютого 2022 року Росія втратила близько 712 610 військових, повідомили в Генштабі.',
      { published: '2024-11-12' },
      { claimant: GS, subject: 'ru', kind: 'cumulative', value: 712610, qualifier: 'about', asOf: '2024-11-12' },
    );
  });

  test('a list of the day: occupiers, tanks, armoured vehicles, artillery', () => {
    expectOnly(
      'Протягом доби Сили оборони знищили 1 770 окупантів, 21 танк, 49 бойових броньованих машин та 38 артилерійських систем.',
      { published: '2024-11-11' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1770, asOf: '2024-11-11' },
      { metric: 'tanks', kind: 'daily', value: 21 },
      { metric: 'afv', kind: 'daily', value: 49 },
      { metric: 'artillery', kind: 'daily', value: 38 },
    );
  });

  test('the previous record, dated when it was recorded', () => {
    expectClaims(
      'Попередній рекорд — 1 740 окупантів — Генштаб зафіксував 13 травня 2024 року.',
      {},
      { claimant: GS, kind: 'daily', value: 1740, record: false, asOf: '2024-05-13' },
    );
  });

  test('a named official, "понад 307 тис." since the start of the year', () => {
    expectOnly(
      'Головнокомандувач ЗСУ Олександр Сирський заявив, що з початку року Росія втратила понад 307 тис. військових.',
      { published: '2025-09-10' },
      { claimant: 'ua_other', subject: 'ru', kind: 'period', value: 307000, qualifier: 'more_than', periodDays: 253 },
    );
  });

  test("Moscow's claim about Ukrainian losses, in Ukrainian", () => {
    expectOnly(
      'У Міноборони РФ заявили, що за добу ЗСУ втратили до 1 400 військовослужбовців.',
      { published: '2025-06-03' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 1400, qualifier: 'about' },
    );
  });

  test('a British average, "в середньому … на день"', () => {
    expectOnly(
      'За оцінкою британської розвідки, у лютому Росія втрачала в середньому 983 військових на день.',
      { published: '2024-03-06' },
      { claimant: 'uk_mod', kind: 'average', value: 983, periodDays: 1, asOf: '2024-02-29' },
    );
  });

  test('words for numbers: "понад дві тисячі" for the first time', () => {
    expectOnly(
      'Уперше за добу Росія втратила понад дві тисячі військових, повідомив Генштаб: за останні 24 години ліквідовано 2 030 окупантів.',
      { published: '2024-11-29' },
      { claimant: GS, kind: 'daily', value: 2030, record: true },
    );
  });
});

/** Verbs, number words and window words beyond "втратили" (issue 10); figures from the General Staff's series. */
describe('Ukrainian: the words the General Staff and outlets use besides "втратили"', () => {
  test('"знешкодили 1950 російських окупантів" is a day figure (the defect from the end-to-end run)', () => {
    expectOnly(
      'Протягом минулої доби Сили оборони знешкодили 1950 російських окупантів, повідомили в Генштабі ЗСУ.',
      { published: '2024-11-12' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, asOf: '2024-11-12' },
    );
  });

  for (const verb of ['знешкодили', 'вивели з ладу', 'ліквідували', 'нейтралізували', 'мінуснули']) {
    test(`"${verb}" makes the soldiers a loss`, () => {
      expectOnly(
        `За добу українські воїни ${verb} 1 300 окупантів, повідомляє Генштаб.`,
        { published: '2025-03-11' },
        { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1300 },
      );
    });
  }

  test('"уражено" in the next sentence: equipment of the same day, after the total', () => {
    expectOnly(
      'За минулу добу ворог втратив 1 190 військових, а загальні втрати сягнули 886 320 осіб, інформує Генштаб. Крім того, уражено 18 танків, 40 бойових броньованих машин і 65 артилерійських систем.',
      { published: '2025-03-10' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1190 },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 886320 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 18 },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 40 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 65 },
    );
  });

  test('"з них … за минулу добу": the day inside the total', () => {
    expectOnly(
      'Загальні втрати ворога сягнули 712 610 осіб, з них 1 950 — за минулу добу, повідомляє Генштаб ЗСУ.',
      { published: '2024-11-12' },
      { claimant: GS, kind: 'cumulative', value: 712610 },
      { claimant: GS, kind: 'daily', value: 1950 },
    );
  });

  test('number words: "пів мільйона", "два десятки"', () => {
    expectClaims(
      'Від початку повномасштабного вторгнення втрати російської армії перевалили за пів мільйона військових, повідомляє Генштаб.',
      { published: '2024-05-25' },
      { claimant: GS, kind: 'cumulative', value: 500_000, qualifier: 'more_than' },
    );
    expectClaims(
      'За минулу добу Сили оборони знищили два десятки російських танків, повідомляє Генштаб.',
      { published: '2024-09-20' },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 20 },
    );
  });

  test('a month, a calendar year and a span of days are periods; "щодоби" a rate', () => {
    expectClaims(
      'За жовтень 2024 року Сили оборони знешкодили 41 980 окупантів і знищили 279 танків, підсумували в Міноборони.',
      { published: '2024-11-01' },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 41980 },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 279 },
    );
    expectClaims(
      'Упродовж 2024 року російська армія втратила 430 790 військових убитими й пораненими, підрахував Генштаб.',
      { published: '2025-01-01' },
      { claimant: GS, kind: 'period', value: 430790 },
    );
    expectClaims(
      'З 11 по 17 листопада окупанти втратили 11 780 військових, повідомляє Генштаб. Тобто щодоби ворог утрачав у середньому близько 1 680 осіб.',
      { published: '2024-11-18' },
      { claimant: GS, kind: 'period', value: 11780, periodDays: 7 },
      { kind: 'average', value: 1680, qualifier: 'about' },
    );
  });
});

describe('Ukrainian: what is not a claim, and what restates one', () => {
  test('a forecast ("може втратити") and both armies together ("обох армій") are no claims', () => {
    expectNone(
      'За нинішніх темпів до кінця року Росія може втратити ще близько 200 тисяч військових, вважають аналітики. Сукупні втрати обох армій вони оцінюють у понад 1,4 мільйона вбитими й пораненими.',
      { published: '2024-11-12' },
    );
  });

  test('a rounded headline with a guessed window yields to the body\'s month figure', () => {
    expectOnly(
      'Жовтень у цифрах: росіяни втратили понад 41 тисячу військових\n\nЗа жовтень Сили оборони знешкодили 41 980 окупантів, підсумували в Міноборони.',
      { published: '2024-11-01' },
      { claimant: GS, kind: 'period', value: 41980 },
    );
  });

  test('"їх уже" takes the noun of the figure before; "вибулих з ладу" is a loss noun; "роком раніше" a period', () => {
    expectClaims(
      'Сумарні втрати ворога наближаються до 713 тисяч осіб: за підрахунком Генштабу, їх уже 712 610.',
      { published: '2024-11-12' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 712610 },
    );
    expectClaims(
      'У 2025 році втрати ворога були трохи меншими, ніж роком раніше, коли Генштаб нарахував 430 790 вибулих з ладу окупантів.',
      {},
      { claimant: GS, metric: 'personnel', kind: 'period', value: 430790 },
    );
  });

  test('a tally line "Танки: 9 276 (+23)" counts without a verb of losing', () => {
    expectClaims(
      'Генштаб ЗСУ оновив дані. Особовий склад: 712 610 (+1 950). Танки: 9 276 (+23).',
      { published: '2024-11-12' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 712610 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'tanks', kind: 'cumulative', value: 9276 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 23 },
    );
  });

  test('"від початку Курської операції" is a period of one operation, not the whole war', () => {
    expectClaims(
      'Головнокомандувач ЗСУ Олександр Сирський заявив, що від початку Курської операції Росія втратила понад 38 тисяч військових.',
      { published: '2025-01-14' },
      { claimant: 'ua_other', kind: 'period', value: 38000, qualifier: 'more_than' },
    );
  });
});

describe('Ukrainian: equipment counted as a whole', () => {
  test('"одиниць техніки" is equipment of all kinds', () => {
    expectClaims(
      'За минулу добу Сили оборони знищили 1 950 окупантів і 281 одиницю техніки, повідомляє Генштаб.',
      { published: '2024-11-12' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'other', kind: 'daily', value: 281 },
    );
  });
});

describe('Ukrainian: a total with no noun of its own', () => {
  test('"зокрема 1950 — за минулу добу": a four-digit figure handed its noun is no year; "зокрема 2024 року" is', () => {
    expectOnly(
      'Від початку вторгнення росіяни втратили 712 610 осіб, зокрема 1950 — за минулу добу, повідомляє Генштаб.',
      { published: '2024-11-12' },
      { claimant: GS, kind: 'cumulative', value: 712610 },
      { claimant: GS, kind: 'daily', value: 1950 },
    );
    expectOnly(
      'Від початку вторгнення росіяни втратили 712 610 осіб, зокрема 2024 року, повідомляє Генштаб.',
      { published: '2024-11-12' },
      { claimant: GS, kind: 'cumulative', value: 712610 },
    );
  });

  test('"Загалом з початку вторгнення – 712 610" counts what the sentence before counted', () => {
    expectOnly(
      'Росія за добу втратила 1 950 солдатів, повідомляє Генштаб. Загалом з початку вторгнення – 712 610.',
      { published: '2024-11-12' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 712610 },
    );
  });
  test('"Британія оцінює", "за підрахунками британців": London speaks, in every sentence that names it', () => {
    expectClaims(
      'Британія оцінює, що російська армія вже втратила вбитими й пораненими близько 500 тисяч військових. За підрахунками британців, знищено також понад 3 400 танків.',
      { published: '2024-06-20' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 500000, qualifier: 'about' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 3400, qualifier: 'more_than' },
    );
  });

  test('the head of British foreign intelligence, an adjective between: "британської зовнішньої розвідки"', () => {
    expectClaims(
      'Очільник британської зовнішньої розвідки заявив, що росіяни втратили в Україні щонайменше 25 тисяч убитими.',
      { published: '2022-12-01' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', value: 25000 },
    );
  });

  test('"загинули", "загиблих" with no side named: a Ukrainian speaker counts its own dead', () => {
    expectClaims(
      'Зеленський назвав кількість загиблих на фронті – 46 тисяч. Україна не розкривала ці дані з лютого.',
      { published: '2025-02-16' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 46000 },
    );
  });

  test('a side with its abbreviation in brackets still holds the loss: "Вооруженные силы Украины (ВСУ) потеряли"', () => {
    expectClaims(
      'Вооруженные силы Украины (ВСУ) потеряли свыше 50 тысяч человек, заявил Зеленский.',
      { published: '2026-02-05' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 50000, qualifier: 'more_than' },
    );
  });

  test('the boilerplate on Moscow\'s last own figure: "востаннє називала … у вересні 2022" dates the statement, the figure is a total', () => {
    expectOnly(
      'За минулу добу росіяни втратили 1 630 військових, повідомив Генштаб. Москва востаннє називала кількість своїх загиблих у вересні 2022 року — тоді йшлося про 5 937 військових.',
      { published: '2024-10-25' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1630 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5937 },
    );
  });

  test('a commander speaks for his own front: "командувач" is a named official', () => {
    expectOnly(
      'Командувач угруповання військ повідомив, що минулої доби втрати ворога на його ділянці фронту склали 389 осіб.',
      { published: '2023-12-29' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 389 },
    );
  });

  test('"головнокомандувач ЗСУ" is one speaker, and "з 6 серпня" opens a stretch, not the war\'s total', () => {
    expectOnly(
      'Головнокомандувач ЗСУ оприлюднив дані: з 6 серпня російські війська у Курській області втратили 14 560 військових.',
      { published: '2024-10-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 14560 },
    );
  });

  test('British intelligence in the genitive: "за даними розвідки Великої Британії"', () => {
    expectOnly(
      'За даними розвідки Великої Британії, у жовтні армія РФ щодня втрачала в середньому 1 354 військових.',
      { published: '2024-11-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1354 },
    );
  });

  test('military formations in brackets say what a loss amounts to; "у цей період" keeps the month\'s window', () => {
    expectOnly(
      'У листопаді росіяни втратили 45 680 військових. У цей період Сили оборони знищили 307 танків (приблизно десять танкових батальйонів) і 899 бойових броньованих машин (майже чотири мотострілецькі дивізії).',
      { published: '2024-12-02' },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 45680 },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 307 },
      { claimant: GS, metric: 'afv', kind: 'period', value: 899 },
    );
  });

  test('"цього року" is the year so far, not the war\'s total', () => {
    expectOnly(
      'Сирський заявив, що цього року окупанти втратили вже 427 930 військових убитими й пораненими.',
      { published: '2024-12-30' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 427930 },
    );
  });

  test('bullets under a line of losses continue its verb and its window ("з 6 серпня … втратив:")', () => {
    expectOnly(
      'За словами Сирського, з 6 серпня на Курщині ворог втратив:\n• 52 танки;\n• 263 бойові броньовані машини;\n• 105 артилерійських систем.',
      { published: '2024-10-30' },
      { claimant: 'ua_other', subject: 'ru', metric: 'tanks', kind: 'period', value: 52 },
      { claimant: 'ua_other', subject: 'ru', metric: 'afv', kind: 'period', value: 263 },
      { claimant: 'ua_other', subject: 'ru', metric: 'artillery', kind: 'period', value: 105 },
    );
  });

  test('bullets under a heading with no window of its own take the week of the figure before', () => {
    expectOnly(
      'За тиждень з 18 по 24 листопада Сили оборони знищили 10 520 окупантів, повідомили в Міноборони. Серед втрат техніки:\n- 54 танки;\n- 122 бойові броньовані машини.',
      { published: '2024-11-25' },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 10520 },
      { claimant: GS, metric: 'tanks', kind: 'period', value: 54 },
      { claimant: GS, metric: 'afv', kind: 'period', value: 122 },
    );
  });

  test('"Зокрема, знищено …" goes on with the day of the sentence before', () => {
    expectOnly(
      'Командувач угруповання повідомив, що минулої доби ворог втратив на його напрямку 412 осіб. Зокрема, знищено два танки, вісім бойових броньованих машин і три артилерійські системи.',
      { published: '2023-12-29' },
      { claimant: 'ua_other', metric: 'personnel', kind: 'daily', value: 412 },
      { claimant: 'ua_other', metric: 'tanks', kind: 'daily', value: 2 },
      { claimant: 'ua_other', metric: 'afv', kind: 'daily', value: 8 },
      { claimant: 'ua_other', metric: 'artillery', kind: 'daily', value: 3 },
    );
  });

  test('"На це звернула увагу розвідка …", "Це дані британської розвідки": a line after the figure names its speaker', () => {
    expectOnly(
      'Середньодобові втрати армії РФ у березні 2024 року склали 913 осіб. На це звернула увагу розвідка Великої Британії.',
      { published: '2024-04-07' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 913 },
    );
    expectOnly(
      'У лютому російське військо щодня втрачало в середньому 983 військових. Це дані британської розвідки.',
      { published: '2024-03-03' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 983 },
    );
  });

  test('"у відомстві" is the office named before; "658 втрат на день" counts casualties', () => {
    expectOnly(
      'Британська розвідка оприлюднила новий звіт. У відомстві зазначили, що з початку вторгнення армія РФ зазнавала в середньому 658 втрат на день.',
      { published: '2024-04-07' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 658 },
    );
  });

  test('"за одну добу у листопаді": the month holds the day, the figure is a day\'s', () => {
    expectOnly(
      'Генштаб повідомив, що лише за одну добу у листопаді окупанти втратили 2 030 військових.',
      { published: '2024-12-02' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 2030 },
    );
  });

  test('"продовжуватимуть перевищувати" is a forecast', () => {
    expectNone('Британська розвідка вважає, що втрати росіян продовжуватимуть перевищувати 1 000 осіб на день.', { published: '2024-08-04' });
  });

  test('a piece of equipment in the singular with no figure is one ("втратили танк, бойову броньовану машину")', () => {
    expectOnly(
      'За минулу добу окупанти втратили 1 010 військових, танк, бойову броньовану машину, 25 артилерійських систем і реактивну систему залпового вогню, повідомив Генштаб.',
      { published: '2025-12-10' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1010 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 1 },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 1 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 25 },
      { claimant: GS, metric: 'mlrs', kind: 'daily', value: 1 },
    );
  });

  test('a singular named as a tool of an attack is no loss', () => {
    expectNone('Росіяни атакували позиції бригади, використовуючи танк і два БТР, повідомили в бригаді.', { published: '2025-03-13' });
  });

  test('a sentence that only sets a window ("втрати ворога з 6 серпня") sets it for the figures of the next', () => {
    expectOnly(
      'Головнокомандувач ЗСУ оприлюднив статистику втрат ворога з 6 серпня. Згідно з даними, ворог втратив 14 560 військових.',
      { published: '2024-10-25' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 14560 },
    );
  });

  test('"1 мільйон 213 тисяч" is one figure', () => {
    expectOnly(
      'За оцінкою британської розвідки, за час великої війни російська армія втратила 1 мільйон 213 тисяч військових убитими й пораненими.',
      { published: '2026-01-15' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1213000 },
    );
  });


  test('how much an average went down ("скоротилася на 74 особи") is no loss of its own', () => {
    expectOnly(
      'За даними британської розвідки, у березні середньодобова кількість втрат армії РФ скоротилася на 74 особи на день, до 913 осіб на день.',
      { published: '2024-04-07' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 913 },
    );
  });

  test('a speaker named after a figure nobody was named for speaks for the figures after it ("він вказав")', () => {
    expectClaims(
      'Мінус 500 окупантів на півдні за добу.\nВорог продовжує штурми на Запорізькому напрямку.\nБої тривають біля Роботиного.\nПро це повідомив командувач ОСУВ Таврія Олександр Тарнавський.\n"Ворог атакує щодня", - зазначив генерал.\nПри цьому він вказав, що загальні втрати ворога за минулу добу склали 512 осіб.',
      { published: '2023-12-28' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 512 },
    );
  });

  test('"за даними президента" is the president named before, not the General Staff named earlier', () => {
    expectOnly(
      'За підрахунками Генштабу, з початку вторгнення Росія втратила 412 400 військових. Під час пресконференції 25 лютого президент України Володимир Зеленський назвав втрати обох армій. Зокрема, за даними президента, за два роки загинули 31 тисяча захисників України, а росіяни втратили 180 тисяч вбитими.',
      { published: '2024-02-28' },
      { claimant: GS, subject: 'ru', kind: 'cumulative', value: 412400 },
      { claimant: 'ua_other', subject: 'ua', kind: 'cumulative', value: 31000 },
      { claimant: 'ua_other', subject: 'ru', kind: 'cumulative', value: 180000 },
    );
  });

  test('"N окупантів на добу" rates its own figure; a day\'s figure after it in the sentence keeps its day', () => {
    expectOnly(
      'За даними Генштабу, зазвичай росіяни втрачали близько 1000 окупантів на добу, однак 5 березня Сили оборони знешкодили 1620 російських військових.',
      { published: '2025-03-06' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1620 },
    );
  });

  test('the recruited are not lost: "набрали 406 тисяч людей" beside "втратили 418 тисяч"', () => {
    expectOnly(
      'Сирський заявив, що цьогоріч до російського війська набрали 406 тисяч людей, тоді як на фронті росіяни втратили близько 418 тисяч.',
      { published: '2026-02-22' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 418000 },
    );
  });

  test('"зазнали поранень": the wounded beside the dead, of the same side', () => {
    expectOnly(
      'За словами Зеленського, загинули 46 тисяч українських військових, а 380 тисяч зазнали поранень.',
      { published: '2025-02-16' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 46000 },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 380000 },
    );
  });

  test('"залучила до війська 406 000": the recruited are not lost', () => {
    expectOnly(
      'Сирський заявив, що минулого року Росія залучила до війська 406 000 осіб, натомість втрати склали 419 000.',
      { published: '2026-01-18' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 419000 },
    );
  });
});

describe('Ukrainian coverage beyond the daily tally', () => {
  test('the wounded named by the army\'s word, with the prisoners after them as the next item', () => {
    expectOnly(
      'За словами головнокомандувача, від початку операції ворог втратив 38 610 військових: безповоротні втрати — 15 400 осіб, санітарні — 22 300 осіб та полонені — 910 осіб.',
      { published: '2024-11-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 38610 },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 15400 },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 22300 },
    );
  });

  test('a headline cut to thousands restates the body\'s figure', () => {
    expectOnly(
      'Журналісти встановили імена 84 тисяч загиблих російських військових\n\nЖурналісти «Медіазони» та BBC встановили імена 84 312 російських військових, загиблих від початку вторгнення.',
      { published: '2024-03-01' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 84312 },
    );
  });

  test('the year and the year so far, said at its end, are one stretch', () => {
    expectOnly(
      'Втрати Росії у 2023 році перевищили 253 тисячі військових, заявив Сирський. За його словами, від початку 2023 року ворог втратив понад 253 тисячі осіб убитими та пораненими.',
      { published: '2023-12-29' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 253000 },
    );
  });

  test('direct speech opened by a dash is said by the one named after its closing dash', () => {
    expectClaims(
      'Головнокомандувач побував на Донеччині.\n\n- Ворог не припиняє штурмів. Цього тижня окупанти щодня втрачають близько 1 500 осіб, а від початку року ця цифра становить уже 380 тисяч. Наші воїни тримають рубежі, – заявив Сирський.',
      { published: '2024-11-20' },
      { claimant: 'ua_other', subject: 'ru', kind: 'average', value: 1500 },
      { claimant: 'ua_other', subject: 'ru', kind: 'period', value: 380000 },
    );
  });

  test('a commander\'s day named for losses without a figure is the window of the kit he lists next', () => {
    expectOnly(
      'Командувач ОСУВ «Таврія» Олександр Тарнавський повідомив, що за минулу добу втрати ворога вбитими й пораненими становлять понад три роти.\n\n«Знищено 27 одиниць військової техніки противника. Зокрема, шість танків і три ББМ», – написав він.',
      { published: '2023-08-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'other', kind: 'daily', value: 27 },
      { claimant: 'ua_other', subject: 'ru', metric: 'tanks', kind: 'daily', value: 6 },
      { claimant: 'ua_other', subject: 'ru', metric: 'afv', kind: 'daily', value: 3 },
    );
  });

  test('the missing are not counted as lost, the missing with the dead are', () => {
    expectOnly(
      'Зеленський заявив, що Росія втратила 240 тисяч військових убитими, а 45 тисяч — зниклими безвісти.',
      { published: '2025-03-01' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 240000 },
    );
    expectOnly(
      'Зеленский заявил, что Россия потеряла 240 тысяч военных убитыми, ещё 40–60 тысяч считают пропавшими без вести.',
      { published: '2025-03-01' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 240000 },
    );
    expectOnly(
      'За оцінкою Сирського, Росія втратила 90 тисяч убитими та зниклими безвісти.',
      { published: '2025-03-01' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', value: 90000 },
    );
  });
});

describe('Ukrainian r10: commanders\' tallies, parts of a total, vague windows', () => {
  test('a collective numeral ("четверо взяті в полон") is a count of prisoners beside the dead and wounded', () => {
    expectClaims(
      'Командувач ОСУВ «Таврія» Олександр Тарнавський повідомив, що минулої доби ворог втратив 412 осіб (вбиті й поранені, а також четверо взяті в полон) і 31 одиницю техніки.',
      { published: '2024-03-05' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 412 },
      { claimant: 'ua_other', subject: 'ru', metric: 'other', kind: 'daily', value: 4 },
      { claimant: 'ua_other', subject: 'ru', metric: 'other', kind: 'daily', value: 31 },
    );
  });

  test('"Серед них загиблих – 95, поранених – 199": parts of the enemy total just given stay the enemy\'s', () => {
    expectClaims(
      'Командувач ОСУВ «Таврія» Олександр Тарнавський повідомив, що за добу втрати противника склали 301 особу. Серед них загиблих – 95, поранених – 199.',
      { published: '2024-03-05' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 301 },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 95 },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 199 },
    );
  });

  test('"лише за останні тижні": a stretch of unknown length, not the war\'s total', () => {
    expectOnly(
      'За словами Зеленського, втрати росіян на Куп\'янському напрямку склали понад 1800 осіб лише за останні тижні.',
      { published: '2025-09-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 1800, qualifier: 'more_than' },
    );
  });

  test('"у першій половині 2025 року", said by the US secretary of state: a period, and the US speaking', () => {
    expectOnly(
      'За словами Марко Рубіо, державного секретаря Америки, у першій половині 2025 року загинуло 100 000 російських військових.',
      { published: '2025-12-07' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'period', value: 100000 },
    );
  });

  test('"установки протиповітряної оборони" are air-defence systems', () => {
    expectOnly(
      'Генштаб повідомив, що за добу ЗСУ знищили 9 бойових броньованих машин, 14 артилерійських систем і три установки протиповітряної оборони.',
      { published: '2024-12-08' },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 9 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 14 },
      { claimant: GS, metric: 'air_defense', kind: 'daily', value: 3 },
    );
  });
});

describe('Ukrainian r10: a window set a few sentences up', () => {
  test('a commander\'s day named before the quote holds for the equipment listed after it', () => {
    expectClaims(
      'Втрати окупантів убитими та пораненими за останню добу склали понад дві роти на Запорізькому напрямку. Про це повідомив командувач ОСУВ «Таврія» Олександр Тарнавський. За його словами, наші воїни тримають позиції. «Артилерія виконала 1 140 вогневих завдань», – написав він. Крім того, українські бійці знищили 17 одиниць військової техніки противника.',
      { published: '2023-09-04' },
      { claimant: 'ua_other', subject: 'ru', metric: 'other', kind: 'daily', value: 17 },
    );
  });

  test('"Водночас знищено …": equipment counted in the stretch the sentence before named', () => {
    expectOnly(
      'Сили оборони ліквідували понад 3 тис. окупантів на Лиманському напрямку за останні два тижні. Водночас знищено понад 400 одиниць військової техніки РФ. Про це повідомив командувач угруповання «Хортиця» Олександр Сирський.',
      { published: '2023-11-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 3000 },
      { claimant: 'ua_other', subject: 'ru', metric: 'other', kind: 'period', value: 400 },
    );
  });
});

describe('Ukrainian r10: "два з половиною десятки"', () => {
  test('a unit and a half before a scale word is read as one number', () => {
    expectOnly(
      'За минулу добу на Запорізькому напрямку ворог втратив понад три з половиною сотні військових, повідомив командувач ОСУВ «Таврія» Олександр Тарнавський.',
      { published: '2024-02-19' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'daily', value: 350, qualifier: 'more_than' },
    );
  });
});
