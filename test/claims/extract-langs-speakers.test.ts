/**
 * Who speaks, and the list forms, in the languages probed in the second round on real coverage
 * (Portuguese, Italian, Finnish, Hungarian, Czech, Slovak, Dutch, Lithuanian, Norwegian, Polish,
 * Arabic). Sentences written for these tests with the General Staff's and the ministries' figures
 * of the day they name.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNumbers } from '../../src/claims/numbers.ts';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('a body that keeps the tally, named after a person\'s figure', () => {
  test('the General Staff, named in a sentence of no figure, speaks for the figures after it', () => {
    expectOnly(
      'Prezydent Zełenski powiedział w sobotę, że od początku wojny zginęło około 1300 ukraińskich żołnierzy. Sztab Generalny Sił Zbrojnych Ukrainy opublikował w niedzielę nowe dane o stratach wroga. Zginęło ponad 12 tys. rosyjskich żołnierzy, a Rosja straciła też 362 czołgi.',
      { published: '2022-03-13' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 1300 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 12000 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 362 },
    );
  });

  test('a commander named after the tally\'s figure leaves the tally running', () => {
    expectClaims(
      'Russia has lost 1,090,010 troops since the invasion, the General Staff said. Commander-in-chief Oleksandr Syrskyi stressed that Ukrainian units keep the enemy under pressure. Over the past day, Russia lost 950 soldiers.',
      { published: '2025-09-22' },
      { claimant: GS, kind: 'cumulative', value: 1090010 },
      { claimant: GS, kind: 'daily', value: 950 },
    );
  });
});

describe('the verb before the speaker', () => {
  test('Czech and Slovak: "…, uvedla v pátek ukrajinská armáda."', () => {
    expectOnly(
      'Ruské síly od začátku invaze přišly o zhruba 18 300 vojáků, uvedla v pátek ukrajinská armáda.',
      { published: '2022-04-01' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 18300 },
    );
    expectOnly(
      'Rusko od začiatku invázie prišlo zhruba o 18 900 vojakov, uviedla v piatok ukrajinská armáda.',
      { published: '2022-04-08' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 18900 },
    );
  });

  test('Hungarian: "Közzétette az ukrán hadsereg, hogy …"', () => {
    expectOnly(
      'Közzétette az ukrán hadsereg, hogy a háború kezdete óta közel 12 ezer orosz katona vesztette életét.',
      { published: '2022-03-08' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 12000, qualifier: 'about' },
    );
  });
});

describe('speakers the lexicons lacked', () => {
  test('Portuguese: the General Staff without its hyphen, and Russia\'s', () => {
    expectClaims(
      'O Estado Maior das Forças Armadas da Ucrânia informou que cerca de 17 mil militares russos morreram ou ficaram feridos desde o começo da invasão.',
      { published: '2022-03-28' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 17000 },
    );
    expectClaims(
      'Segundo o Estado-Maior da Rússia, as forças ucranianas perderam 2.870 soldados desde o início da invasão.',
      { published: '2022-03-02' },
      { claimant: 'ru_mod', subject: 'ua', value: 2870 },
    );
  });

  test('Italian: "lo Stato Maggiore dell’esercito ucraino", "il ministero russo"', () => {
    expectOnly(
      'Le perdite russe ammontano a circa 449.250 militari dall’inizio dell’invasione, ha annunciato lo Stato Maggiore dell’esercito ucraino.',
      { published: '2024-04-15' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 449250 },
    );
    expectOnly(
      'Il ministero russo afferma invece che gli ucraini hanno perso 1.656 carri armati dall’inizio dell’operazione.',
      { published: '2022-03-27' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', value: 1656 },
    );
  });

  test('Finnish: "Ukrainan asevoimien mukaan"', () => {
    expectOnly(
      'Ukrainan asevoimien mukaan Venäjä on menettänyt sodassa noin 15 000 sotilasta ja 498 panssarivaunua.',
      { published: '2022-03-14' },
      { claimant: GS, subject: 'ru', metric: 'personnel', value: 15000 },
      { claimant: GS, subject: 'ru', metric: 'tanks', value: 498 },
    );
  });

  test('Dutch: the Ukrainian authorities, the government in Kyiv, NATO', () => {
    expectOnly(
      'Rusland heeft sinds het begin van de invasie 4300 soldaten verloren, melden de Oekraïense autoriteiten.',
      { published: '2022-02-27' },
      { claimant: GS, subject: 'ru', value: 4300 },
    );
    expectOnly(
      'De regering in Kiev spreekt over meer dan 15.000 gesneuvelde Russen. De NAVO schat dat tot nu toe 7000 Russische soldaten zijn gedood.',
      { published: '2022-03-25' },
      { claimant: 'ua_other', subject: 'ru', value: 15000 },
      { claimant: 'other', subject: 'ru', value: 7000 },
    );
  });

  test('Norwegian and Lithuanian: the Russian defence minister by name', () => {
    expectOnly(
      'Forsvarsminister Sergej Sjojgu sa i september at 5937 russiske soldater var drept.',
      { published: '2022-12-02' },
      { claimant: 'ru_mod', subject: 'ru', value: 5937 },
    );
    expectOnly(
      'Rusijos gynybos ministras Sergejus Šoigu rugsėjį sakė, kad žuvo 5 937 rusų kariai.',
      { published: '2022-12-02' },
      { claimant: 'ru_mod', subject: 'ru', value: 5937 },
    );
  });
});

describe('Arabic statements of the General Staff', () => {
  const OPTS = { published: '2025-12-02' };
  test('"مليون و182 ألفاً و610" with the tanween after the alif, and "الأربع وعشرين ساعة"', () => {
    expectOnly(
      'أعلن الجيش الأوكراني ارتفاع عدد قتلى وجرحى العسكريين الروس منذ بداية الحرب إلى نحو مليون و182 ألفاً و610 أفراد، من بينهم 930 قتلوا أو أصيبوا خلال الأربع وعشرين ساعة الماضية.',
      OPTS,
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1182610 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 930 },
    );
  });

  test('one submarine in the list, and "خلال هذه الفترة" after the total since the war began', () => {
    expectOnly(
      'أعلن الجيش الأوكراني أن عدد قتلى الجنود الروس منذ بدء الحرب ارتفع إلى 209 آلاف و940 جنديًا. وقالت هيئة الأركان إنه خلال هذه الفترة خسرت روسيا أيضًا 3 آلاف و837 دبابة، و18 سفينة حربية، وغواصة واحدة، و6 آلاف و305 من المركبات وخزانات الوقود.',
      { published: '2023-06-05' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 209940 },
      { claimant: GS, metric: 'tanks', kind: 'cumulative', value: 3837 },
      { claimant: GS, metric: 'ships', kind: 'cumulative', value: 18 },
      { claimant: GS, metric: 'submarines', kind: 'cumulative', value: 1 },
      { claimant: GS, metric: 'vehicles_fuel_tanks', kind: 'cumulative', value: 6305 },
    );
  });

  test('the thousands with either spelling of the tanween', () => {
    const values = (t: string): number[] => findNumbers(t).map((m) => m.value);
    assert.deepEqual(values('431 ألفاً و550'), [431550]);
    assert.deepEqual(values('431 ألفًا و550'), [431550]);
  });
});

describe('windows of a day and of a week', () => {
  test('German "davon 400 am letzten Tag" and Italian "dell’ultimo giorno" are the day beside the total', () => {
    expectOnly(
      'Seit Beginn der Invasion wurden nach Angaben des Generalstabs rund 85.000 russische Soldaten getötet, davon 400 am letzten Tag.',
      { published: '2022-11-22' },
      { claimant: GS, kind: 'cumulative', value: 85000 },
      { claimant: GS, kind: 'daily', value: 400 },
    );
    expectOnly(
      'Secondo lo Stato Maggiore ucraino le perdite russe ammontano a circa 449.250 militari, compresi 850 soldati uccisi negli scontri dell’ultimo giorno.',
      { published: '2024-04-15' },
      { claimant: GS, kind: 'cumulative', value: 449250 },
      { claimant: GS, kind: 'daily', value: 850 },
    );
  });

  test('a headline\'s list restated with its week in the text is the week\'s, once', () => {
    expectOnly(
      'Минобороны: группировка "Восток" за неделю вывела из строя 1,6 тыс. военных ВСУ\n\nУничтожены также 3 танка, 11 боевых бронированных машин и 70 автомобилей\n\nПо данным Минобороны России, за прошедшую неделю ВСУ на этом направлении потеряли более 1600 военнослужащих, 3 танка, 11 боевых бронированных машин и 70 автомобилей.',
      { published: '2025-11-28' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 1600 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'period', value: 3 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'period', value: 11 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'vehicles_fuel_tanks', kind: 'period', value: 70 },
    );
  });
});

describe('an army that lost holds the losses; the ministry named before it speaks', () => {
  test('French: "l\'armée ukrainienne a perdu", after the Russian General Staff', () => {
    expectOnly(
      "Selon l'état-major général des forces armées russes, l'armée ukrainienne a perdu plus de 215 000 militaires en 2023.",
      { published: '2024-01-10' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 215000 },
    );
  });
  test('German: the verb before the army, "verloren die ukrainischen Streitkräfte"', () => {
    expectOnly(
      'Nach Daten des russischen Verteidigungsministeriums verloren die ukrainischen Streitkräfte im Jahr 2023 mehr als 215.000 Soldaten.',
      { published: '2024-01-10' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 215000 },
    );
  });
});

describe('speakers added as lexicon data', () => {
  test('Italian British military intelligence and "i dati ucraini"; Czech Pentagon', () => {
    expectOnly(
      'Secondo i servizi di intelligence militari britannici, in media 1.271 soldati russi sono stati uccisi o feriti ogni giorno a settembre.',
      { published: '2024-10-05' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1271 },
    );
    expectOnly(
      'Secondo i dati ucraini, l\'esercito russo ha perso 253.290 soldati nel 2023.',
      { published: '2024-01-03' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'period', value: 253290 },
    );
    expectOnly(
      'Podle odhadu Pentagonu přišla ruská armáda o 315 tisíc mužů.',
      { published: '2023-12-13' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', value: 315000 },
    );
  });
});

describe('German verb-final clause: the army before "… verloren" holds the losses', () => {
  test('"dass die ukrainischen Streitkräfte … Soldaten pro Woche verloren", after the Russian ministry', () => {
    expectOnly(
      'Die Agentur schrieb, die Berichte des russischen Verteidigungsministeriums zeigten, dass die ukrainischen Streitkräfte im Herbst 2024 etwa 12.000 Soldaten pro Woche verloren.',
      { published: '2024-12-20' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 12000 },
    );
  });
});
