/**
 * Corroboration: a media claim attributed to the General Staff, checked against the stored
 * daily series. Every verdict is a plain object; nothing here touches the store.
 *
 * Shape of a verdict (`Corroboration`):
 * - `status`: `corroborates` (the series gives the same figure, or one the claim's qualifier
 *   allows), `contradicts` (the series gives another figure for the date, or the record claim
 *   is wrong), `unverified` (the series cannot say: another claimant, a date it does not
 *   hold, no report that matches).
 * - `reason`: why the claim is not corroborated, as `{ code, text, ref? }`: `code` is one of
 *   `ReasonCode` (stable, for machines), `text` a short English phrase with the figures (for
 *   people), `ref` the day and figure the reason points at (the single day of a
 *   `one_day_as_period`, the standing record of a `not_a_record`). `null` exactly when the
 *   status is `corroborates`.
 * - `notes`: caveats in the same `{ code, text, ref? }` shape, on any status (a qualified
 *   figure, "killed" for killed-and-wounded, a confirmed record).
 * - `reportDate`: the General Staff report date the claim was checked against (for a previous
 *   record reference: the record's date).
 * - `expected`: the series' figure for the claim on `reportDate`: the reported (+N) for a daily
 *   claim, the total for a cumulative one, the sum of the (+N) over the period for a period
 *   claim, the record for a previous-record reference. `null` when nothing was compared.
 * - `how`: how `reportDate` was found (see `MatchHow`), or `record_list` when it came from
 *   the record days.
 */
/**
 * How the report date of a claim was fixed.
 * - `as_of`: the claim carries it.
 * - `nearest_value`: the claim's figure matched a report's figure: for a daily or period claim
 *   within the window around the publication day (nearest day first), for a cumulative claim
 *   within the window or, for an exact total, anywhere in the series (or the total that first
 *   reached the value when no publication date is known).
 * - `published`: no report in the window matched and the series has no report for the
 *   publication day: the claim is presumed to belong to that day's report (an article ahead
 *   of the store).
 * - `none`: no date.
 */
export type MatchHow = 'as_of' | 'nearest_value' | 'published' | 'none';

export interface DateMatch {
  date: string | null;
  how: MatchHow;
  /** Days from the publication day (Kyiv) to `date`, signed; null without both. */
  distanceDays: number | null;
}

export interface MatchOptions {
  /** The article's publication: ISO date, or an instant (taken as its calendar day in Kyiv). */
  published?: string;
}

export type CorroborationHow = MatchHow | 'record_list';

import type { CorroborationStatus } from '../domain/enums.ts';
export type { CorroborationStatus };

/** Why a claim is not corroborated. */
export type ReasonCode =
  // contradicts
  | 'one_day_as_period' // an N-day claim whose figure is one day's (+N)
  | 'total_difference' // a daily claim equal to the difference of totals where the report's (+N) differs (a recount)
  | 'rounded' // an exact claim equal to the true figure rounded or truncated to 10/100/1000…
  | 'misquoted' // a figure a little off the true one (digit slip, within 1%)
  | 'mismatch' // another figure altogether, or outside the claim's qualifier
  | 'misquoted_previous_record' // an old record quoted a little off
  | 'not_a_record' // a record claim for a day whose (+N) did not beat the standing record
  // unverified
  | 'not_general_staff' // another claimant: the series says nothing about it
  | 'subject_not_in_series' // the General Staff series counts Russian losses only
  | 'metric_not_in_series' // metric `other`, or none of the series' points carry it
  | 'kind_not_checked' // averages; periods of unknown length
  | 'date_not_in_series' // the report date is known but not stored (for a record claim: a reported record)
  | 'no_figure' // the report exists but lacks the figure (no (+N) and no earlier total; a period with holes)
  | 'no_matching_report'; // the date is unknown and no report near the publication day has the figure

/** Caveats attached to a verdict. */
export type NoteCode =
  | 'qualified_figure' // "about"/"more than"/"at least": consistent with the reported figure, which differs
  | 'qualifier_loose' // "more than N" where the report says exactly N
  | 'killed_vs_casualties' // the text says killed; the General Staff counts killed and wounded together
  | 'record_confirmed' // the record claim holds: the report set a record
  | 'record_not_checked' // a record claim that the record days cannot judge (no record list, not a daily figure)
  | 'previous_record' // the figure is an earlier record day's (+N)
  | 'adjacent_report' // the figure is the next or previous report's, not the claimed date's
  | 'delta_from_totals' // the report had no (+N): the difference of totals was used
  | 'period_from_totals' // the period figure matches the difference of totals, not the sum of the (+N)
  | 'nearest_figure'; // no match: the closest figure in the window, for a human to look at

export interface DayFigure {
  date: string;
  value: number;
}

export interface Reason {
  code: ReasonCode;
  text: string;
  ref?: DayFigure;
}

export interface Note {
  code: NoteCode;
  text: string;
  ref?: DayFigure;
}

export interface Corroboration {
  status: CorroborationStatus;
  reason: Reason | null;
  reportDate: string | null;
  expected: number | null;
  how: CorroborationHow;
  notes: Note[];
}

export interface CorroborateOptions extends MatchOptions {
  /**
   * How the text words a personnel figure. `killed` for a General Staff figure is a
   * misreading (it counts killed and wounded together): the figure is still checked, with a
   * `killed_vs_casualties` note.
   */
  wording?: 'killed' | 'casualties';
  /**
   * The text presents the figure as an old record ("the previous peak of 1,730"). `true`
   * checks it against the record days only; `false` never does; absent, a daily non-record
   * claim that matches no report near its publication is tried against the record days.
   */
  previousRecord?: boolean;
}
