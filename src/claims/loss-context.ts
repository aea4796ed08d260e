/**
 * Whether the words around a number make it a loss: a verb or noun of losing near it, no
 * word that makes it something else (troops massed, prisoners exchanged, civilians, drones
 * launched and shot down, forecasts, both sides added together).
 */
import { LANG_COMBINED, LANG_FORECAST, LANG_INTERCEPTION, LANG_LOSS, LANG_MILITARY, LANG_NOT_A_LOSS } from './lexicon/index.ts';

function re(words: string): RegExp {
  // Not inside a hyphenated word ("troop-carrying vehicles" carry nobody away).
  return new RegExp(`(?<![\\p{L}-])(?:${words})`, 'iu');
}

const LOSS = re(
  [
    "lost|lose|loses|losing|loss(?:es)?|kill\\p{L}*|died|dying|dead|deaths?|toll|casualt\\p{L}*|causalt\\p{L}*|fatalit\\p{L}*|wounded|injured",
    'destroy\\p{L}*|took out|take out|taking out|takes out|disabled|accounted for|eliminated|liquidated|neutrali[sz]ed|knocked out|blown up|shot down|downed|hit|struck|suffered|suffer|inflicted|toll|perished|buried|written off|put out of action|out of action|taken out|wiped out|tally|count(?!r|er)|cost(?:s|ing)?(?![\p{L}])',
    'втрат\\p{L}*|втрач\\p{L}*|загибел\\p{L}*|знищ\\p{L}*|ліквід\\p{L}*|загин\\p{L}*|загибл\\p{L}*|вбит\\p{L}*|убит\\p{L}*|поранен\\p{L}*|уражен\\p{L}*|збит\\p{L}*|мінус',
    'потер\\p{L}*|теря\\p{L}*|гибел\\p{L}*|уничтож\\p{L}*|ликвид\\p{L}*|погиб\\p{L}*|ранен\\p{L}*|поражен\\p{L}*|сбит\\p{L}*|лишил\\p{L}*',
    'strat\\p{L}*|stracił\\p{L}*|zabit\\p{L}*|zginęł\\p{L}*|zgin\\p{L}*|poległ\\p{L}*|zniszcz\\p{L}*|wyeliminowan\\p{L}*|rann\\p{L}*|ofiar\\p{L}*',
    'verlust\\p{L}*|verloren|getötet\\p{L}*|gefallen\\p{L}*|tote\\p{L}*|zerstört\\p{L}*|verwundet\\p{L}*|verletzt\\p{L}*|getroffen',
    'bajas|pérdidas|perd\\p{L}*|muert\\p{L}*|caíd\\p{L}*|destru\\p{L}*|herid\\p{L}*|eliminad\\p{L}*|abatid\\p{L}*',
    'pierder\\p{L}*|pierdut|uciș\\p{L}*|ucis|murit|morți|distrus\\p{L}*|răni\\p{L}*',
    'pertes|perdu|tués|morts|détruit\\p{L}*|blessés',
    'öl\\p{L}*|kayıp\\p{L}*|imha|kullanılamaz|fallið|særst|misst|manntjón',
    LANG_LOSS,
  ].join('|'),
);

