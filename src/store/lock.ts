import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const EXTEND = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

export interface Lock {
  extend(): Promise<boolean>;
  release(): Promise<void>;
}

export interface LockOptions {
  /**
   * Renew the lease in the background every third of its TTL until release. A short TTL kept
   * alive this way frees the lock soon after its holder's process dies, however long the
   * work takes. @default false
   */
  keepAlive?: boolean;
}

/** Renews `key` while `token` holds it; false when the lease was lost. */
export async function extendLease(redis: Redis, key: string, token: string, ttlMs: number): Promise<boolean> {
  return (await redis.eval(EXTEND, 1, key, token, String(ttlMs))) === 1;
}

/** Renews a lease every third of its TTL; returns the function that stops renewing. */
export function keepLeaseAlive(redis: Redis, key: string, token: string, ttlMs: number): () => void {
  const timer = setInterval(() => {
    // A failed renewal (Redis away for a moment) is tried again at the next tick; a lapsed lease only allows overlap.
    extendLease(redis, key, token, ttlMs).catch(() => undefined);
  }, Math.max(250, Math.floor(ttlMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
}

/** A lease in Redis (SET NX PX): null when another process holds it. */
export async function tryLock(redis: Redis, key: string, ttlMs: number, opts: LockOptions = {}): Promise<Lock | null> {
  const token = randomUUID();
  const ok = await redis.set(key, token, 'PX', ttlMs, 'NX');
  if (ok !== 'OK') return null;
  const stop = opts.keepAlive ? keepLeaseAlive(redis, key, token, ttlMs) : () => undefined;
  return {
    extend: () => extendLease(redis, key, token, ttlMs),
    async release() {
      stop();
      await redis.eval(RELEASE, 1, key, token);
    },
  };
}

/** Named leases under the store's lock keys: the port jobs use instead of Redis and key names. */
export function createLocks(redis: Redis, keys: StoreKeys) {
  return {
    /** The lease `name` (e.g. `poll:<source>`), or null when another process holds it. */
    tryLock: (name: string, ttlMs: number, opts: LockOptions = {}): Promise<Lock | null> => tryLock(redis, keys.lock(name), ttlMs, opts),
  };
}

export type Locks = ReturnType<typeof createLocks>;
