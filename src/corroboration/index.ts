/** Corroboration of media claims against the General Staff series: the public surface. */
export { corroborate } from './corroborate.ts';
export { matchReportDate, publicationDay, WINDOW_DAYS } from './match-date.ts';
export { RecordIndex, SeriesIndex } from './series-index.ts';
export { seriesIndexes } from './indexes.ts';
export type { SeriesIndexes } from './indexes.ts';
export type {
  CorroborateOptions,
  Corroboration,
  CorroborationHow,
  CorroborationStatus,
  DateMatch,
  DayFigure,
  MatchHow,
  MatchOptions,
  Note,
  NoteCode,
  Reason,
  ReasonCode,
} from './types.ts';
