import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedupe } from '../../src/claims/dedupe.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import type { Claim } from '../../src/claims/types.ts';
import type { Located } from '../../src/claims/work.ts';

const values = (text: string, published = '2025-03-10'): number[] => extractClaims(text, { published }).map((c) => c.value).sort((a, b) => a - b);

test('hedged figures listed by sector are each a claim, not rounded copies of the largest', () => {
  const text =
    'Минобороны России заявило, что за сутки ВСУ потеряли свыше 1 300 военнослужащих. ' +
    'В зоне группировки «Север» украинская сторона потеряла свыше 240 человек, в зоне «Запад» — более 230, в зоне «Восток» — свыше 255 военных.';
  assert.deepEqual(values(text), [230, 240, 255, 1300]);
});

test("a headline's 'over 9,000' beside the body's 'more than 9,300' is still one claim", () => {
  const text = 'Over 9,000 Russian soldiers killed in a week, Kyiv says. Ukraine\'s General Staff said on Monday that Russia had lost more than 9,300 troops over the past week.';
  assert.deepEqual(values(text), [9300]);
});

test('a record a headline states stays with the figure it yields to, the same day with its speaker named in the body', () => {
  const claim = (claimant: Claim['claimant'], record: boolean): Claim => ({ claimant, subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, qualifier: 'exact', periodDays: 1, asOf: '2024-11-12', record, quote: '' });
  const headline: Located = { claim: claim('other', true), sentence: 0, pos: 0, source: 'default', previous: false, guessedKind: false };
  const body: Located = { claim: claim('ua_general_staff', false), sentence: 2, pos: 80, source: 'sentence', previous: false, guessedKind: false };
  assert.deepEqual(
    dedupe([headline, body]).map((l) => [l.claim.claimant, l.claim.value, l.claim.record]),
    [['ua_general_staff', 1950, true]],
  );
});
