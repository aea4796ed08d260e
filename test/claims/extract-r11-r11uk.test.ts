/**
 * Eleventh round, Ukrainian coverage: phrasings seen in real Ukrainian articles, in sentences written
 * for these tests with real figures (the Ministry's weekly sums of 6-12 May 2024 and 20-26 March 2023;
 * the Joint Forces' day of 1 April 2022; the General Staff's 17,700 of that morning).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('a list under a line that only leads into it', () => {
  test('"Йдеться про:" hands the bullets the week of the sentence before it', () => {
    expectClaims(
      'Командувач Сухопутних військ підбив підсумки тижня.\nЗа минулий тиждень втрат зазнала і техніка ворога. Йдеться про:\n- 79 танків;\n- 196 бойових броньованих машин;\n- 260 артилерійських систем.',
      { published: '2024-05-12', lang: 'uk' },
      { subject: 'ru', metric: 'tanks', kind: 'period', value: 79 },
      { subject: 'ru', metric: 'afv', kind: 'period', value: 196 },
      { subject: 'ru', metric: 'artillery', kind: 'period', value: 260 },
    );
  });
  test('a quoted "Окрім цього, …" after the list stays in the list\'s week', () => {
    expectClaims(
      'За минулий тиждень ворог втратив таку техніку. Йдеться про:\n- 79 танків;\n- 40 одиниць спецтехніки.\n"Окрім цього, захисники знищили 274 БпЛА", - написав командувач.',
      { published: '2024-05-12', lang: 'uk' },
      { subject: 'ru', metric: 'uav', kind: 'period', value: 274 },
    );
  });
});

describe('a named day as the window', () => {
  test('"Упродовж 1 квітня" is one day; the window passes a line that only names the speaker', () => {
    expectClaims(
      "Упродовж 1 квітня українські захисники відбили 9 атак ворога на Донбасі.\nПро це повідомляє штаб Об'єднаних сил.\nТак, українські військові знищили 8 ворожих танків, 44 одиниці броньованої техніки та 10 артилерійських систем.",
      { published: '2022-04-01', lang: 'uk' },
      { subject: 'ru', metric: 'tanks', kind: 'daily', value: 8 },
      { subject: 'ru', metric: 'afv', kind: 'daily', value: 44 },
      { subject: 'ru', metric: 'artillery', kind: 'daily', value: 10 },
    );
  });
  test('"упродовж дня" is a day', () => {
    expectClaims(
      'Угруповання на сході упродовж дня знищило до 280 окупантів і 6 танків, повідомили в Генштабі.',
      { published: '2022-04-01', lang: 'uk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 280, qualifier: 'about' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 6 },
    );
  });
  test('a total of the morning is still a total', () => {
    expectClaims(
      'За даними Генштабу, станом на ранок 1 квітня росія втратила вже близько 17 700 військових.',
      { published: '2022-04-01', lang: 'uk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 17700 },
    );
  });
});

describe('who speaks', () => {
  test('"Водночас за даними Генштабу" after a British estimate: the General Staff speaks, not the update', () => {
    expectClaims(
      'За оцінками Міноборони Великої Британії, загальні втрати РФ становлять понад 355 тисяч військовослужбовців.\nВодночас за даними Генерального штабу, російська армія вже втратила майже 417 тисяч військових.',
      { published: '2024-03-03', lang: 'uk' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 355000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 417000 },
    );
  });
  test('"Міністерство оборони Великобританії" (one word) is London\'s ministry; "сили Міноборони росії" are the side that lost', () => {
    expectClaims(
      'Про це повідомляє Міністерство оборони Великобританії. Як зазначається у зведенні, офіційні сили Міноборони росії, ймовірно, втратили близько 50 тисяч убитими.',
      { published: '2023-12-04', lang: 'uk' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 50000, qualifier: 'about' },
    );
  });
  test('a headline takes the speaker of a "Про це повідомляється" line closing a two-sentence lead', () => {
    expectClaims(
      'За добу захисники знищили ще 200 окупантів / фото REUTERS\n\nЗ початку вторгнення Росія вже втратила близько 33 350 військових. Тільки за останню добу ліквідовано ще дві сотні загарбників.\n\nПро це повідомляється на сторінці Генерального штабу ЗСУ.',
      { published: '2022-06-17', lang: 'uk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 200 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 33350 },
    );
  });
});

describe('nouns and windows', () => {
  test('"українських героїв загинули": the fallen, Ukraine\'s', () => {
    expectClaims(
      'Майже 9 тисяч українських героїв загинули у війні з Росією, повідомив головнокомандувач ЗСУ.',
      { published: '2022-08-22', lang: 'uk' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 9000, qualifier: 'about' },
    );
  });
  test('"з яких 94 безповоротно" with no dash before the adverb', () => {
    expectClaims(
      '"На цьому напрямку сьогодні знешкоджено 156 окупантів, з яких 94 безповоротно", - йдеться у повідомленні Генштабу.',
      { published: '2025-08-01', lang: 'uk' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 156 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 94 },
    );
  });
  test('"за два роки — 2024-й та 2025-й" is a stretch, not the war\'s total', () => {
    expectClaims(
      'Головнокомандувач заявив: "За два роки — 2024-й та 2025-й — втрати противника склали понад 850 тис. особового складу".',
      { published: '2026-01-18', lang: 'uk' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 850000, qualifier: 'more_than' },
    );
  });
});

describe('shares and restatements', () => {
  test('Moscow\'s drones by region after its night\'s total are shares of it, not claims', () => {
    expectOnly(
      'У Міноборони Росії заявили, що за ніч ППО знешкодила 82 українські безпілотники.\nНайбільше дронів — 30 — було збито над Брянською областю, ще 26 — над Тульською.\nПо 4 безпілотники, за даними відомства, збили над Азовським морем і Краснодарським краєм.',
      { published: '2025-05-01', lang: 'uk' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'uav', kind: 'daily', value: 82 },
    );
  });
  test('a headline\'s "півтори тисячі" restates the body\'s 1 420', () => {
    expectOnly(
      'Сили оборони знищили ще півтори тисячі окупантів — Генштаб\nЗа минулу добу, 22 листопада, російська армія втратила вбитими та пораненими ще 1420 своїх солдатів.',
      { published: '2024-11-23', lang: 'uk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1420 },
    );
  });
  test('a headline\'s "півтори сотні" with no precise figure beside it is the claim', () => {
    expectClaims(
      'За добу окупанти втратили півтори сотні військових, повідомив Генштаб.',
      { published: '2022-05-09', lang: 'uk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 150 },
    );
  });
});
