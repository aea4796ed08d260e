/**
 * Every closed set of values the domain uses, written out once. Schemas (zod here, JSON
 * Schema in schemas/), config validation, job payloads and TypeScript types all take their
 * values from these lists; a change here changes them all together.
 */
import { CATEGORY_KEYS } from '../core/categories.ts';

export { CATEGORY_KEYS };
export type { Category } from '../core/categories.ts';

/**
 * A record event's status, and so an alert's:
 * reported: the press claims a record for a date the series does not have yet;
 * confirmed: the General Staff's report sets it (directly, or confirming a reported one);
 * contradicted: the General Staff's report for that date does not bear the reported record out.
 */
export const RECORD_STATUSES = ['confirmed', 'reported', 'contradicted'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** An alert's `type`: `record.` followed by its status. */
export const ALERT_TYPES = ['record.confirmed', 'record.reported', 'record.contradicted'] as const satisfies readonly `record.${RecordStatus}`[];
export type AlertType = (typeof ALERT_TYPES)[number];

/** Who states a figure (the claim extractor's values, README "Claim fields"). */
export const CLAIMANT_KEYS = ['ua_general_staff', 'ua_other', 'ru_mod', 'uk_mod', 'us', 'other'] as const;
export type ClaimantKey = (typeof CLAIMANT_KEYS)[number];
/** The General Staff: a confirmed record is its claim. */
export const GENERAL_STAFF: ClaimantKey = 'ua_general_staff';

/** Whose losses a claim counts. */
export const CLAIM_SUBJECTS = ['ru', 'ua'] as const;
export type ClaimSubject = (typeof CLAIM_SUBJECTS)[number];
/** A claim's metric: a loss category, or other when the figure is none of them. */
export const CLAIM_METRICS = [...CATEGORY_KEYS, 'other'] as const;
export type ClaimMetric = (typeof CLAIM_METRICS)[number];
/** daily: one day's losses; cumulative: since the invasion; period: over periodDays days; average: per day. */
export const CLAIM_KINDS = ['daily', 'cumulative', 'period', 'average'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
/** How the text qualifies the figure. */
export const CLAIM_QUALIFIERS = ['exact', 'about', 'more_than', 'at_least'] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];
/** How a claim compares with the General Staff series. */
export const CORROBORATION_STATUSES = ['corroborates', 'contradicts', 'unverified'] as const;
export type CorroborationStatus = (typeof CORROBORATION_STATUSES)[number];

/** The language a General Staff report was written in. */
export const REPORT_LANGS = ['uk', 'en', 'bilingual'] as const;
export type ReportLang = (typeof REPORT_LANGS)[number];
/** Where a stored report came from: a channel post, or a CSV the operator imported. */
export const REPORT_ORIGINS = ['channel', 'import'] as const;
export type ReportOrigin = (typeof REPORT_ORIGINS)[number];

/** The four delivery channels a subscriber can be. */
export const SUBSCRIBER_TYPES = ['webhook', 'queue', 'slack', 'telegram'] as const;
export type SubscriberType = (typeof SUBSCRIBER_TYPES)[number];
/** The event types a subscriber can ask for: record alerts, operational alerts, new claims. */
export const SUBSCRIBER_EVENTS = ['record', 'ops', 'claims'] as const;
export type SubscriberEvent = (typeof SUBSCRIBER_EVENTS)[number];
/** The alert contract versions a webhook or queue subscriber can ask for. */
export const ALERT_VERSIONS = ['v1', 'v2'] as const;
export type AlertVersion = (typeof ALERT_VERSIONS)[number];
