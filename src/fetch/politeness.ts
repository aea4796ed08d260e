import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DomainSlots } from '../store/domain-slots.ts';
import { FetchError, TallywatchError } from '../core/errors.ts';

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

/**
 * Per registrable domain, across every worker process: at most one request at a time and at
 * least `spacingMs` between the end of one and the start of the next (the slots live in Redis,
 * src/store/domain-slots.ts, on Redis's clock so processes on different hosts agree).
 */
export function createPoliteness(slots: DomainSlots, options: PolitenessOptions = {}) {
  const spacingMs = options.spacingMs ?? 2000;
  const leaseMs = options.leaseMs ?? 15_000;
  const maxWaitMs = options.maxWaitMs ?? 30_000;

  return {
    /**
     * Runs `fn` holding the domain's slot. A 429/503 (FetchError with retryAfterMs)
     * pushes the domain's next slot out by the Retry-After, for every process.
     */
    async run<T>(domain: string, fn: () => Promise<T>): Promise<T> {
      const token = randomUUID();
      const started = Date.now();
      for (;;) {
        const answer = await slots.acquire(domain, token, leaseMs);
        if (answer === 0) break;
        // Negative: held by another request; positive: the spacing still to run.
        const wait = Math.abs(answer);
        const waited = Date.now() - started;
        // Held by a request in flight: it ends within a request's time, then the spacing runs.
        if (waited + (answer > 0 ? wait : 0) > maxWaitMs) throw new PolitenessWaitError(domain, waited, answer > 0 ? wait : Math.max(spacingMs, 250));
        await sleep(Math.min(wait, 1000));
      }
      let pause = spacingMs;
      const stopRenewing = slots.keepAlive(domain, token, leaseMs);
      try {
        return await fn();
      } catch (err) {
        if (err instanceof FetchError && err.retryAfterMs !== undefined) pause = Math.max(pause, err.retryAfterMs);
        else if (err instanceof FetchError && (err.status === 429 || err.status === 503)) pause = Math.max(pause, 60_000);
        throw err;
      } finally {
        stopRenewing();
        await slots.release(domain, token, pause);
      }
    },
  };
}

export type Politeness = ReturnType<typeof createPoliteness>;
