/**
 * Publishes new claims from the outbox to the queue subscribers with `events: [claims]`.
 *
 * Idempotent, so any process may drain at any time (after storing claims, on every poll,
 * at start-up): the message id is the claim's fingerprint, the sent ledger records
 * (claim:<fingerprint>, subscriber) once, and the queue job id is derived from it too. An
 * entry leaves the outbox only when every subscriber has it; a failed attempt leaves it for
 * the next drain, no sooner than `delivery.backoff` later.
 */
import type { Redis } from 'ioredis';
import type { LoadedConfig } from '../config/load.ts';
import type { Logger } from '../core/logger.ts';
import type { ClaimStore } from '../store/claim-store.ts';
import type { Ledger } from '../store/ledger.ts';
import type { ReportStore } from '../store/report-store.ts';
import { buildClaimMessage } from '../alerts/claim-message.ts';
import type { Claim } from '../claims/types.ts';
import { corroborate, seriesIndexes } from '../corroboration/index.ts';
import { CLAIM_LEDGER_STATUS, claimLedgerId, deliverClaimOnce } from '../delivery/deliver.ts';
import type { SubscriberConfig } from '../delivery/deliver.ts';

/** The port that hands one claim message to one subscriber. */
export type ClaimDeliverer = typeof deliverClaimOnce;

export interface DrainOptions {
  /** @default deliverClaimOnce (tests put a failing one in front of it) */
  deliver?: ClaimDeliverer;
  /** Most entries published per call. @default 200 */
  limit?: number;
  now?: () => number;
}

export interface DrainResult {
  published: number;
  failed: number;
}

const noPost = async (): Promise<never> => {
  throw new Error('claims go to queues only');
};

/** What a drain reads and writes: the outbox and sent ledger (Redis), the claims, the series to corroborate against. */
export interface ClaimPublishDeps {
  config: Pick<LoadedConfig, 'prefix' | 'subscribers' | 'records' | 'delivery'>;
  /** The connection queue subscribers publish on. */
  redis: Redis;
  ledger: Ledger;
  reports: Pick<ReportStore, 'all'>;
  claims: Pick<ClaimStore, 'get' | 'mentions' | 'outbox'>;
  log: Logger;
}

export async function drainClaimOutbox(ctx: ClaimPublishDeps, opts: DrainOptions = {}): Promise<DrainResult> {
  const now = opts.now ?? Date.now;
  const outbox = ctx.claims.outbox;
  const due = await outbox.due(now(), opts.limit ?? 200);
  const result: DrainResult = { published: 0, failed: 0 };
  if (due.length === 0) return result;
  const subs = ctx.config.subscribers.filter((s) => s.type === 'queue' && s.events.includes('claims')) as SubscriberConfig[];
  if (subs.length === 0) {
    // Nobody asks for claims: nothing to keep them for ("every new claim" means from now on).
    for (const fp of due) await outbox.done(fp);
    return result;
  }
  const deliver = opts.deliver ?? deliverClaimOnce;
  const ledger = ctx.ledger;
  const { series, records } = seriesIndexes(await ctx.reports.all(), ctx.config.records.baseline);
  for (const fp of due) {
    try {
      const claim = await ctx.claims.get(fp);
      const mentions = claim ? await ctx.claims.mentions(fp) : [];
      if (!claim || mentions.length === 0) {
        ctx.log.warn({ claim: fp }, 'claim outbox entry without a stored claim or mention: dropped');
        await outbox.done(fp);
        continue;
      }
      const published = mentions[0]?.publishedAt;
      const corroboration = corroborate(claim as unknown as Claim, series, records, published ? { published } : {});
      const message = buildClaimMessage({ claim, mentions, corroboration });
      for (const sub of subs) {
        try {
          await deliver(sub, message, { ledger, connection: ctx.redis, prefix: ctx.config.prefix, post: noPost, log: ctx.log });
        } catch (err) {
          // A misconfigured subscriber will not improve: dead-letter it rather than retry forever.
          if ((err as { permanent?: unknown }).permanent !== true) throw err;
          await ledger.recordDead({ eventId: claimLedgerId(message), status: CLAIM_LEDGER_STATUS, subscriberId: sub.id, error: (err as Error).message, attempts: 1 });
        }
      }
      await outbox.done(fp);
      result.published++;
    } catch (err) {
      result.failed++;
      await outbox.retryAt(fp, now() + ctx.config.delivery.backoff);
      ctx.log.warn({ claim: fp, err: { message: (err as Error).message } }, `claim not published yet, kept in the outbox: ${(err as Error).message}`);
    }
  }
  return result;
}
