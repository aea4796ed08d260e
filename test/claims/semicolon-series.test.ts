import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';

const opts = { published: '2023-01-10' };

test('a series of months set off by semicolons: each month is a stretch of what the first figure counted', () => {
  const claims = extractClaims('Kyiv says Russia lost roughly 12,700 soldiers in October; 11,200 in September; 7,100 in August; and 5,200 in July.', opts);
  const months = claims.filter((c) => c.metric === 'personnel' && c.kind === 'period').map((c) => [c.value, c.asOf]);
  assert.deepEqual(months, [
    [12700, '2022-10-31'],
    [11200, '2022-09-30'],
    [7100, '2022-08-31'],
    [5200, '2022-07-31'],
  ]);
});

test("a rate after a semicolon rates its own figure, not the months' totals before it", () => {
  const claims = extractClaims("Ukraine's General Staff said Russia lost 17,000 troops in November and another 17,100 in December; an average of about 560 service-members each day.", opts);
  const byValue = new Map(claims.map((c) => [c.value, c.kind]));
  assert.equal(byValue.get(17000), 'period');
  assert.equal(byValue.get(17100), 'period');
  assert.equal(byValue.get(560), 'average', "'service-members' with a hyphen count people");
});
