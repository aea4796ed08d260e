/**
 * Record language: "deadliest day", "a new record", "first time over 2,000", "рекордні втрати",
 * "впервые"; and references to an old record ("the previous peak of 1,400", "surpasses the
 * 1,950"). A record claim is taken as stated, even when the text is wrong about it.
 */
import { execAll } from './match-all.ts';

import { monthOf, WEEKDAY_WORDS } from './calendar.ts';
import type { Item } from './items.ts';
import type { KindCue } from './kind.ts';
import { hasLossWord } from './loss-context.ts';
import { LANG_BEAT_RECORD, LANG_PREVIOUS, LANG_RECORD_NOUNS } from './lexicon/index.ts';

export type RecordScope = 'day' | 'month' | 'any';

export interface RecordCue {
  start: number;
  end: number;
  scope: RecordScope;
}

// Record words of the lexicon languages (Ukrainian, Russian, Polish, German, Romance, Turkish); kind.ts reads them too.
export const LANG_RECORD_WORDS = [
  'рекорд\\p{L}*|антирекорд\\p{L}*|найбільш\\p{L}*|найвищ\\p{L}*|найгірш\\p{L}*|найкривавіш\\p{L}*|вперше|уперше|наибольш\\p{L}*|самы[йеех] (?:больш|высок|кровав)\\p{L}*|впервые',
  'rekord\\p{L}*|największ\\p{L}*|najwięcej|больше всего|mayor (?:cifra|número)|cifra más alta|le plus grand nombre|cele mai multe|najwyższ\\p{L}*|najkrwawsz\\p{L}*|po raz pierwszy|tödlichste\\p{L}*|höchste\\p{L}*|blutigste\\p{L}*|erstmals|zum ersten mal',
  'récord|más alt[oa]s?|más mortífer\\p{L}*|por primera vez|cel mai (?:mare|ridicat|sângeros|letal)\\p{L}*|pentru prima (?:dată|oară)|le plus (?:meurtrier|élevé|sanglant|lourd)|la plus (?:meurtrière|élevée|sanglante|lourde)|les plus (?:lourdes|importantes|élevées|meurtrières|sanglantes)|(?:su|el|la) peor (?:saldo|jornada|día|cifra|balance)|pour la première fois|aldrei (?:verið )?meira|rekor\\p{L}*|en yüksek|ilk kez',
].join('|');

const RECORD = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      'record(?!ed|ing)(?:-high|-breaking|s)?|than (?:on |in )?any (?:other |previous |single |one )?day|(?:the )?most(?= (?:(?:it|they|kyiv|ukraine|has|have|had|ever|been|reported|recorded|registered|claimed|lost|seen)\\s+){0,3}(?:in (?:a single|one|any) day|since|of the (?:war|invasion)|ever|on record))|new high|all-time high|deadliest|bloodiest|highest|worst|biggest|largest|heaviest|most ever|unprecedented|(?:for )?the first time|first time|never before|peak(?:ed|s)?',
      LANG_RECORD_WORDS,
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);

