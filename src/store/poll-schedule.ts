import type { Redis } from 'ioredis';

/**
 * Takes the sources whose poll is due and leases them in one step: their due time moves to
 * now + lease, so no other replica takes them, and a replica that dies before its poll is
 * queued loses the source for one lease, not for good. Returns [id, due, id, due, ...].
 */
const CLAIM_DUE = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[3]))
for i = 1, #due, 2 do
  redis.call('ZADD', KEYS[1], 'XX', tonumber(ARGV[1]) + tonumber(ARGV[2]), due[i])
end
return due
`;

export interface DuePoll {
  sourceId: string;
  /** The due time it was claimed at (epoch ms): names its poll job, so a retried claim is one job. */
  dueAt: number;
}

/**
 * The next due time of every configured source, in one sorted set: exactly one pending poll
 * per source, shared by all replicas and kept across restarts.
 */
export function createPollSchedule(redis: Redis, key: string) {
  return {
    /**
     * Makes the set hold exactly `ids`: a new source is due now, a known one keeps its due
     * time (a restart neither loses nor repeats it), a source that left the config goes.
     */
    async reconcile(ids: readonly string[], now: number): Promise<{ added: string[]; removed: string[] }> {
      const existing = new Set(await redis.zrange(key, '0', '-1'));
      const wanted = new Set(ids);
      const added = ids.filter((id) => !existing.has(id));
      const removed = [...existing].filter((id) => !wanted.has(id));
      const m = redis.multi();
      for (const id of added) m.zadd(key, 'NX', String(now), id);
      if (removed.length) m.zrem(key, ...removed);
      await m.exec();
      return { added, removed };
    },

    /** Sets the next due time of a source still in the set (a poll finishing after its source was removed does not bring it back). */
    async set(id: string, at: number): Promise<void> {
      await redis.zadd(key, 'XX', String(Math.round(at)), id);
    },

    /** Sources due at `now`, each leased for `leaseMs`. */
    async claimDue(now: number, leaseMs: number, limit = 100): Promise<DuePoll[]> {
      const flat = (await redis.eval(CLAIM_DUE, 1, key, String(now), String(leaseMs), String(limit))) as string[];
      const out: DuePoll[] = [];
      for (let i = 0; i < flat.length; i += 2) out.push({ sourceId: flat[i]!, dueAt: Number(flat[i + 1]) });
      return out;
    },

    /** The earliest due time, or null when the set is empty. */
    async earliest(): Promise<number | null> {
      const first = await redis.zrange(key, '0', '0', 'WITHSCORES');
      return first.length === 2 ? Number(first[1]) : null;
    },

    async get(id: string): Promise<number | null> {
      const score = await redis.zscore(key, id);
      return score === null ? null : Number(score);
    },

    async all(): Promise<Record<string, number>> {
      const flat = await redis.zrange(key, '0', '-1', 'WITHSCORES');
      const out: Record<string, number> = {};
      for (let i = 0; i < flat.length; i += 2) out[flat[i]!] = Number(flat[i + 1]);
      return out;
    },
  };
}

export type PollSchedule = ReturnType<typeof createPollSchedule>;
