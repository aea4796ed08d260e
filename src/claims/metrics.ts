/**
 * The metrics lexicon: which noun after (or before) a number names a loss metric, in the
 * languages the extractor reads. Only nouns are here; whether the sentence speaks of losses
 * at all is decided in context.ts.
 */
import { LANG_FILLERS, LANG_FUNCTION_AFTER, LANG_METRICS } from './lexicon/index.ts';
import { MODEL_TAIL, MODELS } from './lexicon/models.ts';
import { firstChars, startKeys } from './literal-gate.ts';
import { native } from './native.ts';
import type { Metric } from './types.ts';

/**
 * troops: people who are lost only if the sentence says so ("50,000 soldiers" massed is no loss).
 * loss: the noun itself is a loss ("deaths", "casualties", "killed").
 * people: "people", "persons", "names": also needs a military context.
 * equipment / aggregate: a category key, or `other` for "weapons and equipment" counts.
 */
export type NounClass = 'troops' | 'loss' | 'people' | 'equipment' | 'aggregate';

export interface MetricNoun {
  metric: Metric;
  cls: NounClass;
  start: number;
  end: number;
  /** A weapon model ("Su-27", "Buk"), not a class noun. */
  model?: boolean;
}

type Entry = readonly [metric: Metric, cls: NounClass, pattern: string];