// "the sixth highest", "second-highest": a rank, not a record.
const ORDINAL_BEFORE = /(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|segund\p{L}*|tercer\p{L}*|cuart\p{L}*|quint\p{L}*|sext\p{L}*|другий|третій|второй|третий|drugi|trzeci|zweit\p{L}*|dritt\p{L}*)[\s-]+(?:\p{L}+\s+)?$/iu;
// "among the heaviest days", "one of the deadliest": one of several, not a record.
const RANK_BEFORE = /(?:one of|among|amongst) (?:the|its|their) (?:[\p{L}-]+\s+)?$|(?:одн\p{L}* (?:з|із|из)|серед|среди|jed\p{L}* z|wśród|ein\p{L}* der|unter den|un[oa]s? de (?:los|las)|entre (?:los|las)|l'une? des|parmi les|unul dintre|una dintre|printre) (?:[\p{L}-]+\s+)?$/iu;
// Records of something other than losses.
const NOT_LOSSES_AFTER = /^[\s\p{L}-]{0,30}?(?:attack|strike|drone|barrage|offensive|advance|assault|exchange|mobili|salvo|bombard|missile|gains|rate|year|escalation|ataque|атак|удар|обстріл|обмін|обмен)/iu;
const FORECAST_NEAR = /(?:expected|likely|could|would|will|may|might|forecast|projected)[\s\p{L}]{0,20}$/iu;

// "previous", "earlier" (the lexicons add theirs: "попередній", "la marca anterior").
const PREVIOUS_WORDS = `previous(?! day| 24)|prior|preceding(?! day| 24)|former|earlier(?! (?:today|this|in the|on))|${LANG_PREVIOUS}`;
// Verbs that beat an old record ("smashing the 1,030", "перевищив", "superó").
export const BEAT_WORDS = `surpass\\p{L}*|exceed\\p{L}*|beat|beats|beating|broke|breaking|topp\\p{L}*|eclips\\p{L}*|smash\\p{L}*|shatter\\p{L}*|outstrip\\p{L}*|overtak\\p{L}*|${LANG_BEAT_RECORD}`;
const PREVIOUS_NEAR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PREVIOUS_WORDS}|old)(?![\\p{L}])`, 'iu');
const PREVIOUS_NEAR_AFTER = new RegExp(`^\\s*(?:${PREVIOUS_WORDS})(?![\\p{L}])`, 'iu');

const MONTH_WORDS = /(?:month|місяц|месяц|miesi[aą]c|monat|mes(?![\p{L}])|luna|lună|mois|mánuð)/iu;
const DAY_WORDS = /(?:\bday|24 hours|24-hour|доб|сутк|суточ|dzie[nń]|dnia|doby|\btag|día|\bzi\b|jour|sólarhring|24 saat|24 horas|24 годин|24 часа|24 godzin|pocas horas|daily)/iu;
// "its heaviest losses of the war on Tuesday": a weekday beside a word of losses names one day (in any lexicon
// language), unless a longer stretch is named beside it ("the largest prisoner swap on Friday" is no day's losses).
const LONGER_WORDS = /(?:annual|year|week|рік|річн|року|год(?![\p{L}])|годов|тиж|недел|jahr|jähr|año|anual|\brok|roczn|année|annuel|semaine|semana|woche|tydzie)/iu;
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** Record cues in a sentence, with whether they are about a day or a month. */
export function findRecordCues(s: string): RecordCue[] {
  const out: RecordCue[] = [];
  RECORD.lastIndex = 0;
  for (const m of execAll(RECORD, s)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = s.slice(Math.max(0, start - 30), start);
    const after = s.slice(end, end + 40);
    if (ORDINAL_BEFORE.test(before) || RANK_BEFORE.test(before) || NOT_LOSSES_AFTER.test(after) || FORECAST_NEAR.test(before)) continue;
    // "the previous record", "la marca anterior": an old record, not a new one.
    if (PREVIOUS_NEAR_BEFORE.test(before.slice(-20)) || PREVIOUS_NEAR_AFTER.test(after)) continue;
    const near = s.slice(Math.max(0, start - 50), end + 50);
    // (Not "the heaviest annual toll …, he said on Saturday": the weekday dates the saying, the record is a year's.)
    const scope: RecordScope = MONTH_WORDS.test(near) ? 'month' : DAY_WORDS.test(near) || (WEEKDAY.test(near) && hasLossWord(near) && !LONGER_WORDS.test(near)) ? 'day' : 'any';
    out.push({ start, end, scope });
  }
  return out;
}

const PREVIOUS = new RegExp(`(?<![\\p{L}])(?:${PREVIOUS_WORDS}|${BEAT_WORDS})(?![\\p{L}])`, 'iu');
const PREVIOUS_ALL = new RegExp(PREVIOUS.source, 'giu');
const PREVIOUS_RECORD_WORD = new RegExp(`(?:record|peak|high|highest|maximum|${LANG_RECORD_NOUNS})`, 'iu');
const OLD_RECORD_FRAME_BEFORE = /(?:below|short of|under|than|behind|near|matching|equall?ing|from)\s+(?:the|its|a)\s+(?:daily\s+|single-day\s+|one-day\s+)?(?:record|high|peak)(?:\s+of)?\s*$/iu;
const SET_AFTER = /^[^.;0-9]{0,20}?,?\s*(?:set|reached|recorded|registered|logged|reported|seen|hit)\s+(?:on|in|last|earlier|back|a |two|three|just|only|during|at)/iu;
const SINCE_WHEN_BEFORE = /(?<![\p{L}])since [^.;]{1,30}?,? when [^.;0-9]{0,40}$/iu;
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
  // "the highest since November 12, when it said Russia had lost 1,460": the day a high reaches back to.
  if (hasRecordWord && SINCE_WHEN_BEFORE.test(before)) return true;
  if (end !== undefined && PREVIOUS_RECORD_WORD.test(before.slice(-40)) && SET_AFTER.test(s.slice(end, end + 40))) return true;
  let last: RegExpExecArray | null = null;
  for (const m of execAll(PREVIOUS_ALL, before)) last = m;
  if (last === null) return false;
  // The marker belongs to this figure only if no other figure stands between them.
  const between = before.slice(last.index);
  if (/[0-9]/.test(between.replace(/24[ -]?hours?/g, ''))) return false;
  // The record's noun may stand before the word ("la marca anterior, de 264").
  return hasRecordWord || PREVIOUS_RECORD_WORD.test(before.slice(Math.max(0, last.index - 16)));
}

const WORD = /[\p{L}]+/gu;

/** An old record's month, named within a few words of its figure ("należał do listopada, gdy … 45 720"), as its window. */
export function monthNear(s: string, it: Item): KindCue | null {
  const from = Math.max(0, it.start - 60);
  let best: KindCue | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const m of s.slice(from, Math.min(s.length, it.end + 40)).matchAll(WORD)) {
    const month = monthOf(m[0]);
    if (month === null) continue;
    const start = from + m.index;
    const d = start < it.start ? it.start - start : start - it.end;
    if (d < bestD) {
      bestD = d;
      best = { start, end: start + m[0].length, kind: 'period', strength: 3, days: null, tag: 'month', month };
    }
  }
  return best;
}
