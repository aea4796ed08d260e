import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';

test("'it said' after a clause naming Moscow is Moscow's, though another source opened the sentence", () => {
  const text =
    "Kyiv's daily tally has topped 1,000 since February. Western estimates of Russia's dead are far lower and Moscow has not updated its count since September 2022, when it said 5,937 of its soldiers had been killed.";
  const c = extractClaims(text, { published: '2023-03-07' }).find((x) => x.value === 5937);
  assert.ok(c, 'the 5,937 is read');
  assert.equal(c.claimant, 'ru_mod');
  assert.equal(c.subject, 'ru');
});

test("'he said' still goes to the person named, not to a country named since", () => {
  const text = 'Zelensky spoke to reporters about the front in Donetsk. Russia had lost far more, he said, putting Ukraine\'s own dead at 31,000 soldiers.';
  const c = extractClaims(text, { published: '2024-02-26' }).find((x) => x.value === 31000);
  assert.ok(c);
  assert.equal(c.claimant, 'ua_other');
});

test("'the update' after General Staff figures cited in it is the British update named before, not the General Staff", () => {
  const text =
    'British Defence Intelligence said on Saturday that Russia has lost about 900,000 troops killed and wounded since February 2022. General Staff figures cited in the update show that Russian losses in March averaged about 1,250 a day.';
  const c = extractClaims(text, { published: '2025-04-05' }).find((x) => x.value === 1250);
  assert.ok(c, 'the 1,250 is read');
  assert.equal(c.claimant, 'uk_mod');
  assert.equal(c.kind, 'average');
});
