/** The one HTTP answer classifier the webhook, Slack and Telegram channels share. Pure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyHttpAnswer, headerValue, parseRetryAfter } from '../../src/core/http-answer.ts';
import { CHANNELS } from '../../src/delivery/deliver.ts';
import { SUBSCRIBER_TYPES } from '../../src/domain/enums.ts';

test('2xx is delivered; 408, 425, 429 and 5xx are retryable; other 3xx and 4xx are permanent', () => {
  for (const s of [200, 201, 204]) assert.deepEqual(classifyHttpAnswer(s, {}), { kind: 'ok' });
  for (const s of [408, 425, 429, 500, 502, 503]) assert.equal(classifyHttpAnswer(s, {}).kind, 'retry', String(s));
  for (const s of [301, 302, 400, 401, 403, 404, 410, 422]) assert.equal(classifyHttpAnswer(s, {}).kind, 'permanent', String(s));
});

test('Retry-After is read on 429 and 503 (or on any retry when asked); a wait from the body wins', () => {
  const now = Date.parse('2026-11-21T08:00:00Z');
  assert.deepEqual(classifyHttpAnswer(429, { 'Retry-After': '7' }, { now }), { kind: 'retry', retryAfterMs: 7000 });
  assert.deepEqual(classifyHttpAnswer(503, { 'retry-after': 'Sat, 21 Nov 2026 08:01:00 GMT' }, { now }), { kind: 'retry', retryAfterMs: 60_000 });
  assert.deepEqual(classifyHttpAnswer(500, { 'retry-after': '7' }, { now }), { kind: 'retry' });
  assert.deepEqual(classifyHttpAnswer(500, { 'retry-after': '7' }, { now, retryAfterOnAnyRetry: true }), { kind: 'retry', retryAfterMs: 7000 });
  assert.deepEqual(classifyHttpAnswer(429, { 'retry-after': '7' }, { now, retryAfterMs: 3000 }), { kind: 'retry', retryAfterMs: 3000 });
  assert.deepEqual(classifyHttpAnswer(429, { 'retry-after': 'soon' }, { now }), { kind: 'retry' });
  assert.equal(parseRetryAfter('', now), undefined);
  assert.equal(headerValue({ 'RETRY-AFTER': '1' }, 'retry-after'), '1');
});

test('every subscriber type has its channel, and each channel says which type it is', () => {
  assert.deepEqual(Object.keys(CHANNELS).sort(), [...SUBSCRIBER_TYPES].sort());
  for (const [type, channel] of Object.entries(CHANNELS)) assert.equal(channel.type, type);
  assert.equal(CHANNELS.slack.version, 'v2');
  assert.equal(CHANNELS.telegram.version, 'v2');
  assert.equal(CHANNELS.webhook.version, 'subscriber');
  assert.equal(CHANNELS.queue.version, 'subscriber');
});
