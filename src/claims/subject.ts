/**
 * Whose losses a figure counts: from the words of its noun phrase ("1,200 Russian soldiers",
 * "soldados rusos", "окупантів"), from "Russia lost …" / "втрати ворога" before it, else from who
 * is speaking (Kyiv counts Russian losses, Moscow Ukrainian ones, unless Moscow admits its own).
 */
import { LANG_SIDE_ENEMY, LANG_SIDE_RU, LANG_SIDE_UA } from './lexicon/index.ts';
import { execAll } from './match-all.ts';
import type { Claimant, Subject } from './types.ts';

// (Wagner's mercenaries and North Korea's troops fight on Moscow's side: "casualties among North Korean forces" are Russia's side's.)
/** A figure that counts "others" or "more" of what the figure before it counted. */
const OTHERS_OF = /^[\d\s.,\u00a0\u202f]+\s+(?:others|more)(?![\p{L}])/iu;
const RU =
  "russian|russia's|russia|russians|moscow's|moscow|putin's|kremlin's|російськ\\p{L}*|росі\\p{L}*|рф|рашист\\p{L}*|окупант\\p{L}*|окупаційн\\p{L}*|оккупант\\p{L}*|загарбник\\p{L}*|орк(?:ів|и|а)|российск\\p{L}*|росси\\p{L}*|русск\\p{L}*|rosyjsk\\p{L}*|rosji|rosja|rosjan\\p{L}*|najeźdźc\\p{L}*|russisch\\p{L}*|russland\\p{L}*|rus[oa]s?|rusia|ruse|ruși|rusești|rusiei|russes?|rus|rússnesk\\p{L}*|rússa\\p{L}*|occupiers|invaders|pro-moscow|pro-russian|pro-kremlin|pro-russia|wagner|wagnerites?|north koreans?|north korea's|dprk|democratic people's republic of korea|pyongyang's|" + LANG_SIDE_RU;
const UA =
  // ("nationalists": Moscow's word for Ukraine's soldiers.)
  "ukrainian|ukraine's|ukraine|ukrainians|nationalists|kyiv's|kyiv|kiev's|kiev|київ|києв\\p{L}*|киев\\p{L}*|afu|uaf|apu|zsu|vsu|захисник\\p{L}*|защитник\\p{L}*|українськ\\p{L}*|україн\\p{L}*|зсу|всу|вфу|украинск\\p{L}*|украин\\p{L}*|ukraińsk\\p{L}*|ukrain\\p{L}*|ucranian\\p{L}*|ucrania|ucrainen\\p{L}*|ucrainei|ukrainien\\p{L}*|ukrayna\\p{L}*|úkraínsk\\p{L}*|" + LANG_SIDE_UA;
const ENEMY = 'enemy|enemy\'s|enemies|ворог\\p{L}*|противник\\p{L}*|wroga|wróg|enemigo\\p{L}*|feind\\p{L}*|inamic\\p{L}*|ennemi\\p{L}*|düşman\\p{L}*|' + LANG_SIDE_ENEMY;

const W = (p: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, 'iu');
const RU_WORD = W(RU);
const UA_WORD = W(UA);
const ENEMY_WORD = W(ENEMY);
// A side named near a bare "killed" (subjectOf): compiled once, not per figure.
const SIDE_ALL = new RegExp(`(?<![\\p{L}])(?:${RU}|${UA})(?![\\p{L}])`, 'giu');

const LOSE =
  "lost|loses|losing|lose|suffered|suffers|losses|loss|casualties|causalities|deaths|dead|death toll|fatalities|killed|toll|" +
  'втратил\\p{L}*|втрати\\p{L}*|втрат|втрача\\p{L}*|потерял\\p{L}*|потери|потерь|теря\\p{L}*|stracił\\p{L}*|straty|strat|poniosł\\p{L}*|verloren|verlor|verliert|verlieren|verluste?|perdido|perdió|bajas|pérdidas|pierdut|pierderi\\p{L}*|perdu|pertes|kayb\\p{L}*';
