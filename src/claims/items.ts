/**
 * The figures of one sentence that count losses: a number, the noun it counts (after it, or
 * before it: "the count of dead rose by 1,240"), and a context that makes it a loss.
 * Who said it, what window it covers and its date are settled later, across sentences.
 */
import {
  hasCivilianWord,
  hasLossWord,
  hasMilitaryWord,
  hasEquipmentLossWord,
  hasNotALossWord,
  isUsedInAttack,
  isExchange,
  isCombined,
  isCombinedPhrase,
  isDebunked,
  isForecast,
  isInterception,
} from './loss-context.ts';
import { findKindCues } from './kind.ts';
import { execAll } from './match-all.ts';
import { nounAfter, nounAt, nounBefore } from './metrics.ts';
import type { MetricNoun } from './metrics.ts';
import { findNumbers } from './numbers.ts';
import type { NumberMention } from './numbers.ts';
import { QUALIFIER_WORDS, qualifierOf } from './qualifier.ts';
import { BULLET_FIGURE, FIGURE_LINE, TABLE_ROW } from './sentences.ts';
import type { Sentence } from './sentences.ts';
import { native } from './native.ts';
import { MONTH_WORDS } from './calendar.ts';
import { LEXICONS, LANG_CAPTURED, LANG_OLDER_WAR, LANG_RANGE_AND, LANG_PREVIOUS, LANG_RECORD_NOUNS, LANG_SAME_NOUN, LANG_SAME_NOUN_AFTER } from './lexicon/index.ts';
import { BEAT_WORDS, findRecordCues } from './record.ts';
import { SIDE_AFTER, subjectInPhrase } from './subject.ts';
import { DAILY_MAX } from './work.ts';
import type { Qualifier } from './types.ts';
import { TOTAL_MAX } from './work.ts';

