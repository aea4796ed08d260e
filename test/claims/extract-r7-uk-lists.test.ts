/** Ukrainian sentences written for these tests (retold lists, commanders' breakdowns), with figures from real tallies. */
import { describe, test } from 'node:test';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';
const UO = 'ua_other';

describe('Ukrainian retold lists and breakdowns', () => {
  test('"181 особу", "одну особу": the accusative of "особа" counts people', () => {
    expectClaims(
      'Командувач угруповання повідомив, що за минулу добу втрати ворога на його напрямку склали 321 особу.',
      { published: '2023-09-14' },
      { claimant: UO, subject: 'ru', metric: 'personnel', kind: 'daily', value: 321 },
    );
  });

  test('"971 одиницю озброєнь", "вертоліт": the plural genitive of weapons and the singular helicopter', () => {
    expectClaims(
      'За даними командувача, з початку операції противник втратив 734 одиниці озброєнь і військової техніки, а також 2 вертольоти.',
      { published: '2025-09-20' },
      { claimant: UO, metric: 'other', value: 734 },
    );
    expectClaims(
      'Генштаб повідомляє, що протягом доби знищено 31 вертоліт ворога.',
      { published: '2022-03-04' },
      { claimant: GS, metric: 'helicopters', value: 31 },
    );
  });

  test('rows of a list with no marks go on past a row whose figure is missing', () => {
    expectOnly(
      'Генштаб оновив дані про втрати росіян.\nВтрати ворожої техніки становлять:\n27 літаків\n26 гелікоптерів\n146 танків\nартилерійських систем\n706 бойових броньованих машин\n30 одиниць автомобільної техніки',
      { published: '2022-02-28' },
      { claimant: GS, subject: 'ru', metric: 'aircraft', value: 27 },
      { metric: 'helicopters', value: 26 },
      { metric: 'tanks', value: 146 },
      { metric: 'afv', value: 706 },
      { metric: 'vehicles_fuel_tanks', value: 30 },
    );
  });

  test('bullets after a line that only leads into them ("Зокрема, це:") break down the line before', () => {
    expectOnly(
      'За словами командувача, минулої доби противник втратив на його напрямку 512 осіб і 31 одиницю техніки.\nЗокрема, це:\n• 4 танки;\n• 12 бойових бронемашин;\n• 9 артсистем.',
      { published: '2024-03-05' },
      { claimant: UO, metric: 'personnel', kind: 'daily', value: 512 },
      { claimant: UO, metric: 'other', kind: 'daily', value: 31 },
      { claimant: UO, metric: 'tanks', kind: 'daily', value: 4 },
      { claimant: UO, metric: 'afv', kind: 'daily', value: 12 },
      { claimant: UO, metric: 'artillery', kind: 'daily', value: 9 },
    );
  });

  test('"убитими та полоненими": the captured counted in one figure with the dead do not make it prisoners', () => {
    expectClaims(
      'У Генштабі повідомили, що від початку вторгнення росія втратила 5 300 військових убитими та полоненими.',
      { published: '2022-03-01' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5300 },
    );
  });

  test('a smaller figure in brackets after a toll is a part of it, in its window, not its total', () => {
    expectClaims(
      'Командувач повідомив, що за останню добу втрати ворога склали 262 особи (безповоротні – 91, поранені – 170, полонені – 1).',
      { published: '2023-08-24' },
      { claimant: UO, metric: 'personnel', kind: 'daily', value: 262 },
      { claimant: UO, metric: 'personnel', kind: 'daily', value: 91 },
    );
  });

  test('"на цьому напрямку" after a commander\'s day: the front\'s stretch, still his, not the war\'s total', () => {
    expectClaims(
      'За словами головнокомандувача, за добу противник втратив на напрямку 70 осіб.\nЗагальні втрати російських військ на цьому напрямку становлять 2 910 осіб, з них безповоротні — 1 630.\nОкрім того, ворог втратив 14 танків і 41 бронемашину.',
      { published: '2025-09-01' },
      { claimant: UO, metric: 'personnel', kind: 'daily', value: 70 },
      { claimant: UO, metric: 'personnel', kind: 'period', value: 2910 },
      { claimant: UO, metric: 'personnel', kind: 'period', value: 1630 },
      { claimant: UO, metric: 'tanks', kind: 'period', value: 14 },
    );
  });

  test('"з початку наступальних дій", "з початку операції": a stretch, not the war', () => {
    expectClaims(
      'За даними Генштабу, з початку активних наступальних дій Сили оборони знищили понад 4 400 окупантів.',
      { published: '2023-07-10' },
      { claimant: GS, metric: 'personnel', kind: 'period', value: 4400, qualifier: 'more_than' },
    );
    expectClaims(
      'Командувач угруповання заявив, що з початку операції ворог втратив 3 100 військових.',
      { published: '2025-09-05' },
      { claimant: UO, metric: 'personnel', kind: 'period', value: 3100 },
    );
  });

  test('"знищили 6 танків, довівши їхню загальну кількість до …", "зросли на 5 і склали …": the change and the total it brought', () => {
    expectOnly(
      'За даними Генштабу, за звітний період захисники знищили 6 танків, довівши їхню загальну кількість до 11 592 одиниць. Втрати бойових броньованих машин зросли на 5 і склали 23 931 одиницю.',
      { published: '2026-01-20' },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 6 },
      { claimant: GS, metric: 'tanks', kind: 'cumulative', value: 11592 },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 5 },
      { claimant: GS, metric: 'afv', kind: 'cumulative', value: 23931 },
    );
  });

  test('"Українська влада каже", "в українському командуванні повідомили": the country\'s voice, not the one named before', () => {
    expectClaims(
      'У Міноборони РФ вперше визнали загибель 498 своїх військових.\nУкраїнська влада каже, що втрати російських сил досягли 6 000 убитими й пораненими.',
      { published: '2022-03-03' },
      { claimant: 'ru_mod', subject: 'ru', value: 498 },
      { claimant: GS, subject: 'ru', metric: 'personnel', value: 6000 },
    );
  });

  test('a president\'s spoken figures: the verb before the noun, and "Всього разом із пораненими — N" after the dead', () => {
    expectClaims(
      '«46 тисяч загинуло на полі бою українських військових. Росіян загинуло понад 200 тисяч. Всього разом із пораненими — 600 тисяч», — сказав Зеленський.',
      { published: '2025-02-16' },
      { claimant: UO, subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 46000 },
      { claimant: UO, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 200000 },
      { claimant: UO, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 600000 },
    );
  });

  test('"За даними українського Генштабу" in an update of the British ministry: the update\'s figure; alone, the General Staff\'s', () => {
    expectClaims(
      'Про це повідомляє Міноборони Великої Британії. За даними українського Генштабу, середньодобові втрати російських сил у жовтні склали 1 354 особи.',
      { published: '2024-11-02' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 1354 },
    );
    expectClaims(
      'За даними Генштабу, за минулу добу російська армія втратила 1 270 військових.',
      { published: '2024-11-02' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1270 },
    );
  });
});
