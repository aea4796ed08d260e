/**
 * Record language: "deadliest day", "a new record", "first time over 2,000", "рекордні втрати",
 * "впервые"; and references to an old record ("the previous peak of 1,400", "surpasses the
 * 1,950"). A record claim is taken as stated, even when the text is wrong about it.
 */
import { execAll } from './match-all.ts';

export type RecordScope = 'day' | 'month' | 'any';

export interface RecordCue {
  start: number;
  end: number;
  scope: RecordScope;
}

const RECORD = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'record(?!ed|ing)(?:-high|-breaking|s)?|(?:the )?most(?= (?:in (?:a single|one|any) day|since|of the (?:war|invasion)|ever|on record))|new high|all-time high|deadliest|bloodiest|highest|worst|biggest|largest|heaviest|most ever|unprecedented|(?:for )?the first time|first time|never before|peak(?:ed|s)?',
      'рекорд\\p{L}*|антирекорд\\p{L}*|найбільш\\p{L}*|найвищ\\p{L}*|найгірш\\p{L}*|найкривавіш\\p{L}*|вперше|уперше|наибольш\\p{L}*|самы[йеех] (?:больш|высок|кровав)\\p{L}*|впервые',
      'rekord\\p{L}*|największ\\p{L}*|najwyższ\\p{L}*|najkrwawsz\\p{L}*|po raz pierwszy|tödlichste\\p{L}*|höchste\\p{L}*|blutigste\\p{L}*|erstmals|zum ersten mal',
      'récord|más alt[oa]s?|más mortífer\\p{L}*|por primera vez|cel mai (?:mare|ridicat|sângeros|letal)\\p{L}*|pentru prima (?:dată|oară)|le plus (?:meurtrier|élevé)|la plus (?:meurtrière|élevée)|pour la première fois|aldrei (?:verið )?meira|rekor\\p{L}*|en yüksek|ilk kez',
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);

// "the sixth highest", "second-highest": a rank, not a record.
const ORDINAL_BEFORE = /(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|segund\p{L}*|tercer\p{L}*|cuart\p{L}*|quint\p{L}*|sext\p{L}*|другий|третій|второй|третий|drugi|trzeci|zweit\p{L}*|dritt\p{L}*)[\s-]+(?:\p{L}+\s+)?$/iu;
// Records of something other than losses.
const NOT_LOSSES_AFTER = /^[\s\p{L}-]{0,30}?(?:attack|strike|drone|barrage|offensive|advance|assault|exchange|mobili|salvo|bombard|missile|gains|rate|year|escalation|ataque|атак|удар|обстріл|обмін|обмен)/iu;
const FORECAST_NEAR = /(?:expected|likely|could|would|will|may|might|forecast|projected)[\s\p{L}]{0,20}$/iu;

const MONTH_WORDS = /(?:month|місяц|месяц|miesi[aą]c|monat|mes(?![\p{L}])|luna|lună|mois|mánuð)/iu;
const DAY_WORDS = /(?:\bday|24 hours|24-hour|доб|сутк|суточ|dzie[nń]|dnia|doby|\btag|día|\bzi\b|jour|sólarhring|24 saat|24 horas|24 годин|24 часа|24 godzin|pocas horas|daily)/iu;

/** Record cues in a sentence, with whether they are about a day or a month. */
export function findRecordCues(s: string): RecordCue[] {
  const out: RecordCue[] = [];
  RECORD.lastIndex = 0;
  for (const m of execAll(RECORD, s)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = s.slice(Math.max(0, start - 30), start);
    const after = s.slice(end, end + 40);
    if (ORDINAL_BEFORE.test(before) || NOT_LOSSES_AFTER.test(after) || FORECAST_NEAR.test(before)) continue;
    if (/previous|prior|preceding|former|old|попередн|предыдущ|poprzedni|bisherig|vorherig|anterior|precedent|précédent/iu.test(before.slice(-20))) continue;
    const near = s.slice(Math.max(0, start - 50), end + 50);
    const scope: RecordScope = MONTH_WORDS.test(near) ? 'month' : DAY_WORDS.test(near) ? 'day' : 'any';
    out.push({ start, end, scope });
  }
  return out;
}

const PREVIOUS = new RegExp(
  '(?<![\\p{L}])(?:previous(?! day| 24)|prior|preceding(?! day| 24)|former|surpass\\p{L}*|exceed\\p{L}*|beat|beating|broke|breaking|topp\\p{L}*|eclips\\p{L}*|попередн\\p{L}*|предыдущ\\p{L}*|прежн\\p{L}*|перевищ\\p{L}*|превыси\\p{L}*|побив|побил\\p{L}*|poprzedni\\p{L}*|bisherig\\p{L}*|vorherig\\p{L}*|anterior\\p{L}*|precedent\\p{L}*|précédent\\p{L}*|depășe\\p{L}*)(?![\\p{L}])',
  'iu',
);
const PREVIOUS_ALL = new RegExp(PREVIOUS.source, 'giu');
const PREVIOUS_RECORD_WORD = /(?:record|peak|high|highest|рекорд|pico|szczyt|höchst)/iu;
const OLD_RECORD_FRAME_BEFORE = /(?:below|short of|under|than|behind|near|matching|equall?ing|from)\s+(?:the|its|a)\s+(?:daily\s+|single-day\s+|one-day\s+)?(?:record|high|peak)(?:\s+of)?\s*$/iu;
const SET_AFTER = /^[^.;0-9]{0,20}?,?\s*(?:set|reached|recorded|registered|logged|reported|seen|hit)\s+(?:on|in|last|earlier|back|a |two|three|just|only|during|at)/iu;
const SENTENCE_PRIOR = /^\s*(?:prior to this|before that|before this|previously|раніше|ранее|wcześniej|zuvor|anteriormente)/iu;

/**
 * True when the figure at `start` is an old record the sentence compares with ("the previous
 * record of 1,400", "tops the 1,500 … recorded on Jan. 5", "Prior to this, March …").
 */
export function isPreviousRecord(s: string, start: number, hasRecordWord: boolean, end?: number): boolean {
  if (SENTENCE_PRIOR.test(s)) return true;
  const before = s.slice(Math.max(0, start - 80), start);
  // "below the record of 2,030", "the record of 2,030 set last month": a record held before.
  if (OLD_RECORD_FRAME_BEFORE.test(before)) return true;
  if (end !== undefined && PREVIOUS_RECORD_WORD.test(before.slice(-40)) && SET_AFTER.test(s.slice(end, end + 40))) return true;
  let last: RegExpExecArray | null = null;
  for (const m of execAll(PREVIOUS_ALL, before)) last = m;
  if (last === null) return false;
  // The marker belongs to this figure only if no other figure stands between them.
  const between = before.slice(last.index);
  if (/[0-9]/.test(between.replace(/24[ -]?hours?/g, ''))) return false;
  return hasRecordWord || PREVIOUS_RECORD_WORD.test(between);
}
