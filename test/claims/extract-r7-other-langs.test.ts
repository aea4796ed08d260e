/**
 * Seventh round, languages other than English and Ukrainian: phrasings seen in real coverage
 * (German, French, Spanish, Italian, Portuguese, Polish, Romanian, Turkish), in sentences written
 * for these tests with real figures (General Staff 2026-02-09: 1,247,580 in total, +1,250; Rudskoy's
 * 1,351 dead of 2022-03-25; Zelensky's 55,000 of 2026-02-04; the US estimate of mid-March 2022).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectNone } from './helpers.ts';

const GS = 'ua_general_staff';

describe('a speaker named in a clause set against the figure speaks for that clause only', () => {
  test('Spanish: "una cifra muy superior a la reconocida por Moscú"', () => {
    expectClaims(
      'El Estado Mayor ucraniano informó de que en las últimas 24 horas murieron 1.250 soldados rusos y de que las pérdidas totales del enemigo rondan los 1.247.580 militares, una cifra muy superior a la reconocida por Moscú.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1250 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580 },
    );
  });
  test('Portuguese: "muito superior ao número que o Ministério da Defesa russo divulgou"', () => {
    expectClaims(
      'O Estado-Maior ucraniano indicou que nas últimas 24 horas morreram 1.250 soldados russos no campo de batalha e que o total de baixas chega a 1.247.580, muito superior ao número que o Ministério da Defesa russo divulgou.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580 },
    );
  });
  test('French: "bien supérieur aux chiffres annoncés par le ministère russe"', () => {
    expectClaims(
      "L'état-major ukrainien a fait état de 1 250 soldats russes tués au cours des dernières 24 heures et de 1 247 580 pertes depuis le début de l'invasion, bien supérieur aux chiffres annoncés par le ministère russe de la Défense.",
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580 },
    );
  });
});

describe('speakers the lexicons lacked', () => {
  test('French: "le ministère ukrainien de la Défense"', () => {
    expectClaims(
      "Le ministère ukrainien de la Défense a affirmé lundi que les forces russes avaient perdu environ 1 247 580 soldats depuis le début de l'invasion.",
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580 },
    );
  });
  test('Italian: "le ultime stime dell\'esercito ucraino"', () => {
    expectClaims(
      "I soldati russi uccisi o feriti dall'inizio della guerra sono 1.247.580, secondo le ultime stime dell'esercito ucraino.",
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580 },
    );
  });
  test('Romanian: "SUA afirmă"', () => {
    expectClaims(
      'SUA afirmă că rușii au pierdut în două săptămâni de război între cinci și șase mii de militari.',
      { published: '2022-03-10' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', value: 5000, qualifier: 'at_least' },
    );
  });
  test('German: "Die USA schätzten", "Russland hatte … angegeben"', () => {
    expectClaims(
      'Die USA schätzten Mitte März, dass bislang mehr als 7000 russische Soldaten getötet worden seien.',
      { published: '2022-03-17' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 7000 },
    );
    expectClaims(
      'Russland hatte angegeben, bisher seien 498 russische Soldaten getötet worden.',
      { published: '2022-03-03' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 498 },
    );
  });
  test('Polish: NATO\'s estimate, "Sojusz szacuje"', () => {
    expectClaims(
      'Rudskoj podał dane o stratach. Sojusz szacuje, że Rosja straciła od 7 tys. do 15 tys. zabitych.',
      { published: '2022-03-25' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 7000, qualifier: 'at_least' },
    );
  });
  test('German: "Berichten zufolge" after a country is no speaker', () => {
    expectClaims(
      'Der ukrainische Generalstab veröffentlicht jeden Morgen seine Zahlen. Am 12. November verlor Russland Berichten zufolge 1.950 Soldaten an einem einzigen Tag.',
      { published: '2024-11-12' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950 },
    );
  });
});

describe('windows', () => {
  test('German: "eine täglich aktualisierte Aufzählung" is no rate', () => {
    expectClaims(
      'Die Gesamtverluste Russlands belaufen sich nach einer täglich aktualisierten Aufzählung des ukrainischen Generalstabs auf über 1.247.000 Gefallene und Verwundete.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247000, qualifier: 'more_than' },
    );
  });
  test('Turkish: "geçtiğimiz gün" is the past day', () => {
    expectClaims(
      "Ukrayna Genelkurmay Başkanlığına göre Rusya toplam 1 milyon 247 bin 580 asker kaybetti. Bu sayıya Rus kuvvetlerinin geçtiğimiz gün uğradığı 1250 kayıp da dahil.",
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1250 },
    );
  });
});

describe('nouns', () => {
  test('French: cruise missiles, rocket launcher systems, air defence batteries, unmanned aerial systems', () => {
    expectClaims(
      "Selon l'état-major ukrainien, l'armée russe a perdu depuis le début de l'invasion 4 120 missiles de croisière, 1 640 systèmes de lance-roquettes, 1 300 batteries antiaériennes et 110 000 systèmes aériens sans pilote.",
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'cruise_missiles', kind: 'cumulative', value: 4120 },
      { claimant: GS, subject: 'ru', metric: 'mlrs', kind: 'cumulative', value: 1640 },
      { claimant: GS, subject: 'ru', metric: 'air_defense', kind: 'cumulative', value: 1300 },
      { claimant: GS, subject: 'ru', metric: 'uav', kind: 'cumulative', value: 110000 },
    );
  });
  test('Turkish: a bare "top" in a list, "çoklu fırlatma roket sistemi"', () => {
    expectClaims(
      'Ukrayna Genelkurmay Başkanlığına göre Rus ordusu savaşın başından bu yana 11 bin 600 tank, 34 bin 200 top, 1640 çoklu fırlatma roket sistemi ve 1300 hava savunma sistemi kaybetti.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'cumulative', value: 34200 },
      { claimant: GS, subject: 'ru', metric: 'mlrs', kind: 'cumulative', value: 1640 },
    );
  });
  test('Italian: foreign mercenaries in Moscow\'s count', () => {
    expectClaims(
      'Secondo il ministero della Difesa russo, dall\'inizio del conflitto sono stati eliminati 5.800 mercenari stranieri.',
      { published: '2023-12-19' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 5800 },
    );
  });
});

describe('a speaker\'s own losses', () => {
  test('German: "die Verluste eigener Truppen seit Beginn des russischen Angriffskriegs"', () => {
    expectClaims(
      'Selenskyj hat die Verluste eigener Truppen seit Beginn des russischen Angriffskriegs auf 55.000 getötete Soldaten beziffert.',
      { published: '2026-02-05' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 55000 },
    );
  });
  test('Polish: Moscow\'s "poległo" and "przyznawali się do"', () => {
    expectClaims(
      'Gen. Rudskoj przekazał: „Na dziś poległo 1351 żołnierzy”. Na początku marca Rosjanie przyznawali się do 498 poległych.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 498 },
    );
  });
});

describe('the General Staff\'s list as other languages print it', () => {
  test('Romanian: rows "noun – figure" under a heading of losses ending in a colon, the first one in thousands', () => {
    expectClaims(
      'Datele vin de la Statul Major al Forțelor Armate ale Ucrainei.\nPotrivit statisticilor, până astăzi, 11 martie, rușii ar fi suferit următoarele pierderi:\n- personal – peste 12 mii de oameni,\n- tancuri – 353 de unități,\n- sisteme de lansare de rachete multiple – 58,\n- apărare aeriană – 31,\n- aeronave – 57,\n- echipamente auto – 558,\n- nave/bărci – 3.',
      { published: '2022-03-11' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 12000, qualifier: 'more_than' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 353 },
      { claimant: GS, subject: 'ru', metric: 'mlrs', kind: 'cumulative', value: 58 },
      { claimant: GS, subject: 'ru', metric: 'air_defense', kind: 'cumulative', value: 31 },
      { claimant: GS, subject: 'ru', metric: 'aircraft', kind: 'cumulative', value: 57 },
      { claimant: GS, subject: 'ru', metric: 'vehicles_fuel_tanks', kind: 'cumulative', value: 558 },
      { claimant: GS, subject: 'ru', metric: 'ships', kind: 'cumulative', value: 3 },
    );
  });
  test('Portuguese: the General Staff\'s "pessoas" over a span opening on 24 February', () => {
    expectClaims(
      'Segundo o Estado-Maior ucraniano, o total de perdas em combate do inimigo entre 24 de fevereiro de 2022 e 9 de fevereiro de 2026 é de aproximadamente 1.247.580 pessoas.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1247580, qualifier: 'about' },
    );
  });
  test('Spanish: "desde que lanzaron su contraofensiva" is one operation, not the war', () => {
    expectClaims(
      'El ministro de Defensa ruso, Serguéi Shoigú, afirmó que las fuerzas ucranianas han perdido más de 66.000 soldados desde que lanzaron su contraofensiva a principios de junio.',
      { published: '2023-09-04' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 66000, qualifier: 'more_than' },
    );
  });
});

describe('a media count and its part, Moscow\'s own dead, London\'s assessment', () => {
  test('Spanish: "–incluidos 1.043 durante los últimos 15 días–" is the part\'s window, not the total\'s', () => {
    expectClaims(
      'El portal ruso Mediazona eleva el total de soldados rusos fallecidos a 15.136 –incluidos 1.043 durante los últimos 15 días–, cifras que da por corroboradas.',
      { published: '2023-03-07' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 15136 },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'period', value: 1043, periodDays: 15 },
    );
  });
  test('Spanish: "los 923 efectivos que perdieron la vida en las dos semanas recientes, según las autoridades militares del Kremlin"', () => {
    expectClaims(
      'Kiev afirmó haber matado a 1.100 soldados rusos en el último día, que se contrasta con los 923 efectivos que perdieron la vida en las dos semanas recientes, según las autoridades militares del Kremlin.',
      { published: '2023-11-09' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', kind: 'period', value: 923, periodDays: 14 },
    );
  });
  test('Spanish: Shoigu "confirmó la muerte de 5.937 militares" is Moscow\'s own dead', () => {
    expectClaims(
      'El ministro de Defensa ruso, Sergei Shoigu, confirmó la muerte de 5.937 militares.',
      { published: '2022-09-21' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 5937 },
    );
  });
  test('Polish: "Strona rosyjska oficjalnie przyznaje się do …" is Moscow speaking', () => {
    expectClaims(
      'Strona rosyjska oficjalnie przyznaje się do 1351 żołnierzy poległych w ciągu miesiąca od początku wojny.',
      { published: '2022-03-26' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 },
    );
  });
  test('German: "Nach Einschätzung von London lag die Zahl der russischen Kriegsverluste … bei durchschnittlich 983 pro Tag"', () => {
    expectClaims(
      'Nach Einschätzung von London lag die Zahl der russischen Kriegsverluste im Februar 2024 bei durchschnittlich 983 pro Tag.',
      { published: '2024-03-03' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 983 },
    );
  });
});

describe('Moscow\'s General Staff in Russian, a person in Turkish', () => {
  test('Russian: "по данным Генштаба ВС РФ" is Moscow, and "полутора миллионов" is 1.5 million', () => {
    expectClaims(
      'По данным Генштаба ВС РФ, противник потерял свыше полутора миллионов человек, из них более 520 тысяч только в прошлом году.',
      { published: '2026-02-20' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 1500000, qualifier: 'more_than' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'period', value: 520000 },
    );
  });
  test('Turkish: "kişi" under a missile strike are people, not soldiers; beside the army they are soldiers', () => {
    expectNone("Rusya bu sabah Kiev ve Harkov'a füze saldırısı düzenledi. Saldırıda 5 kişinin hayatını kaybettiği, 51 kişinin ise yaralandığı açıklandı.", { published: '2024-01-23' });
    expectClaims(
      'Ukrayna Genelkurmay Başkanlığına göre Rus ordusu son 24 saatte 1250 kişi kaybetti.',
      { published: '2026-02-09' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1250 },
    );
  });
});
