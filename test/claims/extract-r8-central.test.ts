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
