import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCauses, scoreArticle } from '../../eval/score.ts';
import type { GoldClaim } from '../../eval/corpus.ts';
import type { Claim } from '../../src/claims/types.ts';

function gold(p: Partial<GoldClaim>): GoldClaim {
  return { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1, qualifier: 'exact', period_days: 1, as_of: null, record: false, quote: '', ...p };
}
function found(p: Partial<Claim>): Claim {
  return { claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1, qualifier: 'exact', periodDays: 1, asOf: null, record: false, quote: '', ...p };
}

test('a miss and a false claim of one value are one misread field; the rest are unread or spurious', () => {
  const s = scoreArticle(
    [gold({ value: 1200 }), gold({ value: 850_000, kind: 'cumulative' }), gold({ value: 14, metric: 'tanks' }), gold({ value: 9, metric: 'artillery' })],
    [
      found({ value: 1200 }), // matched
      found({ value: 850_000, kind: 'period' }), // wrong kind
      found({ value: 14, metric: 'tanks', claimant: 'uk_mod', subject: 'ua' }), // two fields
      found({ value: 30, metric: 'uav' }), // spurious
    ],
  );
  const c = errorCauses([s]);
  assert.equal(c.oneField.kind, 1);
  assert.equal(c.oneField.claimant, 0);
  assert.equal(c.severalFields, 1);
  assert.equal(c.notRead, 1, 'the 9 artillery systems were never read');
  assert.equal(c.spurious, 1);
});
