import type { RecordEventStore } from '../store/record-event-store.ts';
import { LEGACY_STATUS } from '../store/ledger.ts';
import type { DeadLetter, Ledger } from '../store/ledger.ts';

export interface DeliveryRow {
  /** `<event id>:<status>:<subscriber>`, as in X-Tallywatch-Delivery; what `redrive` takes. */
  id: string;
  eventId: string;
  status: string;
  subscriberId: string;
  state: 'sent' | 'failed';
  at: string;
  attempts: number;
  channel?: string;
  error?: string;
}

export const deliveryId = (eventId: string, status: string, subscriberId: string) => `${eventId}:${status}:${subscriberId}`;

export function deadRow(d: DeadLetter): DeliveryRow {
  const status = d.status ?? LEGACY_STATUS;
  return { id: deliveryId(d.eventId, status, d.subscriberId), eventId: d.eventId, status, subscriberId: d.subscriberId, state: 'failed', at: d.at, attempts: d.attempts, error: d.error };
}

/** `tallywatch deliveries [--failed]`: what was delivered (from the sent ledger) and what gave up (dead letters). */
export async function deliveriesCommand(ctx: { ledger: Pick<Ledger, 'list' | 'listDead'> }, failedOnly: boolean): Promise<DeliveryRow[]> {
  const ledger = ctx.ledger;
  const dead = (await ledger.listDead(10_000)).map(deadRow);
  if (failedOnly) return dead;
  const sent = (await ledger.list()).map(
    (e): DeliveryRow => ({ id: deliveryId(e.eventId, e.status, e.subscriberId), eventId: e.eventId, status: e.status, subscriberId: e.subscriberId, state: 'sent', at: e.at, attempts: e.attempts, channel: e.channel }),
  );
  return [...sent, ...dead].sort((a, b) => a.at.localeCompare(b.at));
}

/** `tallywatch alerts --json`: record events with their deliveries. */
export async function alertsCommand(ctx: { ledger: Pick<Ledger, 'list' | 'listDead'>; events: Pick<RecordEventStore, 'all'> }) {
  const rows = await deliveriesCommand(ctx, false);
  const events = await ctx.events.all();
  return events
    .sort((a, b) => (a.date === b.date ? a.metric.localeCompare(b.metric) : a.date.localeCompare(b.date)))
    .map((e) => ({
      id: e.id,
      metric: e.metric,
      date: e.date,
      status: e.status,
      value: e.value,
      reported: e.reported,
      previous: e.previous,
      source: e.source,
      evidence: e.evidence,
      createdAt: e.createdAt,
      notifiedAt: e.notifiedAt,
      deliveries: rows.filter((r) => r.eventId === e.id).map(({ eventId: _e, ...r }) => r),
    }));
}
