/**
 * Checks a media claim attributed to the General Staff against the stored series and record
 * days. The verdict's shape is described in `types.ts`; the order of the checks here:
 *
 * 1. Out of scope → unverified: another claimant, Ukrainian losses, a metric the series does
 *    not carry, an average or a period of unknown length.
 * 2. An old record ("the previous peak of 1,730"): against the record days, when the caller
 *    says so, or when a daily non-record claim matches no report near its publication.
 * 3. The report date: `asOf`, else `matchReportDate`. No date → `no_matching_report`; a date
 *    the series does not hold → `date_not_in_series` (for a record claim, the pipeline's
 *    "reported record" path).
 * 4. The figure on that date: one day's (+N) given as N days; the qualifier's reading; a
 *    recount's difference of totals given as the day's losses; the neighbouring report's
 *    figure under a claimed date; a rounding stated as exact; a misquote; another figure.
 * 5. A record claim whose figure holds: the record days say whether that report set one.
 */
import type { Claim } from '../claims/types.ts';
import { isCategory } from '../core/categories.ts';
import type { Category } from '../core/categories.ts';
import { addDays } from '../core/dates.ts';
import type { RecordDay } from '../series/types.ts';
import { allows, describeQualifier, fmt, nearMiss, roundedTo } from './figures.ts';
import { checkable, claimDays, matchReportDate, publicationDay, seriesFigure, WINDOW_DAYS } from './match-date.ts';
import { RecordIndex } from './series-index.ts';
import type { SeriesIndex } from './series-index.ts';
import type {
  CorroborateOptions,
  Corroboration,
  CorroborationHow,
  CorroborationStatus,
  DayFigure,
  Note,
  Reason,
  ReasonCode,
} from './types.ts';

/**
 * Without the caller's word that a figure is an old record, a near miss of a record counts
 * only within 2% of it (a plain daily figure would too often sit near some record).
 */
const UNHINTED_RECORD_NEAR = 0.02;

export function corroborate(
  claim: Claim,
  series: SeriesIndex,
  records: readonly RecordDay[] | RecordIndex,
  opts: CorroborateOptions = {},
): Corroboration {
  const notes: Note[] = [];
  const done = (
    status: CorroborationStatus,
    reason: Reason | null,
    reportDate: string | null,
    expected: number | null,
    how: CorroborationHow,
  ): Corroboration => ({ status, reason, reportDate, expected, how, notes });
  const unverified = (code: ReasonCode, text: string, reportDate: string | null = null, how: CorroborationHow = 'none') =>
    done('unverified', { code, text }, reportDate, null, how);

  if (claim.claimant !== 'ua_general_staff') {
    return unverified('not_general_staff', `claimed by ${claim.claimant}, not the General Staff: the series cannot check it`);
  }
  if (claim.subject !== 'ru') {
    return unverified('subject_not_in_series', 'the General Staff series counts Russian losses only');
  }
  if (!isCategory(claim.metric) || !series.hasMetric(claim.metric)) {
    return unverified('metric_not_in_series', `the series has no ${claim.metric}`);
  }
  if (!checkable(claim)) {
    return unverified(
      'kind_not_checked',
      claim.kind === 'average' ? 'the General Staff reports no averages' : 'a period of unknown length cannot be summed',
    );
  }
  const metric = claim.metric;
  const recordIndex = records instanceof RecordIndex ? records : new RecordIndex(records);
  const pub = publicationDay(opts.published);
  const days = claimDays(claim);
  const oneDay = days === 1;

  if (opts.wording === 'killed' && metric === 'personnel') {
    notes.push({
      code: 'killed_vs_casualties',
      text: 'the text says killed; the General Staff counts killed and wounded together',
    });
  }

  // An old record, on the caller's word: only the record days can date it.
  if (oneDay && !claim.record && claim.asOf === null && opts.previousRecord === true) {
    const verdict = fromRecords(claim, metric, recordIndex, pub, true, notes);
    if (verdict) return verdict;
    const when = pub === null ? '' : ` before ${pub}`;
    return unverified('no_matching_report', `no record day${when} is at or near ${fmt(claim.value)}`, null, 'record_list');
  }

  const match = matchReportDate(claim, series, opts);

  // A daily figure that matches no report near its publication may be an old record quoted
  // (the text's "previous peak"); a record claim without any date may be an old record day's
  // figure. Not when the article may be ahead of the store (`published`): today's figure is
  // unknown there, and a figure near an old record proves nothing.
  if (oneDay && match.how === 'none') {
    const mayBeOld = claim.record ? pub === null : opts.previousRecord !== false;
    if (mayBeOld) {
      const verdict = fromRecords(claim, metric, recordIndex, pub, false, notes);
      if (verdict) return verdict;
    }
  }

  if (match.date === null) {
    if (pub === null) return unverified('no_matching_report', 'the claim has no date and the article no publication date');
    const nearest = nearestInWindow(claim, series, metric, pub);
    if (nearest) {
      notes.push({
        code: 'nearest_figure',
        text: `the closest figure near ${pub} is ${fmt(nearest.value)} on ${nearest.date}`,
        ref: nearest,
      });
    }
    return unverified(
      'no_matching_report',
      `no report within ${WINDOW_DAYS} days of ${pub} states ${describeQualifier(claim.qualifier, claim.value)}`,
    );
  }

  const date = match.date;
  const how: CorroborationHow = match.how;
  if (!series.has(metric, date)) {
    const text = claim.record && oneDay
      ? `the series has no report for ${date}: a record claim for it stands as a reported record until the report arrives`
      : `the series has no report for ${date}`;
    return unverified('date_not_in_series', text, date, how);
  }

  return checkOnDate(claim, series, recordIndex, metric, date, how, notes);
}

