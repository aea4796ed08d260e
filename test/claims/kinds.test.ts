/** Windows of figures in shapes a sentence-by-sentence reading gets wrong: written for these tests, with figures from the real tallies. */
import { describe, test } from 'node:test';
import { expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('windows of unusual shapes', () => {
  test('a breakdown by year: each line is that year\'s figure, its bracketed rate an average', () => {
    expectOnly(
      "Ukraine's General Staff gave Russia's losses year by year:\n- 2023 - 253,000 soldiers (about 690 a day)\n- 2024: 431,000 soldiers (1,180 a day)\n",
      { published: '2025-03-01' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 253000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 690 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 431000 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1180 },
    );
  });

  test('a rate over the stretch just named is said by whoever named it', () => {
    expectOnly(
      "Ukraine's defence ministry said Russia lost 7,300 soldiers last week.\nOver this period the invaders lost about 1,040 troops a day.\n",
      { published: '2025-03-01' },
      { claimant: GS, kind: 'period', value: 7300 },
      { claimant: GS, kind: 'average', value: 1040 },
    );
  });

  test('a paragraph that opens by restating an earlier day counts what the paragraph before counted', () => {
    expectOnly(
      "Russia lost 1,380 soldiers over the past day, Ukraine's General Staff said on Thursday.\n\nOn Wednesday the General Staff had reported 1,290.\n",
      { published: '2024-10-17' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1380 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1290 },
    );
  });

  test('a rate and a stretch side by side keep their own windows', () => {
    expectOnly(
      'У середньому Росія щодня втрачала 1 300 військових минулого тижня, а від початку року її втрати сягнули 420 тисяч, заявив Генштаб ЗСУ.',
      { published: '2024-12-20' },
      { kind: 'average', value: 1300 },
      { kind: 'period', value: 420000 },
    );
  });

  test('"больше всего" is "most of all", not a total: a group\'s share of the day is that day\'s', () => {
    expectOnly(
      'Минобороны России заявило, что за сутки ВСУ потеряли до 1 300 военнослужащих. Больше всего потерь пришлось на полосу группировки «Юг» — до 480 человек.',
      { published: '2025-08-20' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 1300 },
      { claimant: 'ru_mod', subject: 'ua', kind: 'daily', value: 480 },
    );
  });

  test('"N of them" in the past day is the day\'s part of the total before it', () => {
    expectOnly(
      "Ukraine's General Staff put Russia's losses at 22,900 artillery systems since the invasion, 31 of them destroyed over the past day.",
      { published: '2024-11-20' },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'cumulative', value: 22900 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 31 },
    );
  });

  test('"the tally also listed" goes on with the window of the speaker\'s figures just before', () => {
    expectOnly(
      "Russia's defence ministry said Ukraine had lost 2,300 troops and 35 tanks since its offensive near Robotyne began.\nThe ministry's tally also listed four armoured vehicles and 11 artillery guns.\n",
      { published: '2023-06-12' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 2300 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 35 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'period', value: 4 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'artillery', kind: 'period', value: 11 },
    );
  });

  test('a figure hung on a date ("November 28, with 2,030") is that day\'s', () => {
    expectOnly(
      "Russia lost an average of 1,177 soldiers a day in 2024, Ukraine's General Staff said.\nThe worst day it recorded that year was November 28, with 2,030 Russian casualties.\n",
      { published: '2025-06-12' },
      { claimant: GS, kind: 'average', value: 1177 },
      { claimant: GS, kind: 'daily', value: 2030 },
    );
  });

  test('a calendar year is as long as that year, however it is worded, so a headline and its body give one claim', () => {
    expectOnly(
      "Kyiv says Russia lost 430,000 soldiers in 2024\n\nUkraine's General Staff said Russian forces lost 430,000 troops over the course of 2024.\n",
      { published: '2025-01-03' },
      { claimant: GS, kind: 'period', value: 430000, periodDays: 366 },
    );
  });

  test('"since early June, when …" opens a stretch to the report date; the month is no window of its own', () => {
    expectOnly(
      'Шойгу заявил, что с начала июня, когда ВСУ перешли в наступление, украинские войска потеряли более 43 тысяч военнослужащих.',
      { published: '2023-08-10' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 43000, asOf: '2023-08-10', periodDays: null },
    );
  });

  test('"on the last day of May" after a month\'s figure is one day of that month, not the month again', () => {
    expectOnly(
      "Ukraine's defence ministry said Russia lost 1,160 artillery systems over the past month.\nOn the last day of May alone, Ukrainian forces destroyed 44 Russian artillery systems, the General Staff said.\n",
      { published: '2024-06-01' },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'period', value: 1160 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 44, asOf: '2024-06-01' },
    );
  });
});

