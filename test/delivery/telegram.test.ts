import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Redis } from 'ioredis';
import { DeliveryError } from '../../src/core/errors.ts';
import { deliverOnce } from '../../src/delivery/deliver.ts';
import type { DeliveryContext, SubscriberConfig } from '../../src/delivery/deliver.ts';
import { createUndiciPost } from '../../src/delivery/http-post.ts';
import { createLedger } from '../../src/store/ledger.ts';
import type { Ledger } from '../../src/store/ledger.ts';
import { deliverTelegram, escapeHtml, escapeHtmlAttr, redactToken, telegramText } from '../../src/delivery/telegram.ts';
import { connect, deletePrefix, runWithRetries, sampleMessageV2, startReceiver, testPrefix } from './helpers.ts';
import type { Receiver, Reply } from './helpers.ts';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const SECRET = 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const post = createUndiciPost({ timeoutMs: 2_000 });
const receivers: Receiver[] = [];
let redis: Redis;
let ledger: Ledger;
const prefix = testPrefix();

const okReply: Reply = { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ok: true, result: { message_id: 42, chat: { id: -1001 } } }) };
function apiError(code: number, description: string, parameters?: object): Reply {
  return { status: code, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) }) };
}

/** A local Bot API server; returns its base URL. */
async function botApi(...replies: Reply[]): Promise<Receiver & { baseUrl: string }> {
  const r = await startReceiver(replies);
  receivers.push(r);
  return { ...r, baseUrl: new URL(r.url).origin };
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

/** The token, or its secret half, anywhere in what an error carries. */
function assertNoToken(err: DeliveryError): void {
  for (const text of [err.message, err.stack ?? '', JSON.stringify(err.context), String(err.cause ?? '')]) {
    assert.ok(!text.includes(SECRET), `token leaked: ${text}`);
  }
}

const logged: string[] = [];
const capturingLog = {
  info: (obj: object, msg?: string) => void logged.push(JSON.stringify(obj) + (msg ?? '')),
  warn: (obj: object, msg?: string) => void logged.push(JSON.stringify(obj) + (msg ?? '')),
};

function ctx(extra: Partial<DeliveryContext> = {}): DeliveryContext {
  return { ledger, connection: redis, prefix, post, log: capturingLog, ...extra };
}

before(() => {
  redis = connect();
  ledger = createLedger(redis, prefix);
});

after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await deletePrefix(redis, prefix);
  await redis.quit();
  assert.ok(!logged.some((l) => l.includes(SECRET)), 'the token reached a log line');
});

