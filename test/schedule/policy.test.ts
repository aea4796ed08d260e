/** The scheduling policy with a fake clock: feeds, the report window, backoff, and a replay of the post-time fixture. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { learnWindow, nextDue, parseWindow, replaySchedule, formatWindow } from '../../src/schedule/index.ts';
import type { ScheduleSource } from '../../src/schedule/index.ts';

const at = (iso: string) => Date.parse(iso);
const S = 1000;
// 2026-08-10: Kyiv is UTC+3 (summer), so 07:00 Kyiv = 04:00Z.
const channel: ScheduleSource = { type: 'telegram', primary: true, window: '07:00-10:00 Europe/Kyiv', dense: 15 * S, sparse: 300 * S };
const fixed = () => 0.5;

describe('nextDue: report window', () => {
  test('before the window: sparse, but never sleeps past its opening', () => {
    assert.deepEqual(pick(nextDue(channel, { consecutiveFailures: 0 }, at('2026-08-10T02:00:00Z'))), { at: at('2026-08-10T02:05:00Z'), reason: 'sparse' });
    assert.deepEqual(pick(nextDue(channel, { consecutiveFailures: 0 }, at('2026-08-10T03:58:00Z'))), { at: at('2026-08-10T04:00:00Z'), reason: 'window-start' });
  });
  test('inside the window before the report: dense; after it: sparse until tomorrow', () => {
    const now = at('2026-08-10T05:00:00Z');
    assert.deepEqual(pick(nextDue(channel, { consecutiveFailures: 0, reportTimes: [at('2026-08-09T05:10:00Z')] }, now)), { at: now + 15 * S, reason: 'dense' });
    assert.deepEqual(pick(nextDue(channel, { consecutiveFailures: 0, reportTimes: [at('2026-08-10T04:30:00Z')] }, now)), { at: now + 300 * S, reason: 'sparse' });
  });
  test('the window follows Kyiv clock changes (UTC+2 in winter)', () => {
    assert.equal(nextDue(channel, { consecutiveFailures: 0 }, at('2026-12-10T04:58:00Z')).at, at('2026-12-10T05:00:00Z'));
  });
  test('a broken scraper backs off, capped at 2 min inside the window and at its opening outside it', () => {
    const inside = at('2026-08-10T05:00:00Z');
    const d1 = nextDue(channel, { consecutiveFailures: 1, random: fixed }, inside);
    assert.equal(d1.reason, 'backoff');
    assert.equal(d1.at - inside, 22_500);
    assert.equal(nextDue(channel, { consecutiveFailures: 30, random: () => 0.999 }, inside).at - inside <= 120 * S, true);
    const before = at('2026-08-10T03:45:00Z');
    assert.deepEqual(pick(nextDue(channel, { consecutiveFailures: 30, random: fixed }, before)), { at: at('2026-08-10T04:00:00Z'), reason: 'window-start' });
  });
  test('Retry-After wins', () => {
    const now = at('2026-08-10T05:00:00Z');
    assert.deepEqual(pick(nextDue(channel, { consecutiveFailures: 1, retryAfterMs: 90 * S }, now)), { at: now + 90 * S, reason: 'retry-after' });
  });
  test('without a window (too few reports, or off): every `every`, backed off on failure', () => {
    const now = at('2026-08-10T05:00:00Z');
    const auto: ScheduleSource = { type: 'telegram', primary: true, every: 60 * S };
    assert.deepEqual(pick(nextDue(auto, { consecutiveFailures: 0, reportTimes: [now - 86_400_000] }, now)), { at: now + 60 * S, reason: 'every' });
    assert.equal(nextDue({ ...auto, window: 'off' }, { consecutiveFailures: 2, random: fixed }, now).at, now + 180 * S);
  });
  test('a feed keeps every, ttl, Cache-Control and backoff', () => {
    const feed: ScheduleSource = { type: 'rss', primary: false, every: 300 * S };
    const now = 1_000_000;
    assert.equal(nextDue(feed, { consecutiveFailures: 0 }, now).at, now + 300 * S);
    assert.equal(nextDue(feed, { consecutiveFailures: 0, ttlMinutes: 30 }, now).at, now + 1800 * S);
    assert.equal(nextDue(feed, { consecutiveFailures: 0, cacheControl: 'max-age=900' }, now).at, now + 900 * S);
    assert.equal(nextDue(feed, { consecutiveFailures: 1, random: fixed }, now).reason, 'backoff');
  });
});

describe('report window', () => {
  test('parse: zone defaults to Kyiv, over midnight runs past 1440, bad specs throw', () => {
    assert.deepEqual(parseWindow('07:00-10:00'), { startMin: 420, endMin: 600, tz: 'Europe/Kyiv', from: 'config' });
    assert.equal(parseWindow('22:00-01:30 UTC').endMin, 1530);
    assert.throws(() => parseWindow('7-10'), /HH:MM/);
    assert.throws(() => parseWindow('07:00-10:00 Mars/Base'), /unknown time zone/);
  });
  test('learned from quantiles of Kyiv time of day, with a margin; a noon outlier does not stretch it', () => {
    const days = Array.from({ length: 40 }, (_, i) => `2026-07-${String((i % 28) + 1).padStart(2, '0')}`);
    const times = days.map((d, i) => at(`${d}T05:${String(i % 40).padStart(2, '0')}:00Z`));
    times.push(at('2026-07-30T09:00:00Z'));
    const w = learnWindow(times)!;
    assert.equal(formatWindow(w), '07:32-09:08 Europe/Kyiv');
    assert.equal(learnWindow(times.slice(0, 6)), null);
  });
});

describe('replay over the 90-day post-time fixture (test/fixtures/schedule)', () => {
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/schedule/gs-post-times.json', import.meta.url), 'utf8')) as { posts: string[] };
  const times = fixture.posts.map(at);
  test('the default channel config meets the bars: median ≤ 10 s, p95 ≤ 30 s, ≤ 1,500 requests a day', () => {
    const r = replaySchedule({ type: 'telegram', primary: true, every: 60 * S, window: 'auto', dense: 15 * S, sparse: 300 * S }, times);
    assert.equal(r.days, 90);
    assert.equal(r.reports, 90);
    assert.ok(r.delayMedianS <= 10, `median ${r.delayMedianS}`);
    assert.ok(r.delayP95S <= 30, `p95 ${r.delayP95S}`);
    assert.ok(r.requestsPerDay <= 1500, `requests ${r.requestsPerDay}`);
  });
  test('the old fixed 60 s poll misses the bars (what the window buys)', () => {
    const r = replaySchedule({ type: 'telegram', primary: true, every: 60 * S, window: 'off' }, times);
    assert.equal(r.requestsPerDay, 1440);
    assert.ok(r.delayMedianS > 10);
  });
});

function pick(d: { at: number; reason: string }) {
  return { at: d.at, reason: d.reason };
}
