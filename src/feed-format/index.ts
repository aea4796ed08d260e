/** The news feed layer: bytes → text → items, plus URL identity and polling schedule. */
export { canonicalUrl, registrableDomain } from './canonical-url.ts';
export { parseFeedDate } from './feed-dates.ts';
export { charsetFromContentType, decodeFeedBytes } from './decode.ts';
export type { DecodedFeed } from './decode.ts';
export { FeedParseError } from './errors.ts';
export type { FeedParseErrorKind } from './errors.ts';
export { DEFAULT_FEED_MAX_BYTES, fetchFeed } from './fetch-feed.ts';
export type { FeedValidators, FetchFeedOptions, FetchFeedResult, StoredValidators } from './fetch-feed.ts';
export { inflateIfGzip } from './inflate.ts';
export { itemKey } from './item-key.ts';
export type { KeyableItem } from './item-key.ts';
export { parseFeed } from './parse.ts';
export type { ParseFeedOptions } from './parse.ts';
export { cacheControlMaxAgeMs, isPollDue, isStale, nextPollDelay } from './schedule.ts';
export type { PollDelayInput } from './schedule.ts';
export type { FeedFormat, FeedItem, ParsedFeed } from './types.ts';
