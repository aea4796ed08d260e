/**
 * Follows a BullMQ queue's event stream from outside the worker (its own connection, in the
 * parent process, so the worker's CPU figure does not include it) and keeps, per finished
 * job, when it finished and how: polled, skipped (the tick came before the source was due, or
 * another process held it) or failed.
 */
import type { Redis } from 'ioredis';
import { sleep } from './stats.ts';

export const OUTCOME = { polled: 0, skippedNotDue: 1, skippedOther: 2, failed: 3 } as const;
type Outcome = (typeof OUTCOME)[keyof typeof OUTCOME];

export interface QueueTail {
  /** Finish times (Redis clock, ms) and outcomes, in stream order. */
  at: number[];
  outcome: Outcome[];
  /** Failure reasons, counted by their text up to the first digit (so "waiting 30012 ms" groups). */
  failures: Map<string, number>;
  stop(): Promise<void>;
}

function classify(fields: string[]): { outcome: Outcome; reason?: string } | null {
  const get = (name: string) => {
    for (let i = 0; i < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
    return undefined;
  };
  const event = get('event');
  if (event === 'failed') return { outcome: OUTCOME.failed, reason: (get('failedReason') ?? '').replace(/\d.*$/, '').slice(0, 80) };
  if (event !== 'completed') return null;
  const value = get('returnvalue') ?? '';
  if (value.includes('"skipped"')) return { outcome: value.includes('not due') ? OUTCOME.skippedNotDue : OUTCOME.skippedOther };
  return { outcome: OUTCOME.polled };
}

/** Starts reading `<prefix>:<queue>:events` from now on; the stream is capped, so it is read often. */
export async function tailQueue(redis: Redis, prefix: string, queue: string): Promise<QueueTail> {
  const key = `${prefix}:${queue}:events`;
  const tail: QueueTail = { at: [], outcome: [], failures: new Map(), stop: async () => undefined };
  let lastId = '$';
  // XREAD with "$" needs a blocking call to mean "from now"; take the current last id instead.
  const last = (await redis.xrevrange(key, '+', '-', 'COUNT', 1))[0];
  lastId = last ? last[0] : '0-0';
  let running = true;
  const loop = (async () => {
    while (running) {
      const res = (await redis.xread('COUNT', 10_000, 'STREAMS', key, lastId)) as [string, [string, string[]][]][] | null;
      const entries = res?.[0]?.[1] ?? [];
      for (const [id, fields] of entries) {
        lastId = id;
        const c = classify(fields);
        if (!c) continue;
        tail.at.push(Number(id.slice(0, id.indexOf('-'))));
        tail.outcome.push(c.outcome);
        if (c.reason !== undefined) tail.failures.set(c.reason, (tail.failures.get(c.reason) ?? 0) + 1);
      }
      if (entries.length < 10_000) await sleep(200);
    }
  })();
  tail.stop = async () => {
    running = false;
    await loop;
  };
  return tail;
}
