import type { Redis } from 'ioredis';
import type { StoreKeys } from './keys.ts';
import { OpsAlertSchema, parseEach, parseStored, warnCorrupt } from './schemas.ts';
import type { CorruptEntryHandler, OpsAlert } from './schemas.ts';

/** Operational alerts kept beside the log and metrics (newest first), capped. */
export function createOpsAlertStore(redis: Redis, keys: StoreKeys, options: { max?: number; onCorrupt?: CorruptEntryHandler } = {}) {
  const max = options.max ?? 200;
  const onCorrupt = options.onCorrupt ?? warnCorrupt;
  return {
    async push(alert: OpsAlert): Promise<void> {
      await redis.multi().lpush(keys.opsAlerts, JSON.stringify(alert)).ltrim(keys.opsAlerts, 0, max - 1).exec();
    },
    /** Newest first; an entry that does not parse is reported and skipped. */
    async list(limit = max): Promise<OpsAlert[]> {
      const raws = await redis.lrange(keys.opsAlerts, 0, Math.max(0, limit - 1));
      return parseEach(raws.map((r, i): [string, string] => [String(i), r]), (r, i) => parseStored(OpsAlertSchema, r, keys.opsAlerts, i), onCorrupt);
    },
  };
}

export type OpsAlertStore = ReturnType<typeof createOpsAlertStore>;