// Numbers of people who are not lost: moved, called up, exchanged, carried, counted at the front.
// (A report, data or figures "released" are published, not people set free.)
const NOT_A_LOSS = re(
  [
    'hand(?:ed|ing|s)? over|bodies|repatriat\\p{L}*|тіла|тел|ciał|leichen|cuerpos|'+
    'deploy\\p{L}*|massed|amass\\p{L}*|massing|stationed|sent|sending|send|mobili[sz]\\p{L}*|called up|call up|recruit\\p{L}*|reinforce\\p{L}*|conscript\\p{L}*|drafted|gathered|concentrated|carrying|carry|trained|training|housing|housed|quartered|billeted|equivalent|exchange\\p{L}*|swap\\p{L}*|returned|(?<!(?:report|reports|data|figures|study|update|estimate|estimates|assessment|document|documents|analysis|tally|statement|survey|review|numbers)(?:,)? )released|freed|prisoners?|pows?|captives?|hostages?|surrender\\p{L}*|evacuated|rescued|received|delivered|deliver|supplied|supply|pledged|committed|donated|provided|package|produc\\p{L}*|manufactur\\p{L}*|turn(?:s|ed|ing)? out(?! to)|churn\\p{L}* out|refurbish\\p{L}*|in storage|(?:groups|teams|squads) of|stockpile\\p{L}*|transferred|ordered|purchase\\p{L}*|bought|enlist\\p{L}*|signed up|(?:to|into|in) (?:its|their|the army\'s|russia\'s|ukraine\'s) ranks',
    'перебуває|перебувають|находится|находятся|мобіліз\\p{L}*|мобилиз\\p{L}*|обмін\\p{L}*|обмен\\p{L}*|полонен\\p{L}*|пленн\\p{L}*|повернул\\p{L}*|вернул\\p{L}*|зосередил\\p{L}*|сосредоточил\\p{L}*|стягн\\p{L}*|стянул\\p{L}*|розгорну\\p{L}*|развернул\\p{L}*|навчан\\p{L}*',
    'mobilizat\\p{L}*|movilizad\\p{L}*|mobilizowan\\p{L}*|stationiert|entsandt|zgromadził\\p{L}*|desplegad\\p{L}*|intercambio|wymian\\p{L}*|austausch',
    // A rate per area ("102 casualties for every square kilometre taken") is a ratio, and a force's size is no loss ("troops numbered about 140,000").
    '(?:per|for every|for each|each) (?:square|sq\\.?)(?![\\p{L}])|a (?:square|sq\\.?) ?(?:kilomet\\p{L}*|km|mile\\p{L}*)|per (?:sq\\.? )?km|(?:per|for every|for each) (?:kilomet\\p{L}*|km|miles?)(?![\\p{L}])|(?:troops|forces?|army|contingent|grouping) number(?:ed|ing)',
    LANG_NOT_A_LOSS,
  ].join('|'),
);

// Forecasts and projections are not claims of losses.
const FORECAST = re('(?:likely|unlikely|about|due) to (?:continue to )?(?:exceed|top|pass|reach|hit|cross|break|remain|stay|average|rise|surpass|suffer|lose|fall)|(?:likely|unlikely|expected) to continue (?:taking|suffering|losing|incurring|sustaining|averaging)|(?:will|would) (?:likely |probably )?continue to (?:exceed|average|top|run|lose|suffer|sustain|haemorrhage|hemorrhage|bleed)|could lose|would lose|will lose|will have lost|expected to (?:lose|be|stay|remain|rise|reach|exceed|top|pass|climb)|is expected to|are expected to|projected|forecast\\p{L}*|on (?:track|course) to|will have (?:sustained|suffered|incurred)|risks? losing|(?:if|should) (?:[\\p{L}\'-]+ ){1,6}continues? (?:at|to|on)|set to (?:pass|top|exceed|reach)|may lose|might lose|(?:could|would|will|may|might) (?:\\p{L}+ly )?(?:reach|pass|top|exceed|surpass|hit|climb|cross|break|go (?:over|above|past|beyond))|predict(?:s|ed|ing|ion|ions)?(?![\\p{L}])|(?:will|would) (?:likely |probably |almost certainly )?(?:remain|stay) (?:at|above|over|around|near|high)|(?:could|would|will|may|might) (?:suffer|sustain|incur|face)|(?:creeping|edging|inching|heading|pushing|climbing) (?:up )?towards|will be (?:nearly |about |around |some |over |more than |at least )?(?:a |an |\\d)|(?:could|may|might|will) have (?:nearly |about |around |up to |some |over |more than |as many as )?\\d|(?:over|within|in|during) the (?:next|coming)(?: [\\p{L}\\d-]+){0,3} (?:days|weeks|months|years)|by next (?:year|summer|winter|spring|autumn|month)|expect\\p{L}*(?: [\\p{L}\'-]+){0,5} to (?:keep|continue|stay|remain|rise|reach|top|exceed|pass|climb|grow)|(?:goal|target|aim|objective|ambition|plan) (?:is|was|being) to|(?:aims?|aiming|plans?|planning|wants?|hopes?|seeks?|trying|tries|try|attempting|strategy) to (?:increase|raise|double|triple|bring|push|lift|reach|kill|destroy)|(?:strategy|plan|goal|aim|target|ambition) of (?:trying to )?(?:increas|rais|doubl|tripl|bring|push|lift|reach)\\p{L}*|прогноз\\p{L}*|' + LANG_FORECAST);

