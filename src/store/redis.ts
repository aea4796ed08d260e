import { Cluster, Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import type { Logger } from '../core/logger.ts';
import { TallywatchError } from '../core/errors.ts';
import { redactUrl } from '../core/logger.ts';

/** Where Redis is: one URL, or with `cluster` the comma-separated seed nodes of a Redis Cluster. */
export interface RedisEndpoint {
  url: string;
  cluster?: boolean;
}

const endpointOf = (target: string | RedisEndpoint): RedisEndpoint => (typeof target === 'string' ? { url: target } : target);

/**
 * A client for the endpoint. A Cluster client is typed as Redis: it takes the same commands,
 * and every key tallywatch and BullMQ use shares the prefix's hash tag, so each multi-key
 * script lands on one node (the config refuses a cluster without a hash-tagged prefix).
 */
function createClient(endpoint: RedisEndpoint, options: RedisOptions): Redis {
  if (!endpoint.cluster) return new Redis(endpoint.url, options);
  const seeds = endpoint.url.split(',').map((u) => new URL(u.trim()));
  const first = seeds[0]!;
  const { retryStrategy, lazyConnect, ...perNode } = options;
  const cluster = new Cluster(
    seeds.map((u) => ({ host: u.hostname, port: Number(u.port || 6379) })),
    {
      lazyConnect: lazyConnect ?? false,
      enableReadyCheck: true,
      ...(retryStrategy ? { clusterRetryStrategy: retryStrategy } : {}),
      redisOptions: {
        ...perNode,
        ...(first.username ? { username: decodeURIComponent(first.username) } : {}),
        ...(first.password ? { password: decodeURIComponent(first.password) } : {}),
        ...(first.protocol === 'rediss:' ? { tls: {} } : {}),
      },
    },
  );
  return cluster as unknown as Redis;
}

/**
 * A Redis connection that keeps retrying (capped backoff) and says clearly, once
 * per outage, that Redis cannot be reached. `maxRetriesPerRequest: null` is what
 * BullMQ workers need; commands wait for the connection instead of failing.
 */
export function connectRedis(target: string | RedisEndpoint, log?: Logger, opts: { name?: string; lazy?: boolean } = {}): Redis {
  const endpoint = endpointOf(target);
  const shown = redactUrl(endpoint.url);
  let down = false;
  const redis = createClient(endpoint, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    lazyConnect: opts.lazy ?? false,
    connectionName: opts.name ?? 'tallywatch',
    retryStrategy: (times) => Math.min(200 * 2 ** Math.min(times, 6), 5000),
  });
  redis.on('error', (err: Error) => {
    if (!down) {
      down = true;
      log?.error({ err: { message: err.message, code: (err as NodeJS.ErrnoException).code }, redis: shown }, `cannot reach Redis at ${shown}: ${err.message}; retrying`);
    }
  });
  redis.on('ready', () => {
    if (down) log?.info({ redis: shown }, 'Redis reachable again');
    down = false;
  });
  return redis;
}

/** For one-shot commands: connect once, fail fast with a message naming the URL. */
export async function connectRedisOnce(target: string | RedisEndpoint): Promise<Redis> {
  const endpoint = endpointOf(target);
  const redis = createClient(endpoint, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null, connectionName: 'tallywatch-cli' });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new TallywatchError('redis_unreachable', `cannot reach Redis at ${redactUrl(endpoint.url)}: ${(err as Error).message}`, { redis: redactUrl(endpoint.url) }, { cause: err });
  }
  return redis;
}
