import type { CliContext } from '../context.ts';
import { createQueues } from '../../../jobs/queues.ts';
import { backfillChannel } from '../../pipeline/backfill-channel.ts';
import { progress, UsageError } from '../io.ts';
import { daysBetween, progressLine } from '../progress.ts';

/** `tallywatch backfill [--source ID]`: runs the channel backfill in this process to completion. */
export async function backfillCommand(ctx: CliContext, sourceId: string | undefined, pageDelayMs?: number) {
  const source = sourceId
    ? ctx.config.sources.find((s) => s.id === sourceId)
    : ctx.config.sources.find((s) => s.primary && s.type === 'telegram' && s.enabled) ?? ctx.config.sources.find((s) => s.type === 'telegram' && s.enabled);
  if (!source) throw new UsageError(sourceId ? `--source: no source ${JSON.stringify(sourceId)} in the config` : 'no telegram source in the config');
  if (source.type !== 'telegram') throw new UsageError(`--source: ${source.id} is a ${source.type} source; only telegram sources are backfilled`);
  // The worker's own queues: a record found while backfilling (it cannot be live) would notify as the worker does.
  const queues = createQueues(ctx.redis, ctx.config.prefix, { reportedHoldMs: ctx.config.records.reportedHold });
  const line = progressLine();
  // Pages run newest to oldest: the share of the way from the first page back to the baseline is the progress.
  const baseline = ctx.config.records.baseline;
  let top: string | null = null;
  try {
    const started = Date.now();
    const result = await backfillChannel(
      ctx,
      source,
      (e) => queues.enqueueNotify(e),
      {
        ...(pageDelayMs !== undefined ? { pageDelayMs } : {}),
        onPage: ({ pages, oldestDate }) => {
          if (line) {
            top ??= oldestDate;
            const fraction = oldestDate && top ? Math.min(1, daysBetween(oldestDate, top) / Math.max(1, daysBetween(baseline, top))) : null;
            line.update(`backfill ${source.id}: ${pages} pages, back to ${oldestDate ?? '-'}`, fraction);
          } else if (pages % 10 === 0) progress(`backfill ${source.id}: ${pages} pages, back to ${oldestDate ?? '-'}`);
        },
      },
    );
    return { source: source.id, ...result, seconds: (Date.now() - started) / 1000 };
  } finally {
    line?.done();
    await queues.close();
  }
}