// A figure a social-media post or video claims, which a fact-check weighs ("The video's claim that 1 million
// soldiers …", "we rate this claim False"): no claimant stands behind it.
const DEBUNKED = re("(?:video|videos|post|posts|tweet|tweets|meme|clip|screenshot|footage)(?:'s|s')? (?:claim\\p{L}*|alleg\\p{L}*)|(?:facebook|tiktok|social media|online|viral) (?:posts?|users?|videos?|clips?) (?:claim\\p{L}*|alleg\\p{L}*|sa(?:y|id|ying))|rate[sd]? (?:this|the|that) claim");
export function isDebunked(text: string): boolean {
  return DEBUNKED.test(text);
}

// Both sides added together.
const COMBINED = re(
  'russian and ukrainian|ukrainian and russian|both sides|(?:the )?war\'s (?:overall|total|combined|entire) (?:casualty |death |human )?(?:toll|casualt\\p{L}*)(?! (?:on|for|among|of|in) )|on both sides|each side|both armies|russia and ukraine|ukraine and russia|обох сторін|обеих сторон|з обох|с обеих|beider seiten|ambos bandos|obu stron|ambele părți|' + LANG_COMBINED,
);

const CIVILIAN = re(
  'civilian\\p{L}*|residents?|children|mirni|цивільн\\p{L}*|мирн\\p{L}* (?:жител\\p{L}*|населен\\p{L}*|мешкан\\p{L}*)|мирних|мирных|дітей|детей|zivil\\p{L}*|civil\\p{L}*|cywil\\p{L}*|rescuers|pedestrians|passengers|residential|apartment|hospital|rubble|shelling|governor|обстріл\\p{L}*|обстрел\\p{L}*|губернатор\\p{L}*|human rights|menschenrecht\\p{L}*|united nations|ohchr|hrmmu|un (?:human|monitoring|mission)|оон|onu|detain\\p{L}*|detention|inhaftier\\p{L}*|citizens|persons|wom[ae]n|refugees|displaced|victims|child|kinder[n]?|ребен\\p{L}*|ребён\\p{L}*|дитин\\p{L}*|дитя|діт(?:ьми|ям|и)|дет(?:ьми|ям|и)',
);

// The people a bare "killed" or "people" refers to are soldiers only in a military context.
const MILITARY = re(
  "soldier\\p{L}*|troop\\p{L}*|military|army|pentagon|пентагон\\p{L}*|armed forces|servicem[ae]n|service members|forces|occupiers|enemy|personnel|combat|battlefield|front(?:line)?s?(?![\\p{L}])|wars?(?![\\p{L}])|invasion|general staff|casualt\\p{L}*|mercenar\\p{L}*|wagner|estado mayor|sztab\\p{L}*|statul major|état-major|generalstab\\p{L}*|bajas|" +
    'військ\\p{L}*|армі\\p{L}*|окупант\\p{L}*|ворог\\p{L}*|противник\\p{L}*|генштаб\\p{L}*|зсу|всу|війн\\p{L}*|войн\\p{L}*|фронт\\p{L}*|армии|армия|военн\\p{L}*|солдат\\p{L}*|' +
    'żołnierz\\p{L}*|wojsk\\p{L}*|armi\\p{L}*|soldat\\p{L}*|krieg\\p{L}*|soldados|ejército|guerra|militar\\p{L}*|război\\p{L}*|armat\\p{L}*|trupe|asker\\p{L}*|hermenn\\p{L}*|herinn|hersins|' + LANG_MILITARY,
);

