import type { StoredReport } from '../series/types.ts';

/** What reading post times needs of the report store. */
export interface ReportReader {
  all(): Promise<StoredReport[]>;
}

/** Publication times (epoch ms) of the channel reports a source stored, oldest first. */
export async function reportPostTimes(reports: ReportReader, sourceId: string): Promise<number[]> {
  const times: number[] = [];
  for (const r of await reports.all()) {
    if (r.origin !== 'channel' || r.sourceId !== sourceId || !r.publishedAt) continue;
    const t = Date.parse(r.publishedAt);
    if (Number.isFinite(t)) times.push(t);
  }
  return times.sort((a, b) => a - b);
}

/**
 * The newest post times per source, re-read when a poll stored a report or after `maxAgeMs`
 * (a backfill stores reports too): the policy asks after every poll, and the store holds
 * years of reports.
 */
export function createReportTimesCache(reports: ReportReader, maxAgeMs = 10 * 60_000) {
  const cache = new Map<string, { at: number; times: number[] }>();
  return async (sourceId: string, changed: boolean, now = Date.now()): Promise<number[]> => {
    const hit = cache.get(sourceId);
    if (hit && !changed && now - hit.at < maxAgeMs) return hit.times;
    const times = (await reportPostTimes(reports, sourceId)).slice(-60);
    cache.set(sourceId, { at: now, times });
    return times;
  };
}
