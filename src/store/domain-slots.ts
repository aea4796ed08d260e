import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';
import { keepLeaseAlive } from './lock.ts';

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

/** The Redis side of per-domain politeness: one lease and one next-start time per domain. */
export function createDomainSlots(redis: Redis, keys: StoreKeys) {
  return {
    /** 0 when this token took the domain's lease; else the ms to wait (negative: held by another request). */
    async acquire(domain: string, token: string, leaseMs: number): Promise<number> {
      return Number(await redis.eval(ACQUIRE, 2, keys.polite(domain), keys.politeLease(domain), token, String(leaseMs)));
    },
    /** Renews the lease while the request runs; returns the function that stops renewing. */
    keepAlive(domain: string, token: string, leaseMs: number): () => void {
      return keepLeaseAlive(redis, keys.politeLease(domain), token, leaseMs);
    },
    /** Ends the lease (if still this token's) and sets the next start to now + pauseMs. */
    async release(domain: string, token: string, pauseMs: number): Promise<void> {
      await redis.eval(RELEASE, 2, keys.polite(domain), keys.politeLease(domain), token, String(pauseMs));
    },
  };
}

export type DomainSlots = ReturnType<typeof createDomainSlots>;