const GAP = "(?:\\s+[\\p{L}'\\-]+){0,3}?\\s+";
// "Russia has lost", "Russian forces have suffered", "Russia's military casualties".
// A side word right after "in", "inside", "across" is a place ("Russian forces in Ukraine have lost"), not the holder.
// An English aside between commas may follow the side ("Ukraine, with its smaller army, had suffered").
const HOLDER_BEFORE = new RegExp(
  `(?<![\\p{L}])(?<!(?:^|\\s)(?:in|inside|across|within|throughout|на|в|у|w|en|im|în) )(${RU}|${UA}|${ENEMY})(?:\\s*\\([\\p{L}]{2,6}\\))?(?:,\\s*(?:with|which|whose|despite|unlike|like|for its part|for their part|in turn|meanwhile|however|too|by contrast|in contrast|by comparison|in comparison|on the other hand)(?![\\p{L}])[^,.;:\\d]{0,60},)?${GAP}(?:${LOSE})(?![\\p{L}])`,
  'giu',
);
const PERFECT_AUX = '(?:hat|haben|hatte|hatten|habe|heeft|hebben|had|hadden)';
const PERFECT_HOLDER = new RegExp(
  `(?<![\\p{L}])(?<!(?:der|des|von|van) )(${RU}|${UA}|${ENEMY})\\s+${PERFECT_AUX}(?![\\p{L}])(?:\\s+(?:die |der |het |de )?(${RU}|${UA}|${ENEMY})(?![\\p{L}]))?|(?<![\\p{L}])${PERFECT_AUX}\\s+(?:die |der |het |de )?(${RU}|${UA}|${ENEMY})(?![\\p{L}])`,
  'giu',
);
const PARTICIPLE_AFTER = /^[^.;:]{0,60}?(?<![\p{L}])(?:verloren|eingebüßt)(?![\p{L}])/iu;
// "втрати ворога", "потери ВСУ", "потери со стороны Украины", "straty Rosjan", "bajas rusas", "the losses of Russia".
const HOLDER_AFTER = new RegExp(
  `(?<![\\p{L}])(?:${LOSE})(?:\\s+(?:of|de|del|der|des|al|ale|the|la|el|entre as|entre os|entre les|entre|tra le|tra i|tra gli|tra|fra|among|tropas|truppe|forze|troupes|армії|армии|війська|войск|army|forces|armii|sił|ejército|armatei|armee|личного|состава|особового|складу|со|стороны|з|боку))*\\s+(${RU}|${UA}|${ENEMY})(?![\\p{L}])`,
  'giu',
);
// "lost by Moscow", "lost by the Ukrainian army".
const LOST_BY = new RegExp(`^[^.;]{0,40}?(?:lost|destroyed|suffered) by (?:the )?(${RU}|${UA})`, 'iu');

// "his country was losing up to 100 soldiers a day", "we have lost 31,000", "ми втрачаємо": the
// speaker's own side, named only by a pronoun.
const SPEAKERS_SIDE_LOSING =
  "(?:we|(?:his|her|our) (?:country|army|forces|troops|soldiers))(?:'re|'ve|’re|’ve| (?:are|were|have|had|has|is|was)(?: been)?)?(?: (?:now|already|still|reportedly))? (?:lost|losing|lose|loses|suffered|suffering|suffer)|" +
  'ми (?:втрачаємо|втратили|втрачали)|втрачаємо|мы (?:теряем|потеряли|теряли)|теряем|tracimy|straciliśmy|wir verlieren|wir haben (?:[\\p{L}]+ ){0,4}verloren|perdemos|hemos perdido|nous perdons|nous avons perdu|pierdem|am pierdut|' +
  // The northern and central European languages: "Menetämme 60-100 sotilasta", "vi mister", "ztrácíme".
  'menetämme|olemme menettäneet|vi (?:mister|mistet|har mistet|förlorar|förlorade|har förlorat|taber|tabte|har tabt)|we verliezen|wij verliezen|we hebben (?:[\\p{L}]+ ){0,4}verloren|ztrácíme|ztratili jsme|strácame|stratili sme|prarandame|netenkame|zaudējam|esam zaudējuši|kaotame|oleme kaotanud|губим|загубихме';

// An active "killed" with its object figure after it ("forces killed 1,060"): its subject is the killer.
const KILLED_END = /(?<![\p{L}])killed$/iu;
const FIGURE_NEXT = /^\s+(?:(?:about|around|some|over|more than|nearly|almost|at least|up to|roughly|another|a further|an estimated)\s+)?\d/iu;

