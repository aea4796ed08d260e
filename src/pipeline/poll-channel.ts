import type { SourceStateStore } from '../store/source-state.ts';
import type { ChannelPageDeps } from '../sources/telegram/read-page.ts';
import type { RecordEvent } from '../alerts/record-event.ts';
import type { SourceConfig } from '../config/schema.ts';
import { processPosts } from './process-posts.ts';
import type { PostProcessDeps, ProcessedPosts } from './process-posts.ts';
import { readChannelPage } from '../sources/telegram/read-page.ts';
import type { TelegramPost } from '../sources/telegram/types.ts';

/** After a long pause more posts than one page may be new: read back this many pages at most to close the gap. */
const MAX_CATCH_UP_PAGES = 10;

/**
 * One poll of the channel: the newest page, plus older pages while they are all
 * unseen (after downtime), then every new or edited post through the pipeline.
 * New posts are found by post id and text hash, never by a date watermark.
 */
export type ChannelPollDeps = ChannelPageDeps & PostProcessDeps & { sources: Pick<SourceStateStore, 'get'> };

export async function pollChannel(ctx: ChannelPollDeps, source: SourceConfig, enqueueNotify: (e: RecordEvent) => Promise<void>): Promise<ProcessedPosts & { newestPostId: number | null }> {
  const state = await ctx.sources.get(source.id);
  const first = await readChannelPage(ctx, source);
  const posts: TelegramPost[] = [...first.posts];
  let before = first.before;
  const knownNewest = state.newestPostId;
  for (let i = 0; i < MAX_CATCH_UP_PAGES && knownNewest !== null && before !== null; i++) {
    const oldest = Math.min(...posts.map((p) => p.id));
    if (!Number.isFinite(oldest) || oldest <= knownNewest + 1) break;
    const page = await readChannelPage(ctx, source, before);
    if (page.posts.length === 0) break;
    posts.push(...page.posts);
    before = page.before;
  }
  const processed = await processPosts(ctx, source.id, posts, enqueueNotify);
  const newestPostId = posts.length ? Math.max(...posts.map((p) => p.id)) : null;
  return { ...processed, newestPostId };
}