// First match wins at a position: the specific before the general ("fuel tanks" before "tanks",
// "armoured vehicles" before "vehicles", "anti-aircraft" before "aircraft").
const ENTRIES: readonly Entry[] = [
  ['personnel', 'loss', 'personnel loss(?:es)?|troop loss(?:es)?|combat loss(?:es)?|killed (?:or|and) (?:wounded|injured)|killed in action|casualt\\p{L}*|causalt\\p{L}*|fatalit\\p{L}*|deaths?|dead|killed|wounded|injured|injuries|fallen (?:soldiers|troops|servicemen)|(?:death )?toll|(?:military |personnel |troop )?loss(?:es)?'],
  ['personnel', 'loss', 'вбит\\p{L}*|убит\\p{L}*|загибл\\p{L}*|погибш\\p{L}*|поранен\\p{L}*|ранен\\p{L}*|ліквідован\\p{L}*|ликвидирован\\p{L}*|двохсот\\p{L}*'],
  ['personnel', 'loss', 'zabit\\p{L}*|poległ\\p{L}*|rannych|ofiar\\p{L}* śmierteln\\p{L}*|ofiary śmiertelne|tote[n]?|getötete?n?|gefallene?n?|verwundete?n?|opfer|bajas|muertos|heridos|caídos|fallecidos|morți|uciși|răniți|morts|tués|blessés'],
  ['other', 'aggregate', 'weapons and (?:military )?equipment|tanks and (?:other )?(?:combat )?armou?red (?:combat |fighting )?vehicles|(?:pieces|units|items) of (?:(?:enemy|russian|ukrainian|various|other|western|foreign) )?(?:military )?(?:equipment|hardware|weapons|weaponry|armament)|(?:military )?equipment units|battalion tactical groups|btgs|fuel tanks?|tanks? (?:with|of|carrying) fuel|tank trucks|yakıt tank\\p{L}*|himars (?:multiple launch rocket system |mlrs )?(?:missiles|rockets|shells|rounds|munitions|projectiles)|(?:multiple launch rocket system|mlrs) (?:missiles|rockets|shells|rounds|munitions|projectiles)|(?:heavy )?weapon(?:s| systems)(?! (?:deliveries|supplies|aid|packages?|shipments?|stockpiles?)(?![\\p{L}]))|weaponry|unidades de (?:armas|equipos)|equipos? militar\\p{L}*'],
  ['personnel', 'troops', 'members of (?:the )?(?:(?:russian|ukrainian) )?(?:military|armed forces|army)|military personnel|personnel(?! (?:and (?:military )?(?:equipment|hardware) )?(?:hubs?|clusters?|concentrations?))|troops?|soldiers?|servicem[ae]n|service[ -]?members?|servicepeople|military men|men|(?<!police |prison |customs |traffic )officers|fighters|combatants|mercenaries|occupiers|invaders|nationalists|militants|army soldiers|conscripts|reservists|paratroopers|troopers|marines|infantrymen|russians|(?<=north )koreans|enemies|forces(?= (?:(?:had|have|has) been |were |was )?(?:killed|wounded|injured|dead)(?![\\p{L}]))'],
  ['personnel', 'troops', 'військовослужбовц\\p{L}*|військовослужбовців|військов\\p{L}*|солдат\\p{L}*|окупант\\p{L}*|загарбник\\p{L}*|рашист\\p{L}*|орк(?:ів|и|а)|бійц\\p{L}*|бійців|вояк\\p{L}*|захисник\\p{L}*|найманц\\p{L}*|найманців|росіян\\p{L}*|особового складу'],
  ['personnel', 'troops', 'военнослужащ\\p{L}*|военн(?:ых|ые)|солдат\\p{L}*|боевик\\p{L}*|наемник\\p{L}*|защитник\\p{L}*|оккупант\\p{L}*|бойц\\p{L}*|личного состава'],
  ['personnel', 'troops', 'żołnierz\\p{L}*|najeźdźc\\p{L}*|wojskowych|soldat\\p{L}*|söldner\\p{L}*|militärangehörige\\p{L}*|soldados?|militares|efectivos|combatientes|militari|soldați|ostași|soldats?|militaires|asker\\p{L}*|hermenn|hermanna|hermönnum'],
  ['personnel', 'people', 'people|persons?|individuals|names|осіб|особи|особу|особа|людей|людини|человек|человека|osób|osoby|menschen|personas|persoane|personnes'],
  ['uav', 'equipment', 'aviones no tripulados|vehículos aéreos no tripulados|aparatos no tripulados'],
  ['ground_robotic_systems', 'equipment', 'ground robotic (?:systems?|complexes)|unmanned ground vehicles?|наземн\\p{L}* роботизован\\p{L}* комплекс\\p{L}*'],
  ['cruise_missiles', 'equipment', 'cruise missiles?|крилат\\p{L}* ракет\\p{L}*|крылат\\p{L}* ракет\\p{L}*|misiles de crucero|marschflugkörper\\p{L}*|pocisk\\p{L}* manewrując\\p{L}*'],
  ['air_defense', 'equipment', 'air[- ]defen[cs]e (?:systems?|units?|installations?)|anti-aircraft (?:warfare |missile |defen[cs]e )?(?:systems?|guns?|installations?|platforms?)|surface-to-air missile (?:systems?|launchers?)|air[- ]defen[cs]e missile (?:systems?|launchers?)|air defen[cs]e|засіб ппо|засоб\\p{L}* ппо|ппо|зрк|засоб\\p{L}* протиповітрян\\p{L}* оборони|пво|зенитн\\p{L}* ракетн\\p{L}* комплекс\\p{L}*|flugabwehrsystem\\p{L}*|(?:unidades|sistemas) de defensa (?:anti)?aérea|system\\p{L}* obrony przeciwlotniczej|sistem\\p{L}* de apărare antiaeriană'],
  // The Russian ministry's tally: "957 combat vehicles of multiple launch rocket systems" (before "combat vehicles").
  ['mlrs', 'equipment', '(?:combat )?vehicles of (?:the )?multiple[- ]launch rocket systems'],
  ['afv', 'equipment', '(?:(?:american|us|u\\.s\\.)[- ](?:made |supplied |built )?)?bradley(?:s| (?:infantry )?(?:fighting )?vehicles?| ifvs?)?|(?:armou?red|armed|infantry|troop-carrying) (?:fighting|combat|personnel|patrol) (?:vehicles?|carriers?)|armou?red (?:vehicles?|personnel carriers?)|(?:fighting|combat) vehicles?|armou?red personnel carriers?|apcs?|apvs?|ifvs?|afvs?|бойов\\p{L}* броньован\\p{L}* машин\\p{L}*|броньован\\p{L}* машин\\p{L}*|бронемашин\\p{L}*|ббм|бмп|бтр|боев\\p{L}* бронированн\\p{L}* машин\\p{L}*|бронированн\\p{L}* машин\\p{L}*|бронетехник\\p{L}*|opancerzon\\p{L}* woz\\p{L}* bojow\\p{L}*|woz\\p{L}* opancerzon\\p{L}*|vehículos blindados(?: de combate)?|blindados|gepanzerte\\p{L}* fahrzeug\\p{L}*|schützenpanzer\\p{L}*|vehicule blindate|zırhlı(?: askeri)? ara[çc]\\p{L}*|véhicules blindés'],
  ['mlrs', 'equipment', 'mlrs|himars(?: (?:launchers?|units|(?:rocket |missile |artillery )?systems?))?|high[- ]mobility artillery rocket systems?|multiple (?:launch )?(?:rocket|missile) (?:launchers?|systems?)|multiple (?:rocket|missile) launch(?:ing)? (?:systems?|vehicles?)|multiple-launch rocket systems?|rocket launchers?|(?:rocket )?salvo(?: fire)? (?:rocket )?(?:systems?|launchers?)|(?:reactive|jet) (?:systems?|launchers?) of (?:salvo|volley) fire|volley[- ]fire (?:systems?|launchers?)|рсзв|рсзо|реактивн\\p{L}* систем\\p{L}* залпового вогню|lanzacohetes(?: múltiples)?|wyrzutni\\p{L}* rakiet\\p{L}*|mehrfachraketenwerfer\\p{L}*'],
  // "hundreds of artillery strikes", "artillery attacks": shelling counted, not guns lost.
  ['artillery', 'equipment', 'artillery (?:systems?|pieces?|guns?)|self-propelled (?:guns?|howitzers?|artillery (?:units?|systems?|mounts?))|(?:towed|field) guns?|artillery(?! (?:strikes?|attacks?|shelling|fire|barrages?|bombardments?|rounds?|shells?))|howitzers?|cannons?|guns and mortars|mortars?(?! (?:fire|shells?|rounds?|attacks?|strikes?|shelling|bombs?))|артилерійськ\\p{L}* систем\\p{L}*|артсистем\\p{L}*|гармат\\p{L}*|артиллерийск\\p{L}* систем\\p{L}*|орудий|орудия|гаубиц\\p{L}*|system\\p{L}* artyleryjsk\\p{L}*|sistemas de artillería|piezas de artillería|artilleriesystem\\p{L}*|sisteme de artilerie|topçu(?: atış)? sistem\\p{L}*'],
  ['helicopters', 'equipment', 'helicopters?|гелікоптер\\p{L}*|вертольот\\p{L}*|вертол[её]т\\p{L}*|вертоліт|śmigłow\\p{L}*|hubschrauber|helicópteros?|elicoptere|hélicoptères?|helikopter\\p{L}*'],
  // ("anti-aircraft" names what shoots at aircraft: an air-defence word, never a plane.)
  ['aircraft', 'equipment', '(?<!anti-|anti )aircraft(?![- ]type)|warplanes?|airplanes?|planes?|fighter jets?|jets|літак\\p{L}*|самол[её]т\\p{L}*|samolot\\p{L}*|flugzeug\\p{L}*|aviones|avión|avioane|avions?|uçak\\p{L}*'],
  ['uav', 'equipment', 'operational and tactical (?:drones?|uavs?)|unmanned aerial vehicles?|uavs?|drones?|aviones no tripulados|vehículos aéreos no tripulados|бпла|безпілотник\\p{L}*|дрон\\p{L}*|беспилотник\\p{L}*|беспилотн\\p{L}* летательн\\p{L}* аппарат\\p{L}*|drony|dronów|drohnen|insansız hava ara[çc]\\p{L}*'],
  ['submarines', 'equipment', 'submarines?|підводн\\p{L}* човн\\p{L}*|підводн\\p{L}* чов\\p{L}*|подводн\\p{L}* лод\\p{L}*|submarinos?|u-boot\\p{L}*|okręt\\p{L}* podwodn\\p{L}*'],
  ['ships', 'equipment', 'warships?|(?:navy |naval )?vessels?|naval units?|ships?(?: and boats| ?/ ?boats)?|boats?|кораб\\p{L}*|катер\\p{L}*|buques?(?: ?/ ?lanchas)?|lanchas?|schiffe?|okręt\\p{L}*|nave|gemi\\p{L}*'],
  ['special_equipment', 'equipment', 'special (?:military )?equipment|special vehicles?|спецтехні\\p{L}*|спеціальн\\p{L}* техні\\p{L}*|спецтехник\\p{L}*|специальн\\p{L}* техник\\p{L}*|equipo especial|sprzęt\\p{L}* specjaln\\p{L}*|spezialausrüstung|echipamente speciale'],
  ['vehicles_fuel_tanks', 'equipment', '(?:military )?vehicles and fuel tanks|special military vehicles?|tanques de combustibles?|vehículos de motor(?: ?/ ?camiones cisterna)?|(?:automotive|automobile|auto) (?:equipment|vehicles)|(?:military |motor |other )?vehicles?|pickup trucks?|trucks?|cars|пикап\\p{L}*|пікап\\p{L}*|автомобільн\\p{L}* техні\\p{L}*|автотехні\\p{L}*|автомобіл\\p{L}*|автомобильн\\p{L}* техник\\p{L}*|автотехник\\p{L}*|автомобил\\p{L}*|pojazd\\p{L}*(?! opancerzon)|fahrzeug\\p{L}*|vehículos|vehicule|otomobil\\p{L}*'],
  ['tanks', 'equipment', 'tanks?|mbts?|leopards|abrams tanks|танк(?:и|ів|а|ов)?|czołg\\p{L}*|panzer|tanques?|carros de combate|tancuri|chars|tank'],
  ...LANG_METRICS,
  // Last, so that a lexicon's longer noun starting with the same word wins ("missiles de croisière").
  ['other', 'aggregate', 'missiles|rockets'],
];

