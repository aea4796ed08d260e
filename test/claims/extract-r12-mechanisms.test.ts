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
