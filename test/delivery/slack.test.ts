import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Redis } from 'ioredis';
import { DeliveryError } from '../../src/core/errors.ts';
import { deliverOnce } from '../../src/delivery/deliver.ts';
import type { DeliveryContext, SubscriberConfig } from '../../src/delivery/deliver.ts';
import { createUndiciPost } from '../../src/delivery/http-post.ts';
import { createLedger } from '../../src/store/ledger.ts';
import type { Ledger } from '../../src/store/ledger.ts';
import { HEADLINES } from '../../src/delivery/render.ts';
import { deliverSlack, escapeMrkdwn, mrkdwnLink, slackPayload } from '../../src/delivery/slack.ts';
import { connect, deletePrefix, runWithRetries, sampleMessageV2, silentLog, startReceiver, testPrefix } from './helpers.ts';
import type { Receiver } from './helpers.ts';

const post = createUndiciPost({ timeoutMs: 2_000 });
const receivers: Receiver[] = [];
let redis: Redis;
let ledger: Ledger;
const prefix = testPrefix();

async function receiver(...replies: Parameters<typeof startReceiver>[0]): Promise<Receiver> {
  const r = await startReceiver(replies);
  receivers.push(r);
  return r;
}

function ctx(extra: Partial<DeliveryContext> = {}): DeliveryContext {
  return { ledger, connection: redis, prefix, post, log: silentLog, ...extra };
}

async function expectDeliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof DeliveryError, `not a DeliveryError: ${String(err)}`);
    return err;
  }
  assert.fail('delivery did not fail');
}

interface Block {
  type: string;
  text?: { type: string; text: string };
  elements?: Array<{ type: string; text: string }>;
}

/** The Block Kit rules this message relies on (https://docs.slack.dev/reference/block-kit/blocks). */
function assertBlockKit(payload: { text?: unknown; blocks?: unknown }): Block[] {
  assert.equal(typeof payload.text, 'string');
  assert.ok((payload.text as string).length > 0, 'a text fallback for notifications');
  assert.ok(Array.isArray(payload.blocks));
  const blocks = payload.blocks as Block[];
  assert.ok(blocks.length >= 1 && blocks.length <= 50);
  for (const b of blocks) {
    if (b.type === 'header') {
      assert.equal(b.text?.type, 'plain_text');
      assert.ok((b.text?.text.length ?? 0) <= 150);
    } else if (b.type === 'section') {
      assert.equal(b.text?.type, 'mrkdwn');
      assert.ok((b.text?.text.length ?? 0) <= 3000);
    } else if (b.type === 'context') {
      assert.ok(Array.isArray(b.elements) && b.elements.length >= 1 && b.elements.length <= 10);
      for (const e of b.elements!) assert.equal(e.type, 'mrkdwn');
    } else {
      assert.fail(`unexpected block ${b.type}`);
    }
  }
  return blocks;
}

before(() => {
  redis = connect();
  ledger = createLedger(redis, prefix);
});

after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await deletePrefix(redis, prefix);
  await redis.quit();
});

