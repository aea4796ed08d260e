/**
 * Mechanisms found on a held-out sample of English coverage (after its before/after was taken):
 * sentences of our own, with real figures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';

const find = (text: string, published: string, value: number) => extractClaims(text, { published }).find((c) => c.value === value);

test("'four hundred and ninety-eight' is one number", () => {
  const claims = extractClaims('"Four hundred and ninety-eight Russian servicemen have died in the line of duty," the Russian defence ministry spokesman said.', { published: '2022-03-02' });
  assert.deepEqual(claims.map((c) => c.value), [498]);
  assert.equal(claims[0]?.subject, 'ru');
});

test("'since World War II' says how long since, it is no figure of that war", () => {
  const c = find('A study by CSIS says Russia has suffered close to 950,000 casualties, the worst toll for either country since World War II.', '2025-06-04', 950000);
  assert.ok(c, 'the figure is kept');
  assert.equal(c.claimant, 'other');
});

test("a second side's figure with the first side's verb and noun left out ('and Ukraine has suffered 400,000')", () => {
  const c = find('The think tank estimates that Russia has suffered around 950,000 military casualties and Ukraine has suffered 400,000.', '2025-06-04', 400000);
  assert.ok(c);
  assert.equal(c.subject, 'ua');
  assert.equal(c.metric, 'personnel');
});

test('ages are not losses', () => {
  const claims = extractClaims('Mediazona has named 125,000 Russian soldiers killed so far, most of them men aged 18 to 55, and many recruits over 50 years old.', { published: '2025-07-11' });
  assert.deepEqual(claims.map((c) => c.value), [125000]);
});

test("'killed in the Ukraine operation' is the whole war", () => {
  const c = find('US officials said between 5,000 and 6,000 Russian soldiers had been killed in the Ukraine operation so far.', '2022-03-10', 5000);
  assert.ok(c);
  assert.equal(c.kind, 'cumulative');
  assert.equal(c.claimant, 'us');
});

test("Moscow's 'soldiers have suffered injury' are its own wounded", () => {
  const c = find('Defence ministry spokesman Igor Konashenkov said 498 Russian soldiers had been killed. He added that 1,597 soldiers have suffered injury.', '2022-03-02', 1597);
  assert.ok(c);
  assert.equal(c.claimant, 'ru_mod');
  assert.equal(c.subject, 'ru');
});

test("'since the beginning of the operation' in Moscow's voice is the whole war", () => {
  const c = find('Defence ministry spokesman Igor Konashenkov said 2,870 Ukrainian servicemen had been killed since the beginning of the operation.', '2022-03-03', 2870);
  assert.ok(c);
  assert.equal(c.claimant, 'ru_mod');
  assert.equal(c.kind, 'cumulative');
});

test("Moscow's 'de ses soldats', 'de sus soldados' are its own dead", () => {
  for (const [text, lang] of [
    ['Le ministère russe de la Défense a reconnu que 1 351 de ses soldats avaient été tués.', 'fr'],
    ['El Ministerio de Defensa ruso informó de que 1.351 de sus soldados habían muerto.', 'es'],
  ] as const) {
    const c = extractClaims(text, { published: '2022-03-26', lang }).find((x) => x.value === 1351);
    assert.ok(c, text);
    assert.equal(c.claimant, 'ru_mod', text);
    assert.equal(c.subject, 'ru', text);
  }
});

test("'Its defence ministry' is the ministry of the country the sentence before opens with", () => {
  const text =
    "More than 7,000 Russian soldiers have been killed, Zelensky's adviser Oleksiy Arestovych said on Wednesday. Russia, for its part, has given far lower figures. Its defence ministry confirmed on Wednesday that 498 Russian soldiers had died.";
  const c = find(text, '2022-03-02', 498);
  assert.ok(c);
  assert.equal(c.claimant, 'ru_mod');
});
