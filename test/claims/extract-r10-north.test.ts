/**
 * Tenth round, northern and central European coverage (German, Dutch, Norwegian, Finnish, Slovak,
 * Lithuanian, Russian, Czech): phrasings seen in real articles, in sentences written for these tests
 * with real figures (the General Staff's 168,150 of 2023-04-02 and 1,035,060 of 2025-06-30; Zelensky's
 * "60 to 100 a day" of June 2022; the US estimate of 7,000 dead of March 2022; IISS's tank count of
 * February 2024; Shoigu's 383,000 of 2023-12-19).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNumbers } from '../../src/claims/numbers.ts';
import { expectClaims } from './helpers.ts';

const GS = 'ua_general_staff';

describe('equipment nouns the lexicons lacked', () => {
  test('German: "gepanzerte/bewaffnete Fahrzeuge", two adjectives joined by a slash', () => {
    expectClaims(
      'Laut Generalstab hat Russland bisher 3.570 Panzer und 6.898 gepanzerte/bewaffnete Fahrzeuge verloren.',
      { published: '2023-04-02', lang: 'de' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 3570 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'cumulative', value: 6898 },
    );
  });
  test('Dutch: "bewapende voertuigen" are armoured vehicles, not trucks', () => {
    expectClaims(
      'Volgens de generale staf verloor Rusland sinds de invasie 3.570 tanks en 6.898 bewapende voertuigen.',
      { published: '2023-04-02', lang: 'nl' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 3570 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'cumulative', value: 6898 },
    );
  });
  test('Finnish: "miehistönkuljetusajoneuvoa" (armoured personnel carrier, the long compound)', () => {
    expectClaims(
      'Pääesikunnan mukaan Venäjä on menettänyt sodan alusta lähtien 3 570 panssarivaunua ja 6 898 panssaroitua miehistönkuljetusajoneuvoa.',
      { published: '2023-04-02', lang: 'fi' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 3570 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'cumulative', value: 6898 },
    );
  });
});

describe('numbers', () => {
  test('Slovak: "1,03 milióna" after digits', () => {
    expectClaims(
      'Od začiatku invázie Rusko podľa generálneho štábu stratilo už viac ako 1,03 milióna vojakov.',
      { published: '2025-06-30', lang: 'sk' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1_030_000, qualifier: 'more_than' },
    );
  });
  test('a half between a unit and its scale: "с половиной тысяч", "a půl tisíce", "i pół tysiąca"', () => {
    const values = (t: string) => findNumbers(t).filter((m) => m.form !== 'article').map((m) => m.value);
    assert.deepEqual(values('восемь с половиной тысяч орудий'), [8500]);
    assert.deepEqual(values('dva a půl tisíce tanků'), [2500]);
    assert.deepEqual(values('dwa i pół tysiąca czołgów'), [2500]);
    // No scale after it: the half is no part of the number.
    assert.deepEqual(values('восемь с половиной часов'), [8]);
  });
  test('Russian: the ministry\'s "восемь с половиной тысяч орудий"', () => {
    expectClaims(
      'Шойгу заявил, что с начала спецоперации ВСУ потеряли более восьми тысяч танков и восемь с половиной тысяч орудий полевой артиллерии.',
      { published: '2023-12-19', lang: 'ru' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', kind: 'cumulative', value: 8000 },
      { claimant: 'ru_mod', subject: 'ua', metric: 'artillery', kind: 'cumulative', value: 8500 },
    );
  });
});

describe('windows, speakers and sides', () => {
  test('Lithuanian: "per pastaruosius 12 mėnesių" is a year', () => {
    expectClaims(
      'Per pastaruosius 12 mėnesių Rusija neteko maždaug 1 120 tankų, teigia IISS.',
      { published: '2024-02-13', lang: 'lt' },
      { claimant: 'other', subject: 'ru', metric: 'tanks', kind: 'period', value: 1120, periodDays: 365 },
    );
  });
  test('Finnish: US defence officials, and "haavoittunut" (wounded) after a figure', () => {
    expectClaims(
      'Yhdysvaltain puolustusviranomaiset arvioivat, että ainakin 7 000 venäläissotilasta on kuollut ja jopa 20 000 haavoittunut.',
      { published: '2022-03-17', lang: 'fi' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 7000 },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 20000 },
    );
  });
  test('Finnish: "Menetämme" (we lose) is the speaker\'s own side', () => {
    expectClaims(
      'Menetämme 60 sotilasta joka päivä sodassa, sanoi Ukrainan presidentti Zelenskyi.',
      { published: '2022-06-02', lang: 'fi' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 60 },
    );
  });
  test('Norwegian: "Vi mister" (we lose) is the speaker\'s own side', () => {
    expectClaims(
      'Vi mister 60 soldater hver dag, sa Ukrainas president Zelenskyj.',
      { published: '2022-06-02', lang: 'nb' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 60 },
    );
  });
  test('Norwegian: "sa han" is the speaker named the sentence before', () => {
    expectClaims(
      'Russland sier 23.000 ukrainske soldater er drept. Ukrainas president Zelenskyj sier at de ukrainske tapene er lavere. I et intervju sa han at 3.000 ukrainske soldater er drept.',
      { published: '2022-04-16', lang: 'nb' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 23000 },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 3000 },
    );
  });
  test('Finnish: "Ukrainan mukaan", "Venäjän mukaan" (according to Ukraine, to Russia) name the speaker', () => {
    expectClaims(
      'Ukrainan mukaan Venäjä on menettänyt 30 950 sotilasta.',
      { published: '2022-06-03', lang: 'fi' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 30950 },
    );
    expectClaims(
      'Venäjän mukaan Ukraina on menettänyt 23 000 sotilasta.',
      { published: '2022-04-16', lang: 'fi' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 23000 },
    );
  });
  test('Norwegian: "soldater er døde" with no side, in a Ukrainian voice, are Ukraine\'s own dead', () => {
    expectClaims(
      'Ukrainas president sier at 3.000 soldater er døde hittil i krigen.',
      { published: '2022-12-02', lang: 'nb' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 3000 },
    );
  });
  test('Norwegian: "det ukrainske forsvaret" is the General Staff', () => {
    expectClaims(
      'Det ukrainske forsvaret anslår at Russland har mistet 20.100 soldater.',
      { published: '2022-04-16', lang: 'nb' },
      { claimant: GS, subject: 'ru', metric: 'personnel', value: 20100 },
    );
  });
});
