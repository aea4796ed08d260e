import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheControlMaxAgeMs, isPollDue, isStale, nextPollDelay } from '../../src/feed-format/schedule.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const five = 5 * MIN;

describe('nextPollDelay after a success', () => {
  test('the configured interval', () => assert.equal(nextPollDelay({ everyMs: five, consecutiveFailures: 0 }), five));

  test('<ttl> raises the interval, never lowers it, and counts only up to 6 h', () => {
    assert.equal(nextPollDelay({ everyMs: five, ttlMinutes: 15, consecutiveFailures: 0 }), 15 * MIN);
    assert.equal(nextPollDelay({ everyMs: five, ttlMinutes: 1, consecutiveFailures: 0 }), five);
    assert.equal(nextPollDelay({ everyMs: five, ttlMinutes: 7 * 24 * 60, consecutiveFailures: 0 }), 6 * HOUR);
  });

  test('Cache-Control max-age is a floor too, capped; no-store/no-cache ignored', () => {
    assert.equal(nextPollDelay({ everyMs: five, cacheControl: 'public, max-age=900', consecutiveFailures: 0 }), 15 * MIN);
    assert.equal(nextPollDelay({ everyMs: five, cacheControl: 'max-age=60', consecutiveFailures: 0 }), five);
    assert.equal(nextPollDelay({ everyMs: five, cacheControl: 'max-age=31536000, immutable', consecutiveFailures: 0 }), 6 * HOUR);
    assert.equal(nextPollDelay({ everyMs: five, cacheControl: 'no-cache, max-age=3600', consecutiveFailures: 0 }), five);
    assert.equal(nextPollDelay({ everyMs: five, ttlMinutes: 20, cacheControl: 'max-age=600', consecutiveFailures: 0 }), 20 * MIN);
  });

  test('minMs is a floor for a too-eager configuration', () => {
    assert.equal(nextPollDelay({ everyMs: 1_000, consecutiveFailures: 0 }), 30_000);
    assert.equal(nextPollDelay({ everyMs: 1_000, consecutiveFailures: 0, minMs: 5_000 }), 5_000);
  });
});

describe('nextPollDelay after failures', () => {
  test('exponential from every, with jitter between half and all of it', () => {
    const low = () => 0;
    const high = () => 0.999999;
    assert.equal(nextPollDelay({ everyMs: five, consecutiveFailures: 1, random: low }), five);
    assert.ok(Math.abs(nextPollDelay({ everyMs: five, consecutiveFailures: 1, random: high }) - 2 * five) < 10);
    assert.equal(nextPollDelay({ everyMs: five, consecutiveFailures: 3, random: low }), 4 * five);
  });

  test('capped at 6 h by default, or at maxBackoffMs; never Infinity, never a stop', () => {
    for (const n of [10, 100, 10_000]) {
      const d = nextPollDelay({ everyMs: five, consecutiveFailures: n, random: () => 0.999999 });
      assert.ok(d <= 6 * HOUR && d >= 3 * HOUR, `${n}: ${d}`);
    }
    assert.ok(nextPollDelay({ everyMs: five, consecutiveFailures: 50, maxBackoffMs: HOUR, random: () => 0.5 }) <= HOUR);
  });

  test('jitter spreads sources that failed together', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const delays = new Set(Array.from({ length: 20 }, () => nextPollDelay({ everyMs: five, consecutiveFailures: 4, random })));
    assert.ok(delays.size > 15);
  });

  test('Retry-After wins over backoff and floors, bounded to a day and by minMs', () => {
    assert.equal(nextPollDelay({ everyMs: five, consecutiveFailures: 5, retryAfterMs: 120_000, random: () => 0 }), 120_000);
    assert.equal(nextPollDelay({ everyMs: five, consecutiveFailures: 1, retryAfterMs: 0 }), 30_000);
    assert.equal(nextPollDelay({ everyMs: five, consecutiveFailures: 1, retryAfterMs: 30 * 24 * HOUR }), 24 * HOUR);
  });
});

describe('cacheControlMaxAgeMs', () => {
  test('reads max-age, tolerates quotes and case', () => {
    assert.equal(cacheControlMaxAgeMs('Public, Max-Age="300"'), 300_000);
    assert.equal(cacheControlMaxAgeMs('s-maxage=600'), null);
    assert.equal(cacheControlMaxAgeMs(null), null);
  });
});

describe('isStale', () => {
  const now = Date.parse('2025-01-06T12:00:00Z');
  test('stale after N intervals without success (3 by default)', () => {
    assert.equal(isStale(now - 14 * MIN, five, now), false);
    assert.equal(isStale(now - 16 * MIN, five, now), true);
    assert.equal(isStale(new Date(now - 16 * MIN), five, now, 4), false);
    assert.equal(isStale('2025-01-06T11:00:00Z', five, now), true);
  });
  test('never succeeded = stale', () => {
    assert.equal(isStale(null, five, now), true);
    assert.equal(isStale('garbage', five, now), true);
  });
});

describe('isPollDue', () => {
  const every = 30_000;
  test('a tick that lands a little before the due time still polls (no skipped interval)', () => {
    // Polled at 1,000 ms after its tick: next due at tick + 31,000; the next tick is at tick + 30,000.
    assert.equal(isPollDue(30_000, 31_000, every), true);
  });
  test('a tick well before the due time (Cache-Control, backoff) is skipped', () => {
    assert.equal(isPollDue(30_000, 120_000, every), false);
    assert.equal(isPollDue(30_000, 33_001, every), false);
  });
  test('the slack is a tenth of the interval, at most 5 s', () => {
    assert.equal(isPollDue(100_000, 105_000, 60 * MIN), true);
    assert.equal(isPollDue(100_000, 105_001, 60 * MIN), false);
  });
  test('never polled: due', () => assert.equal(isPollDue(0, null, every), true));
});
