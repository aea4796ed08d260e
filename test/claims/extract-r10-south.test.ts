/**
 * Tenth round, coverage in southern European languages and Arabic: phrasings seen in real coverage,
 * in sentences written for these tests with real figures (General Staff 2022-05-12: 26,650 in total,
 * +300, 1,195 tanks, 2,019 vehicles; Podolyak's 10,000 to 13,000 of December 2022; Milley's 100,000
 * of November 2022).
 */
import { describe, test } from 'node:test';
import { expectClaims } from './helpers.ts';

const GS = 'ua_general_staff';

describe('Albanian', () => {
  test('the General Staff\'s tally, with thousands written as "mijë"', () => {
    expectClaims(
      'Shtabi i Përgjithshëm i Ukrainës njoftoi të enjten se ushtria ruse ka humbur gjithsej 26 mijë e 650 ushtarë që nga fillimi i pushtimit. Vetëm gjatë 24 orëve të fundit forcat ruse humbën 300 ushtarë, ndërsa janë shkatërruar 1195 tanke dhe 2 mijë 19 automjete.',
      { published: '2022-05-12' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 26650 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 300 },
      { claimant: GS, subject: 'ru', metric: 'tanks', kind: 'cumulative', value: 1195 },
      { claimant: GS, subject: 'ru', metric: 'vehicles_fuel_tanks', kind: 'cumulative', value: 2019 },
    );
  });
  test('Kyiv\'s officials and Washington\'s general speak for themselves', () => {
    expectClaims(
      'Këshilltari i presidentit ukrainas, Mykhailo Podolyak, tha se midis 10 mijë dhe 13 mijë ushtarë ukrainas janë vrarë që nga fillimi i luftës. Gjenerali më i lartë amerikan, Mark Milley, tha se rreth 100 mijë ushtarë rusë janë vrarë ose plagosur.',
      { published: '2022-12-02' },
      { claimant: 'ua_other', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 10000 },
      { claimant: 'us', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 100000 },
    );
  });
});

describe('speakers named in the lexicons', () => {
  test('Greek: Kyiv\'s deputy defence minister speaks for herself, independent media count for themselves', () => {
    expectClaims(
      'Η αναπληρώτρια υπουργός Άμυνας Χάνα Μαλιάρ ανέφερε ότι οι ρωσικές δυνάμεις έχουν χάσει περίπου 4.300 στρατιώτες. Ανεξάρτητα ρωσικά μέσα ενημέρωσης έχουν ταυτοποιήσει περισσότερους από 10.000 νεκρούς Ρώσους στρατιώτες.',
      { published: '2022-12-22' },
      { claimant: 'ua_other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 4300 },
      { claimant: 'other', subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 10000 },
    );
  });
  test('Hungarian: the High Command of the Ukrainian Armed Forces gives the tally, in "főnyi" people', () => {
    expectClaims(
      'Az Ukrán Fegyveres Erők Főparancsnokságának jelentése szerint a háború kezdete óta 110 250 főnyi veszteséget szenvedtek el az orosz csapatok, az elmúlt 24 órában 530 katonát.',
      { published: '2023-01-01' },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'cumulative', value: 110250 },
      { claimant: GS, subject: 'ru', metric: 'personnel', kind: 'daily', value: 530 },
    );
  });
  test('Serbian (Latin): Rudskoy of Russia\'s General Staff speaks for Moscow about Ukraine\'s losses', () => {
    expectClaims(
      'Prvi zamenik načelnika Generalštaba Oružanih snaga Rusije Sergej Rudskoj rekao je da su Oružane snage Ukrajine od početka rata izgubile 30.000 vojnika.',
      { published: '2022-03-25' },
      { claimant: 'ru_mod', subject: 'ua', metric: 'personnel', kind: 'cumulative', value: 30000 },
    );
  });
});
