import type { CliContext } from '../context.ts';
import { CATEGORY_KEYS, isCategory } from '../../core/categories.ts';
import type { Category } from '../../core/categories.ts';
import { computeSeries } from '../../series/series.ts';
import { UsageError } from '../io.ts';

/** `tallywatch series [--metric M] --json` */
export async function seriesCommand(ctx: CliContext, metric: string | undefined) {
  if (metric !== undefined && !isCategory(metric)) throw new UsageError(`--metric: unknown metric ${JSON.stringify(metric)}; one of ${CATEGORY_KEYS.join(', ')}`);
  const metrics: readonly Category[] = metric ? [metric as Category] : CATEGORY_KEYS;
  const points = computeSeries(await ctx.reports.all(), metrics);
  return points.map((p) => ({ date: p.date, metric: p.metric, total: p.total, delta: p.delta, diff: p.diff, flags: p.flags }));
}
