/**
 * The qualifier a figure carries: the words right before it ("more than", "nearly", "up to",
 * "понад", "около", "ok.") or after it ("1,000-plus", "11 binden fazla"); a range is labelled at
 * its lower bound, so it is `at_least`.
 */
import { LANG_ABOUT, LANG_AT_LEAST, LANG_MORE_THAN } from './lexicon/index.ts';
import type { Qualifier } from './types.ts';

function tail(words: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words})\\s*$`, 'iu');
}

const AT_LEAST_WORDS =
  'at (?:the )?(?:very )?least|no fewer than|no less than|not less than|a minimum of|щонайменше|не менше(?: ніж| як)?|не менш ніж|принаймні|мінімум|не менее(?: чем)?|по меньшей мере|как минимум|минимум|co najmniej|przynajmniej|mindestens|wenigstens|al menos|por lo menos|como mínimo|cel puțin|au moins|minst|' + LANG_AT_LEAST;
const ABOUT_WORDS =
  'no more than|not more than|up to|as many as|as much as|an estimated|estimated(?: at)?|in the region of|(?:in|on|of) the order of|the best part of|perhaps|possibly|maybe|as few as|nearly|almost|close to|approximately|approx\\.?|about|around|roughly|some|just under|just below|fewer than|less than|under|approaching|approached|nearing|neared|pushing|closing in on|edging (?:closer )?(?:to|towards?)|circa|ca\\.|~|≈|' +
    'близько|майже|приблизно|орієнтовно|понад\\s+майже|менше(?: ніж)?|до|около|почти|примерно|порядка|ориентировочно|менее|' +
    'ok\\.|około|prawie|niemal|blisko|nawet|mniej niż|do|rund|etwa|ungefähr|fast|knapp|nahezu|annähernd|bis zu|cerca de|unos|unas|casi|alrededor de|aproximadamente|hasta|aproape|circa|aproximativ|până la|près de|environ|presque|jusqu\'à|um|nærri|yaklaşık|' + LANG_ABOUT;
const MORE_THAN_WORDS =
  'more than|over|above|in excess of|upwards of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|passed|topped|crossed|beyond|(?:gone|went|goes|going|climbed|risen|rose|moved) (?:past|beyond)|broken through|broke through|' +
    'понад|більше(?: ніж| як)?|більш ніж|понад як|перевищ\\p{L}*|перевалил\\p{L}*|более(?: чем)?|свыше|больше|превысил\\p{L}*|превышают|' +
    'ponad|przeszło|więcej niż|powyżej|przekroczył\\p{L}*|mehr als|über|más de|supera\\p{L}*(?: ya)?(?: (?:las|los))?|sobrepasa\\p{L}*|peste|mai (?:mult|bine) de|a depășit|au depășit|plus de|rúmlega|yfir|' + LANG_MORE_THAN;

/** Every word or phrase that qualifies a figure before it, as one alternation ("nearly", "понад", "ok."). */
export const QUALIFIER_WORDS = `${AT_LEAST_WORDS}|${ABOUT_WORDS}|${MORE_THAN_WORDS}`;

// Tried in this order: "no fewer than" before "fewer than", "no more than" before "more than".
const RULES: readonly (readonly [Qualifier, RegExp])[] = [
  ['at_least', tail(AT_LEAST_WORDS)],
  ['about', tail(ABOUT_WORDS)],
  ['more_than', tail(MORE_THAN_WORDS)],
];

// "unos terribles 900.000": one word may stand between an approximation and its figure.
const ABOUT_WITH_WORD = /(?<![\p{L}])(?:about|around|roughly|nearly|almost|some|unos|unas|casi|cerca de|alrededor de|близько|майже|около|почти|około|prawie|etwa|rund|ungefähr|aproape|environ)\s+\p{Ll}{3,15}\s*$/iu;
// "increased to", "зросли до": "to" after a verb of change is exact, not "up to".
const CHANGE_TO = /(?:зросл\p{L}*|збільшил\p{L}*|сягнул\p{L}*|досягл\p{L}*|дійшл\p{L}*|вырос\p{L}*|увеличил\p{L}*|достиг\p{L}*|дошл\p{L}*|wzrosł\p{L}*|doszł\p{L}*|sięgnęł\p{L}*|довівши|доведя)\s+(?:\p{L}+\s+)?(?:до|do)\s*$/iu;
// "die Marke von 500.000 überschritten": a verb of passing after the figure.
const AFTER = /^(?:\s*(?:-plus|\+|or more|and more|\s*'?\p{L}*\s+fazla)|\s+(?:\p{L}+\s+)?(?:überschritten|übertroffen|überstiegen)(?![\p{L}]))/iu;

const ALREADY = /(?<=\s)(?:вже|уже|already|ещё|еще|już|bereits|schon|ya)\s*$/iu;

const PASSED_THE = /(?:pass|top|cross|surpass|exceed|break)\p{L}* the\s*$/iu;
const MARK_AFTER = /^\s*(?:mark|milestone|threshold|barrier|line)(?![\p{L}])/iu;

export function qualifierOf(s: string, start: number, end: number, isRange: boolean): Qualifier {
  if (isRange) return 'at_least';
  // "перевищили вже 320 тисяч", "has already passed 500,000": the adverb leaves the qualifier before it.
  const before = s.slice(Math.max(0, start - 40), start).replace(ALREADY, '');
  if (CHANGE_TO.test(before)) return 'exact';
  for (const [q, rule] of RULES) if (rule.test(before)) return q;
  if (ABOUT_WITH_WORD.test(before)) return 'about';
  const after = s.slice(end, end + 40);
  if (AFTER.test(after)) return 'more_than';
  // "passed the 700,000 mark" (but "surpasses the 1,950 deaths recorded" compares with an old figure).
  if (PASSED_THE.test(before) && MARK_AFTER.test(after)) return 'more_than';
  return 'exact';
}
