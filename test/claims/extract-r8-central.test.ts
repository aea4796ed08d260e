/**
 * Eighth round, Central and Eastern European coverage (German, Polish, Czech, Slovak, Russian,
 * Lithuanian): phrasings seen in real coverage, in sentences written for these tests with real
 * figures (Syrskyi's 434,000 Russian losses in 2024 of which about 150,000 dead; the General
 * Staff's 465,054 total of 2024-05-25 with +1,124; the British estimate of up to 190,000 dead,
 * October 2023; CSIS's June 2025 estimate of about 250,000 Russian dead; the Soviet losses in
 * Afghanistan, about 15,000; British monthly averages of early 2023).
 */
import { describe, test } from 'node:test';
import { expectClaims, expectNone, expectOnly } from './helpers.ts';

const GS = 'ua_general_staff';

describe('Slovak and Czech numbers', () => {
  test('digits hyphenated to "tisíc" are thousands: "434-tisíc vojakov"', () => {
    expectClaims(
      'Podľa hlavného veliteľa Syrského ruská armáda za minulý rok na Ukrajine stratila 434-tisíc vojakov.',
      { published: '2025-01-20' },
      { subject: 'ru', metric: 'personnel', value: 434000 },
    );
    expectClaims(
      'Ukrajinský prezident uviedol, že vo vojne padlo viac ako 46-tisíc ukrajinských vojakov.',
      { published: '2025-02-16' },
      { subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 46000, qualifier: 'more_than' },
    );
  });
  test('an adjective made from "thousand" is a size, not a count: "300-tisícová armáda"', () => {
    expectNone('Rusko vraj pri hraniciach sústredilo 300-tisícovú armádu a ďalšie jednotky.', { published: '2025-02-16' });
  });
  test('teen number words: "osemnásť obrnených vozidiel", "dvanáct tanků"', () => {
    expectClaims(
      'Za uplynulý deň Rusko podľa generálneho štábu prišlo o dvanásť tankov a osemnásť delostreleckých systémov.',
      { published: '2023-09-02' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'daily', value: 12 },
      { claimant: GS, subject: 'ru', metric: 'artillery', kind: 'daily', value: 18 },
    );
  });
  test('"ľudí" / "lidí" count the soldiers a total counts; "bezmála" is about', () => {
    expectClaims(
      'Celkové straty Ruska od začiatku invázie vzrástli na 465 054 ľudí, uviedol generálny štáb.',
      { published: '2024-05-25' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 465054 },
    );
    expectClaims(
      'Ukrajinský generální štáb uvádí, že Rusko od začátku invaze ztratilo bezmála 300 tisíc lidí.',
      { published: '2023-10-22' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 300000, qualifier: 'about' },
    );
  });
});

describe('an older war named in the other languages', () => {
  test('Polish: the Soviet Union in Afghanistan and in the Second World War', () => {
    expectOnly(
      'Według CSIS zginęło około 250 tys. rosyjskich żołnierzy. W wojnie w Afganistanie zginęło ok. 15 tys. żołnierzy radzieckich, a w II wojnie światowej Związek Radziecki stracił miliony.',
      { published: '2025-06-04' },
      { subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 250000 },
    );
  });
  test('Czech: "Sovětský svaz ve válce v Afghánistánu ztratil"', () => {
    expectOnly(
      'Podle BBC padlo na Ukrajině nejméně 21 700 ruských vojáků. Sovětský svaz ve válce v Afghánistánu ztratil asi 15 000 vojáků.',
      { published: '2023-04-14' },
      { subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 21700 },
    );
  });
  test('German: "seit dem Zweiten Weltkrieg" dates a record, it is no older war', () => {
    expectClaims(
      'Nach britischen Angaben hat Russland rund 900.000 Soldaten verloren, so viele wie in keinem Krieg seit dem Zweiten Weltkrieg.',
      { published: '2025-06-01' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', value: 900000 },
    );
  });
});

describe('a list of monthly averages with no noun after each figure, in the other languages', () => {
  test('German: "415 Tote pro Tag im Oktober, 559 im November und 537 im Dezember"', () => {
    expectClaims(
      'Laut dem britischen Geheimdienst stiegen die russischen Verluste auf durchschnittlich 415 Tote pro Tag im Oktober, 559 im November und 537 im Dezember.',
      { published: '2023-03-01' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 415 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 559 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 537 },
    );
  });
  test('German: the month before the figure, "701 Soldaten pro Tag und im Februar 824"', () => {
    expectClaims(
      'Laut dem britischen Geheimdienst verloren die Russen im Januar durchschnittlich 701 Soldaten pro Tag und im Februar 824.',
      { published: '2023-03-01' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 701 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 824 },
    );
  });
  test('Polish: "983 żołnierzy dziennie w lutym, 913 w marcu i 776 w kwietniu"', () => {
    expectClaims(
      'Według brytyjskiego wywiadu Rosjanie tracili średnio 983 żołnierzy dziennie w lutym, 913 w marcu i 776 w kwietniu.',
      { published: '2024-05-01' },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 913 },
      { claimant: 'uk_mod', subject: 'ru', metric: 'personnel', kind: 'average', value: 776 },
    );
  });
});

