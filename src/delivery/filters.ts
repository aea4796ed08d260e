/**
 * Subscriber filters: which messages a subscriber wants. Pure.
 *
 * Every filter narrows, and a message passes when it passes every filter the subscriber
 * sets. An absent list does not filter; neither does an empty `metrics`, `statuses` or
 * `claimants` (the config should refuse empty ones), while an empty `events` wants nothing.
 * - `events`: the message's event type. Record alerts are `record`, claim messages
 *   `claims`; `ops` is reserved for operational alerts. Absent: `["record"]`, so claims
 *   reach only subscribers that ask for them.
 * - `metrics`: the message's metric.
 * - `statuses`: the alert's status (reported, confirmed, contradicted). Claims have none,
 *   so this filter does not apply to them.
 * - `claimants`: any of the message's claimants. A confirmed alert always counts as
 *   claimed by `ua_general_staff` (the report is the claim), even a v1 alert, which
 *   carries no claimants; a claim message has its one claimant.
 *
 * Follow-ups: a subscriber that did not want the reported message of an event but wants
 * its confirmation gets the confirmation as a first message. `followUp` is set by the
 * deliverer per subscriber (true only if the ledger shows that subscriber was sent an
 * earlier status of the same event), never by the filter.
 */
import { ALERT_SCHEMA_ID, ALERT_V2_SCHEMA_ID, GENERAL_STAFF } from '../alerts/alert-message.ts';
import type { AlertStatus, AnyAlertMessage } from '../alerts/alert-message.ts';
import type { ClaimMessage } from '../alerts/claim-message.ts';
import { SUBSCRIBER_EVENTS } from '../domain/enums.ts';
import type { SubscriberEvent } from '../domain/enums.ts';

export { SUBSCRIBER_EVENTS };
export type { SubscriberEvent };

/** What a subscriber asks for when it sets no `events`. */
export const DEFAULT_EVENTS: readonly SubscriberEvent[] = ['record'];

export interface SubscriberFilters {
  events?: readonly SubscriberEvent[];
  metrics?: readonly string[];
  statuses?: readonly AlertStatus[];
  claimants?: readonly string[];
}

export type FilterableMessage = AnyAlertMessage | ClaimMessage;

/** The event type a message belongs to. */
export function eventOf(message: FilterableMessage): SubscriberEvent {
  return message.schema === ALERT_SCHEMA_ID || message.schema === ALERT_V2_SCHEMA_ID ? 'record' : 'claims';
}

/** Who claims what the message says, as the `claimants` filter matches it. */
export function claimantsOf(message: FilterableMessage): string[] {
  if (message.schema !== ALERT_SCHEMA_ID && message.schema !== ALERT_V2_SCHEMA_ID) return [message.claimant];
  const list: string[] = message.schema === ALERT_V2_SCHEMA_ID ? [...message.claimants] : [];
  if (message.status === 'confirmed' && !list.includes(GENERAL_STAFF)) list.push(GENERAL_STAFF);
  return list;
}

const restricts = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

export function wants(sub: SubscriberFilters, message: FilterableMessage): boolean {
  const event = eventOf(message);
  if (!(sub.events ?? DEFAULT_EVENTS).includes(event)) return false;
  if (restricts(sub.metrics) && !sub.metrics.includes(message.metric)) return false;
  if (event === 'record' && restricts(sub.statuses) && 'status' in message && !sub.statuses.includes(message.status)) return false;
  if (restricts(sub.claimants)) {
    const allowed = sub.claimants;
    if (!claimantsOf(message).some((c) => allowed.includes(c))) return false;
  }
  return true;
}
