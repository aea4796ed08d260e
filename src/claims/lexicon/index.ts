/**
 * Every language's data, joined per field for the shared modules. The order of the languages
 * does not matter: each field is an alternation or a table, and the English data stays in the
 * modules themselves.
 */
import { AR } from './ar.ts';
import { BG } from './bg.ts';
import { CS } from './cs.ts';
import { DA } from './da.ts';
import { DE } from './de.ts';
import { EL } from './el.ts';
import { ES } from './es.ts';
import { ET } from './et.ts';
import { FI } from './fi.ts';
import { FR } from './fr.ts';
import { HI } from './hi.ts';
import { HR } from './hr.ts';
import { HU } from './hu.ts';
import { ID } from './id.ts';
import { IT } from './it.ts';
import { LT } from './lt.ts';
import { LV } from './lv.ts';
import { NB } from './nb.ts';
import { NL } from './nl.ts';
import { PL } from './pl.ts';
import { PT } from './pt.ts';
import { RO } from './ro.ts';
import { RU } from './ru.ts';
import type { Claimant } from '../types.ts';
import type { Lexicon } from './types.ts';
import { SK } from './sk.ts';
import { SL } from './sl.ts';
import { SQ } from './sq.ts';
import { SR } from './sr.ts';
import { SV } from './sv.ts';
import { TR } from './tr.ts';
import { UK } from './uk.ts';
import { VI } from './vi.ts';

export type { Lexicon } from './types.ts';

export const LEXICONS: readonly Lexicon[] = [UK, RU, DE, PL, ES, FR, RO, IT, PT, TR, NL, CS, SK, BG, HU, LT, LV, SV, NB, DA, FI, AR, EL, HR, SL, ET, SR, SQ, ID, HI, VI];

function joined(pick: (l: Lexicon) => readonly string[] | undefined): string {
  return LEXICONS.flatMap((l) => pick(l) ?? []).join('|');
}

/** An alternation that never matches, so "a|${NONE}" stays valid when a field is empty. */
const NONE = '(?!)';
const orNone = (s: string): string => (s === '' ? NONE : s);
// context.ts matches its words as prefixes; these end at a word's end ("pers[oi]" is no "personnel").
const whole = (s: string): string => (s === '' ? NONE : `(?:${s})(?![\\p{L}])`);

export const LANG_LOSS = whole(joined((l) => l.loss));
export const LANG_NOT_A_LOSS = whole(joined((l) => l.notALoss));
export const LANG_INTERCEPTION = whole(joined((l) => l.interception));
export const LANG_FORECAST = whole(joined((l) => l.forecast));
export const LANG_COMBINED = whole(joined((l) => l.combined));
export const LANG_OLDER_WAR = whole(joined((l) => l.olderWar));
export const LANG_SIDE_RU = orNone(joined((l) => (l.side?.ru ? [l.side.ru] : [])));
export const LANG_SIDE_UA = orNone(joined((l) => (l.side?.ua ? [l.side.ua] : [])));
export const LANG_SIDE_ENEMY = orNone(joined((l) => (l.side?.enemy ? [l.side.enemy] : [])));
export const LANG_MILITARY = whole(joined((l) => l.military));
export const LANG_METRICS = LEXICONS.flatMap((l) => l.metrics ?? []);
export const LANG_FILLERS: readonly string[] = LEXICONS.flatMap((l) => l.fillers ?? []);
export const LANG_MONTHS: readonly (readonly string[])[] = LEXICONS.flatMap((l) => (l.months ? [l.months] : []));
export const LANG_WEEKDAYS: readonly (readonly string[])[] = LEXICONS.flatMap((l) => (l.weekdays ? [l.weekdays] : []));
export const LANG_FUNCTION_AFTER: readonly string[] = LEXICONS.flatMap((l) => l.functionAfter ?? []);
export const LANG_UNITS: Readonly<Record<string, number>> = Object.assign({}, ...LEXICONS.map((l) => l.units ?? {}));
export const LANG_SCALES: Readonly<Record<string, number>> = Object.assign({}, ...LEXICONS.map((l) => l.scales ?? {}));
export const LANG_DIGIT_SCALES: Readonly<Record<string, number>> = Object.assign({}, ...LEXICONS.map((l) => l.digitScales ?? {}));
export const LANG_COMPOUND_PARTS: Readonly<Record<string, number>> = Object.assign({}, ...LEXICONS.map((l) => l.compound?.parts ?? {}));
export const LANG_COMPOUND_ENDINGS: readonly string[] = [...new Set(LEXICONS.flatMap((l) => l.compound?.endings ?? []))];
export const LANG_BARE_SCALES: readonly string[] = LEXICONS.flatMap((l) => l.bareScales ?? []);
export const LANG_AT_LEAST = orNone(joined((l) => l.qualifiers?.atLeast));
export const LANG_ABOUT = orNone(joined((l) => l.qualifiers?.about));
export const LANG_MORE_THAN = orNone(joined((l) => l.qualifiers?.moreThan));
// One rule per claimant and strength: claimant.ts matches each rule against every sentence.
export const LANG_CLAIMANTS: readonly (readonly [Claimant | null, 'org' | 'country' | 'generic', string])[] = (() => {
  const merged = new Map<string, { claimant: Claimant | null; strength: 'org' | 'country' | 'generic'; ps: string[] }>();
  for (const [claimant, strength, p] of LEXICONS.flatMap((l) => l.claimants ?? [])) {
    const k = `${claimant}|${strength}`;
    const m = merged.get(k) ?? { claimant, strength, ps: [] };
    m.ps.push(p);
    merged.set(k, m);
  }
  return [...merged.values()].map((m) => [m.claimant, m.strength, m.ps.join('|')] as const);
})();
export const LANG_SPEECH = orNone(joined((l) => l.speech));
export const LANG_OUTLET_COUNTS = orNone(joined((l) => l.outletCounts));
export const LANG_SOURCE_BEFORE = orNone(joined((l) => l.sourceBefore));
export const LANG_RANGE_BETWEEN = orNone(joined((l) => l.ranges?.between));
export const LANG_RANGE_AND = orNone(joined((l) => l.ranges?.and));
export const LANG_RANGE_TO = orNone(joined((l) => l.ranges?.to));
export const LANG_CAPTURED = orNone(joined((l) => l.captured));
export const LANG_SINGULARS = orNone(joined((l) => l.singulars));
export const LANG_SINGULAR_LEAD = orNone(joined((l) => l.singularLead));
export const LANG_CONTRAST = orNone(joined((l) => l.contrast));
export const LANG_SAME_NOUN = orNone(joined((l) => l.sameNoun));
export const LANG_SAME_NOUN_AFTER = orNone(joined((l) => l.sameNounAfter));
export const LANG_PREVIOUS = orNone(joined((l) => l.oldRecord?.previous));
export const LANG_RECORD_NOUNS = orNone(joined((l) => l.oldRecord?.nouns));
export const LANG_BEAT_RECORD = orNone(joined((l) => l.oldRecord?.beat));