const COMPILED: readonly (readonly [Metric, NounClass, RegExp])[] = ENTRIES.map(([m, c, p]) => [
  m,
  c,
  // A hyphen after it makes it part of another word ("troop-carrying").
  new RegExp(`(?:${p})(?![\\p{L}\\p{N}-])`, 'iuy'),
]);

// All entries as one sticky alternation, each in its own group, in order: an alternation tries
// its branches in order, so the first entry that matches at a position wins, as when they were
// tried one by one, at the cost of one match instead of one per entry (there are hundreds with
// the lexicons).
const groupCount = (p: string): number => (new RegExp(`${p}|`, 'u').exec('')?.length ?? 1) - 1;

/** Sources joined as one alternation, each in a group of its own, with each one's group number. */
function grouped(sources: readonly string[]): { source: string; groupOf: number[] } {
  const groupOf: number[] = [];
  let group = 1;
  const parts = sources.map((src) => {
    groupOf.push(group);
    group += 1 + groupCount(src);
    return `(${src})`;
  });
  return { source: parts.length > 0 ? parts.join('|') : '(?!)', groupOf };
}

/** Which of a grouped alternation's sources matched. */
const whichMatched = (m: RegExpExecArray, groupOf: readonly number[]): number => groupOf.findIndex((g) => m[g] !== undefined);