// Kyiv speaking of its own dead.
const OWN_LOSSES = W("it (?:has |had )?(?:lost|suffered)|its own loss(?:es)?|(?:its|their|our|his|her) own (?:forces|troops|soldiers|servicemen|army|military|men|side)|for its (?:forces|troops|army|soldiers)|(?:his|her|its|their|our) (?:country's|nation's) (?:losses|dead|casualties|toll)|(?:a )?rare (?:admission|disclosure)|its (?:own )?(?:dead|casualties|loss figures|(?:official )?(?:death|casualty) (?:toll|count|figures?))|our losses|own losses|of (?:its|their|our|(?:his|her) own) (?:own )?(?:soldiers|troops|servicemen|men|fighters|defenders)|наші втрати|свої втрати|власні втрати|своих потерях|свои потери|własne straty|eigenen verluste|sus propias bajas|(?:eigener|eigenen) (?:truppen|soldaten|streitkräfte|reihen)|(?:ses|leurs) propres (?:troupes|soldats|forces)|sus propi[oa]s (?:tropas|soldados|fuerzas)|własnych (?:żołnierzy|wojsk|sił)|(?:delle )?proprie (?:truppe|forze)|(?:suas )?próprias (?:tropas|forças)" +
    // The speaker's own side as the one losing, with no side word: "his country was losing", "we have lost".
    `|${SPEAKERS_SIDE_LOSING}`);
// A bare "its losses" is the speaker's own only when no figure before names whose they are.
const ITS_LOSSES = W('its loss(?:es)?');
const IT_LOST_BEFORE = /(?<![\p{L}])it (?:has |had )?(?:lost|suffered)\s+(?:(?:about|around|some|over|more than|nearly|almost|another|a further)\s+)?$/iu;
const PART_OF_BEFORE = /(?<![\p{L}])(?:(?:the|that|this) (?:figure|number|total|toll|tally) (?:included|includes|including|comprised|comprises|contained|contains)|of (?:them|these|those|whom)|among them)\s+(?:(?:about|around|some|over|more than|nearly|almost|roughly|approximately|at least)\s+)?$/iu;
// "Серед них загиблих – 95, поранених – 199", "З них убитими – 1 322": a sentence that opens with a part of the
// figure just given ("among them", "of them") lists parts of it, each the whole's side.
const PART_OF_OPENING = /^\s*(?:among them|of (?:them|these|those)|серед них|з них|із них|з яких|(?:у|в) тому числі|среди них|из них|в том числе)(?![\p{L}])/iu;
// Moscow speaking of its own dead.
const ADMISSION = W(
  "own|its own|it (?:has |had )?(?:lost|suffered)|its (?:(?:troop |military |combat )?(?:deaths|fatalities|losses|casualties)|dead|losses|casualties|fallen|(?:official )?(?:death|casualty) (?:toll|count|figures?))|of its (?:soldiers|troops|servicemen|men)|de ses (?:soldats|militaires|hommes)|de sus (?:soldados|militares|efectivos)|dei suoi (?:soldati|militari|uomini)|dos seus (?:soldados|militares)|themselves|admit\\p{L}*|acknowledg\\p{L}*|officially|confirm(?:ed|s)? (?:the )?(?:loss(?:es)?|deaths?) of|compatriot\\p{L}*|свої|своих|свои|собственн\\p{L}*|признал\\p{L}*|признает|визнал\\p{L}*|przyzna\\p{L}*|reconoc\\p{L}*|confirm\\p{L}* (?:la muerte|el fallecimiento|a morte|la morte|la mort)|räumt\\p{L}*|eingeräumt|recunoscut|recunoa\\p{L}*|reconnu\\p{L}*|reconna\\p{L}*|ammess[oa]|ammett\\p{L}*|our (?:own )?(?:losses|dead|casualties|comrades(?:-in-arms)?)|pierderile noastre|nos pertes|nuestras (?:pérdidas|bajas)|(?:ses|leurs) pertes|sus (?:pérdidas|bajas)|(?:as )?suas (?:perdas|baixas)|(?:le )?sue perdite|pierderile sale|unsere verluste|nasze straty|اعترفت" +
    // "ihrer Soldaten", "militares do país", "katonájuk" (their soldiers), "přiznalo", "ismerték el" (acknowledged).
    '|ihrer soldaten|seiner soldaten|(?:militares|soldados) do (?:próprio )?país|katonájuk|katonáik|přiznal\\p{L}*|priznal\\p{L}*|elismer\\p{L}*|ismert\\p{L}* el|' +
    SPEAKERS_SIDE_LOSING,
);

