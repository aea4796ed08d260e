import { computeRecords } from '../series/records.ts';
import { computeSeries } from '../series/series.ts';
import type { StoredReport } from '../series/types.ts';
import { RecordIndex, SeriesIndex } from './series-index.ts';

export interface SeriesIndexes {
  series: SeriesIndex;
  records: RecordIndex;
}

/** The lookups corroboration and date settling need, built once from the stored reports. */
export function seriesIndexes(reports: Iterable<StoredReport>, baseline: string): SeriesIndexes {
  const points = computeSeries(reports);
  return { series: SeriesIndex.from(points), records: new RecordIndex(computeRecords(points, baseline)) };
}
