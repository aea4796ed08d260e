/**
 * Hands record-event messages from the outbox to the notify queue.
 *
 * Idempotent, so any process may relay at any time (after storing events, on every poll, at
 * start-up): the notify job id is derived from (event, status), the deliver jobs' ids from
 * (event, status, subscriber), and the sent ledger records each delivery once. An entry
 * leaves the outbox only after its notify job was added; a failed attempt leaves it for a later
 * relay, no sooner than `retryMs` later.
 */
import type { RecordEvent } from '../alerts/record-event.ts';
import type { Logger } from '../core/logger.ts';
import type { RecordEventStore } from '../store/record-event-store.ts';

export interface RecordRelayDeps {
  events: RecordEventStore;
  /** Adds the notify job for the event's current status; idempotent (a job id per event and status). */
  enqueueNotify: (event: RecordEvent) => Promise<void>;
  log: Logger;
  /** Wait before an entry whose enqueue failed is tried again. @default 5000 */
  retryMs?: number;
}

export interface RelayOptions {
  /** Most entries relayed per call. @default 200 */
  limit?: number;
  now?: () => number;
}

export interface RelayResult {
  relayed: number;
  failed: number;
}

export async function relayRecordEvents(deps: RecordRelayDeps, opts: RelayOptions = {}): Promise<RelayResult> {
  const now = opts.now ?? Date.now;
  const outbox = deps.events.outbox;
  const result: RelayResult = { relayed: 0, failed: 0 };
  for (const { member, ref } of await outbox.due(now(), opts.limit ?? 200)) {
    try {
      const event = ref ? await deps.events.byId(ref.eventId) : null;
      if (!ref || !event) {
        deps.log.warn({ entry: member }, 'record outbox entry without a stored event: dropped');
        await outbox.done(member);
        continue;
      }
      // The message is the status the entry owes; a reported one the General Staff settled
      // meanwhile is skipped by the notify job itself (its follow-up has its own entry).
      await deps.enqueueNotify({ ...event, status: ref.status });
      await deps.events.transition(event.metric, event.date, ref.status, { enqueued: true });
      await outbox.done(member);
      result.relayed++;
    } catch (err) {
      result.failed++;
      await outbox.retryAt(member, now() + (deps.retryMs ?? 5000));
      deps.log.warn({ entry: member, err: { message: (err as Error).message } }, `record alert not enqueued yet, kept in the outbox: ${(err as Error).message}`);
    }
  }
  return result;
}
