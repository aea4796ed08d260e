import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { DeliveryError, FetchError } from '../../src/core/errors.ts';
import { createUndiciPost } from '../../src/delivery/http-post.ts';
import { verifySignature } from '../../src/delivery/signature.ts';
import { deliverWebhook, parseRetryAfter, TALLYWATCH_USER_AGENT } from '../../src/delivery/webhook.ts';
import { sampleMessage, startReceiver } from './helpers.ts';
import type { Receiver } from './helpers.ts';

const post = createUndiciPost({ timeoutMs: 2_000 });
const message = sampleMessage();

async function expectDeliveryError(p: Promise<unknown>): Promise<DeliveryError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof DeliveryError, `not a DeliveryError: ${String(err)}`);
    return err;
  }
  assert.fail('delivery did not fail');
}

describe('webhook delivery', () => {
  const receivers: Receiver[] = [];
  const receiver = async (...replies: Parameters<typeof startReceiver>[0]) => {
    const r = await startReceiver(replies);
    receivers.push(r);
    return r;
  };
  after(async () => {
    await Promise.all(receivers.map((r) => r.close()));
  });

  test('a 2xx is delivered, with every header and a signature over the exact body', async () => {
    const r = await receiver({ status: 204 });
    const res = await deliverWebhook({ id: 'newsroom', url: r.url, secret: 'hush' }, message, { post });
    assert.deepEqual(res, { status: 204, deliveryId: 'record:personnel:2024-05-13:confirmed:newsroom' });
    assert.equal(r.requests.length, 1);
    const req = r.requests[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/hook?token=abc');
    assert.equal(req.headers['content-type'], 'application/json');
    assert.equal(req.headers['x-tallywatch-event'], 'record.confirmed');
    assert.equal(req.headers['x-tallywatch-delivery'], 'record:personnel:2024-05-13:confirmed:newsroom');
    assert.equal(req.headers['idempotency-key'], 'record:personnel:2024-05-13:confirmed:newsroom');
    assert.equal(req.headers['user-agent'], TALLYWATCH_USER_AGENT);
    assert.match(TALLYWATCH_USER_AGENT, /^tallywatch\/\d+\.\d+\.\d+/);
    assert.equal(verifySignature('hush', req.body, req.headers['x-tallywatch-signature'] as string), true);
    assert.equal(verifySignature('wrong', req.body, req.headers['x-tallywatch-signature'] as string), false);
    assert.deepEqual(JSON.parse(req.body.toString('utf8')), message);
  });

  test('without a secret no signature header is sent', async () => {
    const r = await receiver({ status: 200, body: 'ok' });
    await deliverWebhook({ id: 'plain', url: r.url }, message, { post });
    assert.equal(r.requests[0]?.headers['x-tallywatch-signature'], undefined);
  });

  test('429 and 503 carry Retry-After as retryAfterMs and are retryable', async () => {
    const r = await receiver(
      { status: 429, headers: { 'Retry-After': '7' } },
      { status: 503, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:30 GMT' } },
      { status: 429 },
    );
    const e1 = await expectDeliveryError(deliverWebhook({ id: 's', url: r.url }, message, { post }));
    assert.equal(e1.retryAfterMs, 7_000);
    assert.equal(e1.permanent, false);
    assert.equal(e1.context.status, 429);
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    const e2 = await expectDeliveryError(deliverWebhook({ id: 's', url: r.url }, message, { post }, { now: () => now }));
    assert.equal(e2.retryAfterMs, 30_000);
    const e3 = await expectDeliveryError(deliverWebhook({ id: 's', url: r.url }, message, { post }));
    assert.equal(e3.retryAfterMs, undefined);
    assert.equal(e3.permanent, false);
  });

  test('404 is permanent; 408, 425 and 5xx are retryable', async () => {
    const r = await receiver({ status: 404 }, { status: 408 }, { status: 425 }, { status: 500 }, { status: 502 }, { status: 301, headers: { Location: '/x' } });
    const expected = [true, false, false, false, false, true];
    for (const permanent of expected) {
      const e = await expectDeliveryError(deliverWebhook({ id: 's', url: r.url }, message, { post }));
      assert.equal(e.permanent, permanent, `status ${String(e.context.status)}`);
    }
  });

  test('network errors and timeouts are retryable; the URL reaches the error without its token', async () => {
    // A port that was just freed: connection refused.
    const gone = await startReceiver([{ status: 200 }]);
    await gone.close();
    const refused = await expectDeliveryError(deliverWebhook({ id: 's', url: gone.url }, message, { post }));
    assert.equal(refused.permanent, false);
    assert.ok(refused.cause instanceof FetchError);
    assert.equal(refused.context.url, new URL(gone.url).origin);

    const slow = await receiver({ status: 200, delayMs: 1_000 });
    const quickPost = createUndiciPost({ timeoutMs: 150 });
    const timedOut = await expectDeliveryError(deliverWebhook({ id: 's', url: slow.url }, message, { post: quickPost }));
    assert.equal(timedOut.permanent, false);
    assert.equal((timedOut.cause as FetchError).kind, 'timeout');
  });

  test('a URL that is not http(s) is permanent and never posted', async () => {
    let called = false;
    const spy = async () => {
      called = true;
      return { status: 200, headers: {} };
    };
    assert.equal((await expectDeliveryError(deliverWebhook({ id: 's', url: 'ftp://x/y' }, message, { post: spy }))).permanent, true);
    assert.equal((await expectDeliveryError(deliverWebhook({ id: 's', url: 'not a url' }, message, { post: spy }))).permanent, true);
    assert.equal(called, false);
  });

  test('Retry-After parsing', () => {
    assert.equal(parseRetryAfter('120'), 120_000);
    assert.equal(parseRetryAfter(' 0 '), 0);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
    assert.equal(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', 5_000), 0);
  });
});
