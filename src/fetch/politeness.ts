import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { FetchError, TallywatchError } from '../core/errors.ts';
import { keepLeaseAlive } from '../store/lock.ts';

/**
 * Per registrable domain, across every worker process: at most one request at a
 * time and at least `spacingMs` between the end of one and the start of the next.
 * The clock is Redis's (TIME), so processes on different hosts agree.
 *
 * Returns 0 and takes the lease, or the milliseconds to wait.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextAt = tonumber(redis.call('HGET', KEYS[1], 'nextAt') or '0')
if redis.call('EXISTS', KEYS[2]) == 1 then
  -- Held: a lease usually ends within a request's time, so look again soon
  -- (its expiry only bounds a crashed holder).
  return -100
end
if now < nextAt then return nextAt - now end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return 0
`;

/** Ends the lease and sets when the next request may start (now + pause). */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextAt = now + tonumber(ARGV[2])
local cur = tonumber(redis.call('HGET', KEYS[1], 'nextAt') or '0')
if nextAt > cur then redis.call('HSET', KEYS[1], 'nextAt', nextAt) end
redis.call('PEXPIRE', KEYS[1], math.max(tonumber(ARGV[2]) * 2, 60000))
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 1
`;

export interface PolitenessOptions {
  /** Pause between two requests to one domain. @default 2000 */
  spacingMs?: number;
  /** TTL of the domain's lease, renewed while the request runs: a crashed holder frees the domain after this. @default 15000 */
  leaseMs?: number;
  /**
   * Longest to wait for the domain in place; a longer wait throws PolitenessWaitError with the time
   * to come back (the worker then defers its job instead of holding a slot). @default 30000
   */
  maxWaitMs?: number;
}

export class PolitenessWaitError extends TallywatchError {
  /** When the domain is likely free again, from now. */
  readonly retryInMs: number;
  constructor(domain: string, waitedMs: number, retryInMs: number) {
    super('politeness_wait', `gave up waiting ${waitedMs} ms for a request slot on ${domain}`, { domain, waitedMs, retryInMs });
    this.retryInMs = retryInMs;
  }
}

export function createPoliteness(redis: Redis, prefix: string, options: PolitenessOptions = {}) {
  const spacingMs = options.spacingMs ?? 2000;
  const leaseMs = options.leaseMs ?? 15_000;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const keys = (domain: string) => [`${prefix}:store:polite:${domain}`, `${prefix}:store:polite:${domain}:lease`] as const;

  return {
    /**
     * Runs `fn` holding the domain's slot. A 429/503 (FetchError with retryAfterMs)
     * pushes the domain's next slot out by the Retry-After, for every process.
     */
    async run<T>(domain: string, fn: () => Promise<T>): Promise<T> {
      const [state, lease] = keys(domain);
      const token = randomUUID();
      const started = Date.now();
      for (;;) {
        const answer = Number(await redis.eval(ACQUIRE, 2, state, lease, token, String(leaseMs)));
        if (answer === 0) break;
        // Negative: held by another request; positive: the spacing still to run.
        const wait = Math.abs(answer);
        const waited = Date.now() - started;
        // Held by a request in flight: it ends within a request's time, then the spacing runs.
        if (waited + (answer > 0 ? wait : 0) > maxWaitMs) throw new PolitenessWaitError(domain, waited, answer > 0 ? wait : Math.max(spacingMs, 250));
        await sleep(Math.min(wait, 1000));
      }
      let pause = spacingMs;
      const stopRenewing = keepLeaseAlive(redis, lease, token, leaseMs);
      try {
        return await fn();
      } catch (err) {
        if (err instanceof FetchError && err.retryAfterMs !== undefined) pause = Math.max(pause, err.retryAfterMs);
        else if (err instanceof FetchError && (err.status === 429 || err.status === 503)) pause = Math.max(pause, 60_000);
        throw err;
      } finally {
        stopRenewing();
        await redis.eval(RELEASE, 2, state, lease, token, String(pause));
      }
    },
  };
}

export type Politeness = ReturnType<typeof createPoliteness>;