interface Alternation {
  re: RegExp;
  /** The group of each entry of the alternation, and the entry's index in COMPILED. */
  groupOf: number[];
  entries: number[];
}

function alternationOf(entries: number[]): Alternation {
  const { source, groupOf } = grouped(entries.map((k) => COMPILED[k]![2].source));
  return { re: native(new RegExp(source, 'iuy')), groupOf, entries };
}

const ANY_ENTRY = alternationOf(COMPILED.map((_, k) => k));

// Even so, trying some 430 entries at a position cost V8 about 10 µs. The entries that can begin
// with a position's character are few: each character gets the alternation of those alone (in
// their order, so the same entry wins), built when first met.
const FIRSTS = COMPILED.map(([, , re]) => firstChars(re.source));
const BY_FIRST = new Map<string, Alternation>();

function alternationAt(ch: string | undefined): Alternation {
  if (ch === undefined) return ANY_ENTRY;
  let alt = BY_FIRST.get(ch);
  if (alt === undefined) {
    const keys = startKeys(ch);
    alt = alternationOf(FIRSTS.flatMap((f, k) => (f === null || keys.some((c) => f.has(c)) ? [k] : [])));
    BY_FIRST.set(ch, alt);
  }
  return alt;
}

// Weapon models ("Su-27", "Buk", "T-72"), with the class noun they may carry ("Buk air defence
// launchers"): tried only where no class noun starts and the word is capitalised or holds a digit,
// so the common case costs nothing more. Not searched for before a figure.
const MODEL_ALT = grouped(MODELS.map(([, , p]) => `(?:${p})(?:\\s+${MODEL_TAIL})?`));
const MODEL_RE = native(new RegExp(`(?:${MODEL_ALT.source})(?![\\p{L}\\p{N}-])`, 'iuy'));
const MODEL_WORD = /[\p{Lu}]|[\p{L}]+-?\d|\d[\p{L}]/uy;

// The figure reader asks about the same positions of a sentence several times (its nouns after
// and before each figure, the list and year checks): answers are kept for the sentence last asked.
let memoText = '';
const memo = new Map<number, MetricNoun | null>();

/** The metric noun starting exactly at `i`, or null. */
export function nounAt(s: string, i: number): MetricNoun | null {
  if (s !== memoText) {
    memoText = s;
    memo.clear();
  }
  const known = memo.get(i);
  if (known !== undefined) return known === null ? null : { ...known };
  const found = matchNounAt(s, i);
  memo.set(i, found);
  return found === null ? null : { ...found };
}

function matchNounAt(s: string, i: number): MetricNoun | null {
  const { re, groupOf, entries } = alternationAt(s[i]);
  re.lastIndex = i;
  const m = re.exec(s);
  if (m === null) return modelAt(s, i);
  const entry = COMPILED[entries[whichMatched(m, groupOf)] ?? -1];
  if (entry === undefined) return null;
  return { metric: entry[0], cls: entry[1], start: i, end: i + m[0].length };
}