describe('Slack', () => {
  test('the receiver gets a Block Kit message: header, figure, previous record, General Staff and outlet links', async () => {
    const r = await receiver({ status: 200, body: 'ok' });
    const message = sampleMessageV2({
      evidence: [
        { value: 1740, url: 'https://example.org/news/1', outlet: 'Example News', quote: 'q', publishedAt: '2024-05-13T07:00:00Z' },
        { value: 1740, url: 'https://kyiv.example/a?x=1&y=2', outlet: 'Kyiv <Daily> & | Co', quote: 'q', publishedAt: null },
      ],
    });
    const res = await deliverSlack({ id: 'desk', url: `${new URL(r.url).origin}/services/T000/B000/XXXX` }, message, { post });
    assert.equal(res.status, 200);
    const req = r.requests[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/services/T000/B000/XXXX');
    assert.match(String(req.headers['content-type']), /^application\/json/);
    const payload = JSON.parse(req.body.toString('utf8'));
    const blocks = assertBlockKit(payload);

    assert.deepEqual(blocks.map((b) => b.type), ['header', 'section', 'context']);
    assert.equal(blocks[0]?.text?.text, 'New daily record');
    const section = blocks[1]?.text?.text ?? '';
    assert.match(section, /^\*Personnel: 1,740\* on 2024-05-12 \(General Staff report of 2024-05-13\)/);
    assert.match(section, /Previous record: 1,380 on 2023-10-19 \(report of 2023-10-20\)/);
    assert.match(section, /Total to date: 484,030/);
    const context = blocks[2]?.elements?.map((e) => e.text) ?? [];
    assert.equal(context[0], '<https://t.me/GeneralStaffZSU/12345|General Staff report>');
    assert.equal(
      context[1],
      'First reported by: <https://example.org/news/1|Example News>, <https://kyiv.example/a?x=1&amp;y=2|Kyiv &lt;Daily&gt; &amp; / Co>',
    );
    assert.match(payload.text, /^New daily record: personnel 1,740 on 2024-05-12/);
    assert.equal(payload.unfurl_links, false);
  });

  test('headlines follow status and follow-up; a contradiction shows what the press claimed', () => {
    const header = (m: ReturnType<typeof sampleMessageV2>) => (slackPayload(m).blocks[0] as unknown as Block).text?.text;
    assert.equal(header(sampleMessageV2()), HEADLINES.new);
    assert.equal(header(sampleMessageV2({ followUp: true })), 'Record confirmed');
    assert.match(slackPayload(sampleMessageV2({ followUp: true })).text, /^Record confirmed\. New daily record: personnel 1,740/);
    assert.equal(header(sampleMessageV2({ status: 'reported' })), 'Reported record (unconfirmed)');
    const contradicted = sampleMessageV2({
      status: 'contradicted',
      value: 1200,
      followUp: true,
      evidence: [{ value: 1900, url: 'https://example.org/x', outlet: 'X', quote: 'q' }],
    });
    assert.equal(header(contradicted), 'Record contradicted');
    const section = (slackPayload(contradicted).blocks[1] as unknown as Block).text?.text ?? '';
    assert.match(section, /\*Personnel: 1,200\* on 2024-05-12 in the General Staff report of 2024-05-13: not the record the press reported \(1,900\)/);
    // A reported record links its source, not a General Staff post.
    const reported = slackPayload(sampleMessageV2({ status: 'reported', source: { id: 'kyiv-independent', url: 'https://kyiv.example/r' } }));
    assert.equal((reported.blocks[2] as unknown as Block).elements?.[0]?.text, 'Source: <https://kyiv.example/r|kyiv-independent>');
    assert.equal(escapeMrkdwn('a <b> & c'), 'a &lt;b&gt; &amp; c');
    assert.equal(mrkdwnLink('https://x.example/a|b>c', 'l|m'), '<https://x.example/a%7Cb%3Ec|l/m>');
  });

  test('429 with Retry-After is retryable; 404 no_service and 403 invalid_token are permanent; 5xx retryable', async () => {
    const r = await receiver(
      { status: 429, headers: { 'Retry-After': '30' }, body: 'rate_limited' },
      { status: 404, body: 'no_service' },
      { status: 403, body: 'invalid_token' },
      { status: 410, body: 'channel_is_archived' },
      { status: 500, body: 'rollup_error' },
      { status: 503 },
    );
    const url = `${new URL(r.url).origin}/services/T000/B000/SECRETPART`;
    const message = sampleMessageV2();
    const e429 = await expectDeliveryError(deliverSlack({ id: 's', url }, message, { post }));
    assert.equal(e429.permanent, false);
    assert.equal(e429.retryAfterMs, 30_000);
    const e404 = await expectDeliveryError(deliverSlack({ id: 's', url }, message, { post }));
    assert.equal(e404.permanent, true);
    assert.match(e404.message, /404 no_service/);
    const e403 = await expectDeliveryError(deliverSlack({ id: 's', url }, message, { post }));
    assert.equal(e403.permanent, true);
    assert.match(e403.message, /invalid_token/);
    assert.equal((await expectDeliveryError(deliverSlack({ id: 's', url }, message, { post }))).permanent, true);
    const e500 = await expectDeliveryError(deliverSlack({ id: 's', url }, message, { post }));
    assert.equal(e500.permanent, false);
    assert.equal((await expectDeliveryError(deliverSlack({ id: 's', url }, message, { post }))).permanent, false);
    // The webhook URL is the credential: only its origin reaches errors.
    for (const e of [e429, e404, e403, e500]) {
      assert.ok(!e.message.includes('SECRETPART') && !JSON.stringify(e.context).includes('SECRETPART'));
      assert.equal(e.context.url, new URL(r.url).origin);
    }
  });

  test('through deliverOnce in a BullMQ job: 500, then 200: delivered once, and a repeat is skipped', async () => {
    const r = await receiver({ status: 500, body: 'rollup_error' }, { status: 200, body: 'ok' });
    const sub: SubscriberConfig = { id: 'slack-desk', type: 'slack', url: `${new URL(r.url).origin}/services/T1/B1/Z1` };
    const message = sampleMessageV2({ metric: 'artillery', value: 120, previous: { value: 100, date: '2023-01-01' }, total: null });
    const job = await runWithRetries(redis, prefix, 'slack-retry', 4, (attempt) => deliverOnce(sub, message, ctx({ attempt })));
    assert.equal(job.state, 'completed');
    assert.equal(job.returnvalue, 'sent');
    assert.equal(job.attemptsMade, 2);
    assert.equal(r.requests.length, 2);
    assert.deepEqual(r.requests[0]?.body, r.requests[1]?.body, 'a retry sends the same message');
    assert.deepEqual({ ...(await ledger.getSent(message.id, 'confirmed', sub.id)), at: undefined }, { at: undefined, attempts: 2, channel: 'slack' });
    assert.equal(await deliverOnce(sub, message, ctx()), 'skipped');
    assert.equal(r.requests.length, 2);
  });

  test('a slack subscriber without a url is a permanent error', async () => {
    await assert.rejects(deliverOnce({ id: 'nourl', type: 'slack' }, sampleMessageV2(), ctx()), (e: unknown) => e instanceof DeliveryError && e.permanent);
  });
});
