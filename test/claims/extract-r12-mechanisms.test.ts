/**
 * Mechanisms found on the twelfth round's training samples of real coverage (sentences of our own,
 * with the General Staff's figures of 2023-05-10).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';
import { expectClaims } from './helpers.ts';

test("a report line with the day's change between total and noun: '3,736 (+2) tanks'", () => {
  const text =
    "Ukraine's General Staff gave Russia's losses since the invasion as follows: 196,310 (+690) soldiers killed and wounded, 3,736 (+2) tanks, 7,275 (+18) armoured combat vehicles, 3,039 (+8) artillery systems.";
  expectClaims(
    text,
    { published: '2023-05-10', lang: 'en' },
    { metric: 'personnel', kind: 'cumulative', value: 196_310 },
    { metric: 'personnel', kind: 'daily', value: 690 },
    { metric: 'tanks', kind: 'cumulative', value: 3_736 },
    { metric: 'tanks', kind: 'daily', value: 2 },
    { metric: 'afv', kind: 'daily', value: 18 },
    { metric: 'artillery', kind: 'cumulative', value: 3_039 },
  );
  // No figure takes the noun of the line before it.
  assert.equal(extractClaims(text, { published: '2023-05-10', lang: 'en' }).filter((c) => c.metric === 'personnel').length, 2);
});

test("the same line in Romanian: '3.736 (+2) tancuri'", () => {
  expectClaims(
    'Statul Major General al Ucrainei: pierderile rușilor de la începutul invaziei sunt de 196.310 (+690) militari uciși și răniți; 3.736 (+2) tancuri; 7.275 (+18) vehicule blindate de luptă.',
    { published: '2023-05-10', lang: 'ro' },
    { metric: 'personnel', value: 196_310 },
    { metric: 'tanks', kind: 'cumulative', value: 3_736 },
    { metric: 'tanks', kind: 'daily', value: 2 },
    { metric: 'afv', kind: 'daily', value: 18 },
  );
});

test("'counter-drone systems' in an aid package is no loss word", () => {
  const text =
    'The package will take months to deliver, the official said. It includes systems to counter the drones Russia uses against Ukrainian troops, 20 radars and about 120 tactical vehicles for towing guns.';
  assert.deepEqual(extractClaims(text, { published: '2022-09-28', lang: 'en' }), []);
});

test("'N others injured' counts more of what the figure before counted, on its side", () => {
  expectClaims(
    "Russia's defence ministry said on Friday that 1,351 Russian servicemen had been killed and 3,825 others injured since the start of the operation.",
    { published: '2022-03-25', lang: 'en' },
    { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 1_351 },
    { claimant: 'ru_mod', subject: 'ru', metric: 'personnel', value: 3_825 },
  );
});

test("'nationalists' are Moscow's word for Ukraine's soldiers", () => {
  expectClaims(
    "Russia's defence ministry said more than 210 nationalists were killed in the Kupiansk direction over the past day.",
    { published: '2024-08-20', lang: 'en' },
    { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'daily', value: 210 },
  );
});

test("a battle bounds the window in other languages: 'nella battaglia di Bakhmut', 'dans la bataille de Bakhmout'", () => {
  expectClaims('Secondo Prigozhin, nella battaglia di Bakhmut sono stati uccisi 20 mila combattenti della Wagner.', { published: '2023-05-24', lang: 'it' }, { kind: 'period', value: 20_000 });
  expectClaims('Selon Prigojine, 20 000 combattants de Wagner sont morts dans la bataille de Bakhmout.', { published: '2023-05-24', lang: 'fr' }, { kind: 'period', value: 20_000 });
});

test("'casualties in Vladimir Putin's invasion' name no town: the war's total", () => {
  expectClaims(
    "Russian casualties in Vladimir Putin's full-scale invasion of Ukraine have passed 700,000, Ukraine's military said on Monday.",
    { published: '2024-10-28', lang: 'en' },
    { claimant: 'ua_general_staff', kind: 'cumulative', value: 700_000 },
  );
});

test("under a subheading after a British estimate, the day's figure and the war's total are the General Staff's", () => {
  const text =
    "Russia's losses in October were the heaviest since the start of the war. On average, the occupiers lost 1,354 soldiers a day, Britain's defence secretary told a newspaper.\n\nHe said Moscow could not keep up such spending.\n\nRussian losses on the front\n\nIn the past 24 hours, Ukrainian forces have neutralised more than 1,600 Russian soldiers. Since the beginning of the full-scale invasion, Russia has lost over 707,000 soldiers.";
  expectClaims(
    text,
    { published: '2024-11-05', lang: 'en' },
    { claimant: 'uk_mod', kind: 'average', value: 1_354 },
    { claimant: 'ua_general_staff', kind: 'daily', value: 1_600 },
    { claimant: 'ua_general_staff', kind: 'cumulative', value: 707_000 },
  );
});

test("'a war that cost Ukraine 3,700 troops': 'cost' is a verb of losing", () => {
  expectClaims(
    "Moscow says its forces repelled the first days of Kyiv's counteroffensive, which cost Ukraine more than 3,700 troops.",
    { published: '2023-06-08', lang: 'en' },
    { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', value: 3_700 },
  );
});

test('a calibre, a distance and the denominator of a ratio are no counts', () => {
  const claims = extractClaims(
    "Russia's defence ministry said its forces hit a 155 mm self-propelled gun. Russian troops advanced about 165 feet a day; one in 20 men of fighting age has been killed or wounded, and there are 3 deaths per 10,000 men.",
    { published: '2024-06-10', lang: 'en' },
  );
  assert.deepEqual(claims.map((c) => c.value), []);
});

test("'likely to hit the 1 million mark' is a forecast", () => {
  assert.deepEqual(extractClaims('The Russians are likely to hit the 1 million casualty mark later this spring, the think tank said.', { published: '2025-02-20', lang: 'en' }), []);
});

test("'one of four missiles' shot down by Ukraine's air force flew at Ukraine: no loss", () => {
  assert.deepEqual(
    extractClaims("Ukraine's air force said on Thursday it had shot down all 42 drones and one of four missiles Russia launched overnight.", { published: '2024-06-27', lang: 'en' }),
    [],
  );
});

test("'anti-aircraft platform' is air defence, not a plane", () => {
  expectClaims(
    "Ukraine's General Staff said Russia lost one anti-aircraft platform over the past day, for a total of 331.",
    { published: '2023-09-13', lang: 'en' },
    { metric: 'air_defense', kind: 'daily', value: 1 },
    { metric: 'air_defense', kind: 'cumulative', value: 331 },
  );
});

test("German and Dutch perfect tenses: the side before or right after the auxiliary lost the figure", () => {
  expectClaims('Die Ukraine hat nach eigenen Angaben seit Kriegsbeginn 13.000 Soldaten verloren.', { published: '2022-12-02', lang: 'de' }, { subject: 'ua', value: 13_000 });
  expectClaims('Nach Angaben der Ukraine hat Russland seit Beginn der Invasion 393.290 Soldaten verloren.', { published: '2024-02-10', lang: 'de' }, { subject: 'ru', value: 393_290 });
  expectClaims('Volgens Kiev heeft Rusland sinds het begin van de oorlog 300.000 soldaten verloren.', { published: '2023-11-20', lang: 'nl' }, { subject: 'ru', value: 300_000 });
});

test("'АТ' in a command's list is its vehicles", () => {
  expectClaims(
    'Сили оборони на Таврійському напрямку за добу знищили 14 АТ та 5 танків окупантів.',
    { published: '2023-09-20', lang: 'uk' },
    { metric: 'vehicles_fuel_tanks', value: 14 },
    { metric: 'tanks', value: 5 },
  );
});

test("'pro-Moscow troops' are soldiers on Russia's side", () => {
  expectClaims('A Ukrainian military spokesman said 221 pro-Moscow troops were killed on Sunday in the fighting near Bakhmut.', { published: '2023-01-09', lang: 'en' }, { subject: 'ru', metric: 'personnel', value: 221 });
});