function modelAt(s: string, i: number): MetricNoun | null {
  MODEL_WORD.lastIndex = i;
  if (!MODEL_WORD.test(s)) return null;
  MODEL_RE.lastIndex = i;
  const m = MODEL_RE.exec(s);
  if (m === null) return null;
  const entry = MODELS[whichMatched(m, MODEL_ALT.groupOf)];
  if (entry === undefined) return null;
  return { metric: entry[0], cls: entry[1], start: i, end: i + m[0].length, model: true };
}

// Words that may stand between a number and its noun: nationality, "more", "other", units.
const FILLERS = new Set([
  'russian', "russia's", 'ukrainian', "ukraine's", 'enemy', 'more', 'other', 'additional', 'further', 'extra', 'new',
  'military', 'army', 'of', 'the', 'its', 'their', 'his', 'own', 'occupying', 'invading', "putin's", "moscow's", "kremlin's", "kyiv's",
  'various', 'confirmed', 'estimated', 'reported', 'armed', 'units', 'unit', 'pieces', 'tactical', 'operational-tactical',
  'operational', 'main', 'battle', 'self-propelled', 'towed', 'fighter', 'attack', 'modern', 'enemy', 'combat', 'guided',
  'such', 'those', 'these', 'alleged', 'regular', 'lost', 'destroyed', 'downed',
  // North Korea's troops, who fight on Moscow's side: "13 North Korean soldiers", "77 North Koreans".
  'north', 'korean', 'dprk',
  // Moscow's side named by its allies' word: "221 pro-Moscow troops", "40 pro-Russian fighters".
  'pro-moscow', 'pro-russian', 'pro-kremlin', 'pro-russia',
  // Russia's mercenaries: "20,000 Wagner fighters", "200 Wagner Group mercenaries", "15 Wagner PMC fighters".
  'wagner', 'group', 'pmc', 'mercenary',
  // The Russian ministry's drone counts: "668 fixed-wing Ukrainian unmanned aerial vehicles", "41 aircraft-type UAVs".
  'fixed-wing', 'aircraft-type', 'plane-type', 'airplane-type',
  'російських', 'російські', 'російського', 'російської', 'ворожих', 'ворожі', 'українських', 'українські', 'ще', 'інших',
  'одиниць', 'од', 'окупаційних', 'рашистських', 'рф',
  'российских', 'российские', 'российского', 'вражеских', 'украинских', 'украинские', 'ещё', 'еще', 'других', 'единиц', 'всу',
  'rosyjskich', 'rosyjskie', 'ukraińskich', 'wrogich', 'kolejnych', 'innych', 'sztuk',
  'russische', 'russischen', 'russischer', 'ukrainische', 'ukrainischen', 'weitere', 'weiteren',
  'de', 'unidades', 'rus', 'rússneskir', 'rússneska', 'russes', 'ucraniano', 'ucranianos', 'los', 'las', 'fazla', 'ordusuna', 'ait',
  ...LANG_FILLERS,
]);
// Where a weapon was made or who supplied it ("25 German Leopard tanks", "21 US-made Bradleys", "eight
// Western-supplied howitzers"): skipped only before a noun of equipment, so "5,000 German troops" stay no count of losses.
const ORIGIN = new Set(['german', 'french', 'british', 'american', 'us', 'u.s', 'polish', 'czech', 'swedish', 'italian', 'canadian', 'australian', 'norwegian', 'dutch', 'belgian', 'danish', 'finnish', 'slovak', 'turkish', 'iranian', 'western', 'nato', 'foreign', 'soviet', 'soviet-era']);
const ORIGIN_MADE = /^[\p{L}.]+-(?:made|built|supplied|produced|manufactured|donated|provided)$/iu;
// Two sizes joined ("medium to large", "small and medium-sized"): the size range of the kit a figure counts.
const SIZE_PAIR = /^(?:small|medium|medium-sized|mid-sized|large|large-sized|big|heavy|light)\s+(?:to|and|or)\s+(?:small|medium|medium-sized|mid-sized|large|large-sized|big|heavy|light)(?![\p{L}-])/iu;
// The side words among them: what may stand after a describing word the lexicon does not know.
const SIDE_FILLERS = new Set(['russian', "russia's", 'ukrainian', "ukraine's", 'enemy', 'military', 'army']);
// Verbs that may stand between a number and its noun only when the noun follows at once (Polish "200 tys. to ofiary").
const COPULAS = new Set(['to', 'są', 'sind', 'were', 'was', 'are', 'is', 'son', 'sunt', 'були', 'было', 'były']);
const MODAL_BE = /^(?:could|may|might)(?: well| also)? (?:have been|be)(?![\p{L}])/iu;
// Model names ("M777", "D-30", "Msta-B", "Mi-8", "US-made") between a number and its noun.
const CALIBRE = /^\d{2,3}(?:-| ?)mm$/u;
const MODEL = /^(?:[A-Z][\w.]*-[\w-]+|[A-Z]+[0-9][\w-]*|[A-Z]{3,})$/u;

