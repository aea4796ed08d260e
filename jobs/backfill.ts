import type { Job } from 'bullmq';
import { backfillChannel } from '../src/pipeline/backfill-channel.ts';
import type { ChannelBackfillDeps } from '../src/pipeline/backfill-channel.ts';
import type { LoadedConfig } from '../src/config/load.ts';
import type { NotifyQueue } from './ports.ts';
import { backfillPayload, parsePayload } from './payloads.ts';

/** Runs (or resumes) the backfill of one channel source. Retried with backoff; each retry resumes from the saved cursor. */
export async function processBackfill(job: Job, ctx: ChannelBackfillDeps & { config: Pick<LoadedConfig, 'sources'> }, queues: NotifyQueue, signal?: AbortSignal) {
  const { sourceId } = parsePayload(backfillPayload, job);
  const source = ctx.config.sources.find((s) => s.id === sourceId && s.type === 'telegram');
  if (!source) return { skipped: `no telegram source ${sourceId} in the config` };
  return backfillChannel(ctx, source, (e) => queues.enqueueNotify(e), {
    ...(signal ? { signal } : {}),
    onPage: ({ pages, oldestDate }) => void job.updateProgress({ pages, oldestDate }).catch(() => undefined),
  });
}
