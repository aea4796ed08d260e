import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.ts';
import { TallywatchError } from '../core/errors.ts';
import { redactUrl } from '../core/logger.ts';

/**
 * A Redis connection that keeps retrying (capped backoff) and says clearly, once
 * per outage, that Redis cannot be reached. `maxRetriesPerRequest: null` is what
 * BullMQ workers need; commands wait for the connection instead of failing.
 */
export function connectRedis(url: string, log?: Logger, opts: { name?: string; lazy?: boolean } = {}): Redis {
  let down = false;
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: opts.lazy ?? false,
    connectionName: opts.name ?? 'tallywatch',
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5000),
  });
  redis.on('error', (err: Error) => {
    if (!down) {
      down = true;
      log?.error({ err: { message: err.message, code: (err as NodeJS.ErrnoException).code }, redis: redactUrl(url) }, `cannot reach Redis at ${redactUrl(url)}: ${err.message}; retrying`);
    }
  });
  redis.on('ready', () => {
    if (down) log?.info({ redis: redactUrl(url) }, 'Redis reachable again');
    down = false;
  });
  return redis;
}

/** For one-shot commands: connect once, fail fast with a message naming the URL. */
export async function connectRedisOnce(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null, connectionName: 'tallywatch-cli' });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new TallywatchError('redis_unreachable', `cannot reach Redis at ${redactUrl(url)}: ${(err as Error).message}`, { redis: redactUrl(url) }, { cause: err });
  }
  return redis;
}
