import { canonicalJson, sha1 } from '../../core/hash.ts';
import { parseReport } from '../../report/parse.ts';
import type { StoredReport } from '../../series/types.ts';
import type { TelegramPost } from './types.ts';

/** A channel post as a stored report, or null when the post is not a loss report. Pure. */
export function reportFromPost(post: TelegramPost, sourceId: string, now: Date = new Date()): StoredReport | null {
  if (post.service || post.forwarded) return null;
  const parsed = parseReport(post.text, post.publishedAt ? { published: post.publishedAt } : undefined);
  if (!parsed) return null;
  return {
    date: parsed.date,
    origin: 'channel',
    sourceId,
    postId: post.id,
    url: post.url,
    publishedAt: post.publishedAt,
    lang: parsed.lang,
    figures: parsed.figures,
    other: parsed.other,
    textHash: sha1(post.text),
    figuresHash: sha1(canonicalJson({ figures: parsed.figures, other: parsed.other })),
    live: false,
    ingestedAt: now.toISOString(),
    flags: [],
  };
}
