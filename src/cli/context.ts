import { createContext } from '../app/context.ts';
import type { AppContext } from '../app/context.ts';
import { loadConfig } from '../config/load.ts';
import type { LoadedConfig } from '../config/load.ts';
import { createLogger } from '../core/logger.ts';
import { connectRedisOnce } from '../store/redis.ts';

/** Runs a command with the config (honouring --config, REDIS_URL, TALLYWATCH_PREFIX) and a Redis connection. */
export async function withContext<T>(configFile: string | undefined, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config: LoadedConfig = loadConfig({ file: configFile });
  // Commands log to stderr so stdout stays JSON.
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const redis = await connectRedisOnce(config.redis);
  const ctx = createContext(config, redis, log);
  try {
    return await fn(ctx);
  } finally {
    await ctx.http.close();
    redis.disconnect();
  }
}