const RATE_ADJECTIVE = /^(?:daily|monthly|weekly)$/u;

const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}'\-.]*/uy;

/** The word at `i` (letters, digits, inner hyphens/apostrophes), without a trailing full stop. */
function wordAt(s: string, i: number): string | null {
  WORD_AT.lastIndex = i;
  const m = WORD_AT.exec(s);
  if (!m) return null;
  return m[0].replace(/\.+$/, '');
}

// After a number, these leave it without a noun of its own (so the noun may come before it).
const FUNCTION_AFTER = new Set([
  'were', 'was', 'have', 'has', 'had', 'is', 'are', 'will', 'in', 'on', 'over', 'since', 'from', 'during', 'for', 'to',
  'by', 'at', 'with', 'more', 'and', 'or', 'but', 'as', 'overnight', 'yesterday', 'today', 'this', 'last', 'so', 'now',
  'a', 'per', 'every', 'each', 'daily', 'just', 'alone', 'compared', 'according', 'which', 'that', 'while', 'after', 'before',
  'більше', 'ще', 'за', 'у', 'в', 'на', 'з', 'до', 'після', 'і', 'та', 'а', 'й', 'але', 'що', 'із', 'станом',
  'больше', 'еще', 'ещё', 'и', 'но', 'с', 'по', 'что',
  'más', 'en', 'el', 'la', 'y', 'e', 'solo', 'según', 'w', 'z', 'na', 'do', 'i', 'oraz', 'osób', 'und', 'im', 'am', 'seit',
  'bis', 'et', 'în', 'și', 'la', 'pe', 'din', 'au', 'ont', 'sont', 'ha', 'han', 'desde', 'hasta', 'ya', 'que', 'incluyendo',
  'destroyed', 'lost', 'eliminated', 'downed', 'reportedly', 'including', 'of', 'since', 'were', 'been', 'між', 'из', 'з',
  'знищено', 'уничтожено', 'зниклих', 'було', 'było', 'to', 'według', 'wg', 'laut', 'según', 'potrivit', 'conform',
  ...LANG_FUNCTION_AFTER,
]);

