/**
 * Eighth round, Nordic, Finnish, Greek and Hungarian coverage: phrasings seen in real articles, in
 * sentences written for these tests with real figures (Rudskoy's 1,351 dead of 2022-03-25; the
 * General Staff's 44,900 of 2022-08-20; Zaluzhnyi's "almost 9,000" of August 2022; CSIS's
 * 250,000 dead of June 2025; Mediazona's 95,026 names of February 2025; Zelensky's 55,000 of 2026-02-04).
 */
import { describe, test } from 'node:test';
import { expectClaims } from './helpers.ts';

const GS = 'ua_general_staff';

describe('loss words the lexicons lacked', () => {
  test('Danish: "er døde", troops as "tropper"', () => {
    expectClaims(
      'Ifølge Kyiv er omkring 44.900 russiske tropper døde siden invasionens begyndelse.',
      { published: '2022-08-20', lang: 'da' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 44900 },
    );
  });
  test('Norwegian: "tapstallene ... lå på"', () => {
    expectClaims(
      'Russland innrømmet at tapstallene på russiske soldater lå på 1351.',
      { published: '2022-03-26', lang: 'nb' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 },
    );
  });
  test('Finnish: "tuhonneensa" (the destroying verb in its reported form)', () => {
    expectClaims(
      'Ukraina sanoo tuhonneensa tähän mennessä 1 907 Venäjän panssarivaunua.',
      { published: '2022-08-20', lang: 'fi' },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 1907 },
    );
  });
  test('Finnish: "kaatuneita" (partitive plural) as the noun before a figure', () => {
    expectClaims(
      'BBC:n ja Mediazonan mukaan Venäjän kaatuneita on todellisuudessa noin 95 000.',
      { published: '2025-02-22', lang: 'fi' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 95000 },
    );
  });
  test('Finnish: "kuolleen sotilaan" between the figure and its noun', () => {
    expectClaims(
      'Mediazona on vahvistanut 95 026 kuolleen venäläissotilaan nimet.',
      { published: '2025-02-22', lang: 'fi' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 95026 },
    );
  });
  test('Hungarian: "halt meg", the particle after the verb', () => {
    expectClaims(
      'A vezérkar szerint eddig 44 900 orosz katona halt meg a háború kezdete óta.',
      { published: '2022-08-20', lang: 'hu' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 44900 },
    );
  });
  test('Hungarian: "veszíthetett" (may have lost) looks back, it is no forecast', () => {
    expectClaims(
      'A CSIS elemzése szerint az orosz hadsereg a háború kezdete óta mintegy 250 ezer katonát veszíthetett el.',
      { published: '2025-06-03', lang: 'hu' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 250000 },
    );
  });
  test('Hungarian: "a február 24-én kezdődött háborúban" is the whole war', () => {
    expectClaims(
      'Ukrajna azt állítja, hogy több mint 44 ezer orosz katona halt már meg a február 24-én kezdődött háborúban.',
      { published: '2022-08-20', lang: 'hu' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 44000 },
    );
  });
  test('Greek: "Ρώσων" between the figure and "στρατιωτών"', () => {
    expectClaims(
      'Το ουκρανικό Γενικό Επιτελείο κάνει λόγο για απώλειες περίπου 44.900 Ρώσων στρατιωτών.',
      { published: '2022-08-20', lang: 'el' },
      { claimant: GS, subject: 'ru', metric: 'personnel', value: 44900 },
    );
  });
});

describe('speakers the lexicons lacked', () => {
  test('Danish: "præsidentens rådgiver" speaks for himself', () => {
    expectClaims(
      'Tidligere har præsidentens rådgiver Mykhailo Podoljak sagt, at op mod 200 ukrainske soldater dør hver dag.',
      { published: '2022-06-10', lang: 'da' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'average', value: 200 },
    );
  });
  test('Swedish: a country after "i" is a place, not the speaker before "uppskattar"', () => {
    expectClaims(
      'Ryssland har förlorat 250 000 man under kriget i Ukraina, uppskattar den amerikanska tankesmedjan CSIS.',
      { published: '2025-06-03', lang: 'sv' },
      { claimant: 'other', subject: 'ru', metric: 'personnel', value: 250000 },
    );
  });
  test('Greek: "ο πρόεδρος της Ουκρανίας" speaks for himself', () => {
    expectClaims(
      'Ο αριθμός των Ουκρανών στρατιωτών που σκοτώθηκαν από την έναρξη της εισβολής είναι περίπου 55.000, ανέφερε ο πρόεδρος της Ουκρανίας.',
      { published: '2026-02-05', lang: 'el' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', value: 55000 },
    );
  });
});

describe('number words written as one word', () => {
  test('Hungarian: "hetvenhétezer" (77,000)', () => {
    expectClaims(
      'Több mint hetvenhétezer orosz katona vesztette életét a háború kitörése óta, közölte az ukrán vezérkar.',
      { published: '2022-11-15', lang: 'hu' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 77000, qualifier: 'more_than' },
    );
  });
  test('Hungarian: "hatezret" (6,000, the accusative) in Shoigu\'s figure', () => {
    expectClaims(
      'Szergej Sojgu orosz védelmi miniszter szerint az elesett orosz katonák száma szeptemberben nem lépte túl a hatezret.',
      { published: '2022-09-22', lang: 'hu' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 6000 },
    );
  });
  test('Finnish: "kolmesataa" (300)', () => {
    expectClaims(
      'Ukrainan pääesikunnan mukaan Venäjä menetti viimeisen vuorokauden aikana kolmesataa sotilasta.',
      { published: '2022-10-20', lang: 'fi' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 300 },
    );
  });
});

describe('verb-second order: the speaker after its verb, before "that"', () => {
  test('Norwegian: "Den gang innrømte Russland at …"', () => {
    expectClaims(
      'Den gang innrømte Russland at tapstallene på russiske soldater lå på 1351.',
      { published: '2022-03-26', lang: 'nb' },
      { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1351 },
    );
  });
  test('Danish: "Samtidig hævder Kreml, at …" gives Moscow\'s claim of Ukraine\'s losses', () => {
    expectClaims(
      'Samtidig hævder Kreml, at Ukraine har mistet 1.390 soldater det seneste døgn.',
      { published: '2026-02-04', lang: 'da' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 1390 },
    );
  });
});