describe('the armed forces after a noun of losses hold the losses; they do not speak', () => {
  test('German: "hat die Verluste der ukrainischen Streitkräfte auf 45.100 Gefallene beziffert"', () => {
    expectClaims(
      'Präsident Selenskyj hat die Verluste der ukrainischen Streitkräfte auf 45.100 Gefallene beziffert.',
      { published: '2025-02-04' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 45100 },
    );
  });
  test('Polish: "ocenił straty ukraińskiej armii na 45,1 tys. zabitych"', () => {
    expectClaims(
      'Prezydent Zełenski ocenił straty ukraińskiej armii na 45,1 tys. zabitych.',
      { published: '2025-02-04' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 45100 },
    );
  });
  test('German: "nach Angaben der ukrainischen Armee" still speaks', () => {
    expectClaims(
      'Nach Angaben der ukrainischen Armee verlor Russland am Vortag 1.010 Soldaten.',
      { published: '2023-02-18' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1010 },
    );
  });
});

describe('German speakers whose verb closes the clause', () => {
  test('"Moskau sprach zuletzt von etwa 1350 getöteten Militärs in den eigenen Reihen": Moscow, its own', () => {
    expectClaims(
      'Nach ukrainischen Angaben sind bislang 15.000 russische Soldaten getötet worden. Moskau sprach zuletzt von etwa 1350 getöteten Militärs in den eigenen Reihen.',
      { published: '2022-03-26' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1350 },
    );
  });
  test('"Die USA hatten die Zahl … auf 2000 bis 4000 geschätzt": the US, from the low end of the range', () => {
    expectClaims(
      'Die USA hatten die Zahl der getöteten russischen Soldaten auf 2000 bis 4000 geschätzt.',
      { published: '2022-03-12' },
      { claimant: 'us', subject: 'ru', metric: 'personnel', value: 2000 },
    );
  });
  test('a range of years stays years: "von 2014 bis 2022"', () => {
    expectNone('Von 2014 bis 2022 wurde im Donbass gekämpft.', { published: '2022-03-12' });
  });
});

describe('a month before the speaker and "that" dates the statement, not the figure', () => {
  test('Czech: "V únoru … Zelenskyj řekl, že ve válce padlo na 31 tisíc ukrajinských vojáků"', () => {
    expectClaims(
      'V únoru ukrajinský prezident Volodymyr Zelenskyj řekl, že ve válce padlo na 31 tisíc ukrajinských vojáků.',
      { published: '2024-05-10' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 31000 },
    );
  });
  test('Polish: "W lutym BBC podało, że na Ukrainie zginęło co najmniej 45 tys."', () => {
    expectClaims(
      'W lutym BBC podało, że na Ukrainie zginęło co najmniej 45 tys. rosyjskich żołnierzy.',
      { published: '2024-05-10' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 45000 },
    );
  });
  test('the month of the figure stays its window: "Rusko v lednu ztratilo 31 700 vojáků, uvedl Syrskyj"', () => {
    expectClaims(
      'Rusko v lednu ztratilo 31 700 vojáků, uvedl hlavní velitel Syrskyj.',
      { published: '2026-02-10' },
      { subject: 'ru', metric: 'personnel', kind: 'period', value: 31700 },
    );
  });
});

describe('Slovak and Czech forecasts in the infinitive', () => {
  test('"by do konca roka mohla stratiť 500-tisíc príslušníkov" is a forecast', () => {
    expectNone('Podľa britského ministerstva obrany by ruská armáda do konca roka mohla na Ukrajine stratiť 500-tisíc príslušníkov.', { published: '2024-01-06' });
    expectNone('Podle britského ministerstva obrany by ruská armáda do konce roku mohla na Ukrajině ztratit 500 tisíc vojáků.', { published: '2024-01-06' });
  });
});

describe('a sentence opening with "of them" counts a part of the figure before', () => {
  test('Slovak: "Z toho približne 150-tisíc zomrelo v bojoch"', () => {
    expectClaims(
      'Hlavný veliteľ Syrskyj povedal, že Rusko za minulý rok stratilo 434-tisíc vojakov. Z toho približne 150-tisíc zomrelo v bojoch.',
      { published: '2025-01-20' },
      { subject: 'ru', metric: 'personnel', value: 434000 },
      { subject: 'ru', metric: 'personnel', value: 150000, qualifier: 'about' },
    );
  });
  test('German: "Davon sind rund 150.000 gefallen"', () => {
    expectClaims(
      'Russland verlor nach Angaben Syrskyjs im vergangenen Jahr 434.000 Soldaten. Davon sind rund 150.000 gefallen.',
      { published: '2025-01-20' },
      { subject: 'ru', metric: 'personnel', value: 150000 },
    );
  });
});

describe('German nouns: "Personen" counted in a total, "Luftverteidigungssysteme"', () => {
  test('a General Staff total in persons and air-defence systems', () => {
    expectOnly(
      'Laut Generalstab werden die russischen Gesamtverluste seit Beginn der Invasion auf etwa 1.078.750 Personen geschätzt. Russland verlor zudem 1.212 Luftverteidigungssysteme.',
      { published: '2025-08-27' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 1078750 },
      { claimant: GS, subject: 'ru', metric: 'air_defense', kind: 'cumulative', value: 1212 },
    );
  });
});