// "360,000 dead and injured combined": both armies added up, in a sentence that names both sides.
const COMBINED_AFTER = /^(?:\s+(?:and|or)\s+(?:injured|wounded|missing|killed|dead))?\s*(?:combined|together|put together|added together)(?![\p{L}])/iu;
// "each side had lost more than 100,000 troops", "100,000 on each side", "at more than 100,000 each" (in a
// sentence naming both sides): not the two armies added up but the same figure for each.
const EACH_SIDE_BEFORE = /(?<![\p{L}])(?:each|either) (?:side|army|of the two (?:sides|armies))(?:'s)?(?:\s+(?:has|had|have|was|is))?(?:\s+(?:lost|suffered|sustained|taken|losses|casualties|dead|(?:death )?toll|(?:stood|stands|were|was|are|is) at|(?:at|of)))+\s+(?:(?:more than|over|about|around|some|roughly|nearly|at least|up to|as many as)\s+)?$/iu;
const EACH_SIDE_AFTER = /^(?:\s+[\p{L}'-]+){0,3}?\s+(?:on|for|from) (?:each|either) side(?![\p{L}])/iu;
const EACH_AFTER = /^(?:\s+[\p{L}'-]+)?\s+each(?![\p{L}])/iu;
// "2,200 of the 3,500 tanks it had": the figure after "of" is the whole a loss is taken from.
const WHOLE_AFTER_PART = /(?<![\p{L}\d,.])\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:out\s+)?of\s+(?:the|its|their|his|russia's|ukraine's|an estimated|some|about|roughly|around)?\s*$/iu;

export interface Item {
  sentence: Sentence;
  num: NumberMention;
  noun: MetricNoun;
  /** Offsets in the sentence: the figure's first character and the end of its noun phrase. */
  start: number;
  end: number;
  qualifier: Qualifier;
  /** Number to noun, plus the word after the noun: where "Russian"/"rosyjskich"/"ВСУ" are read. */
  phrase: string;
  /** The noun is a bare "killed"/"wounded": the side may be named before it. */
  bare: boolean;
  /** A drone or missile count in a sentence about launches and interceptions. */
  interception: boolean;
  /**
   * A figure in brackets after another: its day's change ("(+40)", "(21 más)"), its total
   * ("(6910)"), or the same figure given exactly ("almost 300 thousand (299,210)").
   */
  link: { to: Item; role: 'delta' | 'total' | 'same' } | null;
  /**
   * The figure before in one series with this one: the start of a change it ends ("from a mean of
   * 931 … down to 776"), or the month before in a list of months ("983 a day in February, 913 in
   * March"). A rate when that one is.
   */
  seriesOf?: Item;
  /** "each side had lost more than 100,000", "100,000 on each side", "on both sides at 100,000 each": one figure for each army. */
  eachSide?: true;
}

// The same noun phrase may be preceded by a word that makes the figure a day's change.
const DELTA_WORDS = /^(?:\s*(?:more|más|ще|ещё|еще|new|нових|новых|additional|extra|en el último balance|en el último día|más en)(?![\p{L}]))/iu;
// The Arabic comma and the "and" glued to the next word ("، و13037") join a list too.
const LIST_GAP = /^[\s,;\u060c]*(?:and|as well as|plus|also|і|й|та|а також|и|а також|y|e|i|oraz|und|și|et|ve|و)?[\s,;\u060c]*(?:even|another|also)?\s*$/iu;
const BARE = /^(?:killed|dead|wounded|injured|deaths?|casualt\p{L}*|fatalit\p{L}*|вбит\p{L}*|убит\p{L}*|загибл\p{L}*|погибш\p{L}*|поранен\p{L}*|ранен\p{L}*|zabit\p{L}*|rannych|tote[n]?|getötete?n?|gefallene?n?|verwundete?n?|muertos|heridos|bajas|morți|uciși|răniți|morts|tués|blessés)$/iu;

// "5,710 killed and 200 taken prisoner", "… and 10 occupiers surrendered", "unos 3.700 heridos, además de 572 militares capturados":
// soldiers captured, listed beside the dead or wounded, are losses of another kind (metric other).
const CAPTURED_AFTER = new RegExp(
  `^\\s*(?:[\\p{L}'-]+\\s+){0,2}?(?:taken (?:as )?(?:prisoners?|captive)|(?:were |had been |have been )?captured|(?:have |had )?surrendered|gave themselves up|prisoners?(?: of war)?|pows|captives|${LANG_CAPTURED})(?![\\p{L}])`,
  'iu',
);
// "captured 471 soldiers", "took 60 servicemen prisoner": soldiers taken, not lost in a toll.
const WINDOW_UNIT_AFTER = /^[\s-]*(?:days?|weeks?|months?|years?|hours?|nights?)(?![\p{L}])/iu;
const MONTH_RIGHT_BEFORE = /(?<![\p{L}])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*|\.)\s+$/iu;
const HURT_THEN_CAPTURED = /(?<![\p{L}])(?:killed|wounded|injured)(?:,?\s+(?:or|and)\s+|,\s*)(?:(?:killed|wounded|injured)(?:,?\s+(?:or|and)\s+|,\s*))?captured\s+(?:(?:about|around|some|over|more than|up to|nearly|almost|at least)\s+)?$/iu;
const CAPTURED_BEFORE = /(?<![\p{L}])(?:captured|captures|capturing|took|taken|taking)\s+(?:(?:about|around|some|over|more than|up to|nearly|almost|at least|another)\s+)?$/iu;
// The list may go on after the first figure's verb ("4,300 soldiers had been killed, and 150 …").
// A rate right before ("a day, roughly", "per day — some"), then a figure and its window ("for the month", "over the year").
const RATE_BEFORE_TOTAL = /(?:a|per|each|every) (?:day|week)\s*[,–—]\s*(?:(?:or|and)\s+)?(?:roughly|about|around|some|nearly|almost|approximately|more than|over|just over|close to)?\s*$/iu;
const TOTAL_WINDOW_AFTER = /^\s+(?:for|over|across|in|during|throughout) the (?:whole |entire )?(?:month|week|year|quarter)(?![\p{L}])/iu;
// A figure given as a part of the one before: "45,000 troops, including 11,000 North Korean soldiers".
const RATIO_SIDE_AFTER = /^[:\u2236]\d/u;
const RATIO_SIDE_BEFORE = /\d[:\u2236]$/u;
const PART_OF_BEFORE = /^(?:\s*[\p{L}'-]+){0,2}[\s,(]*(?:including|among them|of whom|of them)\s+(?:(?:about|around|some|up to|as many as|more than|over|nearly)\s+)?$/iu;
/** The words around a figure of soldiers named after it: 60 characters before, and after the noun up to ", and", a semicolon or the 40th character. */
function troopsPhraseAround(s: string, start: number, nounEnd: number): string {
  const tail = s.slice(nounEnd, nounEnd + 40);
  // (A comma opening a part of the count, "3300 украинцев, включая 303 ребенка", does not end it.)
  const stop = /,\s*(?:and|but|while|plus)\s|;/iu.exec(tail);
  return s.slice(Math.max(0, start - 60), nounEnd) + (stop === null ? tail : tail.slice(0, stop.index));
}
// (A bracket may open the gap: "412 осіб (вбиті й поранені, а також троє взяті в полон)".)
const CAPTIVE_GAP = /^(?:[\s,(]*[\p{L}'-]+(?![\p{L}'-])){0,4}?[\s,;]*(?:and|as well as|plus|along with|with|і|й|та|а також|и|а также|y|e|i|oraz|und|sowie|și|precum și|et|ainsi que|además de|así como|oltre a)?[\s,;]*(?:another|also|some|about|around|unos|unas|около|близько|około|etwa|rund)?\s*$/iu;

/** A unit of length, area or mass right after a figure: a calibre, a distance or a weight. */
const MEASURE_AFTER = /^(?:\s?-?(?:mm|cm|km|kg|km²|sq\.? ?km)|\s+(?:millimet(?:er|re)s?|centimet(?:er|re)s?|kilomet(?:er|re)s?|met(?:er|re)s|feet|foot|ft|miles?|yards|inch(?:es)?|kilograms?|tonnes?|hectares?|square))(?![\p{L}])/iu;
/** "one in 20", "per 10,000": the figure after is a ratio's denominator. */
const DENOMINATOR_BEFORE = /(?:(?<![\p{L}\d])(?:one|1|two|2|three|3) in|(?<![\p{L}])per)\s+$/iu;
/** "others" right after a figure, in a sentence that counted something before it. */
const OTHERS_AFTER = /^\s+others(?![\p{L}])/iu;
/** Only an opening bracket between a total and its change: "2.914 (+3". */
const OPEN_BRACKET_GAP = /^\s*\(\s*\+?\s*$/u;

/** The bracket that holds offset `i`, when it opens right after `after` (an item's end, maybe a word or two later). */
function bracketAfter(s: string, after: number, i: number): boolean {
  const open = s.indexOf('(', after);
  if (open < 0 || open > i || !/^\s*(?:[\p{L}-]+\s*){0,3}$/u.test(s.slice(after, open))) return false;
  const close = s.indexOf(')', open);
  return close > i;
}

/** A rate word ("an average of", "a day") in the bracket that holds the figure. */
function rateIn(s: string, after: number, num: NumberMention): boolean {
  const open = s.indexOf('(', after);
  const close = s.indexOf(')', num.end);
  return findKindCues(s).some((c) => c.kind === 'average' && c.start > open && c.end <= close);
}

const PERSONNEL_TOTAL_BEFORE = /(?:total|toll|tally|count|number|losses|casualties|figure)(?![\p{L}])/iu;

// "killed in Russian attacks on Kharkiv": the side named is the attacker's, not whose the dead are.
const BY_ATTACKER = /(?<![\p{L}])(?:in|by|during|after) (?:a |an |the )?(?:(?:new|fresh|overnight|latest|massive|combined|deadly|separate) )?(?:russian|ukrainian|russia's|ukraine's) (?:[\p{L}-]+ ){0,2}?(?:attacks?|strikes?|shelling|bombardments?|air ?raids?)(?: (?:on|against) (?:the )?[\p{L}-]+)?(?![\p{L}])/giu;
// "Russian troops reported killed by Ukraine": the agent of a passive did the killing; it lost nothing.
const PASSIVE_AGENT = /(?<=(?:killed|wounded|destroyed|eliminated|reported|counted|claimed|downed|shot down|neutrali[sz]ed|taken out)\s+)by (?:the )?(?:ukraine|russia|kyiv|kiev|moscow|(?:ukrainian|russian|ukraine's|russia's) (?:forces|troops|army|military|defenders|side))(?![\p{L}])/giu;
const IN_PLACE = /(?<![\p{L}])(?:in|inside|across|on|into) (?:the )?(?:ukraine|russia|kursk|donbas+|crimea)(?![\p{L}'])|(?<![\p{L}])(?:в|у|на) (?:україні|украине|росії|россии)(?![\p{L}])|(?<![\p{L}])(?:w|na) (?:ukrainie|rosji)(?![\p{L}])|(?<![\p{L}])(?:in der|in) (?:ukraine|russland)(?![\p{L}])|(?<![\p{L}])en (?:ucrania|rusia|ukraine|russie)(?![\p{L}])/giu;


// A line headed by a year, as breakdowns by year give them: "2023 - 253,290 troops (693 a day)",
// "* 2025, up to June 4: more than 200,000". The year names the row's window (kind.ts), not a count.
export const YEAR_ROW = /^\s*(?:[-\u2022*\u25aa\u25cf]\s*)?20[1-3]\d(?!\d)(?:,?[^\d\n.;]{0,24}\d{0,2}\)?)?\s*[\u2012-\u2015:-]\s/u;

export interface SentenceContext {
  sentence: Sentence;
  previous: Sentence | undefined;
  /** Figures read from the sentence before: a list may go on ("And the list goes on with 36,621 drones"). */
  previousItems: number;
  /** The noun of the last figure read in the sentences just before: what an elided figure counts. */
  topic?: MetricNoun | null;
  /** The personnel noun of the sentence before, if it counted one: a total may follow with no noun ("Загалом – 712 610"). */
  previousNoun?: MetricNoun | undefined;
  /** Whether any sentence before this one names the army or the war: a bare "dead" or "people" is soldiers then. */
  militaryEarlier?: () => boolean;
}

// A figure whose noun is left out because the text already named it: "the previous record of
// 1,740", "the total now stands at 561,400", "put the overall number at 784,200", "had reported
// 1,770", "gave a figure of 5,937". What it counts is the figure before it (the topic).
const FRAME_NOUN =
  '(?:record|high|peak|maximum|total|tally|toll|count|figure|number|estimate|average|rate|losses|loss|casualties|estimates?|оцінк\\p{L}*|оценк\\p{L}*|цифр\\p{L}*|szacun\\p{L}*|schätzung\\p{L}*|estimaci\\p{L}*|cifra|chiffre|estimation|bilan|balance|рекорд\\p{L}*|максимум\\p{L}*|показник\\p{L}*|показател\\p{L}*|rekord\\p{L}*|höchststand|récord)';
// Any qualifier of any lexicon language ("nearly", "майже", "ok.", "unos").
const HEDGE = `(?:${QUALIFIER_WORDS}|just|only|a record|an estimated)`;
const FRAME_HEDGE = `\\s*(?:${HEDGE}\\s+)?$`;
// Verbs of reaching, passing or nearing a mark, with the total as their subject ("the total neared", "цифра наблизилася до").
const MARK_VERB =
  '(?:neared|approached|nearing|approaching|passed|surpassed|exceeded|topped|crossed|(?:gone|went) past|наблизил\\p{L}* до|наближа\\p{L}* до|перевалил\\p{L}* за(?: позначку)?|перевищил\\p{L}*|перетнул\\p{L}*(?: позначку)?|досягл\\p{L}*|сягнул\\p{L}*|приблизил\\p{L}* к|превысил\\p{L}*|перевалил\\p{L}* за|przekroczył\\p{L}*|zbliżył\\p{L}* się do|sięgnęł\\p{L}*|überschritten|überstieg\\p{L}*|erreicht\\p{L}*|ha superado|superó|alcanzó|ha alcanzado|a dépassé|a atteint|a depășit|a atins|a trecut de)';
const ELIDED_BEFORE = new RegExp(
  `${FRAME_NOUN}(?:\\s+(?:so far|to date|now|then|yet|of all|on record|since the invasion|for the war))?(?:\\s*,)?\\s*(?:of|at|to|was|is|stood at|stands at|now stands at|reached|hit|came to|rose to|climbed to|went to|had been|has been|становив|становить|склав|сягнув|составил\\p{L}*|составлял|достиг\\p{L}*|wynosił|wynosi|lag bei|liegt bei|fue de|es de|${MARK_VERB}|:|\u2014|\u2013|-)${FRAME_HEDGE}`,
  'iu',
);
// A few words may stand between ("the total since the start of the war now stands at").
const ELIDED_FAR_BEFORE = new RegExp(`${FRAME_NOUN}(?:\\s+[\\p{L}'-]+){1,8}?\\s+(?:now\\s+)?(?:stands? at|stood at|came to|rose to|climbed to|is put at|was put at|amounts? to|amounted to|ha(?:ve|s) reached|reached|totall?ed|totals?)${FRAME_HEDGE}`, 'iu');
// (Also a week's or a month's: "1,500 troops in one day and 9,000 over the past week".)
const ELIDED_WINDOW_AFTER = /^\s*(?:(?:more|new|added|another|additional)\s+)?(?:over|in|during|within|from|for)\s+(?:the\s+)?(?:(?:past|last|previous|preceding)\s+(?:day|24 hours|twenty-four hours|week|seven days|month|fortnight)|week|weekend)(?![\p{L}])/iu;
const REPORTED_BEFORE = new RegExp(
  `(?:reported|recorded|registered|logged|counted|listed|announced|gave|cited|adding|added|adds|killed|lost|destroyed|eliminated|took out|knocked out|accounted for|spoken of|spoke of|speaks of|talked of|talks of|put (?:it|them|the (?:[\\p{L}-]+ ){0,3}?(?:number|figure|total|toll|losses|count)) at|putting (?:it|the (?:[\\p{L}-]+ ){0,3}?(?:number|figure|total|toll|losses|count)) at|` +
    // "counted", in the lexicon languages: "налічили", "насчитали", "naliczyli", "contabilizó".
    `налічил\\p{L}*|нарахувал\\p{L}*|підрахувал\\p{L}*|зафіксувал\\p{L}*|насчитал\\p{L}*|подсчитал\\p{L}*|зафиксировал\\p{L}*|naliczył\\p{L}*|policzył\\p{L}*|gezählt|zählten|contabiliz\\p{L}*|recensé|comptabilisé|numărat)\\s+(?:(?:${HEDGE}|another|a further)\\s+)?$`,
  'iu',
);

// Between a figure and the one before it, these make it the same kind of thing ("a total of",
// "the exact number … is", "the previous peak of", "including more than").
// "200,000 on the Russian side and 80,000 …": the second figure counts the same thing for the other side.
const SIDE_GAP = new RegExp(`^${SIDE_AFTER.source.slice(1)}[\\s,;]*(?:and|while|against|versus|vs\\.?|і|та|и|а|und|y|i|et|și)\\s+$`, 'iu');
const SAME_NOUN = /(?:reported|recorded|registered|counted|announced|said|total|tally|number|figure|exact|precise|record|peak|high|surpass\p{L}*|previous|compared|than|including|incluyendo|of which|of whom|z czego|davon|din care|dont|liczba|цифр\p{L}*|числ\p{L}*|кількіст\p{L}*|cifra|zahl|загалом|всього|всего|łącznie|insgesamt|în total|bringing|adding|to add)/iu;
const LANG_SAME_NOUN_RE = new RegExp(`(?<![\\p{L}])(?:${LANG_SAME_NOUN})(?![\\p{L}])`, 'iu');
const YEAR_AFTER = /^\s*(?:р\.|року|році|рік|рр|г\.|год\p{L}*|roku|rok|r\.|jahr\p{L}*|year|años?|ano|année|an(?![\p{L}])|anul|anului)/iu;
const LANG_SAME_NOUN_AFTER_RE = new RegExp(`^\\s*(?:${LANG_SAME_NOUN_AFTER})(?![\\p{L}])`, 'iu');
// A list of equipment in "the day's total": the tally's own words.
const TALLY = /(?<![\p{L}])(?:total|tally|загалом|всього|всего|łącznie|insgesamt|en total|în total)(?![\p{L}])/iu;
const RECORD_NEAR = new RegExp(`(?:record|peak|рекорд|rekord|récord)|(?<![\\p{L}])(?:maximum|${LANG_RECORD_NOUNS})(?![\\p{L}])`, 'iu');
// "the previous high of 1,380", "la marca anterior, de 264", "предыдущий максимум — 1 030": an
// old record, in either order of its words (the lexicons give theirs).
const OLD_WORD = `previous|prior|old|former|earlier|${LANG_PREVIOUS}`;
const RECORD_NOUN = `record|high|peak|maximum|höchststand|${LANG_RECORD_NOUNS}`;
const OLD_RECORD_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:${OLD_WORD})\\s+(?:daily\\s+|single-day\\s+|one-day\\s+|monthly\\s+|weekly\\s+)?(?:${RECORD_NOUN})|(?:${RECORD_NOUN})\\s+(?:${OLD_WORD}))\\s*,?\\s*(?:of|was|at|stood at|—|-|:|з|із|в|у|из|от|составлял|становив|od|wynosił|von|lag bei|de|fue de|était de|à|di|a fost de)?\\s*$`,
  'iu',
);
// "smashing the 1,030 it reported on February 7": a figure a record-breaking one beats (the sentence must claim the record).
const BEATEN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BEAT_WORDS})\\s+(?:the|its|their|el|la|los|las|le|les|den|die|das)\\s+$`, 'iu');
// "(about ten tank battalions)", "(майже чотири мотострілецькі дивізії)": a figure of military
// formations says what a loss amounts to, it is no loss of its own (nor the item's, in brackets after it).
const FORMATION_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:battalions?|brigades?|divisions?|regiments?|батальйон\p{L}*|бригад\p{L}*|дивізі\p{L}*|полк(?:и|ів|ам|ах)?|роти|рот|батальон\p{L}*|дивизи\p{L}*|полков|роты|batalion\p{L}*|brygad\p{L}*|dywizj\p{L}*|bataillon\p{L}*|brigaden?|divisionen|batallones|brigadas|divisiones)(?![\p{L}])/iu;
// ("9,000 more battlefield losses than it could replace": the difference, with the noun between.)
const COMPARISON_AFTER = /^\s*(?:[\p{L}]+\s+)?(?:more|fewer|less|higher|lower)\s+than|^\s*(?:more|fewer)\s+(?:[\p{L}'-]+\s+){1,6}?than(?![\p{L}])|^\s*(?:[\p{L}]+\s+)?(?:більше|менше|больше|меньше)\s*,?\s*(?:ніж|чем)|^\s*(?:[\p{L}]+\s+)?(?:mehr|weniger) als|^\s*(?:[\p{L}]+\s+)?(?:más|menos) que/iu;
// (A year may date the first end: "from 400 in 2022 to 693 in 2023".)
const FROM_TO = /^(?:[^.;:()\d]|(?<![\d,.])20[1-3]\d(?![\d,.]\d)){0,50}?\s(?:to|до|na|auf|a|à)\s+$/iu;
// (Days of the week as well: "590 on Saturday and 620 on Sunday".)
const EN_WEEKDAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const EN_MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
// (Years too, and a step between them: "400 a day in 2022, rising to 693 in 2023".)
const MONTH_LIST_GAP = new RegExp(`^\\s*(?:(?:a|per) (?:day|month)\\s*)?(?:(?:in|during|for) (?:(?:${EN_MONTHS})(?: 20[2-3]\\d)?|20[2-3]\\d)|on ${EN_WEEKDAYS})?\\s*(?:[,;]\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:were|was)\\s+|(?:then\\s+)?(?:rising|jumping|climbing|growing|falling|dropping|reaching|rose|jumped|climbed|grew|fell|dropped|reached)\\s+(?:to\\s+)?)?$`, 'iu');
// (The rate word may stand between, and the days before may follow: "1,262 a day in May and 1,163 a day in June".)
const MONTH_AFTER = new RegExp(`^\\s+(?:(?:(?:a|per) (?:day|month)\\s+)?(?:in|during|for) (?:${EN_MONTHS}|20[2-3]\\d(?!\\d))|on ${EN_WEEKDAYS}|(?:in|over|during) the (?:[\\p{L}-]+ )?days? (?:before|prior|earlier))(?![\\p{L}])`, 'iu');
// The same list in the other languages, with each lexicon's month prepositions and "and":
// "415 Tote pro Tag im Oktober, 559 im November und 537 im Dezember"; and with the month before
// the figure, after a first figure that had its own month: "Im Januar … 701 pro Tag und im Februar 824".
// "and" in the languages whose range words (the lexicons' `ranges.and`) live in numbers.ts.
const LIST_AND = `(?:und|oraz|i|и|і|та|й|ir|un|${LANG_RANGE_AND})`;
const LANG_MONTH_AT = `(?:${LEXICONS.flatMap((l) => l.kind?.monthPrepositions ?? []).join('|')}) (?:${MONTH_WORDS.join('|')})(?: 20[2-3]\\d)?(?![\\p{L}])`;
const LANG_MONTH_LIST_GAP = native(new RegExp(`^\\s*(?:[\\p{L}.]+\\s+){0,4}?${LANG_MONTH_AT}\\s*(?:,\\s*(?:${LIST_AND}\\s+)?|\\s+${LIST_AND}\\s+)$`, 'iu'));
const LANG_MONTH_AFTER = native(new RegExp(`^\\s+${LANG_MONTH_AT}`, 'iu'));
const LANG_MONTH_BEFORE_GAP = native(new RegExp(`^\\s*(?:[\\p{L}.]+\\s+){0,4}?(?:,\\s*)?${LIST_AND}\\s+${LANG_MONTH_AT}\\s*$`, 'iu'));
const LANG_MONTH_ANY = native(new RegExp(`(?<![\\p{L}])${LANG_MONTH_AT}`, 'iu'));
const SAME_NOUN_OPENS = native(new RegExp(`^\\s*(?:${LANG_SAME_NOUN}|of (?:them|these|those))(?![\\p{L}])[^\\d.;:!?]{0,40}$`, 'iu'));
// "rose to 1,262 and 1,163 respectively": the second figure of a pair counts what the first counted.
const PAIR_GAP = /^\s*(?:,\s*)?and\s+$/iu;
const RESPECTIVELY_AFTER = /^[^.;:]{0,24}?\brespectively(?![\p{L}])/iu;
// The "from" that opens a change, right before its first figure or a few words ahead of it ("from a
// mean of", "from a record of some"); the short Romance "de" only right before it.
const FROM_START = /(?<![\p{L}])(?:(?:from|з|від|от|od|von|de)\s+|(?:from|з|від|от|od|von)\s+(?:[\p{L}-]+\s+){1,5})$/iu;
const FROM_BEFORE = /(?:up|down|rising|falling|rose|fell) from\s+$/iu;
const DATED_FROM_AFTER = new RegExp(`^\\s+(?:(?:a|per) day\\s+|[\\p{L}]+\\s+)?(?:in|during|for) (?:(?:${EN_MONTHS})(?: 20[2-3]\\d)?|20[2-3]\\d)(?![\\p{L}\\d])[^.;:\\d]{0,12}?\\sto\\s+(?:an? [\\p{L} ]{0,20})?\\d`, 'iu');
// "скоротилася на 74 особи на день", "fell by 74 a day", "decreased by about 74": how much a figure
// went down, no loss of its own.
const DOWN_BY_BEFORE =
  /(?:скороти\p{L}*|зменши\p{L}*|знизи\p{L}*|сократи\p{L}*|уменьши\p{L}*|снизи\p{L}*) на\s+$|(?:decreased|declined|fell|dropped|went down) by\s+(?:(?:almost|nearly|about|around|some|roughly|approximately)\s+)?$/iu;
const YEAR_NAMING = /(?<![\p{L}])(?:the|its|their|this|that|russia's|ukraine's)\s+$/iu;
const YEAR_NAMED = /^\s+(?:(?:death|casualty|loss|annual|full-year|overall|total)\s+)?(?:toll|figures?|total|tally|count|level|estimates?|data|numbers?)(?![\p{L}])/iu;
// "the average daily number … has risen by almost 300": how much a rate grew (a count that "went up by 1,030" grew by that day's losses).
const UP_BY_BEFORE = /(?:rose|risen|increased|grew|grown|climbed|jumped|went up|gone up) by\s+(?:(?:almost|nearly|about|around|some|roughly|over|more than)\s+)?$/iu;
const RATE_WORD = /(?:average|rate|(?:a|per) day)(?![\p{L}])[^.;]*$/iu;
// "the names of 60,000 soldiers": a count of the dead.
const NAMES_BEFORE = /(?:names?|nazwisk\p{L}*|імен\p{L}*|имен\p{L}*|личност\p{L}*|namen|nombres|identit\p{L}*)[^.]{0,20}$/iu;

function isOldRecord(s: string, num: NumberMention): boolean {
  if (/^\s*(?:mark|milestone|threshold|barrier|line)(?![\p{L}])/iu.test(s.slice(num.end, num.end + 12))) return false;
  const before = s.slice(Math.max(0, num.start - 50), num.start);
  return OLD_RECORD_BEFORE.test(before) || (BEATEN_BEFORE.test(before) && findRecordCues(s).length > 0);
}

// The words up to a verb of speech, and the verb: the speaker of a figure ("Ukraine says", "Kyiv claimed that").
const SPOKEN_LEAD = /^.*(?<![\p{L}])(?:says|said|say|claims|claimed|reports|reported|states|stated|estimates|estimated|believes|announced|adds|added|notes|noted|that)\s+/iu;

// ("45,680 in November, or about 1,500 per day": the same losses told as a rate.)
// The joint of a gapped pair: the first figure's own words, then "and" (or ", while") right before the second.
const GAPPED_JOIN = /^[^.;:\d]{0,70}?(?:,\s*|\s)(?:and|while|but)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than|at least|up to|another)\s+)?$/iu;
const GAPPED_WINDOW_AFTER = new RegExp(`^\\s+(?:(?:on|over|during|in|for|throughout|within)\\s+(?:the\\s+)?(?:(?:past|last|previous|preceding|same|single)\\s+)?(?:day|24 hours|week|weekend|month|night|(?:${EN_WEEKDAYS})|(?:${EN_MONTHS}))|(?:a|one) day (?:earlier|before)|the (?:day|week|month) before|yesterday|overnight|(?:last|this) (?:week|month))(?![\\p{L}])`, 'iu');
const RATE_LEAD_BEFORE = /(?<![\p{L}])(?:averag(?:ing|ed|es)|an average of|(?:the |a )?(?:daily )?average (?:of|was|is)|on average|or)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$/iu;
const RATE_AFTER = /^\s*(?:a|per|each|every)\s+(?:day|week|month)(?![\p{L}])|^\s*(?:daily|monthly|weekly)(?![\p{L}])/iu;

// A state of lost equipment, as open-source counts sort it ("destroyed, damaged, abandoned, captured").
const STATES = '(?:destroyed|damaged|abandoned|captured|seized|disabled)';
const STATE_AFTER = new RegExp(`^\\s+${STATES}(?![\\p{L}])`, 'iu');
const STATE_GAP = new RegExp(`^\\s*(?:(?:had been |have been |were |was )?${STATES}\\s*(?:by [\\p{L}' -]{1,30}?)?)?(?:,|,?\\s*and|;)\\s*(?:another\\s+|a further\\s+)?$`, 'iu');
// "…, including a T-90": the words between a figure and one of its members (a few words may stand between).
const INCLUDING_MEMBER = /^[^.;:\d]{0,40}?(?:[\s,(]|^)(?:including|among them|among which)\s*$/iu;
const INCLUDING = new RegExp(`^[\\s,(]*(?:including|among them|of which|${LANG_SAME_NOUN})\\s*:?\\s*$`, 'iu');

// "November 28, with 2,030 casualties, and December 19, with 2,200": the same word frames both
// figures of a list, so the second counts what the first did.
const FRAME_WORD = /(?<![\p{L}])([\p{L}]+)\s+$/u;
const NOT_A_FRAME = /^(?:and|or|the|a|an|its|their|і|й|та|и|а|y|e|i|und|et|și|ve|oraz|de|la|le|el|die|der|das)$/iu;
// ("has suffered around 1 million …, and Ukraine has suffered 400,000": the frame word stands before the hedge.
// English hedges only: the lexicons' qualifier words, tried as well, turned other languages' figures into pairs.)
const HEDGE_AT_END = /(?<![\p{L}])(?:about|around|some|nearly|almost|roughly|approximately|over|more than|at least|up to|close to|an estimated)\s+$/iu;
function frameWord(s: string, at: number): string | undefined {
  const before = s.slice(Math.max(0, at - 40), at);
  return FRAME_WORD.exec(before.replace(HEDGE_AT_END, ''))?.[1]?.toLowerCase();
}

function parallel(s: string, prev: Item, num: NumberMention): boolean {
  const mine = frameWord(s, num.start);
  if (mine === undefined || NOT_A_FRAME.test(mine)) return false;
  const theirs = frameWord(s, prev.num.start);
  return mine === theirs && /[,;]|\s(?:and|і|та|и|y|i|und|et|și)\s/u.test(s.slice(prev.end, num.start));
}

const IN_TALLY = /(?<![\p{L}])(?:(?:its|the|kyiv's|ukraine's|general staff's|daily) (?:tally|count|summary) of (?:russian |enemy )?losses|сводк\p{L}*|зведенн\p{L}*|статистик\p{L}* (?:втрат|потерь))/iu;
const LAUNCH_OF = /^\s+(?:out\s+of|of|з|із|из|z|ze|von|de|sur)\s+(?:the\s+)?$/iu;
const AIR_DEFENCE = /(?<![\p{L}])(?:air defen[cs]es?|ппо|пво|протиповітрян\p{L}* оборон\p{L}*|противовоздушн\p{L}* оборон\p{L}*|flugabwehr\p{L}*|luftverteidigung|obron\p{L}* przeciwlotnicz\p{L}*)(?![\p{L}])/iu;
const LAUNCHED = /(?<![\p{L}])(?:launch\p{L}*|fired|запуст\p{L}*|випуст\p{L}*|выпуст\p{L}*|\d+ (?:out )?of (?:the )?\d+|(?:з|із|из) \d+)(?![\p{L}])/iu;

// ("200,000 Russian and 80,000 Ukrainian military deaths": each figure's side may stand before the "and".)
const COORDINATED = new RegExp(`^\\s*(?:(?:russian|ukrainian|russia's|ukraine's)\\s+)?(?:and|и|і|та|й|und|y|et|i|și|oraz)\\s+(?:(?:${QUALIFIER_WORDS})\\s+)?$`, 'iu');
const PART_OF_AFTER = new RegExp(`^\\s*(?:of (?:them|those|these|which|whom)|${LANG_SAME_NOUN_AFTER})(?![\\p{L}])`, 'iu');
const RECORD_AFTER = new RegExp(`^\\s*,?\\s*(?:itself |also |then |once |at the time |which was )?(?:a |the |an )?(?:new |daily |single-day |one-day )?(?:record|peak|high|${LANG_RECORD_NOUNS})(?![\\p{L}])`, 'iu');

// "Russia lost 1,540 over the past day", "Russian forces lost another 1,100 on Tuesday": an army named
// as the loser, its loss verb, then a bare figure with a window of its own. With nothing counted
// before, the headline figure of a day's or week's tally is soldiers.
const ARMY_LOST_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:russia|ukraine|moscow|kyiv|kiev|(?:the\\s+)?(?:russian|ukrainian)\\s+(?:army|forces|troops|military|side)|(?:russia|ukraine)'s\\s+(?:army|forces|troops|military)|the\\s+(?:enemy|invaders|occupiers|aggressor))\\s+(?:(?:has|have|had)\\s+)?(?:(?:reportedly|also|again)\\s+)?(?:lost|loses|losing)\\s+(?:(?:another|a further|an additional|${QUALIFIER_WORDS})\\s+)*$`,
  'iu',
);
const ARMY_LOST_MIN = 100;
const ONE_DAY_AFTER = /^\s+in\s+(?:(?:a|one)\s+(?:single\s+)?day|24 hours)(?![\p{L}])/iu;

// "about 325,000 died", "около 325 тысяч погибли", "a 3825 odniosło rany", "cerca de 1.597 ficaram feridos": a
// figure whose noun is left out, right before a verb of dying or being wounded, counts soldiers.
const DIED_VERB_AFTER = /^\s*(?:(?:have|had|has)\s+)?(?:(?:so far|already|reportedly)\s+)?(?:died|perished|were (?:killed|wounded|injured)|погибл\p{L}*|умерл\p{L}*|загинул\p{L}*|загинуло|полягл\p{L}*|получил\p{L}* ранени\p{L}*|были ранены|отримал\p{L}* поранен\p{L}*|були поранені|zginęł\p{L}*|zginął|poległ\p{L}*|odniosł\p{L}* rany|zostało rannych|zostało zabitych|morreram|ficaram feridos|foram mortos|murieron|fallecieron|resultaron heridos|fueron heridos|sont morts|ont été tués|ont été blessés|starben|sind gefallen|sind gestorben|wurden getötet|wurden verwundet|au murit|au fost uciși|au fost răniți|sono morti|sono stati uccisi|sono rimasti feriti)(?![\p{L}])/iu;

// "Last month, 1,184 were reportedly destroyed": the figure is what a verb of losing was done to.
const LOST_AFTER = /^\s*(?:more\s+)?(?:were|was|have been|had been|have|had|wurden|fueron|zostało|zostały|були|было|были)\s+(?:[\p{L}]+ly\s+|also\s+|then\s+)?(?:destroyed|lost|killed|eliminated|downed|shot down|taken out|knocked out|disabled|wiped out|zerstört|vernichtet|destruid\p{L}*|zniszczon\p{L}*|знищен\p{L}*|уничтожен\p{L}*)(?![\p{L}])/iu;

const THRESHOLD_BEFORE = /(?:first time|never before|first ever)[^.;0-9]{0,60}?(?:past|over|above|beyond|more than|topped|exceeded|crossed|passed|surpassed)\s+(?:the\s+)?$/iu;

// ("the worst toll on either side since World War II": how long since, not a figure of that war.)
const OLDER_WAR = /(?:(?<!(?:^|[^\p{L}])since (?:the )?(?:end of (?:the )?)?)(?:(?:first|second) world war|world war (?:i|ii|one|two)|(?<![\p{L}])ww ?(?:ii|2|i|1))|(?:first|second) chechen war|soviet union|ussr|soviet (?:army|troops|soldiers|forces|military)|winter war|great patriotic war|soviet[- ]afghan|in (?:both )?afghanistan|red army|(?:afghanistan|afghan|vietnam|iraq|korean|gulf|chechen|gaza|israel-hamas) war|(?:wars?|conflicts?|campaigns?) in (?:both )?(?:afghanistan|vietnam|iraq|korea|gaza|chechnya|syria)|(?:occupation|invasion) of (?:afghanistan|iraq|chechnya|czechoslovakia)|війн\p{L}* (?:в|у) (?:афганістані|в['’]єтнамі|іраку|газі|сектор\p{L}* газа)|войн\p{L}* (?:в|во) (?:афганистане|вьетнаме|ираке|газе|секторе газа)|(?:корейськ|в['’]єтнамськ|афганськ|чеченськ|іракськ|корейск|вьетнамск|афганск|чеченск|иракск)\p{L}* (?:війн|войн)\p{L}*|(?:перш|друг)\p{L}* світов\p{L}* війн\p{L}*|(?:перв|втор)\p{L}* миров\p{L}* войн\p{L}*|велик\p{L}* (?:вітчизнян\p{L}* війн|отечественн\p{L}* войн)\p{L}*|(?:в|у) афганістані|в афганистане|радянськ\p{L}* союз\p{L}*|советск\p{L}* союз\p{L}*|срср|ссср)(?![\p{L}])/iu;

// The last list joint before the next figure: what follows it names that figure ("… та полонені — 711").
const JOINED_MISSING = /^\s*(?:і|й|та|або|чи|и|или)\s+(?:зникл\p{L}*|пропавш\p{L}*)/iu;
// "…, with some 100,000 …": the "with" (and a hedge) right before a figure.
const WITH_LEAD = /(?<![\p{L}])with\s+(?:(?:some|about|around|roughly|nearly|almost|more than|over|up to|at least|another|a further)\s+)?$/iu;
const NEXT_LABEL = /(?:[,;]|\s(?:та|і|й|а|and|и|y|und|et|i|oraz|și|e|ou)\s)(?=[^,;]*$)/iu;

// The other languages' words for those wars (each lexicon's `olderWar`).
const LANG_OLDER_WAR_RE = native(new RegExp(`(?<![\\p{L}])${LANG_OLDER_WAR}`, 'iu'));

const YEAR_BEFORE = /(?:in|of|during|since|from|until|by|у|в|з|до|w|od|im|seit|en|desde|în|din|en|dans|depuis)\s+$/iu;

function isHistorical(s: string, nums: readonly NumberMention[], from = 0, to = s.length): boolean {
  // "знешкодили 1950 окупантів": four digits with a noun of losses after them are a count, not a year.
  const years = nums.filter((n) => n.start >= from && n.end <= to && n.yearLike && nounAfter(s, n.end).noun === null);
  if (years.some((y) => y.value >= 2014)) return false;
  // An old year only where a year is read as one ("in 1995", "of 1939-40"), not "зокрема 1950 — за добу".
  return years.some((y) => y.value < 2014 && YEAR_BEFORE.test(s.slice(Math.max(from, y.start - 12), y.start))) || OLDER_WAR.test(s.slice(from, to)) || LANG_OLDER_WAR_RE.test(s.slice(from, to));
}

const AGE_BEFORE = /(?<![\p{L}])(?:aged|ages|age of|(?:men|women|males|people|conscripts|recruits|volunteers|citizens) (?:between|from|of|under|over)(?: the ages? of)?|between the ages of)\s+(?:between\s+|from\s+)?(?:\d{2}\s*(?:and|to|-|–)\s*)?$/iu;
const AGE_AFTER = /^\s*(?:(?:and|to|-|–)\s*\d{2}\s*)?(?:-|\s)?years?(?:[- ]olds?| of age)(?![\p{L}])/iu;

// "The army claims 15,300 troops killed in 26 days, compared to 15,051 between 1979 and 1989": a comparison
// with an older war leaves this war's figure in a clause of its own.
const CONTRAST = /,?\s+(?:compared (?:to|with)|as against|as opposed to|while|whereas|versus|vs\.|than|порівняно з|у порівнянні з|тоді як|по сравнению с|тогда как|в то время как|im vergleich zu|verglichen mit|während|frente a|mientras que|comparé à|par rapport à|alors que|w porównaniu z|podczas gdy)(?![\p{L}])/giu;

/** The stretches of a sentence about an older war, or null when it has none. */
function historicalSpans(s: string, nums: readonly NumberMention[]): [number, number][] | null {
  if (!isHistorical(s, nums)) return null;
  const cuts = [0, ...Array.from(execAll(CONTRAST, s), (m) => m.index), s.length];
  const spans: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) spans.push([cuts[k] as number, cuts[k + 1] as number]);
  const old = spans.filter(([a, b]) => isHistorical(s, nums, a, b));
  // No clause of this war's own (or none that names the older war by itself): the whole sentence, as before.
  return old.length === 0 || old.length === spans.length ? [[0, s.length]] : old;
}

const OLD_SUBJECT_GOES_ON = /^\s*(?:it|they|its|their|the soviets?)\s+(?:also\s+)?(?:lost|suffered|had|saw|left|counted|recorded)(?![\p{L}])/iu;
const THIS_WAR = /(?<![\p{L}])(?:ukrain\p{L}*|kyiv|russia(?:'s|n)?|invasion|20(?:1[4-9]|2\d))(?![\p{L}])/iu;
function isWhollyHistorical(text: string): boolean {
  const spans = historicalSpans(text, findNumbers(text));
  return spans !== null && spans[0]?.[0] === 0 && spans[0][1] === text.length;
}

// An estimate of the dead given as a range of tens of thousands ("between 150,000 and 210,000 dead") is no single
// incident's: in a text that named the army or the war before, it counts soldiers.
const WAR_SCALE = 10_000;

// The verb after the auxiliaries, maybe after an adverb ("were reportedly destroyed", "було вже знищено").
const AFTER_AUX = /^(?:(?:\p{L}+ly|also|already|all|вже|уже|также|bereits|auch|ya|también|déjà|również|już)\s+)?\p{L}+/iu;
// A second clause joined by "and", its figure maybe hedged ("… y unos 380.000").
const CLAUSE_AND = /(?:^|[\s,;])(?:and|y|e|i|і|й|та|и|und|et|și|oraz|while|mientras que|alors que)\s+(?:[\p{L}.]+\s+)?$/iu;
// Auxiliaries between a figure and a participle of losing: "had been", "han resultado", "ont été", "wurden", "були".
const AUXILIARIES = /^\s+(?:(?:had|have|has|been|were|was|are|is|han|ha|sido|resultado|resultaron|fueron|ont|été|sont|wurden|sind|worden|wurde|были|был[аио]?|були|було|був|була|został[aoy]?|zostali|au|fost|sunt|a|foram|sono|stati)\s+){1,2}/iu;

// "boost the size of its armed forces … to 1.5 million": the army's strength, not its losses.
const STRENGTH_BEFORE = /(?:(?:size|strength|headcount) of (?:[\p{L}']+ ){0,2}(?:armed forces|army|military|forces|troops)|(?:boost|increas|expand|grow|rais)\p{L}* (?:[\p{L}']+ ){0,3}(?:armed forces|army|military) (?:to|by)|чисельн\p{L}* (?:збройних сил|армії|війська|військ)|численност\p{L}* (?:вооруж[её]нных сил|армии|войск)|personalstärke|truppenstärke|sollstärke|liczebnoś\p{L}* (?:armii|wojska|sił zbrojnych))(?![\p{L}])[^.;]*$/iu;

const STRIKE = /(?<![\p{L}])(?:(?:missile|drone|air|rocket|bomb|artillery) (?:strikes?|attacks?)|airstrikes?|bombing|shelling|удар\p{L}*|обстріл\p{L}*|обстрел\p{L}*|ostrzał\p{L}*|angriff\p{L}*|ataque\p{L}*|bombardement\p{L}*)(?![\p{L}])|\p{L}(?:angriff|angriffe|angriffen|attacke|attacken|beschuss)(?![\p{L}])/iu;

function isAirborne(s: string, noun: MetricNoun): boolean {
  // (A bare "missiles" or "rockets" counts no launcher: "one of four missiles used by Russia" flew. A noun taken
  // from the whole after the figure stands at the figure's end, empty: read the words there.)
  const words = noun.end > noun.start ? s.slice(noun.start, noun.end) : s.slice(noun.start, noun.start + 40);
  return noun.metric === 'uav' || noun.metric === 'cruise_missiles' || ((noun.cls === 'aggregate' || noun.metric === 'other') && /missile|rocket/i.test(words));
}

// "four people were killed and 16 were injured", "killed 12 people and wounded 40", "20 people had been
// injured in the strike", a headline's "4 killed, 12 injured in Russian attacks": a strike's toll,
// people counted with the injured beside them are civilians (soldiers' losses name the troops).
// A zone of one of the Russian ministry's groups of forces ("в зоне ответственности группировки «Восток»", "Южной группировки").
const GROUP_OF_FORCES = /(?<![\p{L}])(?:группировк\p{L}*|угруповання|угрупован\p{L}*)(?![\p{L}])/iu;
const PEOPLE_HURT = /(?<![\p{L}])(?:people (?:were|have been|had been) killed,? and|\d[\d,]* (?:killed|injured|wounded|hurt),? (?:(?:and )?\d[\d,]* (?:others? )?(?:injured|wounded|hurt) )?(?:in|by|after) (?:the |a |an )?(?:[\p{L}'’-]+ ){0,3}?(?:strikes?|attacks?|shelling|bombardments?|air ?raids?)(?![\p{L}])|people (?:were|have been|had been) (?:killed|injured|wounded|hurt) (?:in|by) (?:the |a |an )?(?:[\p{L}-]+ ){0,3}(?:strikes?|attacks?|blasts?|explosions?)(?![\p{L}])|(?:killed|killing) (?:at least |some |about )?[\p{L}\d,-]+ people,? and (?:injured|injuring|wounded|wounding|hurt|hurting))(?![\p{L}])/iu;

// What an army or a fleet had, not what it lost: "entered the war with 2,987 tanks", "reduced to only
// 368 tanks", "the fleet, which was 80 warships before the invasion", "had a total of 74 warships at the
// start of the conflict".
const STOCK_BEFORE = /(?:(?:entered|began|started|went into) (?:the )?(?:war|conflict|invasion|fighting)(?: [\p{L}'-]+){0,3} with|(?:reduced|cut|whittled down) to)\s+(?:(?:about|some|around|roughly|nearly|only|just)\s+)?$/iu;
const HELD_BEFORE = /(?<![\p{L}])(?:had|has|have|was|were|numbered|fielded)\s+(?:(?:a total of|some|about|around|roughly|nearly|only|just)\s+)?$/iu;
const HELD_AFTER = /^[^.;:]{0,40}?(?:before|prior to|at the (?:start|beginning|outset) of) (?:the |its )?(?:[\p{L}-]+ ){0,3}?(?:war|invasion|conflict)(?![\p{L}])/iu;
function isStock(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 70), start);
  return STOCK_BEFORE.test(before) || (HELD_BEFORE.test(before) && HELD_AFTER.test(s.slice(end, end + 80)));
}

// "… brings the total losses to", "taking its tally to": a running total restated after a day's figure.
const TOTAL_TO = /(?:brings?|bringing|brought|takes?|taking|took|pushe[sd]|pushing|push|raises?|raised|raising)\s+(?:[\p{L}\d'’-]+\s+){0,6}?(?:total\s+)?(?:loss(?:es)?|tally|toll|count|total)\s+to\s+(?:(?:about|over|more than|nearly|almost|some)\s+)?$/iu;

const DIED_AFTER = /^\s+(?:загинул\p{L}*|загинуло|полягл\p{L}*|погибл\p{L}*|погиб)\s+/iu;

// The words that bring a tally to its new total, after the figure of the change (English "bringing the
// total to" is read by TOTAL_TO and in attribute.ts).
const BRINGING_TO = /^[^.;:()\d]{0,40}?(?<![\p{L}])(?:довівши|доводячи|доведя|збільшивши|увеличив)\s+(?:[\p{L}'-]+\s+){0,4}?до\s+(?:(?:близько|понад|майже|около|более)\s+)?$/iu;
// "… зросли на 3 і склали 23 949", "… на 31 систему, а загальна кількість втрат сягнула 36 580".
const AND_TOTAL = /^[^.;:()\d]{0,40}?(?:\s|,)(?:і|й|та|а|и)\s+(?:(?:їх|їхня|їхні|тепер|вже|уже)\s+)?(?:(?:загальн\p{L}*|сумарн\p{L}*)\s+(?:кількість|число|втрати)(?:\s+[\p{L}'-]+){0,2}\s+)?(?:склал\p{L}*|сягнул\p{L}*|досягл\p{L}*|становить|становлять|составил\p{L}*|достиг\p{L}*)\s+(?:(?:близько|понад|майже|около|более)\s+)?$/iu;
const UP_BY = /(?<![\p{L}])(?:зросл\p{L}*|збільшил\p{L}*|вирос\p{L}*|выросл\p{L}*|увеличил\p{L}*)\s+(?:ще\s+|еще\s+)?на\s+$/iu;
const TOTAL_WORD = /(?<![\p{L}])(?:загальн\p{L}*|сумарн\p{L}*|общ\p{L}*)(?![\p{L}])/iu;
// "rose by 1,610 to 723,920", "increased by 1,180 to over 700,000": the change, then the tally it reached.
const EN_BY_TO = new RegExp(`^\\s*(?:on (?:the )?(?:day|${EN_WEEKDAYS})\\s*)?,?\\s*to\\s+(?:(?:about|around|over|more than|nearly|almost|some)\\s+)?$`, 'iu');
function runningTotal(s: string, prev: Item, num: NumberMention): boolean {
  const gap = s.slice(prev.end, num.start);
  if (BRINGING_TO.test(gap)) return true;
  if (EN_BY_TO.test(gap) && UP_BY_BEFORE.test(s.slice(Math.max(0, prev.num.start - 32), prev.num.start))) return true;
  // "склали" alone is a total only after a rise ("зросли на 3 і склали …") or beside a word for the total.
  return AND_TOTAL.test(gap) && (TOTAL_WORD.test(gap) || UP_BY.test(s.slice(Math.max(0, prev.num.start - 24), prev.num.start)));
}

/** Reads the loss figures of a sentence. */
// "sei carri armati e 12 veicoli corazzati sono stati distrutti, portando il totale rispettivamente a 3.751
// e 7.307", "bringing the totals to 3,751 and 7,307 respectively": the figures of a run beside "respectively",
// with no noun of their own, count in order what the figures listed before them counted.
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|rispettivamente|respectivamente|respectivement|respectiv)(?![\p{L}])/iu;
const RUN_GAP = /^\s*(?:,|and|e|y|et|și|și respectiv|respectively|rispettivamente|respectivamente|respectivement|respectiv)?\s*(?:,\s*)?$/iu;
function respectiveSource(s: string, nums: readonly NumberMention[], k: number, items: readonly Item[]): Item | null {
  const word = RESPECTIVELY.exec(s);
  if (word === null) return null;
  // The run: figures joined by "and" or commas, the word right before its first or right after its last.
  if ((nums[k] as NumberMention).form === 'article') return null;
  let a = k;
  while (a > 0 && (nums[a - 1] as NumberMention).form !== 'article' && RUN_GAP.test(s.slice((nums[a - 1] as NumberMention).end, (nums[a] as NumberMention).start))) a--;
  let b = k;
  while (b + 1 < nums.length && (nums[b + 1] as NumberMention).form !== 'article' && RUN_GAP.test(s.slice((nums[b] as NumberMention).end, (nums[b + 1] as NumberMention).start))) b++;
  if (b === a) return null;
  const first = nums[a] as NumberMention;
  const last = nums[b] as NumberMention;
  const near = (word.index < first.start && /^[^.;:\d]{0,40}$/u.test(s.slice(word.index + word[0].length, first.start))) || (word.index >= last.end && /^[^.;:\d]{0,12}$/u.test(s.slice(last.end, word.index)));
  if (!near) return null;
  // Inside the run the word may stand between figures; what the run counts is listed before it.
  const listed = items.filter((it) => it.end <= first.start);
  const n = b - a + 1;
  if (listed.length < n) return null;
  const sources = listed.slice(listed.length - n);
  if (new Set(sources.map((it) => it.noun.metric)).size !== n) return null;
  return sources[k - a] ?? null;
}

export function readItems({ sentence, previous, previousItems, topic = null, previousNoun, militaryEarlier = () => false }: SentenceContext): Item[] {
  const s = sentence.text;
  const nums = findNumbers(s);
  // A sentence without a number has no figure; the context words below cost a scan each.
  if (nums.length === 0) return [];
  const items: Item[] = [];
  const military = hasMilitaryWord(s) || (previous !== undefined && hasMilitaryWord(previous.text));
  const civilian = hasCivilianWord(s) || (previous !== undefined && hasCivilianWord(previous.text)) || PEOPLE_HURT.test(s);
  // "В сводку Генштаба также попала 61 крылатая ракета, сбитая …": shot down, but counted in the
  // tally of losses it names, unless the sentence is about what was launched.
  const interception = isInterception(s) && !(IN_TALLY.test(s) && !LAUNCHED.test(s));
  // A sentence about an exchange of bodies or prisoners counts none of its figures as losses.
  const exchange = isExchange(s);
  const windowed = findKindCues(s).some((c) => c.strength >= 3);
  const lossBefore = previous !== undefined && hasLossWord(previous.text);
  // A sentence about an older war ("In the Winter War of 1939-40 the Red Army lost …") counts none of this one's losses.
  const historical = historicalSpans(s, nums);
  if (historical !== null && historical[0]?.[0] === 0 && historical[0][1] === s.length) return [];
  // "… in Afghanistan the Soviet Union lost 333 helicopters. It lost more than 100 warplanes, 147 tanks …": a
  // sentence that goes on with the older war's subject ("it", "they") is about that war too.
  if (previous !== undefined && OLD_SUBJECT_GOES_ON.test(s) && !THIS_WAR.test(s) && isWhollyHistorical(previous.text)) return [];
  // Three or more kinds of equipment counted in one sentence, in a text about the war: a tally of
  // losses even when its verb is one the lexicon lacks ("units also took out 17 tanks, 16 …").
  const equipmentCounts = nums.filter((n) => nounAfter(s, n.end).noun?.cls === 'equipment').length;
  // Not where the sentence says the kit was sent, given or delivered ("a package of 22 tanks, 12 howitzers and 40 IFVs").
  // Nor where the sentence before announced the kit and this one only lists it ("… an aid package. It comprises …").
  const equipmentLossBefore = previous !== undefined && hasEquipmentLossWord(previous.text);
  const aidBefore = previous !== undefined && hasNotALossWord(previous.text) && !equipmentLossBefore && !hasEquipmentLossWord(s);
  const tallyList = equipmentCounts >= 3 && (military || lossBefore) && !hasNotALossWord(s) && !aidBefore;
  // A table row under a heading about the war: "Tanks – over 40 units", "Helicopters 5 units".
  // So is one under a heading of losses that ends in a colon ("…, rușii au suferit următoarele pierderi:").
  const headedByLosses = lossBefore && previous !== undefined && /:\s*$/u.test(previous.text);
  const tableRow = (TABLE_ROW.test(s) || YEAR_ROW.test(s)) && (military || previousItems > 0 || headedByLosses);
  // A bullet that opens with a figure ("• 45 танків;", "- 62 tanks"), under a line of losses or
  // after bullets read as losses: the list continues that line's verb.
  // (A line that is only a figure and its noun is such a bullet under a heading that ends in a colon: "55 tanks;".)
  const bulletRow = (BULLET_FIGURE.test(s) || (FIGURE_LINE.test(s) && previous !== undefined && (/:\s*$/u.test(previous.text) || FIGURE_LINE.test(previous.text)))) && (lossBefore || previousItems > 0);
  let floor = 0;
  // The figures set aside as no losses (troops massed, sent, exchanged): a part of one ("including …") is none either.
  const notLosses = new Set<number>();
  for (const [k, num] of nums.entries()) {
    if (historical !== null && historical.some(([a, b]) => num.start >= a && num.end <= b)) continue;
    // "5:1 attrition ratios", "a 1:8 ratio", "at 10:30": a side of a ratio or a clock time counts nothing.
    if (RATIO_SIDE_AFTER.test(s.slice(num.end, num.end + 2)) || RATIO_SIDE_BEFORE.test(s.slice(Math.max(0, num.start - 2), num.start))) continue;
    const prev = items[items.length - 1];
    let noun: MetricNoun | null = null;
    let link: Item['link'] = null;
    // The figure before whose noun this one borrows ("900 … and another 1,100"): its side is this one's too.
    let inherited: Item | null = null;
    let seriesOf: Item | undefined;
    // The figure counts what `p` counted, its noun left out; `series` when it goes on p's series (a rate's next step).
    const countsAs = (p: Item, series = false): void => {
      noun = { ...p.noun, start: num.end, end: num.end };
      inherited = p;
      if (series) seriesOf = p;
    };
    const fwd = nounAfter(s, num.end);
    noun = fwd.noun;
    if (noun === null) {
      const source = respectiveSource(s, nums, k, items);
      if (source !== null) countsAs(source);
    }
    // "380.000 han resultado heridos", "some 380,000 had been wounded": the figure is the subject of a verb of losing.
    let elidedByVerb = false;
    if (noun === null && !fwd.blocked) {
      const aux = AUXILIARIES.exec(s.slice(num.end, num.end + 40));
      const verb = aux === null ? null : nounAt(s, num.end + aux[0].length);
      // "1,184 were reportedly destroyed" after a figure of artillery: the figure the text is counting, its noun left out.
      if (aux !== null && verb === null && prev === undefined && topic !== null && hasLossWord(AFTER_AUX.exec(s.slice(num.end + aux[0].length, num.end + aux[0].length + 40))?.[0] ?? '')) {
        noun = { ...topic, start: num.end, end: num.end };
        elidedByVerb = true;
      }
      if (verb !== null && verb.cls === 'loss') {
        noun = verb;
        // "46.000 militares ucranianos han muerto … y unos 380.000 han resultado heridos": the same soldiers, the same side.
        if (prev !== undefined && prev.noun.metric === 'personnel' && CLAUSE_AND.test(s.slice(prev.end, num.start))) inherited = prev;
      }
    }
    // "31 тисяча загинула в цій війні українських військових": a verb of dying between the figure and its noun.
    if (noun === null && fwd.blocked) {
      const died = DIED_AFTER.exec(s.slice(num.end, num.end + 24));
      if (died !== null) {
        let j = num.end + died[0].length;
        for (let w = 0; w < 5 && noun === null; w++) {
          const found = nounAt(s, j);
          if (found !== null && found.cls === 'troops') noun = found;
          const word = /^[\p{L}'-]+\s+/u.exec(s.slice(j, j + 40));
          if (found !== null || word === null) break;
          j += word[0].length;
        }
      }
    }
    // "2.914 (+3) tancuri": a change bracketed between a total and the noun they share is that total's change.
    if (inherited === null && prev !== undefined && num.plus && noun !== null && noun.metric === prev.noun.metric && OPEN_BRACKET_GAP.test(s.slice(prev.num.end, num.start))) {
      link = { to: prev, role: 'delta' };
      countsAs(prev);
    }
    // A figure in brackets right after an item belongs to it: "(an average of 340 a day)" is a rate
    // of the same thing beside it, any other its change or its total.
    if (inherited === null && prev !== undefined && bracketAfter(s, prev.end, num.start) && (noun === null || noun.metric === prev.noun.metric)) {
      if (noun !== null || !rateIn(s, prev.end, num)) {
        // A change is far below its total and a total far above its change: a figure within a tenth
        // of the one before restates it.
        const same = !num.plus && num.value >= prev.num.value * 0.9 && num.value <= prev.num.value * 1.1;
        const role = same ? 'same' : num.plus || DELTA_WORDS.test(s.slice(num.end, num.end + 24)) ? 'delta' : 'total';
        // A smaller figure with no "+" is no total of it but a part: "181 особу (безповоротні – 45, поранені – 135)"
        // breaks the day's toll down, in its window.
        if (role !== 'total' || num.value >= prev.num.value) link = { to: prev, role };
      }
      countsAs(prev);
    }
    // "averaged about 1,250 a day, roughly 38,000 for the month": a figure set off by a comma after a rate, with no
    // noun, and a window of its own after it, is the same losses summed over that window.
    if (inherited === null && noun === null && !fwd.blocked && prev !== undefined && prev.noun.metric === 'personnel' && RATE_BEFORE_TOTAL.test(s.slice(Math.max(0, prev.end - 8), num.start)) && TOTAL_WINDOW_AFTER.test(s.slice(num.end, num.end + 40))) countsAs(prev);
    // "знищили 4 танки, довівши їхню загальну кількість до 11 603", "зросли на 3 і склали 23 949": the
    // running total the figure before brought the tally to; that figure is its change.
    if (inherited === null && link === null && prev !== undefined && prev.link === null && (noun === null || noun.metric === prev.noun.metric) && num.value > 2 * prev.num.value && runningTotal(s, prev, num)) {
      link = { to: prev, role: 'total' };
      countsAs(prev);
    }
    // Soldiers taken prisoner in a list of the dead and wounded: the list's side, metric other.
    if (prev !== undefined && prev.noun.metric === 'personnel' && link === null && num.form !== 'article' && (noun === null || noun.cls === 'troops' || noun.cls === 'people') && num.start - prev.end < 80 && CAPTIVE_GAP.test(s.slice(prev.end, num.start))) {
      const m = CAPTURED_AFTER.exec(s.slice(num.end, num.end + 48));
      if (m !== null) {
        noun = { metric: 'other', cls: 'loss', start: num.end, end: num.end + m[0].length };
        inherited = prev;
      }
    }
    // A year unless a noun of losses follows, or a language's "of them" hands it one ("з них 1950 — за добу").
    const yearOnly = num.yearLike && noun === null;
    if (yearOnly && (YEAR_AFTER.test(s.slice(num.end, num.end + 8)) || !(LANG_SAME_NOUN_AFTER_RE.test(s.slice(num.end, num.end + 20)) || (prev !== undefined && LANG_SAME_NOUN_RE.test(s.slice(prev.end, num.start)))))) continue;
    // "1,030 … the first time its daily tally has gone past a thousand": the mark a record passed, not a figure of its own.
    if (prev !== undefined && prev.num.value >= num.value && prev.num.value <= num.value * 1.2 && THRESHOLD_BEFORE.test(s.slice(Math.max(0, num.start - 90), num.start))) continue;
    if (FORMATION_AFTER.test(s.slice(num.end, num.end + 40))) continue;
    // An age: "men between 18 and 55", "aged 18 to 60", "25-year-olds", "over the age of 50".
    if (num.value < 100 && (AGE_BEFORE.test(s.slice(Math.max(0, num.start - 40), num.start)) || AGE_AFTER.test(s.slice(num.end, num.end + 24)))) continue;
    // "a 700,000-man army", "a 50,000-strong force": the size of a force.
    if (/^-(?:man|men|strong)(?![\p{L}])/iu.test(s.slice(num.end, num.end + 8))) continue;
    // "a 155 mm Krab", "165 feet per day", "20 km from the front": a measure, not a count.
    if (MEASURE_AFTER.test(s.slice(num.end, num.end + 16))) continue;
    // "one in 20 men", "3 deaths per 10,000 men": the denominator of a ratio.
    if (DENOMINATOR_BEFORE.test(s.slice(Math.max(0, num.start - 12), num.start))) continue;
    // "by 2025 if casualties continue", "in 2024 Russian forces …": a year after its preposition, not a count.
    if (num.yearLike && /(?<![\p{L}])(?:by|in|since|until|till|before|after|during|through|throughout)\s+$/iu.test(s.slice(Math.max(0, num.start - 12), num.start))) continue;
    if (DOWN_BY_BEFORE.test(s.slice(Math.max(0, num.start - 40), num.start))) continue;
    // "compared to the 2023 death toll", "the 2024 figure": a year naming a figure, not a count.
    if (num.yearLike && YEAR_NAMING.test(s.slice(Math.max(0, num.start - 12), num.start)) && YEAR_NAMED.test(s.slice(num.end, num.end + 30))) continue;
    if (UP_BY_BEFORE.test(s.slice(Math.max(0, num.start - 32), num.start)) && RATE_WORD.test(s.slice(Math.max(0, num.start - 140), num.start))) continue;
    // "300 more than the day before", "up from 1,000": a change or an old value, not a claim.
    // (But "fell from 776 in March to 568 in April": the dated start of a series is that month's figure.)
    if (COMPARISON_AFTER.test(s.slice(num.end, num.end + 70)) || (FROM_BEFORE.test(s.slice(Math.max(0, num.start - 16), num.start)) && !DATED_FROM_AFTER.test(s.slice(num.end, num.end + 60)))) continue;
    // "a"/"an" count as one only right before their noun.
    if (num.form === 'article' && noun === null) continue;
    // "ще 370 тисяч отримали поранення": "another" carries the noun of the figure before, whatever follows.
    if (noun === null && fwd.blocked && prev !== undefined && /(?:another|ще|ещё|еще)\s+$/iu.test(s.slice(0, num.start))) {
      countsAs(prev);
    }
    // "1,351 soldiers were killed and 3,825 others injured": "others" counts what the figure before it counted.
    if (noun === null && prev !== undefined && prev.noun.metric === 'personnel' && OTHERS_AFTER.test(s.slice(num.end, num.end + 12))) {
      countsAs(prev);
    }
    // "1,262 and 1,163 respectively": the pair's second figure, however its noun is blocked.
    if (noun === null && prev !== undefined && PAIR_GAP.test(s.slice(prev.end, num.start)) && RESPECTIVELY_AFTER.test(s.slice(num.end, num.end + 30))) {
      countsAs(prev, true);
    }
    // "10,001 tanks, nine of them destroyed in the previous 24 hours": a part of the figure before.
    if (noun === null && prev !== undefined && PART_OF_AFTER.test(s.slice(num.end, num.end + 20))) {
      countsAs(prev);
    }
    // "1,000 tanks destroyed, 544 captured, 79 damaged and 65 abandoned": a tally by state, each
    // figure after the first counting what the first counted.
    if (noun === null && prev !== undefined && STATE_AFTER.test(s.slice(num.end, num.end + 16)) && STATE_GAP.test(s.slice(prev.end, num.start))) {
      countsAs(prev);
    }
    // The figure's noun was left out: it restates what the text was counting (the figure before it, else the topic).
    let elided = elidedByVerb;
    const restated: MetricNoun | null = prev?.noun ?? topic ?? null;
    // "passed the 700,000 mark": the mark is the figure's, the noun is before it.
    if (noun === null && fwd.blocked && /^\s*(?:mark|milestone|threshold|barrier|line)(?![\p{L}])/iu.test(s.slice(num.end, num.end + 12))) fwd.blocked = false;
    // "the previous high of 1,380", "the previous record of 1,740 set in May", "smashing the 1,030 it
    // reported": a record of the thing the text is counting; with no figure before it, a record of
    // losses, and only where the text is about the war. Whatever word follows it.
    const oldRecord = noun === null && !yearOnly && num.form === 'digits' && isOldRecord(s, num);
    const recordNoun = (): MetricNoun => (restated !== null ? { ...restated, start: num.start, end: num.start } : { metric: 'personnel', cls: 'loss', start: num.start, end: num.start });
    // "до 75 и до 450 военнослужащих", "200 and 450 soldiers": two figures joined by "and" share the noun after the second.
    const next = nums[k + 1];
    if (noun === null && !fwd.blocked && !num.yearLike && next !== undefined && COORDINATED.test(s.slice(num.end, next.start))) {
      const shared = nounAfter(s, next.end).noun;
      if (shared !== null && shared.cls !== 'equipment') noun = { ...shared, start: num.end, end: num.end };
    }
    // "знищили 11 з 16 шахедів", "shot down 18 of the 24 drones": in a sentence about interceptions the part
    // counts what the whole after it counts, not a noun before it ("ППО").
    if (noun === null && interception && !num.yearLike && next !== undefined && LAUNCH_OF.test(s.slice(num.end, next.start))) {
      const whole = nounAfter(s, next.end).noun;
      if (whole !== null) noun = { ...whole, start: num.end, end: num.end };
    }
    if (noun === null && !fwd.blocked) {
      const from = Math.max(floor, prev?.end ?? 0, num.start - 120);
      noun = yearOnly ? null : nounBefore(s, from, num.start);
      // "The loss of 13 tanks … brings Moscow's total losses to 3,873": the total of what the day's figure counted.
      if (noun !== null && noun.cls === 'loss' && prev !== undefined && prev.noun.cls === 'equipment' && TOTAL_TO.test(s.slice(prev.end, num.start))) noun = { ...prev.noun, start: noun.start, end: noun.end };
      if (noun === null && oldRecord) {
        noun = recordNoun();
        elided = restated !== null;
      }
      // "fell from 776 casualties in March to 568", "from a mean of 931 a day … down to 776": the other
      // end of a change counts the same thing.
      // (And its next step: "from 400 in 2022 to 693 in 2023, and to 913 in 2024".)
      if (noun === null && prev !== undefined && FROM_TO.test(s.slice(prev.end, num.start)) && (FROM_START.test(s.slice(Math.max(0, prev.start - 40), prev.start)) || prev.seriesOf !== undefined)) {
        countsAs(prev, true);
      }
      // "983 a day in February, 913 in March and 776 in April": a month's figure in a list of months
      // counts what the one before it counted.
      if (noun === null && prev !== undefined && MONTH_LIST_GAP.test(s.slice(prev.end, num.start)) && MONTH_AFTER.test(s.slice(num.end, num.end + 24))) {
        countsAs(prev, true);
      }
      if (
        noun === null &&
        prev !== undefined &&
        ((LANG_MONTH_LIST_GAP.test(s.slice(prev.end, num.start)) && LANG_MONTH_AFTER.test(s.slice(num.end, num.end + 32))) ||
          (LANG_MONTH_BEFORE_GAP.test(s.slice(prev.end, num.start)) && LANG_MONTH_ANY.test(s.slice(Math.max(0, prev.start - 80), prev.start))))
      ) {
        countsAs(prev, true);
      }
      // "lost 11,000 troops in the past week and 1,100 on Sunday alone": a figure joined to the one before by
      // "and", its noun left out and a window of its own right after it, counts what that figure counted.
      if (noun === null && prev !== undefined && prev.link === null && GAPPED_JOIN.test(s.slice(prev.end, num.start)) && GAPPED_WINDOW_AFTER.test(s.slice(num.end, num.end + 40))) {
        countsAs(prev);
      }
      // "430,790 troops — averaging 1,177 per day": a rate right after a figure counts what that figure counted.
      if (noun === null && prev !== undefined && RATE_LEAD_BEFORE.test(s.slice(Math.max(prev.end, num.start - 40), num.start)) && RATE_AFTER.test(s.slice(num.end, num.end + 16))) {
        countsAs(prev, true);
      }
      // "another 1,100 on Tuesday", "1.300 más", "a total of 4,000": the noun of the figure before.
      if (
        noun === null &&
        prev !== undefined &&
        (DELTA_WORDS.test(s.slice(num.end, num.end + 12)) || LANG_SAME_NOUN_AFTER_RE.test(s.slice(num.end, num.end + 20)) || /(?:another|ще|ещё|еще)\s+$/iu.test(s.slice(0, num.start)) || (SAME_NOUN.test(s.slice(prev.end, num.start)) || SIDE_GAP.test(s.slice(prev.end, num.start)) || LANG_SAME_NOUN_RE.test(s.slice(prev.end, num.start))) || parallel(s, prev, num))
      ) {
        countsAs(prev);
      }
      // "… 1 950 солдатів. Загалом з початку вторгнення – 712 610.": a total with no noun of its own
      // counts what the sentence before counted.
      if (noun === null && prev === undefined && previousNoun !== undefined && num.value > DAILY_MAX.personnel && findKindCues(s).some((c) => c.kind === 'cumulative')) {
        noun = { metric: 'personnel', cls: 'loss', start: num.end, end: num.end };
        // It restates a loss already read ("Росіян загинуло 180 тисяч. Всього — 500 тисяч"): no army need be named again.
        elided = true;
      }
    }
    // "Z toho približne 150-tisíc zomrelo v bojoch", "Davon sind 60.000 gefallen": a sentence opening
    // with its language's "of them" counts a part of what the sentence before counted.
    if (noun === null && prev === undefined && previousNoun !== undefined && num.form !== 'article' && !num.yearLike && SAME_NOUN_OPENS.test(s.slice(0, num.start))) {
      noun = { ...previousNoun, start: num.end, end: num.end };
    }
    if (noun === null && oldRecord && fwd.blocked) {
      noun = recordNoun();
      elided = restated !== null;
    }
    // A figure framed as a restatement of what the text is counting takes that noun.
    if (noun === null && (num.form === 'digits' || (num.form === 'words' && num.value >= 1000)) && !num.yearLike) {
      const before = s.slice(Math.max(0, num.start - 70), num.start);
      // "… with 1,690 over the past day", "560 added over the past day": a window right after it.
      const diedAfter = DIED_VERB_AFTER.test(s.slice(num.end, num.end + 40));
      const windowAfter = ELIDED_WINDOW_AFTER.test(s.slice(num.end, num.end + 40)) || LOST_AFTER.test(s.slice(num.end, num.end + 50)) || diedAfter;
      // "destroyed 74 Ukrainian military ground facilities": a plural noun the lexicon does not know counts something else.
      const otherPlural = fwd.blocked && /^(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]{2,}[^s\W]s(?![\p{L}])/u.test(s.slice(fwd.stop, fwd.stop + 48));
      if (!otherPlural && (ELIDED_BEFORE.test(before) || ELIDED_FAR_BEFORE.test(before) || REPORTED_BEFORE.test(before) || windowAfter)) {
        if (diedAfter && restated?.metric !== 'personnel') {
          // Whatever else the text was counting, a figure that died counts people: soldiers, where the
          // sentence or the one before names the army ("about 20,000 died during the siege" does not).
          if (military) noun = { metric: 'personnel', cls: 'loss', start: num.end, end: num.end };
        } else if (restated !== null) {
          noun = { ...restated, start: num.end, end: num.end };
          elided = true;
        } else if (RECORD_AFTER.test(s.slice(num.end, num.end + 40))) {
          // "On Monday the General Staff had reported 1,770, itself a record at the time": a record is of losses.
          noun = { metric: 'personnel', cls: 'loss', start: num.end, end: num.end };
        } else if ((windowAfter || GAPPED_WINDOW_AFTER.test(s.slice(num.end, num.end + 40)) || ONE_DAY_AFTER.test(s.slice(num.end, num.end + 30))) && num.value >= ARMY_LOST_MIN && ARMY_LOST_BEFORE.test(before)) {
          noun = { metric: 'personnel', cls: 'loss', start: num.end, end: num.end };
        } else if (military && (lossBefore || hasLossWord(s)) && ELIDED_BEFORE.test(before)) {
          // "the overall figure neared half a million" with no figure before it, in a text about the war's losses: a count of soldiers.
          noun = { metric: 'personnel', cls: 'loss', start: num.end, end: num.end };
        }
      }
    }
    // (A number of a window or a date, "in one day", "the first 12 days of November 2024", "Nov. 29", leaves
    // the noun before it to the figure after it: "losses in one day reached 2,030".)
    if (num.form !== 'article' && !(noun === null && (num.yearLike || WINDOW_UNIT_AFTER.test(s.slice(num.end, num.end + 12)) || MONTH_RIGHT_BEFORE.test(s.slice(Math.max(0, num.start - 12), num.start))))) floor = num.end;
    if (noun === null) continue;
    // A noun found before the figure, or borrowed from the one before, that cannot count this many: a total of people, or nothing.
    if ((noun.start < num.start || noun.end === noun.start) && num.value > TOTAL_MAX[noun.metric]) {
      if (num.value > TOTAL_MAX.personnel || !PERSONNEL_TOTAL_BEFORE.test(s.slice(Math.max(0, num.start - 80), num.start))) continue;
      noun = { metric: 'personnel', cls: 'loss', start: num.start, end: num.start };
    }
    const end = Math.max(noun.end, num.end);
    const start = num.start;
    const nextWord = /^\s*[\p{L}]+/u.exec(s.slice(end, end + 30))?.[0] ?? '';
    // A noun before the figure brings the words that qualify it ("the total Russian dead to 250,000").
    // (Not past a verb of speech: in "Ukraine says Russian casualties topped …" the speaker is not whose the losses are.)
    const lead = noun.start < num.start ? (/(?:[\p{L}'-]+\s+){0,3}$/u.exec(s.slice(Math.max(0, noun.start - 40), noun.start))?.[0] ?? '').replace(SPOKEN_LEAD, '') : '';
    // ...and the words right after it ("las bajas rusas … 50.000"), but not the whole clause between.
    const tail = noun.start < num.start ? (/^(?:\s+[\p{L}'-]+){0,2}/u.exec(s.slice(noun.end, num.start))?.[0] ?? '') : '';
    const own = noun.start >= num.end ? s.slice(start, end) + nextWord : `${lead}${s.slice(noun.start, noun.end)}${tail} ${s.slice(num.start, num.end)}`;
    // "losses in Ukraine": where they fell, not whose they are.
    const phrase = (inherited !== null ? `${inherited.phrase} ${own}` : own).replace(IN_PLACE, ' ').replace(BY_ATTACKER, ' ').replace(PASSIVE_AGENT, ' ');
    const eachSide = EACH_SIDE_BEFORE.test(s.slice(Math.max(0, start - 40), start)) || EACH_SIDE_AFTER.test(s.slice(end, end + 40)) || (EACH_AFTER.test(s.slice(end, end + 12)) && isCombined(s));
    if (!eachSide && subjectInPhrase(phrase, 'other') === 'both') continue;
    const around = s.slice(Math.max(0, start - 60), Math.min(s.length, end + 40));
    if ((!eachSide && isCombined(around)) || isForecast(around) || isDebunked(around) || (!eachSide && isCombinedPhrase(s.slice(Math.max(0, start - 150), start)))) continue;
    // "360,000 dead and injured combined", in a sentence about both sides' losses: the two armies added up.
    if (COMBINED_AFTER.test(s.slice(end, end + 24)) && isCombined(s)) continue;
    // "2,200 of the 3,500 tanks it had": the whole a part is taken from is no loss.
    if (WHOLE_AFTER_PART.test(s.slice(Math.max(0, start - 40), start))) continue;
    // The words around it, up to the figures on either side: "3.700 heridos, además de 572 militares capturados" are not prisoners.
    const nextNum = nums[k + 1];
    const prevNum = nums[k - 1];
    const beforeFrom = Math.max(0, start - 50, prevNum?.end ?? 0);
    const afterTo = Math.min(s.length, end + 40, nextNum !== undefined && nextNum.start >= end ? nextNum.start : s.length);
    // The words after the last "and" or comma before the next figure are that figure's label, not this one's:
    // "санітарні — 10 446 осіб та полонені — 711 осіб" counts the wounded, and only the 711 are prisoners.
    // ("90 тисяч убитими та зниклими безвісти": the missing joined to the figure's dead are counted with them.)
    const after = s.slice(end, afterTo).replace(JOINED_MISSING, ' ');
    const label = nextNum !== undefined && nextNum.start === afterTo ? NEXT_LABEL.exec(after) : null;
    // "exhausted its stockpiles and its army, with some 100,000 troops killed": a figure that opens its
    // own "with" phrase is not what the words before that phrase count.
    const beforeText = s.slice(beforeFrom, start);
    const withLead = WITH_LEAD.exec(beforeText);
    if (hasNotALossWord(`${withLead === null ? beforeText : withLead[0]} ${label === null ? after : after.slice(0, label.index)}`) || isUsedInAttack(label === null ? after : after.slice(0, label.index), beforeText)) {
      notLosses.add(k);
      continue;
    }
    // "amassing 45,000 troops, including 11,000 North Korean soldiers": a part of a figure that is no loss is none either.
    if (prevNum !== undefined && notLosses.has(k - 1) && PART_OF_BEFORE.test(s.slice(prevNum.end, start))) continue;
    if (exchange) continue;
    const wide = s.slice(Math.max(0, Math.min(start, noun.start) - 150), Math.min(s.length, end + 100));
    const inList = prev !== undefined && LIST_GAP.test(s.slice(prev.end, start).replace(/^\)/, ''));
    const bare = noun.cls === 'loss' && BARE.test(s.slice(noun.start, noun.end));
    // A loss said in the sentence before, this one giving the window ("En las últimas 24 horas, otros 1.100 soldados").
    const carried = lossBefore && windowed;
    // "… ВСУ потеряли до 190 военнослужащих. В зоне ответственности Южной группировки - более 190 военнослужащих":
    // the next group of forces in a list of them goes on with the losses of the one before.
    const groupRow = lossBefore && GROUP_OF_FORCES.test(s);
    const names = NAMES_BEFORE.test(s.slice(Math.max(0, start - 40), start));
    // "Танки: 9 276 (+23)", "tanks 9,276 (+23)": a total with its day's change is the tally's own line.
    const tallied = /^[^()]{0,40}\(\s*\+\s*\d/u.test(s.slice(num.end, num.end + 48));
    // "the previous record, 1,740 people": records in this domain are records of losses.
    const recordWord = RECORD_NEAR.test(s.slice(Math.max(0, start - 60), start));
    // A figure that borrows the noun of one already read as a loss, or follows it after a list's
    // label, continues its list, however far the verb now stands ("… «Восток» — до 295 и «Днепр» — до 50 военнослужащих").
    const continued = inherited !== null || (prev !== undefined && prev.noun.metric === noun.metric && LANG_SAME_NOUN_RE.test(s.slice(prev.end, start)));
    switch (elided ? 'elided' : noun.cls) {
      case 'elided':
        // The figure it restates was a loss already; only a civilian count is not.
        if (hasCivilianWord(around) || PEOPLE_HURT.test(s)) continue;
        break;
      case 'troops':
        if (!(hasLossWord(wide) || inList || tableRow || bulletRow || link !== null || carried || groupRow || names || recordWord || tallied || continued)) continue;
        // (Soldiers named right after the figure end their phrase at a comma: in "400,000 soldiers, and many more
        // civilians" the civilians are another count.)
        if (hasCivilianWord(noun.start >= num.end ? troopsPhraseAround(s, start, noun.end) : around) || STRENGTH_BEFORE.test(s.slice(Math.max(0, start - 90), start))) continue;
        // "its troops have captured 471 Ukrainian soldiers": prisoners taken, not a toll.
        // (But "have killed, injured, or captured 17,819 Russian soldiers" is one toll of all three.)
        if (CAPTURED_BEFORE.test(s.slice(Math.max(0, start - 40), start)) && !HURT_THEN_CAPTURED.test(s.slice(Math.max(0, start - 60), start))) continue;
        break;
      case 'people':
        // "A missile strike on Dnipro killed 40 people": people under a strike are civilians.
        if (!(hasLossWord(wide) || carried || names || recordWord || continued) || civilian || STRIKE.test(s)) continue;
        if (!military && subjectInPhrase(s, 'other') === null && !(num.high !== null && num.value >= WAR_SCALE && militaryEarlier())) continue;
        break;
      case 'loss':
        // "killed", "casualties": soldiers only when the side or the army is named around them.
        if (civilian && subjectInPhrase(phrase, 'other') === null) continue;
        // "the death toll of Ukrainian citizens … is 20,000": the people the noun counts, named between it and the figure, are civilians.
        if (noun.start < num.start && hasCivilianWord(s.slice(noun.end, Math.min(num.start, noun.end + 60)))) continue;
        // (Nor a war-sized figure right after a sentence that counted soldiers lost: "Росіян загинуло 180 тисяч.
        // Всього разом із пораненими — 500 тисяч.")
        if (!military && subjectInPhrase(s, 'other') === null && !(num.high !== null && num.value >= WAR_SCALE && militaryEarlier()) && !(previousNoun !== undefined && num.value >= WAR_SCALE)) continue;
        break;
      case 'equipment':
      case 'aggregate':
        if (!(hasEquipmentLossWord(s) || TALLY.test(s) || inList || tallyList || tableRow || bulletRow || link !== null || (equipmentLossBefore && previousItems > 0) || tallied || continued)) continue;
        if (isStock(s, start, end)) continue;
        break;
    }
    if (noun.metric === 'personnel' && num.value < 10 && link === null) continue;
    // "shot down 18 of the 24 drones", "four of the six rockets": the second figure is how many were launched.
    const airborne = isAirborne(s, noun);
    if (prevNum !== undefined && airborne && LAUNCH_OF.test(s.slice(prevNum.end, start))) continue;
    if (!Number.isInteger(num.value) || num.value <= 0) continue;
    items.push({
      sentence,
      num,
      noun,
      start,
      end,
      qualifier: qualifierOf(s, num.start, num.end, num.high !== null),
      phrase,
      bare,
      interception: airborne && interception,
      link,
      ...(seriesOf !== undefined ? { seriesOf } : {}),
      ...(eachSide ? { eachSide: true as const } : {}),
    });
  }
  // "an armoured vehicle", "a submarine": "a" counts as one only inside a list of losses, or
  // before a named model right after a verb of losing ("shot down a Ukrainian Su-27").
  const namedOne = (i: Item): boolean => i.num.form === 'article' && i.noun.model === true && hasLossWord(s.slice(Math.max(0, i.start - 24), i.start));
  const counted = items.filter((i) => i.num.form !== 'article' || namedOne(i));
  if (counted.length === 0) return [];
  // "Air defences were busy over Kyiv overnight. … 14 drones were destroyed": the sentence before
  // set the scene; it holds for a sentence that counts nothing but drones and missiles. A bare
  // mention of air defence counts only in a sentence without figures ("ППО – 996 (+0)" is a tally line).
  if (!interception && previous !== undefined && items.every((i) => isAirborne(s, i.noun)) && !IN_TALLY.test(s) && (isInterception(previous.text) || (AIR_DEFENCE.test(previous.text) && !/\d/u.test(previous.text)))) {
    for (const i of items) i.interception = true;
  }
  // "140 armoured vehicles, including 22 tanks": vehicles that hold another class of armour are armour of every class.
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k] as Item;
    const b = items[k + 1] as Item;
    if ((a.noun.metric === 'afv' || a.noun.metric === 'vehicles_fuel_tanks') && b.noun.cls === 'equipment' && b.noun.metric !== a.noun.metric && b.noun.metric !== 'vehicles_fuel_tanks' && b.num.value < a.num.value && INCLUDING.test(s.slice(a.end, b.start))) {
      a.noun = { ...a.noun, metric: 'other', cls: 'aggregate' };
    }
  }
  // "five tanks were destroyed, including a T-90", "40 tanks, including 17 Leopards": a named model
  // of the same class after "including" is one of the figure before it, not a loss of its own.
  // ("including a T-72 and an upgraded T-90": the members listed after the first are members too.)
  const memberOf = (i: Item, k: number): boolean => {
    const a = items[k - 1];
    if (a === undefined || i.noun.model !== true || a.noun.metric !== i.noun.metric) return false;
    if (a.num.value > i.num.value && INCLUDING_MEMBER.test(s.slice(a.end, i.start))) return true;
    return LIST_GAP.test(s.slice(a.end, i.start)) && memberOf(a, k - 1);
  };
  return items.filter((i, k) => {
    if (memberOf(i, k)) return false;
    if (i.num.form !== 'article' || i.link !== null || namedOne(i)) return true;
    if (i.noun.cls !== 'equipment') return false;
    const before = items[k - 1];
    const after = items[k + 1];
    return (before !== undefined && LIST_GAP.test(s.slice(before.end, i.start))) || (after !== undefined && LIST_GAP.test(s.slice(i.end, after.start)));
  });
}