// "490.000 dall'inizio della guerra", "dall’inizio": a function word cut before a vowel is one word with
// the word after it; its head, apostrophe and all, is what the function-word list holds.
const ELIDED = /^([\p{L}]+)['’]\p{L}/u;
function elidedFunctionWord(s: string, j: number): boolean {
  const m = ELIDED.exec(s.slice(j, j + 12));
  return m !== null && FUNCTION_AFTER.has(`${(m[1] as string).toLowerCase()}'`);
}

export interface ForwardResult {
  noun: MetricNoun | null;
  /** A word other than a filler or a function word follows: the number counts something else. */
  blocked: boolean;
  /** Index after the fillers skipped (where the noun starts, or where the scan stopped). */
  stop: number;
}

/** The metric noun after a number ending at `i`, skipping up to five filler words. */
const JOINED_CLASS = /^\s*(?:,\s*)?(?:and|or|&)\s+(?:other\s+)?/iu;
/** The day's change in brackets right after a total: " (+3)", "(+1 234)". */
const DAY_CHANGE_AFTER = /^\s*\(\s*\+\s*\d[\d\s.,\u00a0\u202f]*\)/u;
/** The change itself, its bracket opened right before it: "(+3". */
const CHANGE_OPEN_BEFORE = /\(\s*\+\s*[\d\s.,\u00a0\u202f]*$/u;

/** From `i`, past spaces and up to two side words ("Russian", "enemy") that stand before a noun. */
function pastSideWords(s: string, i: number): number {
  let k = i;
  while (s[k] === ' ') k++;
  for (let f = 0; f < 2 && nounAt(s, k) === null; f++) {
    const next = wordAt(s, k);
    if (next === null || !SIDE_FILLERS.has(next.toLowerCase())) break;
    k += next.length;
    while (s[k] === ' ') k++;
  }
  return k;
}

const INVERTED_ARTICLE_AFTER = /^\s+(?:i|gli|le)(?=\s)/u;
const INVERTED_COPULA_BEFORE = /(?<![\p{L}])(?:sono|erano|saranno|furono|sarebbero)\s/iu;

export function nounAfter(s: string, i: number): ForwardResult {
  let j = i;
  // A Turkish case suffix on the number ("999'dan").
  const suffix = /^'[\p{L}]+/u.exec(s.slice(j, j + 8));
  if (suffix) j += suffix[0].length;
  // "7,000-odd soldiers".
  const odd = /^[- ]odd(?![\p{L}])/iu.exec(s.slice(j, j + 6));
  if (odd) j += odd[0].length;
  // A report line that puts the day's change between the total and its noun: "2.914 (+3) tancuri",
  // "88,880 (+500) soldiers". The total reads past the bracket, and the change past its closing.
  const change = DAY_CHANGE_AFTER.exec(s.slice(j, j + 24));
  if (change) j += change[0].length;
  else if (s[j] === ')' && CHANGE_OPEN_BEFORE.test(s.slice(Math.max(0, i - 16), i))) j++;
  // Italian puts the copula first and the noun, with its article, after the figure: "sono 1.200 i
  // soldati russi uccisi", "erano più di mille i morti". The article is the noun's.
  const inverted = INVERTED_ARTICLE_AFTER.exec(s.slice(j, j + 6));
  if (inverted !== null && INVERTED_COPULA_BEFORE.test(s.slice(Math.max(0, i - 50), i))) j += inverted[0].length;
  let adjectiveSkipped = false;
  let originSkipped = false;
  for (let k = 0; k <= 5; k++) {
    while (s[j] === ' ' || s[j] === '"' || s[j] === "'") j++;
    // "1.200 de militari", "40 tys. żołnierzy": the noun is right here.
    const noun = nounAt(s, j);
    if (noun) {
      if (originSkipped && noun.cls !== 'equipment') return { noun: null, blocked: true, stop: j };
      // "974 tanks and other armoured vehicles", "39 tanks and AFVs": one figure for two classes of kit counts kit of any class.
      const joined = noun.cls === 'equipment' ? JOINED_CLASS.exec(s.slice(noun.end, noun.end + 16)) : null;
      const second = joined === null ? null : nounAt(s, noun.end + joined[0].length);
      if (second !== null && second.cls === 'equipment' && second.metric !== noun.metric) return { noun: { ...noun, metric: 'other', cls: 'aggregate', end: second.end }, blocked: false, stop: j };
      return { noun, blocked: false, stop: j };
    }
    const word = wordAt(s, j);
    if (word === null) return { noun: null, blocked: false, stop: j };
    const lower = word.toLowerCase();
    // (A modal before the copula hedges it the same: "up to 250,000 could be fatalities".)
    const modal = MODAL_BE.exec(s.slice(j, j + 24));
    if (COPULAS.has(lower) || modal !== null) {
      let k2 = modal !== null ? j + modal[0].length : j + word.length;
      while (s[k2] === ' ') k2++;
      const after = nounAt(s, k2);
      if (after !== null && after.cls !== 'troops') return { noun: after, blocked: false, stop: k2 };
    }
    if (ORIGIN.has(lower) || ORIGIN_MADE.test(word)) {
      originSkipped = true;
      j += word.length;
      if (s[j] === '.') j++;
      continue;
    }
    if (FILLERS.has(lower) || MODEL.test(word)) {
      j += word.length;
      if (s[j] === '.') j++;
      continue;
    }
    // "950 daily casualties", "35,000 monthly losses": the rate word stands before the noun of losses
    // (alone after a figure, "900 daily", it leaves the noun before it).
    if (RATE_ADJECTIVE.test(lower)) {
      let k2 = j + word.length;
      while (s[k2] === ' ') k2++;
      const after = nounAt(s, k2);
      if (after !== null && after.cls === 'loss' && !PARTICIPLE.test(s.slice(after.start, after.end))) return { noun: after, blocked: false, stop: k2 };
    }
    // A calibre before a gun ("one US-made 155-mm M777 howitzer", "a 155mm Krab").
    if (CALIBRE.test(word)) {
      j += word.length;
      continue;
    }
    // "32 medium to large Russian navy vessels", "15 small and medium boats": a range of sizes is one describing word.
    const pair = adjectiveSkipped ? null : SIZE_PAIR.exec(s.slice(j, j + 40));
    if (pair !== null) {
      const k2 = pastSideWords(s, j + pair[0].length);
      if (nounAt(s, k2)?.cls === 'equipment') {
        adjectiveSkipped = true;
        j = k2;
        continue;
      }
    }
    if (/^[0-9]/.test(word)) return { noun: null, blocked: true, stop: j };
    // One describing word the lexicon does not know may stand before a noun of losses
    // ("150,000 permanent casualties", "260 fixed-wing drones").
    if (!FUNCTION_AFTER.has(lower) && /^[\p{Ll}][\p{Ll}-]+$/u.test(word) && !adjectiveSkipped) {
      // "1,000 distinct Russian tank losses": side words may stand between the describing word and its noun.
      const k2 = pastSideWords(s, j + word.length);
      const after = nounAt(s, k2);
      // Not a unit of time ("24 години ліквідовано"), and the noun is a noun, not a verb's participle.
      const isNoun = after !== null && (after.cls === 'equipment' || (after.cls === 'loss' && !PARTICIPLE.test(s.slice(after.start, after.end)) && !/^ліквідован|^ликвидирован|^знищен|^уничтожен/iu.test(s.slice(after.start, after.end))));
      if (isNoun && !TIME_UNIT.test(word)) {
        adjectiveSkipped = true;
        j = k2;
        continue;
      }
    }
    return { noun: null, blocked: !FUNCTION_AFTER.has(lower) && !elidedFunctionWord(s, j), stop: j };
  }
  return { noun: null, blocked: true, stop: j };
}

// Any metric noun, for the backward search ("the count of Russian dead rose by 1,240").
const ANY_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ENTRIES.map((e) => e[2]).join('|')}|loss(?:es)?|втрат\\p{L}*|потер\\p{L}*|strat\\p{L}*|verluste?|pérdidas|pierder\\p{L}*|pertes)(?![\\p{L}\\p{N}])`,
  'giu',
);
const LOSSES_ONLY = /^(?:loss(?:es)?|втрат\p{L}*|потер\p{L}*|strat\p{L}*|verluste?|pérdidas|pierder\p{L}*|pertes)$/iu;

/** The last metric noun in s[from, to), as the subject of a figure that follows it. */
export function nounBefore(s: string, from: number, to: number): MetricNoun | null {
  // Only the window is searched (a search from `from` to the end of a long text would cost its length each time).
  const window = s.slice(0, to);
  ANY_NOUN.lastIndex = from;
  let last: MetricNoun | null = null;
  let specific: MetricNoun | null = null;
  for (let m = ANY_NOUN.exec(window); m !== null; m = ANY_NOUN.exec(window)) {
    const noun = nounAt(s, m.index);
    // "killed two people and wounded 15": a verb right before a figure takes it as its object; it is no noun for it.
    if (PARTICIPLE.test(m[0]) && /^\s+(?:[0-9]|one |a |an |два |дві |two )/iu.test(s.slice(m.index + m[0].length, to + 4))) continue;
    if (noun && noun.end === m.index + m[0].length) last = noun;
    else if (LOSSES_ONLY.test(m[0])) {
      // "pérdidas de equipos", "equipment losses": a count of equipment of all kinds.
      const equipment = EQUIPMENT_LOSSES.test(s.slice(Math.max(0, m.index - 12), m.index + m[0].length + 16));
      last = { metric: equipment ? 'other' : 'personnel', cls: equipment ? 'aggregate' : 'loss', start: m.index, end: m.index + m[0].length };
    } else if (noun) last = noun;
    if (last !== null && last.cls === 'equipment') specific = last;
  }
  // "For artillery, losses were highest in June, at 1,300": the equipment is the topic.
  if (last !== null && specific !== null && last.metric === 'personnel' && LOSSES_ONLY.test(s.slice(last.start, last.end))) return specific;
  return last;
}

const TIME_UNIT = /^(?:hours?|days?|weeks?|months?|years?|годин\p{L}*|доб\p{L}*|днів|дні|тижн\p{L}*|місяц\p{L}*|час\p{L}*|сут\p{L}*|дней|недел\p{L}*|godzin\p{L}*|dni|stunden|tage?n?|horas|días|ore|zile|heures|jours)$/iu;
const PARTICIPLE = /^(?:killed|injured|wounded|dead|вбит\p{L}*|убит\p{L}*|поранен\p{L}*|ранен\p{L}*)$/iu;
const EQUIPMENT_LOSSES = /(?:equipment loss|loss(?:es)? of (?:military )?equipment|(?:pérdidas|pierderi) de (?:equipos|echipamente)|втрат\p{L}* техніки|потер\p{L}* техники|strat\p{L}* sprzętu)/iu;