describe('fighting in one area beside a day\'s window', () => {
  test('"in fighting in border areas of the Kursk region over the past 24 hours" is a day\'s losses, there', () => {
    expectOnly(
      "Ukraine has lost more than 350 troops and 11 pieces of military hardware in fighting in border areas of Russia's Kursk region over the past 24 hours, the Russian Defence Ministry said on Monday.",
      { published: '2024-11-04' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 350 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'other', kind: 'daily', value: 11 },
    );
  });
  test('alone, fighting in one area is still a stretch of that front', () => {
    expectOnly(
      'The Russian Defence Ministry said Ukraine had lost over 4,200 servicemen during the fighting in the Kursk direction.',
      { published: '2024-08-20' },
      { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 4200 },
    );
  });
});

describe('windows and rates named in the lexicon languages', () => {
  test('French "moyenne quotidienne" is a rate; "les trois premiers mois de 2025" a period', () => {
    expectOnly(
      "Selon le renseignement militaire britannique, la Russie a subi une moyenne quotidienne de 1 271 tués ou blessés en septembre 2024.",
      { published: '2024-10-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1271 },
    );
    expectOnly(
      "Sur les trois premiers mois de 2025, l'état-major ukrainien a compté quelque 112 000 soldats russes tués ou blessés.",
      { published: '2025-04-02' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 112000 },
    );
  });
  test('Portuguese "nos primeiros 100 dias de 2025" is a period', () => {
    expectOnly(
      'Segundo o Estado-Maior ucraniano, nos primeiros 100 dias de 2025 a Rússia perdeu cerca de 125 mil militares.',
      { published: '2025-04-12' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 125000 },
    );
  });
  test('Italian "nella guerra del 2024" is that year', () => {
    expectOnly(
      'Secondo il comandante Syrskyi, 427.000 soldati russi sono stati uccisi o feriti nella guerra del 2024.',
      { published: '2025-01-02' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'period', value: 427000 },
    );
  });
  test('German "die täglichen Verluste" and Russian "ежесуточные потери" are rates', () => {
    expectOnly(
      'Die täglichen Verluste der russischen Armee liegen nach Angaben von Syrskyj bei rund 1.500 Soldaten.',
      { published: '2024-11-20' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'average', value: 1500 },
    );
    expectOnly(
      'Шойгу заявил, что ежесуточные потери ВСУ в мае выросли до 1500 военнослужащих.',
      { published: '2024-06-01' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'average', value: 1500 },
    );
  });
});

describe('"daily" right after a figure', () => {
  test('"losses neared 1,600 daily in December" is a rate, not the month\'s total', () => {
    expectOnly(
      'British intelligence said Russian losses neared 1,600 daily in December.',
      { published: '2025-01-10' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1600 },
    );
  });
});

describe('"in diesem Zeitraum" points back; the war named as a special operation or a large-scale invasion', () => {
  test('German: the window of the sentence before, and "seit Beginn der groß angelegten Invasion"', () => {
    expectOnly(
      'Der ukrainische Generalstab meldete Zahlen für die letzten 24 Stunden. In diesem Zeitraum fielen nach seinen Angaben 1.250 russische Soldaten. Seit Beginn der groß angelegten Invasion summieren sich die Verluste auf etwa 1.247.580.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1250 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580 },
    );
  });
  test('French and Spanish: "depuis le début de l\'opération militaire spéciale" is the whole war', () => {
    expectOnly(
      "Selon Sergueï Choïgou, depuis le début de l'opération militaire spéciale, l'armée ukrainienne a perdu plus de 383 000 militaires.",
      { published: '2023-12-19' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 383000 },
    );
    expectOnly(
      'Según Serguéi Shoigú, desde el inicio de la operación militar especial el ejército ucraniano ha perdido más de 383.000 militares.',
      { published: '2023-12-19' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 383000 },
    );
    expectOnly(
      "Secondo il ministro russo della Difesa Shoigu, dall'inizio dell'operazione militare speciale l'esercito ucraino ha perso oltre 383.000 militari.",
      { published: '2023-12-19' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 383000 },
    );
    expectOnly(
      'Segundo o ministro russo da Defesa, Shoigu, desde o início da operação militar especial o exército ucraniano perdeu mais de 383 mil militares.',
      { published: '2023-12-19' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 383000 },
    );
  });
});