describe('Telegram', () => {
  test('sendMessage: the token in the path, chat_id and HTML in the body, markup escaped', async () => {
    const api = await botApi(okReply);
    const message = sampleMessageV2({
      evidence: [
        { value: 1740, url: 'https://example.org/q?a=1&b="x"', outlet: 'Tom & Jerry <TV>', quote: 'q', publishedAt: null },
        { value: 1740, url: 'https://example.org/2', outlet: 'Second', quote: 'q', publishedAt: null },
      ],
    });
    const res = await deliverTelegram({ id: 'tg', token: TOKEN, chatId: '-1001234567890', baseUrl: `${api.baseUrl}/` }, message, { post });
    assert.deepEqual(res, { status: 200, messageId: 42 });
    const req = api.requests[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, `/bot${TOKEN}/sendMessage`);
    assert.match(String(req.headers['content-type']), /^application\/json/);
    const body = JSON.parse(req.body.toString('utf8'));
    assert.equal(body.chat_id, '-1001234567890');
    assert.equal(body.parse_mode, 'HTML');
    assert.deepEqual(body.link_preview_options, { is_disabled: true });
    assert.deepEqual(Object.keys(body).sort(), ['chat_id', 'link_preview_options', 'parse_mode', 'text']);

    const text: string = body.text;
    assert.equal(
      text,
      [
        '<b>New daily record</b>',
        '<b>Personnel: 1,740</b> on 2024-05-12 (General Staff report of 2024-05-13)',
        'Previous record: 1,380 on 2023-10-19 (report of 2023-10-20)',
        'Total to date: 484,030',
        '<a href="https://t.me/GeneralStaffZSU/12345">General Staff report</a>',
        'First reported by: <a href="https://example.org/q?a=1&amp;b=&quot;x&quot;">Tom &amp; Jerry &lt;TV&gt;</a>, <a href="https://example.org/2">Second</a>',
      ].join('\n'),
    );
    // Only the tags the Bot API knows, and no bare "<" or "&" left outside them.
    const stripped = text.replace(/<\/?b>|<a href="[^"<>]*">|<\/a>/g, '');
    assert.ok(!/[<>]/.test(stripped), stripped);
    assert.ok(!/&(?!amp;|lt;|gt;|quot;)/.test(text));
  });

  test('HTML escaping and token redaction helpers', () => {
    assert.equal(escapeHtml('a < b && c > "d"'), 'a &lt; b &amp;&amp; c &gt; "d"');
    assert.equal(escapeHtmlAttr('x"y&z'), 'x&quot;y&amp;z');
    assert.equal(redactToken(`POST /bot${TOKEN}/sendMessage failed`, TOKEN), 'POST /bot<redacted>/sendMessage failed');
    assert.equal(redactToken('bot987:abc_DEF-1 leaked', 'other'), 'bot<redacted> leaked');
    assert.match(telegramText(sampleMessageV2({ status: 'reported', source: { id: 'kyiv-independent', url: 'https://kyiv.example/r' } })), /^<b>Reported record \(unconfirmed\)<\/b>\n/);
    assert.match(telegramText(sampleMessageV2({ followUp: true })), /^<b>Record confirmed<\/b>\n/);
  });

  test('429 with parameters.retry_after is retryable after that many seconds; 5xx retryable', async () => {
    const api = await botApi(apiError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), { status: 502, body: '<html>Bad Gateway</html>' }, apiError(500, 'Internal Server Error'));
    const target = { id: 'tg', token: TOKEN, chatId: -1001, baseUrl: api.baseUrl };
    const e429 = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.equal(e429.permanent, false);
    assert.equal(e429.retryAfterMs, 7_000);
    assert.equal(e429.context.status, 429);
    assert.match(e429.message, /Too Many Requests/);
    const e502 = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.equal(e502.permanent, false);
    assert.equal(e502.context.status, 502);
    const e500 = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.equal(e500.permanent, false);
    for (const e of [e429, e502, e500]) assertNoToken(e);
  });

  test('400, 401 and 403 are permanent; a migrated group says where it went; the token never shows', async () => {
    const api = await botApi(
      apiError(403, 'Forbidden: bot was blocked by the user'),
      apiError(400, 'Bad Request: chat not found'),
      apiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1009876543210 }),
      apiError(401, 'Unauthorized'),
      // A description that echoes the request must not carry the token into the error.
      apiError(404, `Not Found: /bot${TOKEN}/sendMessage`),
    );
    const target = { id: 'tg', token: TOKEN, chatId: '@newsroom', baseUrl: api.baseUrl };
    const e403 = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.equal(e403.permanent, true);
    assert.equal(e403.message, 'Telegram answered 403: Forbidden: bot was blocked by the user');
    assert.equal(e403.context.url, api.baseUrl);
    assert.equal((await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }))).permanent, true);
    const migrated = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.equal(migrated.permanent, true);
    assert.match(migrated.message, /now chat -1009876543210/);
    const e401 = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.equal(e401.permanent, true);
    const e404 = await expectDeliveryError(deliverTelegram(target, sampleMessageV2(), { post }));
    assert.match(e404.message, /bot<redacted>/);
    for (const e of [e403, migrated, e401, e404]) assertNoToken(e);
  });

  test('network errors and a malformed token leave the token out of the error', async () => {
    const gone = await startReceiver([okReply]);
    await gone.close();
    const refused = await expectDeliveryError(
      deliverTelegram({ id: 'tg', token: TOKEN, chatId: 1, baseUrl: new URL(gone.url).origin }, sampleMessageV2(), { post }),
    );
    assert.equal(refused.permanent, false);
    assert.equal(refused.cause, undefined, 'no transport error attached for loggers to serialise');
    assertNoToken(refused);
    const bad = await expectDeliveryError(deliverTelegram({ id: 'tg', token: `${TOKEN}/../x`, chatId: 1 }, sampleMessageV2(), { post }));
    assert.equal(bad.permanent, true);
    assertNoToken(bad);
  });

  test('through deliverOnce in a BullMQ job: the 429 retry_after is honoured, then delivered once', async () => {
    const api = await botApi(apiError(429, 'Too Many Requests: retry after 1', { retry_after: 1 }), okReply);
    const sub: SubscriberConfig = { id: 'tg-desk', type: 'telegram', token: TOKEN, chatId: '-100555', baseUrl: api.baseUrl };
    const message = sampleMessageV2({ metric: 'mlrs', value: 12, previous: { value: 11, date: '2023-02-02' }, total: null });
    const attemptsAt: number[] = [];
    const job = await runWithRetries(redis, prefix, 'telegram-429', 3, (attempt) => {
      attemptsAt.push(Date.now());
      return deliverOnce(sub, message, ctx({ attempt }));
    });
    assert.equal(job.state, 'completed');
    assert.equal(job.attemptsMade, 2);
    assert.equal(api.requests.length, 2);
    assert.ok(attemptsAt[1]! - attemptsAt[0]! >= 950, `retried after ${attemptsAt[1]! - attemptsAt[0]!} ms, not the 1 s asked`);
    assert.equal((await ledger.getSent(message.id, 'confirmed', sub.id))?.channel, 'telegram');
    assert.equal(await deliverOnce(sub, message, ctx()), 'skipped');
    assert.equal(api.requests.length, 2);
  });

  test('through deliverOnce in a BullMQ job: 403 fails at once, and the job keeps no token', async () => {
    const api = await botApi(apiError(403, 'Forbidden: bot is not a member of the channel chat'));
    const sub: SubscriberConfig = { id: 'tg-gone', type: 'telegram', token: TOKEN, chatId: '@gone', baseUrl: api.baseUrl };
    const message = sampleMessageV2({ metric: 'ships', value: 2, previous: null, total: null });
    const job = await runWithRetries(redis, prefix, 'telegram-403', 5, (attempt) => deliverOnce(sub, message, ctx({ attempt })));
    assert.equal(job.state, 'failed');
    assert.equal(job.attemptsMade, 1);
    assert.match(job.failedReason ?? '', /403/);
    assert.ok(!(job.failedReason ?? '').includes(SECRET));
    assert.ok(!job.stacktrace.join('\n').includes(SECRET));
    assert.equal(await ledger.wasSent(message.id, 'confirmed', sub.id), false);
  });

  test('a telegram subscriber without token or chatId is a permanent error', async () => {
    const isPermanent = (e: unknown) => e instanceof DeliveryError && e.permanent;
    await assert.rejects(deliverOnce({ id: 't1', type: 'telegram', chatId: 1 }, sampleMessageV2(), ctx()), isPermanent);
    await assert.rejects(deliverOnce({ id: 't2', type: 'telegram', token: TOKEN }, sampleMessageV2(), ctx()), isPermanent);
  });
});
