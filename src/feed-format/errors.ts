import { TallywatchError } from '../core/errors.ts';

/**
 * Why a feed body could not be turned into items. Counted per source, so a feed that
 * turned into an HTML challenge page (not_a_feed) is told apart from a broken one (malformed).
 * not_a_feed | malformed | empty | too_large | encoding | unsupported
 */
export type FeedParseErrorKind = 'not_a_feed' | 'malformed' | 'empty' | 'too_large' | 'encoding' | 'unsupported';

export class FeedParseError extends TallywatchError {
  readonly kind: FeedParseErrorKind;

  constructor(kind: FeedParseErrorKind, message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(`feed_${kind}`, message, context, options);
    this.kind = kind;
  }
}
