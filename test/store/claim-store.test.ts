import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { claimFingerprint, createClaimStore } from '../../src/store/claim-store.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';

const daily = {
  claimant: 'ua_general_staff',
  subject: 'ru',
  metric: 'personnel',
  kind: 'daily',
  value: 1_030,
  periodDays: 1,
  asOf: '2023-02-07',
  qualifier: 'exact',
  record: true,
  quote: 'Ukraine says 1,030 Russian soldiers were killed in the past day',
};

describe('claim store (real Redis)', () => {
  const redis = connect();
  const prefix = testPrefix();
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('one figure from three outlets is one claim with three mentions; a repeat URL adds nothing', async () => {
    const store = createClaimStore(redis, prefix);
    const outlets = ['https://a.example/1030', 'https://b.example/news/1030', 'https://c.example/war/1030'];
    const results = [];
    for (const [i, url] of outlets.entries()) {
      results.push(await store.add({ ...daily, quote: `${daily.quote} (${i})`, qualifier: i === 1 ? 'about' : 'exact' }, { url, outlet: new URL(url).hostname, quote: daily.quote, publishedAt: null, sourceId: 'feed' }));
    }
    assert.deepEqual(results.map((r) => [r.newClaim, r.newMention]), [[true, true], [false, true], [false, true]]);
    const again = await store.add(daily, { url: outlets[0]!, outlet: 'a.example', quote: daily.quote, publishedAt: null, sourceId: 'feed' });
    assert.equal(again.newMention, false);
    const [claim] = await store.list();
    assert.equal(claim?.mentions, 3);
    assert.equal(claim?.quote, `${daily.quote} (0)`, 'the first quote is kept');
    assert.deepEqual((await store.mentions(claim!.fingerprint)).map((m) => m.outlet), ['a.example', 'b.example', 'c.example']);
  });

  it('the fingerprint ignores the quote and qualifier but not the figure, kind, period or date', () => {
    const fp = claimFingerprint(daily);
    assert.equal(claimFingerprint({ ...daily }), fp);
    assert.notEqual(claimFingerprint({ ...daily, value: 1_040 }), fp);
    assert.notEqual(claimFingerprint({ ...daily, kind: 'period', periodDays: 2 }), fp);
    assert.notEqual(claimFingerprint({ ...daily, asOf: '2023-02-08' }), fp);
    assert.notEqual(claimFingerprint({ ...daily, subject: 'ua' }), fp);
  });
});
