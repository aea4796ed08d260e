import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';

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