function checkOnDate(
  claim: Claim,
  series: SeriesIndex,
  records: RecordIndex,
  metric: Category,
  date: string,
  how: CorroborationHow,
  notes: Note[],
): Corroboration {
  const days = claimDays(claim);
  const { value, qualifier } = claim;
  const done = (status: CorroborationStatus, reason: Reason | null, reportDate: string, expected: number | null): Corroboration => ({
    status,
    reason,
    reportDate,
    expected,
    how,
    notes,
  });
  const contradicts = (code: ReasonCode, text: string, expected: number, ref?: DayFigure): Corroboration =>
    done('contradicts', ref ? { code, text, ref } : { code, text }, date, expected);

  // The series' figure.
  let expected: number;
  let totalsDiff: number | null = null;
  if (claim.kind === 'cumulative') {
    const total = series.total(metric, date);
    if (total === null) return done('unverified', { code: 'no_figure', text: `the series has no ${metric} total for ${date}` }, date, null);
    expected = total;
  }
  else if (days === 1) {
    const fig = series.daily(metric, date);
    if (!fig) return done('unverified', { code: 'no_figure', text: `the report of ${date} has no (+N) for ${metric}` }, date, null);
    if (fig.source === 'diff') {
      notes.push({ code: 'delta_from_totals', text: `the report of ${date} has no (+N) for ${metric}: the difference of totals is used` });
    }
    expected = fig.value;
  }
  else {
    const fig = days === null ? null : series.period(metric, date, days);
    if (!fig || days === null) {
      return done('unverified', { code: 'no_figure', text: `the series lacks a report in the ${days ?? '?'} days to ${date}` }, date, null);
    }
    expected = fig.value;
    totalsDiff = fig.totalsDiff;

    // One day's (+N) given as the figure for N days. With a lower bound ("over 1,030 in the
    // last two days") the claim is true as stated yet misreports the day, so it goes first.
    const single = singleDayOf(claim, series, metric, date, days);
    if (single && (qualifier === 'more_than' || qualifier === 'at_least' || !allows(qualifier, value, expected))) {
      return contradicts(
        'one_day_as_period',
        `a one-day figure reported as ${days} days: ${fmt(value)} is the (+N) of the report of ${single.date}; the ${days} days to ${date} add up to ${fmt(expected)}`,
        expected,
        single,
      );
    }
  }

  if (allows(qualifier, value, expected)) return accept(claim, records, metric, date, expected, how, notes);

  if (totalsDiff !== null && allows(qualifier, value, totalsDiff)) {
    notes.push({
      code: 'period_from_totals',
      text: `${fmt(value)} is the difference of totals over the ${days} days; the reported (+N) add up to ${fmt(expected)}`,
    });
    return accept(claim, records, metric, date, totalsDiff, how, notes);
  }

  if (days === 1 && claim.kind !== 'cumulative') {
    const recount = series.recount(metric, date);
    if (recount && recount.diff === value) {
      return contradicts(
        'total_difference',
        `${fmt(value)} is the difference of totals, which folds a recount; the report of ${date} said (+${fmt(recount.delta)})`,
        recount.delta,
      );
    }
  }

  // A claimed date one report off (the loss day taken for the report day, or the reverse).
  if (how === 'as_of' && qualifier === 'exact' && (claim.kind === 'cumulative' || days === 1)) {
    for (const other of [addDays(date, -1), addDays(date, 1)]) {
      if (seriesFigure(claim, series, metric, other) === value) {
        notes.push({
          code: 'adjacent_report',
          text: `${fmt(value)} is the figure of the report of ${other}, not of ${date}`,
          ref: { date: other, value },
        });
        return accept(claim, records, metric, other, value, how, notes);
      }
    }
  }

  const what = claim.kind === 'cumulative' ? 'total' : days === 1 ? '(+N)' : `${days}-day sum`;
  if (qualifier === 'exact') {
    const g = roundedTo(value, expected);
    if (g !== null) {
      return contradicts(
        'rounded',
        `${fmt(value)} is the reported ${what} ${fmt(expected)} rounded to ${fmt(g)}s, stated as exact`,
        expected,
      );
    }
  }
  if (nearMiss(value, expected)) {
    return contradicts('misquoted', `the report of ${date} says ${fmt(expected)}, not ${fmt(value)}`, expected);
  }
  return contradicts(
    'mismatch',
    `the report of ${date} gives a ${what} of ${fmt(expected)}; the claim says ${describeQualifier(qualifier, value)}`,
    expected,
  );
}