// "200,000 on the Russian side and 80,000 on the Ukrainian side": the side named right after a figure is whose it is.
export const SIDE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:(?:on|from) (?:the )?([\p{L}'’]+) side|с ([\p{L}]+) стороны|на ([\p{L}]+) стороне|з ([\p{L}]+) боку|на ([\p{L}]+) боці|auf ([\p{L}]+) seite|del lado ([\p{L}]+)|por (?:la )?parte ([\p{L}]+)|po stronie ([\p{L}]+)|du côté ([\p{L}]+)|de partea ([\p{L}]+))(?![\p{L}])/iu;
const SHARED_SIDE_AFTER = /^\s+(?:und|and|et|y|i|și|e|a|и|і|та|ir)\s+(?:(?:rund|etwa|ungefähr|über|mehr als|about|around|some|over|more than|environ|plus de|más de|ponad|более|свыше|понад|peste|oltre|mais de|près de|cerca de|unos|circa|około|ok\.|около|порядка|близько|aproximativ|apie)\s+)?\d[\d.,\u00a0 ]*\s+[\p{L}]+\s+([\p{L}]+)(?![\p{L}])/iu;
// "загинули", "загиблих", "погибли": words of dying, not of killing; with no side named, a speaker counts its own dead.
const OWN_DEAD = W('загинул\\p{L}*|загинуло|загибл\\p{L}*|полягл\\p{L}*|полеглих|погиб\\p{L}*|погибш\\p{L}*|padlých|padlo|padli|poległo|poległych|polegli|zginęł\\p{L}*|zginął|zginęli|' +
  // The northern languages' dying: "soldater er døde", "falt hver dag", "sneuvelden", "kaatui".
  'er døde|var døde|falt|faldt|omkom|omkommet|stupade|stupat|sneuvelde|sneuvelden|gesneuveld|omgekomen|kaatui|kaatuneet|kuoli|zahynul\\p{L}*|zahynulo|hukkus|žuvo');

// "498 servicemen have been killed", "6,000 soldiers had died" (read from the figure on): Moscow's English-language enemy
// tallies say Ukraine "lost" or that it "eliminated" so many; soldiers of no side who died are its own.
// "confirmed fewer than 6,000 troop deaths": Moscow counts the other side's dead as "losses" or "eliminated",
// never as "deaths", so deaths of no side in its voice are its own.
const DIED_AFTER = /^\S+\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:(?:had|have|has|were|was)\s+(?:(?:so far|already|now|reportedly|since|officially)\s+)?(?:been\s+)?(?:killed|wounded|injured)|(?:had |have |has )?(?:(?:so far|already|reportedly|since)\s+)?(?:died|perished|lost their lives|suffered (?:injur(?:y|ies)|wounds))|(?:que )?(?:perdieron la vida|murieron|fallecieron|perderam a vida|morreram|hanno perso la vita|sono morti|ont perdu la vie|sont morts|ums leben kamen|getötet wurden))|(?:(?:troop|military|combat|service|battlefield)\s+)?(?:deaths|fatalities))(?![\p{L}])/iu;

// "For Ukraine, …", "As for the Russian side, …" opening a sentence, with no other side named before the figure.
const TOPIC_OPENING = new RegExp(`^\\s*(?:for|as for|on) (?:the )?(${RU}|${UA})(?: side)?,(?![^.;]*?(?<![\\p{L}])(?:${RU}|${UA})(?![\\p{L}]))`, 'iu');

// ("put Ukraine's losses at 3,715 and its own at 71": the noun left out after "its own".)
const OWN_RIGHT_BEFORE = /(?:its|their|our) own (?:(?:loss(?:es)?|dead|casualties|toll|losses of personnel)[^.;]{0,25}|at\s+(?:[\p{L}]+\s+){0,2})$/iu;

function sideOfSpeaker(c: Claimant): Subject | null {
  if (c === 'ru_mod') return 'ru';
  if (c === 'ua_general_staff' || c === 'ua_other') return 'ua';
  return null;
}