// Drones and missiles launched at Ukraine and shot down by its air force are not losses in the tally.
const INTERCEPTION = re(
  '(?<!multiple[- ])launch(?:ed|es|ing)?(?! rocket)|\\p{L}+-launched|\\d+ (?:out )?of (?:the )?\\d+|electronic warfare|jamm(?:ed|ing)|locationally lost|локаційно втрачен\\p{L}*|локационно потерян\\p{L}*|подавлен\\p{L}* (?:засобами )?реб|засобами реб|shot down|shoots down|downed|downs|intercept\\p{L}*|air force|air defen[cs]es?(?: forces?| units?| systems?| crews?)?(?= (?:destroy(?:s|ed)?|shot|shoots|down(?:s|ed)|intercept(?:s|ed)|repel(?:s|led)|neutrali[sz](?:es|ed)|were|have|had))|(?:by|with) air defen[cs]es?|(?:ппо|пво|протиповітрян\\p{L}* оборон\\p{L}*|противовоздушн\\p{L}* оборон\\p{L}*),?(?: [\\p{L}-]+){0,2} (?:знищ|збил|збив|уничтож|сбил|перехоп|перехват)\\p{L}*|\\d+ (?:з|із|из) \\d+|(?:anti-aircraft|mobile fire) (?:units?|groups?|gunners)|(?<!(?:along|together|zusammen) )(?:attack\\p{L}* (?:[\\p{L}-]+ ){0,3}with|mit|із|з|с|со) (?:about |some |up to |more than |über |rund |etwa |майже |понад |около )?\\d[\\d.,\\s]* (?:[\\p{L}-]+ ){0,2}(?:drones|drohnen|missiles|raketen|uavs|дрон\\p{L}*|ракет\\p{L}*|бпла|безпілотник\\p{L}*|беспилотник\\p{L}*)|shahed\\p{L}*|kamikaze|attack drones|decoy\\p{L}*|запуст\\p{L}*|випустил\\p{L}*|збили|збито|збитих|збиті|збив|сбил\\p{L}*|сбит\\p{L}*|перехоплен\\p{L}*|перехвачен\\p{L}*|повітрян\\p{L}* сил\\p{L}*|lanzó|lanzad\\p{L}*|lanzaron|lanzamiento\\p{L}*|derrib\\p{L}*|abgeschossen|abgefangen|zestrzel\\p{L}*|doborât\\p{L}*|lansat\\p{L}*|head(?:ed|ing) (?:for|towards)|flying (?:towards|at)|' +
  // "destroyed over the Bryansk region", "neutralised over the Black Sea": brought down over a place.
  '(?:destroy(?:ed|s)?|neutrali[sz](?:ed|es)|eliminated) (?:[\\p{L}-]+ ){0,2}?over (?:the )?(?:territor\\p{L}*|regions?|oblasts?|city|capital|sea|waters|peninsula|(?:[\\p{L}-]+ ){1,2}(?:region|oblast|territory|sea|peninsula))(?![\\p{L}])|' + LANG_INTERCEPTION,
);

