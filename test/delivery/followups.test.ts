/** Follow-ups: one record event sent once per status, with the ledger keyed (event, status, subscriber). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { deliverOnce } from '../../src/delivery/deliver.ts';
import type { DeliveryContext, SubscriberConfig } from '../../src/delivery/deliver.ts';
import { createUndiciPost } from '../../src/delivery/http-post.ts';
import { createLedger, ledgerKeys } from '../../src/store/ledger.ts';
import type { Ledger } from '../../src/store/ledger.ts';
import { closeQueues } from '../../src/delivery/queue-subscriber.ts';
import { connect, deletePrefix, sampleMessage, sampleMessageV2, silentLog, startReceiver, testPrefix } from './helpers.ts';
import type { Receiver } from './helpers.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateV1 = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/alert.v1.json', import.meta.url), 'utf8')));
const validateV2 = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/alert.v2.json', import.meta.url), 'utf8')));

const post = createUndiciPost({ timeoutMs: 2_000 });
const receivers: Receiver[] = [];
const queues: Queue[] = [];
let redis: Redis;
let ledger: Ledger;
const prefix = testPrefix();

function ctx(): DeliveryContext {
  return { ledger, connection: redis, prefix, post, log: silentLog };
}

async function receiver(): Promise<Receiver> {
  const r = await startReceiver([{ status: 200, body: 'ok' }]);
  receivers.push(r);
  return r;
}

const bodies = (r: Receiver) => r.requests.map((q) => JSON.parse(q.body.toString('utf8')));

// One record event in its two steps: the press reports it, then the General Staff confirms it.
function event(metric: 'personnel' | 'tanks' | 'uav' | 'afv' | 'mlrs' | 'helicopters', date: string) {
  const common = { metric, date, previous: null, total: null, detectedAt: `${date}T05:00:00.000Z` } as const;
  return {
    reported: sampleMessageV2({ ...common, status: 'reported', value: 50, claimants: ['ua_other'], source: { id: 'kyiv-independent', url: 'https://kyiv.example/r' } }),
    confirmed: sampleMessageV2({ ...common, status: 'confirmed', value: 50, claimants: ['ua_other'] }),
    contradicted: sampleMessageV2({ ...common, status: 'contradicted', value: 20, claimants: ['ua_other'] }),
  };
}

before(() => {
  redis = connect();
  ledger = createLedger(redis, prefix);
});

after(async () => {
  await closeQueues();
  for (const q of queues) {
    await q.obliterate({ force: true });
    await q.close();
  }
  await Promise.all(receivers.map((r) => r.close()));
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe('follow-ups and the ledger per status', () => {
  test('reported then confirmed to the same webhook: two deliveries; a repeat of either is skipped', async () => {
    const r = await receiver();
    const sub: SubscriberConfig = { id: 'desk-v2', type: 'webhook', url: r.url, alertSchema: 'v2' };
    const ev = event('personnel', '2024-06-02');

    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'skipped');
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'skipped');
    assert.equal(r.requests.length, 2);

    assert.deepEqual(
      r.requests.map((q) => q.headers['x-tallywatch-delivery']),
      ['record:personnel:2024-06-02:reported:desk-v2', 'record:personnel:2024-06-02:confirmed:desk-v2'],
    );
    assert.deepEqual(r.requests.map((q) => q.headers['x-tallywatch-event']), ['record.reported', 'record.confirmed']);
    const [first, second] = bodies(r);
    assert.equal(first.status, 'reported');
    assert.equal(first.followUp, false);
    assert.equal(second.status, 'confirmed');
    assert.equal(second.followUp, true, 'the subscriber had the reported message');
    assert.deepEqual(second.claimants, ['ua_general_staff', 'ua_other']);
    for (const b of [first, second]) assert.equal(validateV2(b), true, JSON.stringify(validateV2.errors));
    assert.deepEqual(await ledger.sentStatuses(ev.confirmed.id, sub.id, ['reported', 'confirmed', 'contradicted']), ['reported', 'confirmed']);
  });

  test('a v1 subscriber gets both statuses as v1 bodies, without the v2 fields', async () => {
    const r = await receiver();
    const sub: SubscriberConfig = { id: 'desk-v1', type: 'webhook', url: r.url };
    const ev = event('tanks', '2024-06-03');
    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, ev.contradicted, ctx()), 'sent');
    const [first, second] = bodies(r);
    for (const b of [first, second]) {
      assert.equal(b.schema, 'tallywatch.alert/v1');
      assert.equal(validateV1(b), true, JSON.stringify(validateV1.errors));
      assert.equal('followUp' in b, false);
    }
    assert.deepEqual([first.status, second.status], ['reported', 'contradicted']);
    // v1 input works as well: the worker's eventToMessage builds v1.
    const legacyInput = sampleMessage({ metric: 'tanks', date: '2024-06-04', value: 60, previous: null });
    assert.equal(await deliverOnce(sub, legacyInput, ctx()), 'sent');
    assert.deepEqual(bodies(r)[2], legacyInput, 'a v1 alert reaches a v1 subscriber unchanged');
  });

  test('a queue subscriber gets one job per status', async () => {
    const sub: SubscriberConfig = { id: 'app', type: 'queue', queue: 'followup-app', alertSchema: 'v2' };
    const ev = event('uav', '2024-06-05');
    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'skipped');
    const q = new Queue('followup-app', { connection: redis, prefix });
    queues.push(q);
    const jobs = await q.getJobs(['waiting']);
    assert.deepEqual(jobs.map((j) => j.id).sort(), ['record%3Auav%3A2024-06-05%3Aconfirmed', 'record%3Auav%3A2024-06-05%3Areported']);
    const confirmed = jobs.find((j) => j.data.status === 'confirmed')!;
    assert.equal(confirmed.name, 'alert');
    assert.equal(confirmed.data.followUp, true);
    assert.equal(validateV2(confirmed.data), true);
  });

  test('a late reported message after the confirmation is superseded, not sent', async () => {
    const r = await receiver();
    const sub: SubscriberConfig = { id: 'late', type: 'webhook', url: r.url, alertSchema: 'v2' };
    const ev = event('afv', '2024-06-06');
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'sent');
    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'superseded');
    assert.equal(r.requests.length, 1);
    assert.equal(bodies(r)[0].followUp, false, 'the confirmation was this subscriber\'s first message');
    assert.equal(await ledger.wasSent(ev.reported.id, 'reported', sub.id), false);
  });

  test('a subscriber that does not want reported records gets the confirmation as its first message', async () => {
    const r = await receiver();
    const sub: SubscriberConfig = { id: 'confirmed-only', type: 'slack', url: `${new URL(r.url).origin}/services/A/B/C`, statuses: ['confirmed', 'contradicted'] };
    const ev = event('mlrs', '2024-06-07');
    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'filtered');
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'sent');
    assert.equal(r.requests.length, 1);
    assert.equal(bodies(r)[0].blocks[0].text.text, 'New daily record', 'no "Record confirmed": it never saw the report');

    // A Slack subscriber that had the reported one sees the update as such.
    const r2 = await receiver();
    const all: SubscriberConfig = { id: 'all-statuses', type: 'slack', url: `${new URL(r2.url).origin}/services/A/B/D` };
    assert.equal(await deliverOnce(all, ev.reported, ctx()), 'sent');
    assert.equal(await deliverOnce(all, ev.contradicted, ctx()), 'sent');
    assert.deepEqual(bodies(r2).map((b) => b.blocks[0].text.text), ['Reported record (unconfirmed)', 'Record contradicted']);
  });

  test('a delivery recorded before statuses existed still counts as the confirmed one', async () => {
    const r = await receiver();
    const sub: SubscriberConfig = { id: 'upgraded', type: 'webhook', url: r.url };
    const ev = event('helicopters', '2024-06-08');
    await redis.hset(ledgerKeys(prefix).sent, `${ev.confirmed.id}|upgraded`, JSON.stringify({ at: '2024-06-08T05:00:00.000Z', attempts: 1, channel: 'webhook' }));
    assert.equal(await deliverOnce(sub, ev.confirmed, ctx()), 'skipped');
    assert.equal(await deliverOnce(sub, ev.reported, ctx()), 'superseded');
    assert.equal(r.requests.length, 0);
  });
});