/** The figure holds: note the qualifier, then judge a record claim. */
function accept(
  claim: Claim,
  records: RecordIndex,
  metric: Category,
  date: string,
  expected: number,
  how: CorroborationHow,
  notes: Note[],
): Corroboration {
  const { value, qualifier } = claim;
  if (qualifier !== 'exact' && value !== expected) {
    notes.push({
      code: 'qualified_figure',
      text: `"${describeQualifier(qualifier, value)}" is consistent with the reported ${fmt(expected)}`,
    });
  }
  else if (qualifier === 'more_than' && value === expected) {
    notes.push({ code: 'qualifier_loose', text: `"more than ${fmt(value)}": the report says exactly ${fmt(expected)}` });
  }
  const ok: Corroboration = { status: 'corroborates', reason: null, reportDate: date, expected, how, notes };
  if (!claim.record) return ok;

  if (claimDays(claim) !== 1 || claim.kind === 'cumulative') {
    notes.push({ code: 'record_not_checked', text: 'the record days judge daily figures only' });
    return ok;
  }
  if (!records.hasMetric(metric)) {
    notes.push({ code: 'record_not_checked', text: `no record days for ${metric}` });
    return ok;
  }
  const set = records.on(metric, date);
  if (set) {
    notes.push({
      code: 'record_confirmed',
      text: set.previous
        ? `the report of ${date} set a record: ${fmt(set.value)} beat ${fmt(set.previous.value)} (${set.previous.date})`
        : `the report of ${date} set the first record: ${fmt(set.value)}`,
      ref: { date, value: set.value },
    });
    return ok;
  }
  const standing = records.standing(metric, date);
  const ref = standing ? { date: standing.date, value: standing.value } : undefined;
  const text = standing
    ? `${fmt(expected)} on ${date} is not a record: ${fmt(standing.value)} on ${standing.date} stood ${standing.value === expected ? 'as high' : 'higher'}`
    : `${fmt(expected)} on ${date} is not a record`;
  return {
    status: 'contradicts',
    reason: ref ? { code: 'not_a_record', text, ref } : { code: 'not_a_record', text },
    reportDate: date,
    expected,
    how,
    notes,
  };
}

/**
 * The claim against the record days set before the publication day (all of them without
 * one): a record's figure → corroborates; a non-record claim a little off a record (within
 * 2% unless `hinted`) → contradicts `misquoted_previous_record`, the closest record given.
 */
function fromRecords(
  claim: Claim,
  metric: Category,
  records: RecordIndex,
  pub: string | null,
  hinted: boolean,
  notes: Note[],
): Corroboration | null {
  const candidates = records.before(metric, pub);
  const same = candidates.filter((r) => r.value === claim.value).pop();
  if (same) {
    notes.push(
      claim.record
        ? { code: 'record_confirmed', text: `${fmt(same.value)} was the record set on ${same.date}`, ref: { date: same.date, value: same.value } }
        : { code: 'previous_record', text: `${fmt(same.value)} was the record set on ${same.date}`, ref: { date: same.date, value: same.value } },
    );
    return { status: 'corroborates', reason: null, reportDate: same.date, expected: same.value, how: 'record_list', notes };
  }
  if (claim.record) return null;
  let best: RecordDay | null = null;
  for (const r of candidates) {
    if (!nearMiss(claim.value, r.value)) continue;
    if (!hinted && Math.abs(claim.value - r.value) > r.value * UNHINTED_RECORD_NEAR) continue;
    if (best === null || Math.abs(claim.value - r.value) < Math.abs(claim.value - best.value)) best = r;
  }
  if (!best) return null;
  const ref = { date: best.date, value: best.value };
  return {
    status: 'contradicts',
    reason: {
      code: 'misquoted_previous_record',
      text: `the previous record was ${fmt(best.value)} on ${best.date}, not ${fmt(claim.value)}`,
      ref,
    },
    reportDate: best.date,
    expected: best.value,
    how: 'record_list',
    notes,
  };
}

/**
 * A report among the N ending on `date` whose (+N) equals the claim: the end day always; an
 * earlier day only when the claim is not a lower bound (where any day's figure would do).
 */
function singleDayOf(claim: Claim, series: SeriesIndex, metric: Category, date: string, days: number): DayFigure | null {
  const bound = claim.qualifier === 'more_than' || claim.qualifier === 'at_least';
  for (let i = 0; i < (bound ? 1 : days); i++) {
    const d = addDays(date, -i);
    if (series.get(metric, d)?.delta === claim.value) return { date: d, value: claim.value };
  }
  return null;
}

/** The figure within the window around the publication day closest to the claim's value. */
function nearestInWindow(claim: Claim, series: SeriesIndex, metric: Category, pub: string): DayFigure | null {
  let best: DayFigure | null = null;
  for (let k = -WINDOW_DAYS; k <= WINDOW_DAYS; k++) {
    const date = addDays(pub, k);
    const value = seriesFigure(claim, series, metric, date);
    if (value === null) continue;
    if (best === null || Math.abs(value - claim.value) < Math.abs(best.value - claim.value)) best = { date, value };
  }
  return best;
}