// "die", "died": only people die. Kept apart so that a count of equipment is not made a loss by the German
// article ("gehen 30 Leopard-Panzer in die Ukraine", "Waffen, die die Ukraine erhält").
const DIE = re('died|die|dying');
// German "die" and Dutch "die" are an article and a pronoun ("die Übung, … 300.000 Soldaten"): in text with
// their languages' function words, "die" is no dying.
const GERMANIC_FUNCTION_WORDS = /(?<![\p{L}])(?:der|das|und|nicht|sich|ist|sind|wurden|het|een|niet|werd|worden|zijn)(?![\p{L}])/iu;
export function hasLossWord(text: string): boolean {
  return LOSS.test(text) || (DIE.test(text) && !GERMANIC_FUNCTION_WORDS.test(text));
}
/** A loss word that can be said of equipment (not "die"). */
export function hasEquipmentLossWord(text: string): boolean {
  return LOSS.test(text);
}
// A sentence about an exchange of bodies or prisoners counts people handed over, however far the figure stands from the word.
const EXCHANGE = re('(?:exchange|swap|handover|repatriation) of (?:the )?(?:bodies|prisoners|pows)|(?:prisoner|body|bodies) (?:exchange|swap)|обмін\\p{L}* (?:тіл\\p{L}*|полонен\\p{L}*|військовополонен\\p{L}*)|обмен\\p{L}* (?:тел\\p{L}*|пленн\\p{L}*|военнопленн\\p{L}*)|репатріаці\\p{L}*|репатриаци\\p{L}*');
export function isExchange(sentence: string): boolean {
  return EXCHANGE.test(sentence);
}
// "killed, wounded or captured", "muertos, capturados o heridos", "morți, răniți sau luați prizonieri": the
// captured listed with the dead and wounded, no figure between, are part of one loss total, not prisoners held.
const HURT = 'вбит\\p{L}*|убит\\p{L}*|поранен\\p{L}*|загибл\\p{L}*|ранен\\p{L}*|killed|wounded|dead|muert[oa]s?|herid[oa]s?|morți|răniți|uciși|tués|blessés|morts|getötet|verwundet|verletzt|tote|zabit\\p{L}*|rann\\p{L}*|uccisi|feriti|morti|mortos|feridos';
const TAKEN = 'полонен\\p{L}*|взят\\p{L}* (?:у|в) полон|пленн\\p{L}*|взят\\p{L}* в плен|captured|taken prisoner|capturad[oa]s?|capturés?|gefangen(?:genommen)?|luați prizonieri|capturați|wzięt\\p{L}* do niewoli|pojman\\p{L}*|catturati|capturados|prisioneros';
const AND = '(?:\\s*,\\s*|\\s+)(?:(?:та|і|и|або|чи|или|й|or|and|o|y|e|sau|și|ou|et|oder|und|lub|albo|bądź|i)\\s+)?';
const CAPTURED_IN_TOLL = new RegExp(`(?<![\\p{L}])(?:(?:${HURT})${AND}(?:${TAKEN})|(?:${TAKEN})${AND}(?:${HURT}))(?![\\p{L}])`, 'giu');

// Kit or men an attack was made with, not what it lost, said right after the figure: "around 50 vehicles
// were used in the offensive", "40 armoured vehicles took part" (a figure before it that was "destroyed"
// is a loss: only the words after the figure, up to the next one, are read).
const USED_IN_ATTACK = /^[^.;:!?\d]{0,40}?(?<![\p{L}])(?:(?:were|was|had been|have been|being) used(?! up)|used (?:in|for) (?:the |an |this |that |its |their )?(?:[\p{L}-]+ )?(?:offensive|attacks?|assaults?|operations?|storming)|took part|taking part|(?:were|was) involved)(?![\p{L}])/iu;

// "Russian troops had used around 50 vehicles in the attack": the figure is the object of "used".
const USED_BEFORE = /(?<![\p{L}])used\s+(?:(?:about|around|some|over|more than|nearly|almost|up to|at least|roughly|approximately)\s+)?$/iu;

export function isUsedInAttack(after: string, before = ''): boolean {
  return USED_IN_ATTACK.test(after) || USED_BEFORE.test(before);
}

export function hasNotALossWord(text: string): boolean {
  return NOT_A_LOSS.test(text.replace(CAPTURED_IN_TOLL, ' '));
}
export function isForecast(text: string): boolean {
  return FORECAST.test(text);
}
// Both sides counted together, said in the noun phrase the figure belongs to, however far before it.
const COMBINED_PHRASE = re(
  "combined (?:number|total|toll|losses|casualties|death toll)|(?:russian and ukrainian|ukrainian and russian|russia's and ukraine's|ukraine's and russia's) (?:soldiers|troops|servicemen|military |casualties|losses|dead|deaths|fatalities|combatants)|two armies' (?:casualties|losses|dead)|both armies",
);

export function isCombinedPhrase(text: string): boolean {
  return COMBINED_PHRASE.test(text);
}

export function isCombined(text: string): boolean {
  return COMBINED.test(text);
}
export function hasCivilianWord(text: string): boolean {
  return CIVILIAN.test(text);
}
export function hasMilitaryWord(text: string): boolean {
  return MILITARY.test(text);
}
export function isInterception(text: string): boolean {
  return INTERCEPTION.test(text);
}
