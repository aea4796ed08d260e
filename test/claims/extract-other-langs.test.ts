/**
 * German, Polish, Spanish, French and Romanian sentences written for these tests (issue 10), with
 * figures from the General Staff's series: loss verbs, metric nouns, window words, number words
 * and attribution phrases of each language.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findNumbers } from '../../src/claims/numbers.ts';
import { expectClaims, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('German', () => {
  test('"innerhalb der vergangenen 24 Stunden", then a list of equipment in the next sentence', () => {
    expectOnly(
      'Nach ukrainischen Angaben hat Russland innerhalb der vergangenen 24 Stunden rund 1.300 Soldaten verloren. Insgesamt beziffert der Generalstab die russischen Verluste auf 887.620. Zudem seien 11 Panzer, 23 gepanzerte Kampffahrzeuge und 75 Artilleriesysteme zerstört worden.',
      { published: '2025-03-11' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1300, qualifier: 'about' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 887620 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 11 },
      { claimant: GS, metric: 'afv', kind: 'daily', value: 23 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 75 },
    );
  });

  test('"davon … innerhalb", a date "12. November" in the sentence, "(+N)" after a hyphenated noun', () => {
    expectOnly(
      'Laut dem Generalstab in Kiew lagen die russischen Personalverluste mit Stand 12. November bei 712.610, davon 1.950 innerhalb der vergangenen 24 Stunden. Zugleich verlor der Gegner 18.737 Drohnen der operativ-taktischen Ebene (+61).',
      { published: '2024-11-12' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 712610 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, metric: 'uav', kind: 'cumulative', value: 18737 },
      { claimant: GS, metric: 'uav', kind: 'daily', value: 61 },
    );
  });

  test('"(+4 binnen eines Tages)" is four, not four thousand', () => {
    expectClaims(
      'Der Generalstab meldet 1.249 zerstörte Mehrfachraketenwerfer (+4 binnen eines Tages).',
      { published: '2024-11-12' },
      { metric: 'mlrs', kind: 'daily', value: 4 },
    );
  });

  test('"im Jahr 2024" is a period', () => {
    expectClaims(
      'Nach Angaben des ukrainischen Generalstabs hat Russland im Jahr 2024 rund 430.790 Soldaten durch Tod oder Verwundung verloren.',
      {},
      { claimant: GS, kind: 'period', value: 430790 },
    );
  });
});

describe('Polish', () => {
  test('"wyeliminowali", "w ciągu tej samej doby"', () => {
    expectOnly(
      'Według Sztabu Generalnego Sił Zbrojnych Ukrainy w ciągu ostatniej doby Ukraińcy wyeliminowali 1340 rosyjskich żołnierzy. W ciągu tej samej doby zniszczono 20 czołgów i 35 systemów artyleryjskich.',
      { published: '2024-09-20' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1340 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 20 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 35 },
    );
  });

  test('a month with "w": a period', () => {
    expectClaims(
      'Jak podał sztab generalny w Kijowie, w październiku Rosja straciła 41 980 żołnierzy.',
      { published: '2024-11-01' },
      { claimant: GS, kind: 'period', value: 41980 },
    );
  });
});

describe('Spanish', () => {
  test('"durante la última jornada", "de ellos", equipment in the next sentence', () => {
    expectOnly(
      'Según el Estado Mayor ucraniano, Rusia ha perdido ya 762.440 militares, 1.280 de ellos durante la última jornada. Las fuerzas ucranianas destruyeron además 12 tanques y 26 sistemas de artillería.',
      { published: '2024-12-15' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 762440 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1280 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 12 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 26 },
    );
  });

  test('"en 2024": a period', () => {
    expectClaims(
      'Rusia perdió en 2024 unos 430.790 soldados muertos o heridos, según el Estado Mayor de Ucrania.',
      {},
      { claimant: GS, kind: 'period', value: 430790, qualifier: 'about' },
    );
  });
});

describe('French', () => {
  test('"a neutralisé", "au cours des dernières 24 heures", "selon l\'état-major ukrainien"', () => {
    expectClaims(
      "Au cours des dernières 24 heures, l'armée ukrainienne a neutralisé 1 300 soldats russes, selon l'état-major ukrainien.",
      { published: '2025-03-11' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1300 },
    );
  });

  test('"en 2024" and "plus d\'": a period and its qualifier', () => {
    expectClaims(
      "Selon l'état-major ukrainien, la Russie a perdu plus d'430 000 soldats tués ou blessés en 2024.",
      {},
      { claimant: GS, kind: 'period', value: 430000, qualifier: 'more_than' },
    );
  });
});

describe('Romanian', () => {
  test('"în decurs de o zi": the equipment of the day', () => {
    expectOnly(
      'Potrivit Statului Major ucrainean, în ultimele 24 de ore forțele ucrainene au eliminat 1.300 de militari ruși. În decurs de o zi au mai fost distruse 11 tancuri și 75 de sisteme de artilerie.',
      { published: '2025-03-11' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1300 },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 11 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 75 },
    );
  });
});

describe('Italian', () => {
  test('a month with "a": a period (Italian months are read)', () => {
    expectClaims(
      'Secondo lo Stato maggiore ucraino, a ottobre la Russia ha perso 41.980 soldati.',
      { published: '2024-11-01' },
      { claimant: GS, kind: 'period', value: 41980 },
    );
  });

  test('"nelle ultime 24 ore", "700 mila", equipment of the same day in the next sentence', () => {
    expectOnly(
      "Secondo lo Stato maggiore ucraino, nelle ultime 24 ore la Russia ha perso 1.950 soldati; dall'inizio della guerra le perdite russe sono oltre 712 mila. Le forze ucraine hanno inoltre distrutto 23 carri armati e 38 sistemi di artiglieria.",
      { published: '2024-11-12' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 712_000, qualifier: 'more_than' },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 23 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 38 },
    );
  });
});

describe('Portuguese', () => {
  test('a month with "em": a period (Portuguese months are read)', () => {
    expectClaims(
      'Segundo o Estado-Maior ucraniano, em outubro a Rússia perdeu 41.980 soldados.',
      { published: '2024-11-01' },
      { claimant: GS, kind: 'period', value: 41980 },
    );
  });

  test('"nas últimas 24 horas", "segundo o Estado-Maior ucraniano", "mais de"', () => {
    expectOnly(
      'Segundo o Estado-Maior ucraniano, a Rússia perdeu mais de 1.300 militares nas últimas 24 horas. As forças ucranianas destruíram ainda 11 tanques e 75 sistemas de artilharia.',
      { published: '2025-03-11' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1300, qualifier: 'more_than' },
      { claimant: GS, metric: 'tanks', kind: 'daily', value: 11 },
      { claimant: GS, metric: 'artillery', kind: 'daily', value: 75 },
    );
  });
});

describe('across languages: participles between a figure and its noun; officials in local spelling', () => {
  test('"2200 wyeliminowanych najeźdźców", "1.950 getöteten Soldaten" keep their noun', () => {
    expectClaims(
      'Według Sztabu Generalnego w ciągu doby odnotowano 2200 wyeliminowanych najeźdźców.',
      { published: '2024-12-20' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 2200 },
    );
    expectClaims(
      'Nach Angaben des ukrainischen Generalstabs wurden innerhalb der vergangenen 24 Stunden 1.950 getöteten oder verwundeten Soldaten gezählt.',
      { published: '2024-11-12' },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1950 },
    );
  });

  test("\"l'état-major général russe\" is Moscow, not Kyiv", () => {
    expectClaims(
      "Le chef de l'état-major général russe a affirmé que les forces ukrainiennes avaient perdu 590 000 hommes en 2024.",
      {},
      { claimant: 'ru_mod', subject: 'ua', kind: 'period', value: 590000 },
    );
  });
});

describe('French and German context words', () => {
  test('"militaires" makes the sentence before military; "personnes" then counts soldiers', () => {
    expectClaims(
      'La BBC et Mediazona ont mis à jour leur liste des militaires russes morts. Les journalistes ont confirmé le décès de 106 745 personnes.',
      {},
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 106745 },
    );
  });

  test('"au cours de cette seule année" is a year', () => {
    expectClaims(
      'Selon la BBC et Mediazona, au moins 45 287 militaires russes ont été tués au cours de cette seule année.',
      {},
      { claimant: 'other', kind: 'period', value: 45287, qualifier: 'at_least' },
    );
  });

  test('"behauptet, die ukrainische Armee habe … verloren": Moscow speaks, the army is spoken of', () => {
    expectClaims(
      'Das russische Verteidigungsministerium behauptet, die ukrainische Armee habe im Gebiet Kursk mehr als 50.000 Soldaten verloren.',
      {},
      { claimant: 'ru_mod', subject: 'ua', value: 50000, qualifier: 'more_than' },
    );
  });
});

describe('speakers named by office or title (probes of wire copy, issue 10)', () => {
  test('a Ukrainian deputy minister, then "el vocero ruso": each figure keeps its own speaker', () => {
    expectOnly(
      'La viceministra ucraniana Hanna Malyar dijo que Rusia había perdido 5.840 soldados. El vocero ruso afirmó que 2.870 soldados ucranianos habían muerto.',
      { published: '2022-03-02' },
      { claimant: 'ua_other', subject: 'ru', value: 5840 },
      { claimant: 'ru_mod', subject: 'ua', value: 2870 },
    );
  });
});

describe('reposted report lists in Spanish', () => {
  test('"Personal:" is the personnel line of the list', () => {
    expectClaims(
      'Las pérdidas acumuladas de Rusia, según el Estado Mayor ucraniano, son:\n• Personal: 725.740 (+1.690)\n• Tanques: 9.390 (+8)',
      { published: '2024-11-20' },
      { claimant: GS, metric: 'personnel', kind: 'cumulative', value: 725740 },
      { claimant: GS, metric: 'personnel', kind: 'daily', value: 1690 },
    );
  });
});

describe('rates sentence after sentence', () => {
  test('a month\'s average in the sentence after another keeps the voice of the first', () => {
    expectOnly(
      'Das britische Verteidigungsministerium hat die russischen Verluste für jeden Monat ausgewertet. Im Oktober verloren die Russen durchschnittlich 1.271 Soldaten pro Tag. Im November waren es im Schnitt 1.523 Soldaten pro Tag.',
      { published: '2024-12-05' },
      { claimant: 'uk_mod', kind: 'average', value: 1271 },
      { claimant: 'uk_mod', kind: 'average', value: 1523 },
    );
  });
});

describe('number words of the other languages', () => {
  function values(text: string): number[] {
    return findNumbers(text)
      .filter((m) => m.form !== 'article')
      .map((m) => m.value);
  }
  test('halves before a scale, tens and hundreds', () => {
    assert.deepEqual(values('півтори тисячі; два десятки; пів мільйона; півтора десятка'), [1500, 20, 500_000, 15]);
    assert.deepEqual(values('полторы тысячи; двадцать пять; двести'), [1500, 25, 200]);
    assert.deepEqual(values('dwieście; pół miliona; doscientos cincuenta; eine halbe Million; deux cents'), [200, 500_000, 250, 500_000, 200]);
  });
});
