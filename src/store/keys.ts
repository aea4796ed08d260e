/**
 * Every Redis key tallywatch writes, in one place. All live under the configured
 * prefix; BullMQ queues use the same prefix, and no queue is named like these roots.
 */
export function storeKeys(prefix: string) {
  const k = (...parts: string[]) => [prefix, 'store', ...parts].join(':');
  return {
    /** hash: report date → StoredReport JSON */
    reports: k('reports'),
    /** string: the newest report date stored */
    newestDate: k('reports', 'newest'),
    /** hash: complete, via, at, from, to */
    history: k('history'),
    /** hash: `${sourceId}|${postId}` → hash of the text last seen */
    posts: k('posts'),
    /** hash: `${sourceId}|${item key}` → first seen (feed items already handed on) */
    feedItems: k('feed', 'items'),
    /** hash: canonical article URL → ArticleRecord JSON (fetched once) */
    articles: k('articles'),
    /** hash per source: poll and backfill state */
    source: (id: string) => k('source', id),
    /** hash: claim fingerprint → StoredClaim JSON */
    claims: k('claims'),
    /** sorted set: claim fingerprint, scored by first-seen time (ms) */
    claimsByTime: k('claims', 'by-time'),
    /** hash per claim: mention URL (canonical) → Mention JSON */
    claimMentions: (fingerprint: string) => k('claim', fingerprint, 'mentions'),
    /**
     * sorted set: fingerprints of new claims not yet published to the claim subscribers,
     * scored by when the next attempt is due (ms). Written in the same script as the claim.
     */
    claimOutbox: k('claims', 'outbox'),
    /** hash: `${metric}:${date}` → RecordEvent JSON */
    recordEvents: k('records', 'events'),
    /**
     * sorted set: `${eventId}|${status}` of record-event messages not yet handed to the notify
     * queue, scored by when the next attempt is due (ms). Written in the same script as the event
     * (or its status change), drained by the record relay (src/pipeline/relay-records.ts).
     */
    recordOutbox: k('records', 'outbox'),
    /** string with the robots.txt TTL: an origin's robots.txt body */
    robots: (origin: string) => k('robots', origin),
    /** hash per registrable domain: nextAt (ms), when its next request may start */
    polite: (domain: string) => k('polite', domain),
    /** string lease: the process whose request to the domain is in flight */
    politeLease: (domain: string) => k('polite', domain, 'lease'),
    /**
     * The sent ledger and its dead letters sit outside `store:` (they predate it); their names
     * are kept so deliveries already recorded stay recorded. hash: `<event>|<status>|<subscriber>` → SentInfo JSON
     */
    ledgerSent: [prefix, 'ledger', 'sent'].join(':'),
    /** list: DeadLetter JSON, newest first, capped */
    ledgerDead: [prefix, 'ledger', 'dead'].join(':'),
    /** list: operational alerts (newest first) */
    opsAlerts: k('ops', 'alerts'),
    /** string with a short expiry: /readyz writes it to learn whether Redis still accepts writes */
    readyProbe: k('ready', 'probe'),
    /** sorted set: source id → epoch ms its next poll is due (one member per configured source) */
    pollDue: k('poll', 'due'),
    /** string lock with expiry */
    lock: (name: string) => k('lock', name),
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;
