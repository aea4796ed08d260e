import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { CLAIMANT_KEYS } from '../../src/alerts/alert-message.ts';
import { buildClaimMessage, CLAIM_METRICS, CLAIM_SCHEMA_ID, ClaimMessageSchema, firstMentionOf } from '../../src/alerts/claim-message.ts';
import type { ClaimMessageInput } from '../../src/alerts/claim-message.ts';
import { DeliveryError } from '../../src/core/errors.ts';
import type { Corroboration } from '../../src/corroboration/index.ts';
import { deliverClaimOnce } from '../../src/delivery/deliver.ts';
import type { DeliveryContext, SubscriberConfig } from '../../src/delivery/deliver.ts';
import { createUndiciPost } from '../../src/delivery/http-post.ts';
import { createLedger } from '../../src/store/ledger.ts';
import type { Ledger } from '../../src/store/ledger.ts';
import { closeQueues } from '../../src/delivery/queue-subscriber.ts';
import { claimFingerprint, createClaimStore } from '../../src/store/claim-store.ts';
import type { ClaimInput } from '../../src/store/claim-store.ts';
import { connect, deletePrefix, silentLog, testPrefix } from './helpers.ts';

const jsonSchema = JSON.parse(readFileSync(new URL('../../schemas/claim.v1.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(jsonSchema);

function bothAccept(value: unknown): void {
  assert.equal(validate(value), true, JSON.stringify(validate.errors));
  assert.equal(ClaimMessageSchema.safeParse(value).success, true);
}
function bothReject(value: unknown): void {
  assert.equal(validate(value), false, 'JSON Schema accepted it');
  assert.equal(ClaimMessageSchema.safeParse(value).success, false, 'zod accepted it');
}

const claim: ClaimInput = {
  claimant: 'ua_general_staff',
  subject: 'ru',
  metric: 'personnel',
  kind: 'daily',
  value: 1740,
  qualifier: 'exact',
  periodDays: 1,
  asOf: '2024-05-13',
  record: true,
  quote: 'Russia lost 1,740 soldiers in the past day, the most since the start of the invasion',
};

const mentions = [
  { url: 'https://b.example/2', outlet: 'B', quote: 'q', publishedAt: '2024-05-13T09:00:00.000Z', sourceId: 'b', seenAt: '2024-05-13T09:05:00.000Z' },
  { url: 'https://a.example/1', outlet: 'A', quote: 'q', publishedAt: '2024-05-13T07:30:00.000Z', sourceId: 'a', seenAt: '2024-05-13T10:00:00.000Z' },
  { url: 'https://c.example/3', outlet: '', quote: 'q', publishedAt: null, sourceId: 'c', seenAt: '2024-05-13T07:00:00.000Z' },
];

function sampleClaim(overrides: Partial<ClaimMessageInput> = {}) {
  return buildClaimMessage({ claim: { ...claim, firstSeenAt: '2024-05-13T07:01:00.000Z' }, mentions, ...overrides });
}

describe('claim message v1', () => {
  test('the builder gives the documented shape', () => {
    const m = sampleClaim({ corroboration: { status: 'unverified', reason: { code: 'date_not_in_series', text: 'no report for 2024-05-13 yet' } } });
    assert.deepEqual(m, {
      schema: CLAIM_SCHEMA_ID,
      id: claimFingerprint(claim),
      ...claim,
      mentions: 3,
      // The earliest publication wins; a mention without one ranks by when it was seen.
      firstMention: { url: 'https://c.example/3', outlet: 'c.example', publishedAt: null },
      corroboration: { status: 'unverified', reason: 'date_not_in_series' },
      detectedAt: '2024-05-13T07:01:00.000Z',
    });
    bothAccept(m);
    bothAccept(JSON.parse(JSON.stringify(m)));
    assert.deepEqual(Object.keys(m), jsonSchema.required);
  });

  test('a verdict from src/corroboration goes in as it is; its reason code is kept', () => {
    const verdict: Corroboration = {
      status: 'contradicts',
      reason: { code: 'one_day_as_period', text: '1,740 is the (+N) of 2024-05-13 alone, not two days', ref: { date: '2024-05-13', value: 1740 } },
      reportDate: '2024-05-13',
      expected: 3100,
      how: 'as_of',
      notes: [],
    };
    const m = sampleClaim({ corroboration: verdict });
    assert.deepEqual(m.corroboration, { status: 'contradicts', reason: 'one_day_as_period' });
    bothAccept(m);
    const ok = sampleClaim({ corroboration: { ...verdict, status: 'corroborates', reason: null } });
    assert.deepEqual(ok.corroboration, { status: 'corroborates', reason: null });
  });

  test('first mention, mention count and defaults', () => {
    const two = mentions.slice(0, 2);
    assert.equal(firstMentionOf(two)?.url, 'https://a.example/1');
    assert.equal(firstMentionOf([]), undefined);
    const m = buildClaimMessage({ claim: { ...claim, firstSeenAt: '2024-05-13T07:01:00.000Z' }, mentions: [...two, two[0]!] });
    assert.equal(m.mentions, 2, 'distinct URLs');
    assert.deepEqual(m.corroboration, { status: 'unverified', reason: null });
    assert.throws(() => buildClaimMessage({ claim, mentions: [] }), TypeError);
  });

  test('built claims of every kind validate against schemas/claim.v1.json', () => {
    const variants: Array<Partial<ClaimInput>> = [
      { kind: 'cumulative', periodDays: null, value: 484_030, record: false },
      { kind: 'period', periodDays: 2, qualifier: 'more_than' },
      { kind: 'period', periodDays: null },
      { kind: 'average', value: 1500, qualifier: 'about', asOf: null },
      { claimant: 'ru_mod', subject: 'ua', metric: 'tanks', value: 30 },
      { claimant: 'us', metric: 'other', value: 11_000, asOf: null },
      { value: 2.5 },
      { quote: '' },
    ];
    for (const v of variants) {
      const m = buildClaimMessage({ claim: { ...claim, ...v }, mentions: mentions.slice(0, 1), corroboration: { status: 'contradicts', reason: 'misquoted' }, detectedAt: new Date('2024-05-14T00:00:00Z') });
      bothAccept(m);
      assert.equal(m.id, claimFingerprint({ ...claim, ...v }));
    }
  });

  test('invalid claims are rejected by both schemas', () => {
    const good = sampleClaim();
    bothReject({ ...good, schema: 'tallywatch.claim/v2' });
    bothReject({ ...good, id: 'xyz' });
    bothReject({ ...good, claimant: 'bbc' });
    bothReject({ ...good, metric: 'soldiers' });
    bothReject({ ...good, value: -1 });
    bothReject({ ...good, periodDays: 0 });
    bothReject({ ...good, asOf: '13.05.2024' });
    bothReject({ ...good, mentions: 0 });
    bothReject({ ...good, firstMention: { ...good.firstMention, url: 'ftp://x' } });
    bothReject({ ...good, corroboration: { status: 'maybe', reason: null } });
    bothReject({ ...good, corroboration: { status: 'unverified', reason: '' } });
    bothReject({ ...good, corroboration: { status: 'contradicts', reason: 'a figure a little off' } });
    bothReject({ ...good, extra: 1 });
    const { quote: _q, ...noQuote } = good;
    bothReject(noQuote);
  });

  test('the JSON Schema lists the same enums and fields as the code', () => {
    assert.deepEqual(jsonSchema.required, Object.keys(ClaimMessageSchema.shape));
    assert.deepEqual(Object.keys(jsonSchema.properties), Object.keys(ClaimMessageSchema.shape));
    assert.deepEqual(jsonSchema.properties.claimant.enum, [...CLAIMANT_KEYS]);
    assert.deepEqual(jsonSchema.properties.metric.enum, [...CLAIM_METRICS]);
    assert.equal(jsonSchema.additionalProperties, false);
  });
});

describe('claims to queue subscribers', () => {
  let redis: Redis;
  let ledger: Ledger;
  const prefix = testPrefix();
  const ctx = (): DeliveryContext => ({ ledger, connection: redis, prefix, post: createUndiciPost({ timeoutMs: 1000 }), log: silentLog });

  before(() => {
    redis = connect();
    ledger = createLedger(redis, prefix);
  });
  after(async () => {
    await closeQueues();
    const q = new Queue('claims-app', { connection: redis, prefix });
    await q.obliterate({ force: true });
    await q.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  test('a stored claim becomes one `claim` job with a fingerprint job id; a repeat is skipped', async () => {
    const store = createClaimStore(redis, prefix);
    const now = new Date('2024-05-13T07:01:00.000Z');
    for (const m of mentions) await store.add(claim, m, now);
    const stored = (await store.get(claimFingerprint(claim)))!;
    const message = buildClaimMessage({ claim: stored, mentions: await store.mentions(stored.fingerprint) });
    assert.equal(message.id, stored.fingerprint);
    assert.equal(message.mentions, 3);
    assert.equal(message.detectedAt, '2024-05-13T07:01:00.000Z');

    const sub: SubscriberConfig = { id: 'claims-app', type: 'queue', queue: 'claims-app', events: ['record', 'claims'] };
    assert.equal(await deliverClaimOnce(sub, message, ctx()), 'sent');
    assert.equal(await deliverClaimOnce(sub, message, ctx()), 'skipped');
    const q = new Queue('claims-app', { connection: redis, prefix });
    const jobs = await q.getJobs(['waiting']);
    await q.close();
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0]?.name, 'claim');
    assert.equal(jobs[0]?.id, `claim%3A${stored.fingerprint}`);
    assert.equal(validate(jobs[0]?.data), true, JSON.stringify(validate.errors));
    assert.equal(await ledger.wasSent(`claim:${stored.fingerprint}`, 'new', sub.id), true);
  });

  test('subscribers that did not ask for claims are filtered; other types asking for them are misconfigured', async () => {
    const message = sampleClaim();
    assert.equal(await deliverClaimOnce({ id: 'alerts-only', type: 'queue', queue: 'claims-app' }, message, ctx()), 'filtered');
    assert.equal(await deliverClaimOnce({ id: 'uk-only', type: 'queue', queue: 'claims-app', events: ['claims'], claimants: ['uk_mod'] }, message, ctx()), 'filtered');
    await assert.rejects(
      deliverClaimOnce({ id: 'hook', type: 'webhook', url: 'http://127.0.0.1:9/x', events: ['claims'] }, message, ctx()),
      (e: unknown) => e instanceof DeliveryError && e.permanent,
    );
    await assert.rejects(
      deliverClaimOnce({ id: 'q', type: 'queue', queue: 'claims-app', events: ['claims'] }, { ...message, value: -3 }, ctx()),
      (e: unknown) => e instanceof DeliveryError && e.permanent,
    );
  });
});
