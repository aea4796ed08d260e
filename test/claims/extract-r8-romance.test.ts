/**
 * Eighth round, Italian, Portuguese, Spanish, French and Romanian coverage of the war's losses:
 * phrasings seen in real coverage, in sentences written for these tests with real figures (General
 * Staff 2022-09-27: about 57,750 in total, +550; 2023-05-13: 198,260, +590; Shoigu's 5,937 of
 * 2022-09-21; Rudskoy's claim of 2022-03-25; Zelensky's 31,000 of 2024-02-25; the US estimate of
 * August 2022).
 */
import { describe, test } from 'node:test';
import { expectClaims } from './helpers.ts';

const GS = 'ua_general_staff';

describe('a verb of saying with no subject goes on with the subject of the sentence before', () => {
  test('Spanish: not with a minister named in a clause set against the figure', () => {
    expectClaims(
      'El Estado Mayor ucraniano informó de que unos 57.750 militares rusos han muerto desde el inicio de la guerra, una cifra que contrasta con los 5.937 muertos reconocidos por el ministro de Defensa ruso, Sergei Shoigu.\nAsimismo, ha señalado que han sido destruidos 2.306 carros de combate y 1.378 sistemas de artillería.',
      { published: '2022-09-27' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 2306 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'cumulative', value: 1378 },
    );
  });
  test('Italian: "Ha poi aggiunto che"', () => {
    expectClaims(
      "Lo Stato maggiore ucraino ha riferito che dall'inizio della guerra sono stati uccisi 57.750 militari russi, mentre il ministro della Difesa russo Shoigu ne ammette 5.937. Ha poi aggiunto che sono stati distrutti 2.306 carri armati e 1.378 sistemi di artiglieria.",
      { published: '2022-09-27' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 2306 },
    );
  });
});

describe('the army whose losses are counted holds them, it does not speak', () => {
  test('Spanish: "las pérdidas de las Fuerzas Armadas de Ucrania"', () => {
    expectClaims(
      'El general ruso Serguéi Rudskoi dio su propio balance. Asimismo, destacó que las pérdidas de las Fuerzas Armadas de Ucrania han ascendido a unos 30.000 efectivos desde el inicio de la guerra.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 30000 },
    );
  });
});

describe('speakers and nouns given as lexicon data', () => {
  test('Italian: "lo Stato Maggiore dell\'esercito di Kiev"', () => {
    expectClaims(
      "Nelle ultime 24 ore sono stati uccisi o feriti 590 soldati russi: lo ha reso noto su Facebook lo Stato Maggiore dell'esercito di Kiev. Lo riporta Ukrinform.",
      { published: '2023-05-13' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 590 },
    );
  });
  test('Italian: "sistemi di lancio multiplo", "barche"', () => {
    expectClaims(
      "Secondo lo Stato maggiore ucraino, dall'inizio dell'invasione la Russia ha perso 3.616 carri armati, 527 sistemi di lancio multiplo e 18 barche.",
      { published: '2023-04-01' },
      { claimant: GS, subject: 'ru', metric: 'mlrs', kind: 'cumulative', value: 527 },
      { claimant: GS, subject: 'ru', metric: 'ships', kind: 'cumulative', value: 18 },
    );
  });
  test('Portuguese: "os EUA estimam", "as forças armadas da Ucrânia estimam"', () => {
    expectClaims(
      'As forças armadas da Ucrânia estimam que a Rússia já perdeu cerca de 45 mil soldados desde o início da guerra. Já os EUA estimam que Moscou perdeu mais de 70 mil soldados desde o início da guerra.',
      { published: '2022-08-22' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 45000 },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 70000 },
    );
  });
  test('Spanish: "tanques de combustible" are fuel tankers, not tanks', () => {
    expectClaims(
      'Según el Estado Mayor ucraniano, desde el inicio de la invasión Rusia ha perdido 597 carros de combate, 1.178 vehículos y 73 tanques de combustible.',
      { published: '2022-03-29' },
      { claimant: GS, subject: 'ru', metric: 'vehicles_fuel_tanks', kind: 'cumulative', value: 73 },
    );
  });
});

describe('whole-war windows', () => {
  test('French: "depuis le début de son offensive"', () => {
    expectClaims(
      'Le ministre russe de la Défense, Sergueï Choïgou, a reconnu un bilan de 5 937 soldats tués depuis le début de son offensive en Ukraine.',
      { published: '2022-09-21' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5937 },
    );
  });
  test('Portuguese: "durante a invasão em grande escala"', () => {
    expectClaims(
      'O presidente Volodymyr Zelensky disse que 31 mil soldados ucranianos foram mortos durante a invasão em grande escala da Rússia, o primeiro número oficial em mais de um ano.',
      { published: '2024-02-25' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 31000 },
    );
  });
});

describe('a time phrase that dates the statement is not the figure\'s window', () => {
  test('Portuguese: a month opening the sentence, then a speaker and a verb of saying', () => {
    expectClaims(
      'Em setembro, o ministro da Defesa da Rússia, Sergei Shoigu, disse que 5.937 militares russos morreram na Ucrânia.',
      { published: '2022-12-02' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5937 },
    );
  });
  test('French: "la dernière fois que la Russie a fait le point sur ses pertes, c\'était en septembre 2022"', () => {
    expectClaims(
      "La dernière fois que la Russie a fait le point sur ses pertes, c'était en septembre 2022 : 5 937 soldats avaient alors été tués.",
      { published: '2024-05-14' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 5937 },
    );
  });
});

describe('Italian numbers written as one word', () => {
  test('"novecentocinquanta", "sei", "otto"', () => {
    expectClaims(
      "Nelle ultime 24 ore l'esercito russo ha perso novecentocinquanta soldati, sei carri armati e otto sistemi di artiglieria, secondo lo Stato maggiore ucraino.",
      { published: '2024-05-14' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 950 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 6 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 8 },
    );
  });
  test('"duemilacinquecento", "ventotto"', () => {
    expectClaims(
      'Secondo lo Stato maggiore ucraino, dall\'inizio della guerra la Russia ha perso duemilacinquecento carri armati e ventotto navi.',
      { published: '2022-12-01' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 2500 },
      { claimant: GS, subject: 'ru', metric: 'ships', kind: 'cumulative', value: 28 },
    );
  });
});

describe('"respectively": a run of figures with no noun counts, in order, what the figures listed before counted', () => {
  test('Italian: "portando il totale rispettivamente a 3.751 e 7.307"', () => {
    expectClaims(
      "Secondo lo Stato maggiore ucraino, nell'ultimo giorno sono stati distrutti sei carri armati e 12 veicoli corazzati, portando il totale rispettivamente a 3.751 e 7.307.",
      { published: '2023-05-13' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 3751 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'cumulative', value: 7307 },
    );
  });
  test('English: "bringing the totals to 3,751 and 7,307 respectively"', () => {
    expectClaims(
      "Ukraine's General Staff said Russian forces lost 6 tanks and 12 armored vehicles over the past day, bringing the totals to 3,751 and 7,307 respectively.",
      { published: '2023-05-13' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 3751 },
      { claimant: GS, subject: 'ru', metric: 'afv', kind: 'cumulative', value: 7307 },
    );
  });
});

describe('a function word cut before a vowel after the figure ("dall\'inizio") leaves the noun before it', () => {
  test('Italian, straight and curly apostrophes', () => {
    for (const ap of ["'", '\u2019']) {
      expectClaims(
        `Il ministero della Difesa britannico stimava il numero delle vittime russe a 610.000 dall${ap}inizio della guerra.`,
        { published: '2024-09-17' },
        { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 610000 },
      );
    }
  });
});
