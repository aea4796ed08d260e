/**
 * Eleventh round, coverage in the lexicon languages other than English and Ukrainian (German,
 * French, Polish, Italian, Spanish, Portuguese, Romanian, Czech, Lithuanian, Russian): phrasings
 * seen in real articles, in sentences written for these tests with real figures (the General
 * Staff's list of 2022-03-11; Rutte's "20,000 a month" of 2025; the Russian ministry's daily
 * figures by group of forces of 2025).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims } from './helpers.ts';

const GS = 'ua_general_staff';

describe('rows of a list that name the noun first, under a heading of the whole war', () => {
  test('Romanian: "- sisteme de artilerie – 125" under "din 24 februarie și până astăzi" is a total, however small', () => {
    const text = [
      'Potrivit Statului Major, din 24 februarie și până astăzi, rușii au suferit următoarele pierderi:',
      '- tancuri – 353 de unități,',
      '- sisteme de artilerie – 125,',
      '- apărare aeriană – 31,',
      '- elicoptere – 83,',
      '- nave/bărci – 3.',
    ].join('\n');
    expectClaims(
      text,
      { lang: 'ro' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 353 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'cumulative', value: 125 },
      { claimant: GS, subject: 'ru', metric: 'air_defense', kind: 'cumulative', value: 31 },
      { claimant: GS, subject: 'ru', metric: 'helicopters', kind: 'cumulative', value: 83 },
      { claimant: GS, subject: 'ru', metric: 'ships', kind: 'cumulative', value: 3 },
    );
  });
  test('a list under a heading of the past day stays a day\'s', () => {
    const text = ['Potrivit Statului Major, în ultimele 24 de ore rușii au pierdut:', '- tancuri – 12,', '- sisteme de artilerie – 25.'].join('\n');
    expectClaims(
      text,
      { lang: 'ro' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 12 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 25 },
    );
  });
});

describe('number words', () => {
  test('German "Zehntausende" counts nothing (tens of thousands), "zweitausend" still does', () => {
    const claims = extractClaims('Ein Rechercheportal berichtet von Zehntausenden russischen Soldaten, die getötet wurden.', { lang: 'de' });
    assert.deepEqual(claims.map((c) => c.value), []);
    expectClaims('Nach Angaben aus Kiew wurden allein in dieser Woche zweitausend russische Soldaten getötet.', { lang: 'de' }, { subject: 'ru', metric: 'personnel', value: 2000 });
  });
});

describe('rates per month', () => {
  test('Lithuanian "kiekvieną mėnesį netenka": an average over 30 days', () => {
    expectClaims(
      'NATO vadovas sakė, kad Rusija kiekvieną mėnesį netenka apie 20 tūkst. karių.',
      { lang: 'lt' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'average', value: 20000, qualifier: 'about', periodDays: 30 },
    );
  });
  test('German "pro Monat" and French "par mois"', () => {
    expectClaims('Laut NATO verliert Russland pro Monat rund 20.000 Soldaten.', { lang: 'de' }, { subject: 'ru', metric: 'personnel', kind: 'average', value: 20000, periodDays: 30 });
    expectClaims("Selon l'OTAN, la Russie perd environ 20 000 soldats par mois.", { lang: 'fr' }, { subject: 'ru', metric: 'personnel', kind: 'average', value: 20000, periodDays: 30 });
  });
  test('troops replenished every month are no loss (Lithuanian "papildo")', () => {
    const claims = extractClaims('Ekspertai mano, kad Rusijos pajėgas kiekvieną mėnesį papildo apie 30 tūkst. karių.', { lang: 'lt' });
    assert.deepEqual(claims.map((c) => c.value), []);
  });
});

describe('Lithuanian verbs', () => {
  test('"kasdien eliminuojama" (eliminated daily) under "Ukrainos duomenimis"', () => {
    expectClaims(
      'Ukrainos duomenimis, pastarosiomis savaitėmis kasdien eliminuojama apie 1 tūkst. rusų karių.',
      { lang: 'lt' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'average', value: 1000 },
    );
  });
  test('"Kyjivas skaičiuoja" (Kyiv counts) speaks for the General Staff', () => {
    expectClaims(
      'Kyjivas skaičiuoja, kad nuo invazijos pradžios Rusija neteko 1 035 060 kareivių.',
      { lang: 'lt' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1035060 },
    );
  });
});

describe('naval units', () => {
  test('French "unités navales", Italian "unità navali", Spanish "unidades navales"', () => {
    expectClaims("Selon l'état-major ukrainien, la Russie a perdu depuis le 24 février 1 684 chars et 15 unités navales.", { lang: 'fr' }, { claimant: GS, metric: 'ships', kind: 'cumulative', value: 15 });
    expectClaims('Secondo lo Stato maggiore ucraino, dal 24 febbraio la Russia ha perso 1.684 carri armati e 15 unità navali.', { lang: 'it' }, { claimant: GS, metric: 'ships', kind: 'cumulative', value: 15 });
    expectClaims('Según el Estado Mayor ucraniano, desde el 24 de febrero Rusia ha perdido 1.684 tanques y 15 unidades navales.', { lang: 'es' }, { claimant: GS, metric: 'ships', kind: 'cumulative', value: 15 });
  });
});

describe("the Russian ministry's figures by group of forces", () => {
  const text =
    'Суточные потери ВСУ составили около 1 280 военнослужащих, сообщили в Минобороны РФ. ' +
    'В зоне ответственности Западной группировки ВСУ потеряли до 190 военнослужащих, 2 бронемашины и 14 автомобилей. ' +
    'В зоне ответственности Южной группировки - более 190 военнослужащих, 7 боевых бронемашин, 14 автомобилей. ' +
    'В зоне ответственности Восточной группировки ВСУ потеряли более 270 военных, бронетранспортер, 4 боевые бронемашины и 13 автомобилей.';
  test('a group named without a verb goes on with the losses of the group before', () => {
    expectClaims(text, { lang: 'ru' }, { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 190, qualifier: 'more_than' });
  });
  test('the same value for two groups, hedged differently, is two figures; hedged alike, one claim', () => {
    expectClaims(
      text,
      { lang: 'ru' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 190, qualifier: 'about' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 190, qualifier: 'more_than' },
    );
    const fourteen = extractClaims(text, { lang: 'ru' }).filter((c) => c.metric === 'vehicles_fuel_tanks' && c.value === 14);
    assert.equal(fourteen.length, 1);
  });
  test('"бронетранспортер" with no figure is one', () => {
    expectClaims(text, { lang: 'ru' }, { claimant: 'ru_mod', subject: 'ua', metric: 'afv', kind: 'daily', value: 1 });
  });
  test('a figure restated within one group is still one claim', () => {
    const restated = 'ВСУ в зоне ответственности группировки «Восток» потеряли до 230 военнослужащих. Всего в зоне группировки «Восток» противник потерял до 230 военнослужащих за сутки.';
    assert.equal(extractClaims(restated, { lang: 'ru' }).filter((c) => c.value === 230).length, 1);
  });
  test('words that only begin like a group\'s name ("Severe", "several", "central") name no group: a hedged restatement stays one claim', () => {
    const english =
      "Russia lost over 1,200 troops in the past day, Ukraine's General Staff said. " +
      'Severe fighting went on near Pokrovsk, where Russian forces lost 1,200 troops in a single day, the General Staff said.';
    const daily = extractClaims(english, { lang: 'en', published: '2024-11-13' }).filter((c) => c.kind === 'daily' && c.value === 1_200);
    assert.equal(daily.length, 1, JSON.stringify(daily));
  });
});

describe('German verbs of saying at the end of the clause', () => {
  test('"Im Juni hatte er die Zahl … mit mehr als 25.000 angegeben": June dates the saying, the figure is a total', () => {
    expectClaims(
      'Der britische Verteidigungsminister Ben Wallace äußerte sich mehrfach. Im Juni hatte er die Zahl der getöteten russischen Soldaten mit mehr als 25.000 angegeben.',
      { lang: 'de' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 25000, qualifier: 'more_than' },
    );
  });
  test('"die Zahlen, die Wallace im August genannt hatte" does not make August the window of the next figure', () => {
    expectClaims(
      'Das liegt nahe an den Zahlen, die der britische Verteidigungsminister Ben Wallace im August genannt hatte. Er sprach von mehr als 80.000 Verlusten bei den russischen Streitkräften.',
      { lang: 'de' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 80000 },
    );
  });
  test('a month that is the figure\'s own window stays one', () => {
    expectClaims('Im Juni hat Russland nach Angaben des Generalstabs 25.000 Soldaten verloren.', { lang: 'de' }, { subject: 'ru', metric: 'personnel', kind: 'period', value: 25000 });
  });
});

describe('a country after a preposition of place is no speaker (lexicon languages)', () => {
  test('Romanian "războiul din Ucraina, unde afirma că …" does not make Kyiv the speaker', () => {
    const claims = extractClaims('Rusia a prezentat o singură dată pierderile suportate în războiul din Ucraina, unde afirma că doar 498 de soldați ar fi decedat.', { lang: 'ro' });
    assert.ok(claims.length > 0 && claims.every((c) => c.claimant !== GS), claims.map((c) => c.claimant).join(','));
  });
  test('Romanian "decedat" is a verb of dying', () => {
    expectClaims('Ministerul rus al apărării a anunțat că 1.351 de soldați ruși au decedat.', { lang: 'ro' }, { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 });
  });
});

describe('a bare "killed" joined to a second figure shares its side', () => {
  test('German: "498 getötete und rund 1600 verwundete russische Soldaten" in the Russian ministry\'s voice are Russia\'s', () => {
    expectClaims(
      'Das russische Verteidigungsministerium meldete am 2. März 498 getötete und rund 1600 verwundete russische Soldaten seit Kriegsbeginn.',
      { lang: 'de' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 498 },
    );
  });
  test('French: "2 870 tués et environ 3 700 blessés ukrainiens" are Ukraine\'s', () => {
    expectClaims(
      'Le ministère russe de la Défense a annoncé 2 870 tués et environ 3 700 blessés ukrainiens.',
      { lang: 'fr' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 2870 },
    );
  });
});

describe('German "die" is an article, not dying', () => {
  test('an exercise\'s troops and kit are no losses ("die Übung … 300.000 Soldaten … im Einsatz sein")', () => {
    const claims = extractClaims(
      'Das russische Militär hält im Osten seine Manöver ab. Verteidigungsminister Schoigu nennt die Übung beispiellos: Neben knapp 300.000 Soldaten sollen bis zu 36.000 Panzer und andere Fahrzeuge, mehr als 1.000 Flugzeuge und 80 Schiffe im Einsatz sein.',
      { lang: 'de' },
    );
    assert.deepEqual(claims.map((c) => c.value), []);
  });
  test('soldiers with no verb of losing beside the article "die" are not read', () => {
    const claims = extractClaims('Die Armee hat die 190.000 Soldaten, die an der Grenze stehen, in Bereitschaft versetzt.', { lang: 'de' });
    assert.deepEqual(claims.map((c) => c.value), []);
  });
  test('"eliminiert" and "starben" are German verbs of losing', () => {
    expectClaims('Laut Generalstab hat die Armee seit Kriegsbeginn rund 174.550 russische Soldaten eliminiert.', { lang: 'de' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 174550 });
    expectClaims('Nach Angaben der NATO starben bislang mehr als 7000 russische Soldaten.', { lang: 'de' }, { subject: 'ru', metric: 'personnel', value: 7000 });
  });
  test('compounds of "Verluste" are nouns of losing ("Gesamtverluste", "Personalverluste")', () => {
    expectClaims('Laut Generalstab werden die russischen Personalverluste seit Beginn der Invasion auf etwa 1.035.060 Soldaten beziffert.', { lang: 'de' }, { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1035060 });
  });
  test('English "die" still is dying', () => {
    expectClaims('Ukraine says as many as 100 of its soldiers die every day.', { lang: 'en' }, { subject: 'ua', metric: 'personnel', kind: 'average', value: 100 });
  });
});

describe("Ukraine's authorities passing on the tally", () => {
  test('Romanian "conform ultimului bilanț făcut de autoritățile ucrainene"', () => {
    expectClaims(
      'Aproximativ 28.300 de soldați ruși au fost uciși în război până în acest moment, conform ultimului bilanț făcut de autoritățile ucrainene.',
      { lang: 'ro' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 28300 },
    );
  });
});
