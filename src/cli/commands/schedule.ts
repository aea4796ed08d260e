import type { LoadedConfig } from '../../config/load.ts';
import { TallywatchError } from '../../core/errors.ts';
import { formatWindow, learnWindow, replaySchedule } from '../../schedule/index.ts';
import { reportPostTimes } from '../../schedule/report-times.ts';
import type { ReportReader } from '../../schedule/report-times.ts';

export interface ScheduleFigures {
  days: number;
  requestsPerDay: number;
  delayMedianS: number;
  delayP95S: number;
}

/**
 * `tallywatch schedule`: replays the polling policy over the last 90 days of the channel's
 * stored post times (the reports before them seed the learned window) and gives the requests
 * a day and the detection delay it would have had.
 */
export async function scheduleCommand(ctx: { config: Pick<LoadedConfig, 'sources'>; reports: ReportReader }, sourceId?: string): Promise<ScheduleFigures & { source: string; window: string | null; reports: number; delayMaxS: number }> {
  const source = sourceId
    ? ctx.config.sources.find((s) => s.id === sourceId)
    : ctx.config.sources.find((s) => s.primary && s.type === 'telegram' && s.enabled);
  if (!source) throw new TallywatchError('config_invalid', sourceId ? `no source "${sourceId}" in the config` : 'no primary telegram source in the config (name one with --source)');
  if (source.type !== 'telegram') throw new TallywatchError('config_invalid', `source "${source.id}" is a feed: the replay needs a channel's post times`);
  const times = await reportPostTimes(ctx.reports, source.id);
  const r = replaySchedule(source, times, { days: 90 });
  const window = source.window && source.window !== 'auto' ? source.window : (() => {
    const w = learnWindow(times.slice(-60));
    return w ? `${formatWindow(w)} (learned)` : null;
  })();
  return { source: source.id, window, ...r };
}

/** The figures `--json` prints: exactly these four keys. */
export function scheduleJson(r: ScheduleFigures): ScheduleFigures {
  return { days: r.days, requestsPerDay: r.requestsPerDay, delayMedianS: r.delayMedianS, delayP95S: r.delayP95S };
}