const INFLICTED_AFTER_SIDE = /^(?:\s+[\p{L}'-]+){0,2}?\s+(?:have |has |had )?(?:inflicted|killed|eliminated|destroyed|wiped out|neutrali[sz]ed)(?:\s+(?:up to|about|around|some|nearly|almost|more than|over|at least))?\s*$/iu;
const PLACE_BEFORE_SIDE = /(?:^|\s)(?:in|inside|across|within|throughout)\s+$/iu;

// "seit Beginn des russischen Angriffskriegs", "depuis l'invasion russe": the invader names the war too.
const WAR_NAME = new RegExp(
  `(?<![\\p{L}])(?:(?:russia|russian|ukraine|ukrainian)[-\u2010\u2013](?:russia|russian|ukraine|ukrainian)|russischen (?:angriffskrieg|invasion|überfall|einmarsch)\\p{L}*|invasion russe|invasión rusa|invasione russa|invasão russa|rosyjskiej (?:inwazji|agresji))(?![\\p{L}])`,
  'giu',
);

export interface Span {
  start: number;
  end: number;
}

function sideOf(word: string, claimant: Claimant): Subject | null {
  if (RU_WORD.test(word)) return 'ru';
  if (UA_WORD.test(word)) return 'ua';
  if (ENEMY_WORD.test(word)) return claimant === 'ru_mod' ? 'ua' : 'ru';
  return null;
}

/** 'both' when the phrase names both sides ("Russian and Ukrainian soldiers"). */
/** Whether a text names either side of this war at all: a text that does not is about something else. */
export function namesASide(text: string): boolean {
  return RU_WORD.test(text) || UA_WORD.test(text) || ENEMY_WORD.test(text) || STAFF_WORD.test(text);
}

// The two general staffs speak for a side without naming it ("the General Staff recorded 23 tanks").
const STAFF_WORD = W('general staff|генштаб\\p{L}*|генеральн\\p{L}* штаб\\p{L}*|sztab\\p{L}* generaln\\p{L}*|generalstab\\p{L}*|estado mayor|état-major|statul major|stato maggiore|estado-maior');

export function subjectInPhrase(phrase: string, claimant: Claimant): Subject | 'both' | null {
  const ru = RU_WORD.test(phrase);
  const ua = UA_WORD.test(phrase);
  if (ru && ua) return 'both';
  if (ru) return 'ru';
  if (ua) return 'ua';
  if (ENEMY_WORD.test(phrase)) return claimant === 'ru_mod' ? 'ua' : 'ru';
  return null;
}

function overlaps(a: number, b: number, spans: readonly Span[]): boolean {
  return spans.some((s) => a < s.end && b > s.start);
}

// The figure before in the same list, with its side word: "15 Russian tanks, 9 armoured vehicles and ", "120 enemy soldiers and ".
const LISTED_SIDE_BEFORE = new RegExp(
  `(?<![\\p{L}\\d,.])\\d[\\d,.]*\\s+(${RU}|${UA}|${ENEMY})\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+(?:\\s*,\\s*\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)*\\s*(?:,\\s*)?(?:and|as well as|,)\\s*$`,
  'iu',
);

export interface SubjectInput {
  sentence: string;
  /** The figure's noun phrase, number to noun, plus the word after it. */
  phrase: string;
  start: number;
  end: number;
  /** The noun is a bare participle ("70,000 killed"): a country named before it is the holder. */
  bare: boolean;
  claimant: Claimant;
  /** Attribution spans: "Ukraine's military said" names who speaks, not who lost. */
  masked: readonly Span[];
  /** Whose losses the same speaker's last figure, in this sentence or the one before, counted. */
  previous?: Subject;
  /** Whose losses the same speaker's last figure in this sentence counted. */
  previousHere?: Subject;
}

// "120 casualties among North Korean troops", "losses among the Russian units", "i morti tra le forze russe",
// "caduti tra i russi": the side the figure is counted among.
const AMONG_SIDE = new RegExp(
  `^\\s*(?:among|amongst|tra|fra|entre|unter|wśród|printre|среди|серед) (?:(?:the|le|i|gli|as|os|las|los|les|den|die|der|des) )?(?:[\\p{L}]+ )?(${RU}|${UA}|${ENEMY})(?![\\p{L}])`,
  'iu',
);

const CLAUSE_OPENING = /(?:,\s*|\s)(?:while|whereas)\s|;\s/giu;
function lastClauseStart(before: string): number {
  let from = 0;
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(before); m !== null; m = CLAUSE_OPENING.exec(before)) from = m.index + m[0].length;
  return from;
}

export function subjectOf(x: SubjectInput): Subject | 'both' {
  const among = AMONG_SIDE.exec(x.sentence.slice(x.end, x.end + 50));
  if (among !== null) {
    const side = sideOf(among[1] as string, x.claimant);
    if (side !== null) return side;
  }
  const sideAfter = SIDE_AFTER.exec(x.sentence.slice(x.end, x.end + 50));
  const sideWord = sideAfter?.slice(1).find((g) => g !== undefined);
  const named = sideWord !== undefined ? sideOf(sideWord, x.claimant) : null;
  if (named !== null) return named;
  const own = subjectInPhrase(x.phrase, x.claimant);
  if (own !== null) return own;
  // "498 getötete und rund 1600 verwundete russische Soldaten", "498 tués et 1 597 blessés russes": a bare
  // "killed" joined to a second figure shares the side named after that figure's noun.
  if (x.bare) {
    const shared = SHARED_SIDE_AFTER.exec(x.sentence.slice(x.end, x.end + 80));
    const side = shared === null ? null : sideOf(shared[1] as string, x.claimant);
    if (side !== null) return side;
  }
  // "For Ukraine, they say around 70,000 soldiers have died": the side a sentence opens with is its topic.
  const topic = TOPIC_OPENING.exec(x.sentence.slice(0, x.start));
  if (topic !== null) return sideOf(topic[1] as string, x.claimant) ?? 'ru';
  // "put its own losses at 1,351 dead": the speaker's own side, whoever else the sentence names.
  const ownSide = OWN_RIGHT_BEFORE.test(x.sentence.slice(Math.max(0, x.start - 50), x.start)) ? sideOfSpeaker(x.claimant) : null;
  if (ownSide !== null) return ownSide;
  // "15 Russian tanks and 9 armoured vehicles": a list's side word, given once at its first figure, holds for the figures after it.
  const listed = LISTED_SIDE_BEFORE.exec(x.sentence.slice(Math.max(0, x.start - 70), x.start));
  if (listed !== null) return sideOf(listed[1] as string, x.claimant) ?? 'ru';
  const lostBy = LOST_BY.exec(x.sentence.slice(x.end, x.end + 60));
  if (lostBy) return sideOf(lostBy[1] as string, x.claimant) ?? 'ru';
  // The nearest holder of losses before the figure, in its own clause: "Ukraine has lost hundreds, …, while the
  // Russian ministry announced that 498 of its troops have died" ("while", "whereas" or a semicolon part them).
  const before = x.sentence.slice(0, x.start);
  const clauseFrom = lastClauseStart(before);
  // German and Dutch put the participle after the figure: "Die Ukraine hat nach eigenen Angaben 13.000
  // Soldaten verloren", "Rusland heeft 300.000 soldaten verloren": the side before the auxiliary lost them.
  if (PARTICIPLE_AFTER.test(x.sentence.slice(x.end, x.end + 60))) {
    // (The subject may follow the auxiliary, "Nach Angaben der Ukraine hat Russland … verloren", and a side
    // named in a genitive, "der Ukraine", is whose figures they are, not who lost.)
    let held: Subject | null = null;
    PERFECT_HOLDER.lastIndex = clauseFrom;
    for (let m = PERFECT_HOLDER.exec(before); m !== null; m = PERFECT_HOLDER.exec(before)) {
      const side = sideOf((m[2] ?? m[3] ?? m[1]) as string, x.claimant);
      if (side !== null) held = side;
    }
    if (held !== null) return held;
  }
  let best: { at: number; side: Subject } | null = null;
  for (const re of [HOLDER_BEFORE, HOLDER_AFTER]) {
    // Overlapping matches: "Moscow claimed Kyiv lost" holds both "Moscow … lost" and "Kyiv lost".
    re.lastIndex = clauseFrom;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) {
      re.lastIndex = m.index + 1;
      const word = m[1] as string;
      const at = m.index + m[0].indexOf(word);
      if (overlaps(at, at + word.length, x.masked)) continue;
      // "The Ukrainian armed forces yesterday killed 1,060 Russian soldiers, … bringing the total to …": a side
      // that "killed" a figure right after the verb is the one killing, not the one losing.
      if (re === HOLDER_BEFORE && KILLED_END.test(m[0]) && FIGURE_NEXT.test(before.slice(m.index + m[0].length))) continue;
      const side = sideOf(word, x.claimant);
      if (side !== null && (best === null || m.index + m[0].length >= best.at)) best = { at: m.index + m[0].length, side };
    }
  }
  if (best !== null) return best.side;
  if (x.bare) {
    // "the Russia-Ukraine conflict" names the war, not a side: blanked, keeping offsets.
    const near = before.slice(Math.max(0, before.length - 80)).replace(WAR_NAME, (w) => ' '.repeat(w.length));
    const offset = before.length - near.length;
    let side: Subject | null = null;
    for (const m of execAll(SIDE_ALL, near)) {
      if (overlaps(offset + m.index, offset + m.index + m[0].length, x.masked)) continue;
      // "killed in Ukraine and a further 1,597 wounded": a side after "in" is a place, as in HOLDER_BEFORE.
      if (PLACE_BEFORE_SIDE.test(near.slice(Math.max(0, m.index - 8), m.index))) continue;
      side = sideOf(m[0], x.claimant);
      // "the Russian forces inflicted 40 casualties": the side that inflicts them is not the one losing.
      if (side !== null && INFLICTED_AFTER_SIDE.test(near.slice(m.index + m[0].length))) side = side === 'ru' ? 'ua' : 'ru';
    }
    if (side !== null) return side;
  }
  // "1,351 soldiers were killed and 3,825 others injured": "others" are more of the figure before's side.
  if (x.previousHere !== undefined && OTHERS_OF.test(x.sentence.slice(x.start, x.end + 16))) return x.previousHere;
  // "Ukraine has suffered 124,500 casualties, including between 15,500 and 17,500 soldiers killed": an
  // outside estimate's figure naming no side goes on with the side its figure before in the sentence counted.
  if (sideOfSpeaker(x.claimant) === null && x.previousHere !== undefined) return x.previousHere;
  // Moscow's own dead named as its own ("in den eigenen Reihen", "its own troops") are Russia's, as Kyiv's are Ukraine's below.
  if (x.claimant === 'ru_mod') return ADMISSION.test(x.sentence) || OWN_DEAD.test(x.sentence) || OWN_LOSSES.test(x.sentence) || DIED_AFTER.test(x.sentence.slice(x.start, x.end + 40)) ? 'ru' : 'ua';
  // "Ukraine has lost 45,100 soldiers … Zelensky put the number of injured soldiers at 390,000": a figure
  // naming no side goes on counting the side the speaker's figure just before counted, its own included.
  if (x.previous !== undefined && x.previous === sideOfSpeaker(x.claimant)) return x.previous;
  // "Russia has lost 757,000 … In the past 24 hours, its losses amounted to 1,400", "the figure included
  // 150,000 deaths": a bare "its losses", or a part of the figure just given, counts that figure's side.
  // (Likewise a bare "it lost" right before the figure: "Russia has lost 760,000 … In the past day, it lost 1,520".)
  if (x.previous !== undefined && (PART_OF_BEFORE.test(x.sentence.slice(Math.max(0, x.start - 60), x.start)) || PART_OF_OPENING.test(x.sentence) || ITS_LOSSES.test(x.sentence.slice(Math.max(0, x.start - 40), x.start)) || IT_LOST_BEFORE.test(x.sentence.slice(Math.max(0, x.start - 40), x.start)))) return x.previous;
  if (x.claimant === 'ua_other' || x.claimant === 'ua_general_staff') {
    if (OWN_LOSSES.test(x.sentence) || OWN_DEAD.test(x.sentence) || ITS_LOSSES.test(x.sentence)) return 'ua';
    // A Ukrainian official's soldiers of no side who died or were wounded are Ukraine's own, as
    // Moscow's are (above): Kyiv's counts of Russian losses name the side, or say "lost" or "eliminated".
    return x.claimant === 'ua_other' && DIED_AFTER.test(x.sentence.slice(x.start, x.end + 40)) ? 'ua' : 'ru';
  }
  return 'ru';
}
