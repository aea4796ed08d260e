/**
 * Who states a figure: the attributions in a sentence ("the General Staff said", "according to
 * the Russian defence ministry", "UK Defence Intelligence", "BBC and Mediazona say"), each with
 * its span so the nearest one to a figure can be chosen.
 */
import { LANG_CLAIMANTS, LANG_OUTLET_COUNTS, LANG_SOURCE_BEFORE, LANG_SPEECH } from './lexicon/index.ts';
import { foldForGate, gateOf, mayMatch } from './literal-gate.ts';
import { execAll } from './match-all.ts';
import { native } from './native.ts';
import type { Claimant } from './types.ts';

export interface Attribution {
  start: number;
  end: number;
  /** null: "the ministry", "officials", "he said": whoever was named last. */
  claimant: Claimant | null;
  /**
   * Named inside a relative clause ("The update, which draws on Ukrainian General Staff reporting,
   * put …"): a source the speaker used, not the speaker, for figures outside the clause.
   */
  aside?: { start: number; end: number };
  /**
   * The General Staff named as the data a figure rests on ("drawing on General Staff figures",
   * "on the General Staff's data", "as the General Staff reported it"):
   * under a foreign government's voice (a British intelligence update) the figures are that
   * government's statement, not the General Staff's own.
   */
  dataSource?: true;
  /**
   * The army named as the one acting, with no verb of speech ("Сили оборони знищили 20 танків"):
   * the speaker only when nobody else is named for the figure, in its sentence or in a "Про це
   * повідомив …" right after it.
   */
  actor?: true;
  /** A publication or research body by its capitalised name ("Ukrainian News Agency reports"): never a "he" or "she". */
  outlet?: true;
}

// 'actor': a speaker beside a verb of speech or "за даними", else only the one acting (above).
// 'person': a head of state, a speaker only beside a verb of speech as a country is ("Putin said"; not
// "Putin's invasion"), but one "he said" can refer to.
type Strength = 'org' | 'country' | 'person' | 'generic' | 'actor';

function alt(parts: readonly string[]): string {
  return parts.join('|');
}

// Order matters only for equal spans: Russian before Ukrainian (so "Russian General Staff" is ru_mod).
const RULES: readonly (readonly [Claimant | null, Strength, string])[] = [
  [
    'ru_mod',
    'org',
    alt([
      "(?:the )?(?:defen[cs]e )?ministry in moscow|russian (?:defen[cs]e )?ministry(?: of defen[cs]e)?|russian (?:(?:senior|top|military|defen[cs]e|high-ranking) ){1,2}(?:officials?|commanders?)|russian (?:mod|(?:military |army )?general staff|authorities|government|officials|defen[cs]e minister|deputy chief of (?:the )?general staff)|russia's (?:mod|defen[cs]e ministry|ministry of defen[cs]e|(?:military |army )?general staff|defen[cs]e minister)",
      // A commander or spokesman of one of Russia's groupings (the commander "of the group of Russian
      // forces" on a front, the Vostok group's spokesman).
      "(?:commander|spokes(?:man|person|woman)|chief|head)s? (?:of|for) (?:the )?(?:[\\p{L}'’.-]+ ){0,3}?(?:russian|russia's) (?!private |mercenary |paramilitary )(?:[\\p{L}'’.-]+ ){0,3}?(?:group(?:ing)?s?|forces|armed forces|troops|army)|(?:vostok|yug|zapad|tsentr|sever|dnepr) (?:battle ?)?group(?:ing)?(?:'s)? (?:commander|spokes(?:man|person|woman))|" +
      'ministry of defen[cs]e of (?:the )?russia\\p{L}*|(?:main directorate of the )?general staff of the russian armed forces|shoigu|belousov|konashenkov|rudsko[yi]|gerasimov|peskov|the russians themselves',
      'минобороны(?! украины)(?: россии| рф)?|мо рф|министерств\\p{L}* обороны (?:россии|рф)|міноборони (?:рф|росії)|міністерств\\p{L}* оборони (?:рф|росії)|российск\\p{L}* (?:минобороны|военн\\p{L}* ведомств\\p{L}*|министерств\\p{L}* обороны|генштаб\\p{L}*|военн\\p{L}*)|генштаб\\p{L}* (?:вс )?рф|шойгу|белоусов\\p{L}*|конашенков\\p{L}*|герасимов\\p{L}*',
      // Moscow's own name for the war marks its own tally.
      '(?:с начала|за время) (?:проведения )?(?:специальной военной операции|сво|спецоперации)|(?:since the (?:start|beginning) of (?:the |its |russia\'s )?)?(?:so-called )?"?special military operation"?',
      'rosyjsk\\p{L}* ministerstw\\p{L}* obrony|ministerstw\\p{L}* obrony rosji|russische\\p{L}* verteidigungsministerium|ministerio de defensa (?:ruso|de rusia)|moscú|ministerul rus al apărării|ministère russe de la défense',
    ]),
  ],
  [
    'uk_mod',
    'org',
    alt([
      "(?:the )?(?:uk|u\\.k\\.|british|britain's|uk's|united kingdom's|united kingdom) (?:ministry of defen[cs]e|defen[cs]e ministry|ministry|mod|delegation|mission|defen[cs]e intelligence|military intelligence|intelligence(?: services)?|defen[cs]e secretary|chief of the defen[cs]e staff|armed forces chief|officials|government|estimates?|military)|(?<!(?:ukraine's|ukrainian|kyiv's) )(?:uk )?defen[cs]e intelligence(?! (?:directorate |agency )?of (?:the )?(?:ministry of defen[cs]e of )?ukraine| \\(hur\\)| \\(gur\\))|(?:ministry of defen[cs]e|defen[cs]e ministry) of (?:great britain|britain|the united kingdom|the uk)|(?:ambassador|representative|envoy) of (?:great britain|britain|the (?:uk|united kingdom))|(?:uk|british|britain's) (?:ambassador|representative|envoy|diplomat)|radakin|ben wallace|wallace|healey|shapps|heappey|" +
        // The British spelling of a post only Britain (and, spelt "defense", America) has: "the defence secretary said".
        '(?<!(?:us|u\\.s\\.|american|america\'s|pentagon|ukrainian|ukraine\'s|russian|russia\'s) )(?:defence secretary|secretary of state for defence|armed forces minister|chief of (?:the )?defence staff)',
      // London's daily "intelligence update" / "intelligence briefing" on the war is its own
      // series: the update names the speaker a bare "the MoD" beside it leaves open.
      '(?:(?:the|its|an?|latest|daily|regular|most recent) )+(?:defen[cs]e )?intelligence (?:update|briefing)s?',
      'brytyjsk\\p{L}* (?:ministerstw\\p{L}*|wywiad\\p{L}*|resort\\p{L}*)|britisch\\p{L}* (?:verteidigungsministerium|geheimdienst\\p{L}*|militärgeheimdienst\\p{L}*)|(?:ministerio de defensa|servicios secretos|inteligencia|servicios de inteligencia) británic\\p{L}*|(?:serviciilor de informații|ministerul apărării) britanic\\p{L}*|британськ\\p{L}* (?:розвідк\\p{L}*|міноборони|міністерств\\p{L}*)|британск\\p{L}* (?:разведк\\p{L}*|минобороны|министерств\\p{L}*)|міноборони (?:великої )?британії|міністерств\\p{L}* оборони (?:великої )?британії|британськ\\p{L}* відомств\\p{L}*|минобороны великобритании|министерств\\p{L}* обороны (?:великобритании|британии)|британск\\p{L}* ведомств\\p{L}*|breska varnarmálaráðuneyti\\p{L}*|bretar\\p{L}*|renseignement britannique',
    ]),
  ],
  [
    'us',
    'org',
    alt([
      "(?:the )?(?:us|u\\.s\\.|american|america's|united states|washington's) (?:officials?|analysts|intel(?:ligence)?(?: agencies| community)?|(?:(?:intelligence|military|defen[cs]e|classified|secret) )?(?:documents?|files?|papers)|estimates?|military|defen[cs]e (?:officials?|department|secretary)|government|administration|assessment|department of defen[cs]e|joint chiefs)|pentagon|white house|state department|kirby|milley|lloyd austin|blinken|biden|trump|haines|(?<!(?:russian|russia's|ukrainian|ukraine's|british|uk|kyiv's|moscow's) )(?:defen[cs]e department|department of defen[cs]e)|(?:under ?)?secretary of defen[cs]e|(?:ambassador|representative|envoy) of the (?:us|u\\.s\\.|united states)|(?:us|u\\.s\\.|american) (?:ambassador|representative|envoy)|defen[cs]e intelligence agency|dia (?:director|chief|head)|director of the dia|cia|(?:us|u\\.s\\.|american) and (?:other )?(?:european|allied|western|british|nato) (?:(?:intelligence|defen[cs]e|military) )?officials|director of national intelligence|national security council",
      'us-(?:geheimdienst\\p{L}*|einschätzung\\p{L}*|regierung|militär|verteidigungsministerium)|(?:resort\\p{L}*|departament\\p{L}*) obrony usa|(?:officiels|responsables|renseignements?) américains|(?:oficiales|funcionarios) (?:estadounidenses|de ee\\.? ?uu\\.?)|oficiali americani|us-amerikanisch\\p{L}* generalstab\\p{L}*|amerykańsk\\p{L}* (?:wywiad\\p{L}*|urzędni\\p{L}*)|(?:funcionarios|inteligencia|servicios de inteligencia) estadounidense\\p{L}*|американськ\\p{L}* (?:розвідк\\p{L}*|чиновник\\p{L}*|посадовц\\p{L}*|посадовці)|американск\\p{L}* (?:разведк\\p{L}*|чиновник\\p{L}*)|пентагон\\p{L}*|білий дім|білого дому|белый дом|белого дома',
    ]),
  ],
  [
    'ua_other',
    'org',
    alt([
      "zelensk\\p{L}*|selenskyj\\p{L}*|zełensk\\p{L}*|зеленськ\\p{L}*|зеленск\\p{L}*|podoly?ak|podolak|подоляк\\p{L}*|syrsk\\p{L}*|сирськ\\p{L}*|сырск\\p{L}*|budanov|буданов\\p{L}*|reznikov|резніков\\p{L}*|резников\\p{L}*|umerov|умєров\\p{L}*|умеров\\p{L}*|zaluzhn\\p{L}*|залужн\\p{L}*|kuleba|кулеба|yermak|єрмак\\p{L}*|haidai|hajdaj|гайдай|voloshyn|волошин\\p{L}*|maliar|malyar|maljar|malar|маляр|arestovy?ch|arestovich|арестович\\p{L}*|(?:ukrainian|ukraine's) presidential (?:aide|adviser|advisor)|(?:aide|adviser|advisor) to (?:the )?(?:ukrainian|ukraine's) president",
      // Commanders and spokespeople of Ukraine's groupings, services and brigades speak for
      // themselves (the commander of the Tavria group, the Navy's spokesman, a brigade's press
      // officer), as do the ones most quoted by name. A title naming Russia is Russia's.
      "(?:ukraine's |ukrainian |kyiv's )(?:military |defen[cs]e )?intelligence(?: (?:directorate|agency|service|chief|head))?|(?:representative of (?:the )?)?defen[cs]e intelligence (?:directorate |agency )?of (?:the )?(?:ministry of defen[cs]e of )?ukraine|hur|gur|yusov|юсов\\p{L}*|tarnavs\\p{L}*|тарнавськ\\p{L}*|тарнавск\\p{L}*|naiev|naev|наєв\\p{L}*|наев\\p{L}*|hnatov|гнатов\\p{L}*|sodol|содол\\p{L}*|drapatyi|драпат\\p{L}*|shtupun|lykhov\\p{L}*|cherevat\\p{L}*|pletenchuk|oleshchuk|ihnat|trehubov|dmytrashkivs\\p{L}*|yevlash|fedorov|federov|brovdi|humen[iy]uk|(?:ukraine's|ukrainian) (?:[\\p{L}-]+ ){0,2}?minister(?: (?:of|for) (?:the )?(?:[\\p{Lu}][\\p{L}-]+ ?){1,3})?|minister (?:of|for) digital transformation|" +
        "(?:commander|spokes(?:man|person|woman)|press (?:officer|secretary)|chief|head)s? (?:of|for|at) (?:the )?(?:(?!russia|russian|wagner|chechen|akhmat|enemy)[\\p{L}'’.-]+ ){0,5}?(?:operational[- ](?:and[- ])?strategic group(?:ing)?(?: of (?:forces|troops))?|(?:group|grouping)s? of (?:forces|troops)|task force|brigade|navy|naval forces|air force|marine corps|army of drones|unmanned systems forces|press cent(?:er|re))|" +
        "(?:(?:ukraine's|ukrainian) )?(?:navy|naval forces|air force|tavriy?a|tauria|khortytsi?a|khortytsya|brigade|army of drones)(?:'s)? (?:commander|spokes(?:man|person|woman)|press officer)" +
        "|commander of (?:the )?(?:[\\p{L}'-]+ ){0,2}operational(?:[- ](?:and[- ])?strategic)? group(?:ing)?(?: of (?:troops|forces))?",
      // Ukraine's border guards and national guard report their own engagements ("the State Border Guard
      // Service said its mortar crews killed 15 mercenaries"): a service speaking for itself, as a brigade does.
      "(?<!(?:russian|russia's|belarusian|belarus's|fsb) )(?:(?:the )?state )?border guard service(?: of ukraine)?|(?<!(?:russian|russia's|belarusian|belarus's|fsb) )(?:ukraine's |ukrainian )?border guards(?! (?:of|from) (?:russia|belarus))|dpsu|(?:the )?national guard of ukraine|(?:ukraine's|ukrainian) national guard|" +
        "president of ukraine|ukrainian (?:president|leader)|ukraine's (?:president|leader)|(?:(?:ukraine's|ukrainian|zelensky's) )?presidential advis[eo]rs?|президент\\p{L}* україни|президент\\p{L}* украины|prezydent\\p{L}* ukrainy|head of the (?:regional )?military administration|(?:who )?head(?:s|ed)? (?:of )?the (?:[\\p{L}'’-]+ ){0,2}military administration|military administration head|deputy defen[cs]e minister|ukraine's (?:army chief|commander-in-chief|defen[cs]e minister)|ukrainian (?:army chief|commander-in-chief|defen[cs]e minister)|" +
        // A title over the armed forces is a person speaking, not the General Staff: "Ukrainian Armed
        // Forces Commander-in-Chief Oleksandr Syrskyi", "the commander of the Ukrainian Armed Forces".
        "(?:the )?(?:ukraine's|ukrainian) (?:armed forces|army|military)(?:'s)? (?:commander-in-chief|commander|chief)|(?:the )?(?:ukraine's|ukrainian|kyiv's) (?:top|chief|most senior) (?:commander|general|military commander|army commander)|(?:the )?(?:ukraine's|ukrainian|kyiv's) (?:commander-in-chief|army chief|military chief)|(?:commander-in-chief|commander|chief) of (?:the )?(?:ukrainian armed forces|armed forces of ukraine|ukraine's armed forces|ukrainian army)|головнокомандувач\\p{L}*|главнокомандующ\\p{L}* всу|радник\\p{L}* (?:офісу )?президента|советник\\p{L}* (?:офиса )?президента|doradca prezydenta ukrainy",
    ]),
  ],
  [
    'ua_general_staff',
    'org',
    alt([
      "general staff(?: of (?:the )?(?:armed forces of ukraine|ukraine's armed forces|ukrainian armed forces|ukraine))?|(?:ukraine's|ukrainian|kyiv's|kiev's) (?:general staff|defen[cs]e ministry|ministry of defen[cs]e|government|data)|the military in ukraine",
      // "The latest Ukrainian bulletin reports …", "according to the Kiev bulletin": the daily report itself.
      "(?:ukraine's|ukrainian|kyiv's|kiev's|the kyiv|the kiev) (?:(?:daily|latest|morning|official|military) )?bulletins?",
      "(?:the )?(?:defen[cs]e )?ministry in (?:kyiv|kiev)|ministry of defen[cs]e of ukraine|defen[cs]e ministry of ukraine|@defenceu|defen[cs]e of ukraine|(?:ukraine's|ukrainian|kyiv's) air force|air force of ukraine",
      // The armed forces as the ones who struck ("the Armed Forces of Ukraine destroyed 42 vehicles", "the
      // Defence Forces destroyed 181 vehicles", Ukraine's name for its forces together):
      // the General Staff's tally, even inside a commander's statement about his own sector (but
      // "she said that the Armed Forces had eliminated …" is hers).
      "(?<!(?:said|says|stated|reported|added|noted|claimed|announced|that) (?:the )?)(?:the )?(?:ukrainian armed forces|armed forces of ukraine|ukraine's armed forces|(?:ukrainian |ukraine's )?defen[cs]e forces(?: of ukraine)?)(?= (?:have |has |had )?(?:also |yesterday |overnight |reportedly |successfully |since then |so far )?(?:eliminated|destroyed|killed|neutrali[sz]ed|shot down|downed)(?![\\p{L}]))",
      'генштаб\\p{L}*(?: зсу| всу)?|генеральн\\p{L}* штаб\\p{L}*(?: збройних сил україни| зсу| всу| вс украины)?|міноборони(?! рф| росії)(?: україни)?|міністерств\\p{L}* оборони україни|минобороны украины|вс украины|украинск\\p{L}* генштаб\\p{L}*|по данным киева',
      "sztab\\p{L}*(?: generaln\\p{L}*)?(?: sił zbrojnych ukrainy| ukrain\\p{L}*| armii ukraińskiej)?|(?<!(?:strat\\p{L}*|liczb\\p{L}*|ofiar\\p{L}*|zabitych|poległych|szeregach) (?:w |wśród |po stronie )?)ukraińsk\\p{L}* (?:sztab\\p{L}*|dowództw\\p{L}*|armi\\p{L}*|wojsk\\p{L}*|ministerstw\\p{L}* obrony)|ministerstw\\p{L}* obrony ukrainy|siły zbrojne ukrainy",
      "generalstab\\p{L}*(?: der ukraine| der ukrainischen armee)?|(?<!(?:verlust\\p{L}*|zahl|opfer\\p{L}*|tote\\p{L}*|gefallene\\p{L}*|reihen) (?:der|des|in den|unter den|bei den) )ukrainische\\p{L}* (?:generalstab\\p{L}*|militär\\p{L}*|armee|streitkräfte|verteidigungsministerium)|estado mayor(?: (?:del ejército|de las fuerzas armadas) (?:de ucrania|ucraniano))?(?: ucraniano)?|ejército (?:de ucrania|ucraniano)|fuerzas armadas (?:de ucrania|ucranianas)|fuerza aérea ucraniana",
      "statul\\p{L}* major(?: al forțelor armate ale ucrainei)?|ministerul ucrainean al apărării|armata ucrainean\\p{L}*|oficialilor ucraineni|oficialii ucraineni|état-major(?: ukrainien| de l'armée ukrainienne)?|armée ukrainienne|ukrayna savunma bakanlığı|ukrayna genelkurmay\\p{L}*",
    ]),
  ],
  [
    'other',
    'org',
    alt([
      'bbc(?: russian| russia)?(?: service)?|mediazona|медиазон\\p{L}*|медіазон\\p{L}*|би-би-си|бі-бі-сі|русск\\p{L}* служб\\p{L}* би-би-си|meduza|медуз\\p{L}*|isw|institute for the study of war|oryx|nato|нато|iiss|csis|rusi|the economist|analysts?|intelligence (?:analysts?|experts)|think tank|the institute(?! (?:for|of) (?!the study of war|strategic studies))|(?:the )?european (?:commission|union|council)(?: president)?|(?:the )?eu (?:officials?|president|chief)|von der leyen|(?:the )?united nations|(?:the )?un (?:officials?|monitors|secretary-general|human rights office)|international institute for strategic studies|royal united services institute|center for strategic and international studies|according to reports|reports say|independent (?:media|journalists|analysts)|(?:(?:ukrainian|russian|pro-russian|pro-kremlin|pro-ukrainian) )?(?:military |war )?bloggers?',
      // Russia's private armies and security services count apart from its defence ministry (and
      // quarrel with it): a Wagner chief's or the FSB's figure is theirs, not the ministry's.
      "(?:the )?(?:russian )?(?:private (?:army|military company)|mercenary (?:group|army|company|force))(?: (?:wagner|pmc))*|(?:the )?wagner(?: group| pmc| mercenary group)?(?:'s)? (?:boss|chief|head|founder|leader|owner)|(?:boss|chief|head|founder|leader|owner)s? of (?:the )?(?:russian )?(?:(?:private|mercenary) (?:army|military company|group|force) |paramilitary (?:(?:group|organi[sz]ation|force|company) )?)?wagner(?: group| pmc)?|(?:yevgeny |yevgeniy |evgeny )?(?:prigo(?:zh|j)\\p{L}*|prigozin\\p{L}*)|пригожин\\p{L}*|(?:russia's |the russian |russian )(?:domestic |internal )?(?:intelligence|security) (?:agency|service)|(?:russia's |the russian )?(?:fsb|federal security service)(?! (?:officers|agents) (?:detained|arrested))|фсб",
      // Third countries' governments and their officials: their estimates are no one's tally but their own
      // ("France's foreign minister has spoken of …", "Polish President Andrzej Duda said …", "Estonia's intelligence service estimates …").
      "(?:france|germany|poland|estonia|latvia|lithuania|finland|sweden|norway|denmark|(?:the )?netherlands|canada|australia|japan|italy|spain|czechia|(?:the )?czech republic|romania|israel|turkey|china|belarus|south korea|moldova|georgia|hungary|slovakia|bulgaria|greece|portugal|belgium|austria|switzerland|ireland)'s (?:(?:foreign|defen[cs]e|prime|top|chief|military|armed forces|army|intelligence|security|national) )?(?:minister|ministry|president|chancellor|prime minister|intelligence(?: service| agency| chief)?|government|officials?|military|chief of (?:the )?(?:general )?staff|general staff|chief|head of state|leader)|(?:french|german|polish|estonian|latvian|lithuanian|finnish|swedish|norwegian|danish|dutch|canadian|australian|japanese|italian|spanish|czech|romanian|israeli|turkish|chinese|belarusian|south korean|moldovan|georgian|hungarian|slovak|bulgarian|greek|portuguese|belgian|austrian|swiss|irish) (?:president|chancellor|prime minister|foreign minister|defen[cs]e minister|(?:defen[cs]e|foreign) ministry|(?:military )?intelligence(?: service| agency| chief| officials)?|officials?|government|chief of (?:the )?general staff|general staff|army chief|defen[cs]e chief)",
      // A region's or city's authorities; Ukraine's and Russia's own are the country's voice.
      "(?<!russian |the )(?!(?:Ukrainian|Russian|Ukraine's|Russia's) )\\p{Lu}\\p{L}+ (?:regional |local )?authorities|local authorities|regional authorities",
      // A city's mayor counts what fell on the city, and a region's governor (or the head Moscow installed
      // there) what fell on the region: their counts are not the ministry's tally.
      "(?:regional |region's |oblast )?governors?|(?:russian|moscow)-(?:appointed|installed|backed) (?:head|governor|leader|official|authorit(?:y|ies))s?|(?:the|city|town|local|regional|kyiv|kiev) mayor|mayor of|mayors|(?:moscow|moscow's) mayor|mayor of moscow|sobyanin|sobianin|sobjanin|собянин\\p{L}*|мэр\\p{L}* москвы|mer\\p{L}* moskwy|maire de moscou|mairie de moscou|alcalde de moscú|moskauer bürgermeister\\p{L}*|bürgermeister von moskau",
      // An estimate a newspaper obtained ("a confidential estimate from Kyiv reported by the Wall Street
      // Journal") is the paper's report: the government it came from did not state it. A government's own
      // papers named as its ("leaked US documents") stay its.
      // (A confidential estimate by its government's name, "a confidential Ukrainian estimate", is still the paper's
      // report: the government kept it to itself.)
      "(?:confidential|unpublished) (?:ukrainian|ukraine's|kyiv's|russian|russia's|moscow's|kremlin|us|u\\.s\\.|american|pentagon|british) (?:estimates?|assessments?|figures|tall(?:y|ies)|counts?)|(?:confidential|classified|internal|leaked|unpublished|secret|private) (?:(?!(?:us|u\\.s\\.|american|pentagon|ukrainian|russian|british|kremlin)\\s)[\\p{L}-]+ )?(?:estimates?|assessments?|figures|data|documents?|tall(?:y|ies)|counts?)(?: (?:from|of|by) (?:the )?(?:[\\p{L}'’-]+ ){0,2}?(?:ukraine|ukrainian|ukraine's|kyiv|kiev|kyiv's|russia|russian|russia's|moscow|moscow's|kremlin|pentagon|us|american|british|government|military|officials))?",
      // Seoul's spies, generals and lawmakers count North Korea's dead in Kursk for themselves; "Western
      // estimates" (and "Ukrainian and Western estimates" together) are no one government's.
      "(?:south korean?|south korea's|seoul's) (?:(?:[\\p{L}-]+ ){0,2}?)(?:mps?|lawmakers?|legislators?|intelligence(?: agency| service)?|spy agency|military|joint chiefs of staff|officials?|government|defen[cs]e ministry)|(?:south korea's )?national intelligence service|(?:(?:ukrainian|ukraine's|kyiv's) and )?western (?:tall(?:y|ies)|estimates?|assessments?|counts?)",
      // Other governments' services speak for themselves, not for whoever was named before them.
      "(?:estonian|lithuanian|latvian|finnish|polish|german|french|dutch|norwegian|danish|swedish|canadian|czech|western) (?:foreign |military |defen[cs]e )?(?:intelligence(?: services?| agenc(?:y|ies)| chief)?|defen[cs]e ministry|ministry of defen[cs]e|officials)",
    ]),
  ],
  // The army by name: mostly the one destroying, now and then the one reporting.
  ['ua_general_staff', 'actor', 'сил\\p{L}* оборони(?: україни)?|збройн\\p{L}* сил\\p{L}* україни'],
  [
    'ua_general_staff',
    'country',
    // The phrases before the bare names: an alternation takes its first branch that matches, and
    // "Ukraine" alone would stop "Ukraine's military: …" at the country, which speaks only before a verb.
    "(?:the )?(?:ukraine's|ukrainian|kyiv's) (?:armed forces|(?:(?:military|defen[cs]e|government) )?officials|military|army|defen[cs]e forces|forces|commanders|authorities|side|estimates|(?:military|defen[cs]e) (?:sources|estimates))|official (?:ukrainian|ukraine's|kyiv's) (?:(?:military|defen[cs]e) )?(?:sources|estimates)|ukraine|kyiv|kiev|україна|київ|украина|киев|ucrania|ukraina|kijów|ucraina|ukrayna|(?:the )?armed forces of ukraine|(?:the )?military of ukraine|defen[cs]e forces of ukraine|всу|зсу|українськ\\p{L}* військов\\p{L}*|украинск\\p{L}* военн\\p{L}*|украинск\\p{L}* сторон\\p{L}*|українськ\\p{L}* сторон\\p{L}*",
  ],
  [
    'ru_mod',
    'country',
    "(?:the )?(?:russian|russia's) (?:military|army|armed forces|forces|side|estimates)|(?:russian|russia's) state(?:-run)? (?:media|television|tv|news agenc(?:y|ies))(?: (?:tass|ria(?: novosti)?))?|(?:the )?(?:russian )?state(?:-run)? news agenc(?:y|ies) (?:tass|ria(?: novosti)?)|russia|россия|росія|rusia|russland|russie|rosja|rosjanie|(?:the )?kremlin|kreml\\p{L}*|кремл\\p{L}*|moscow|moscú|moskau|moskwa|москва|москві|москве|российск\\p{L}* сторон\\p{L}*|російськ\\p{L}* сторон\\p{L}*",
  ],
  // Russia's president speaks for Moscow's count (there is no other Russian voice to give it).
  ['ru_mod', 'person', "(?:(?:the )?(?:russian|russia's) president )?(?:vladimir )?putin|(?:the )?(?:russian|russia's) president|(?:the )?kremlin (?:leader|chief)"],
  ['uk_mod', 'country', 'great britain|britain|the uk|united kingdom|london|великобритані\\p{L}*|великобритани\\p{L}*'],
  ['us', 'country', 'washington|the us|the united states|сша|вашингтон'],
  [
    null,
    'generic',
    "(?:the|its|their) (?:defen[cs]e )?ministry|the country's (?:defen[cs]e ministry|ministry of defen[cs]e|military|armed forces|general staff)|the officials|officials|(?<!(?:in|against|into|within) )the military(?! operation)|(?<=according to (?:the )?)intelligence(?! (?:agenc|servic|officials|chief))|(?:the|a) (?:(?:senior|top|high-ranking|defen[cs]e|military|administration|intelligence) ){0,2}official(?=,| (?:who |speaking |said|says|told|added|noted|estimated|stated|explained|cautioned|warned))|the statement|the report|the (?:intelligence )?update|the briefing|the assessment|the department|the agency|(?:his|her) (?:agency|ministry|department)|the army|the commanders|the (?:commander|general|spokes(?:man|person|woman))(?![\\p{L}-]| staff)|(?:it|he|she|they) (?:said|says|told|added|estimated|estimates|put|puts|believed|believes|reckoned|calculated|reported|reminded|recalled|noted)|(?:cited|quoted|citing|quoting) (?:him|her) as (?:saying|telling)|the (?:\\d+-year-old |country's |former |wartime )?(?:president|leader|head of state)(?![\\p{L}-])|відомство|ведомство|в міністерстві|в министерстве|the ministry's|ráðuneytið|resort\\p{L}*|das ministerium|el ministerio|ministerstwo",
  ],
  ...LANG_CLAIMANTS,
];

const SPEECH =
  "says|said|say|saying|putting|estimating|reporting|claims?|claimed|claiming|reported|reports|report|announced|announces|stated|states|estimated|estimates|believes|updated|added|noted|boasted|boasting|declared|declares|admitted|admits|acknowledged|confirmed|revealed|disclosed|insisted|insists|guarantees|guaranteed|assures|assured|asserts|asserted|maintains|maintained|alleges|alleged|put|puts|counted|calculated|told|assessed|assesses|recorded|has recorded|released|published|named|name|calculates|counts|placed|places|pegged|pegs|" +
  'заяв\\p{L}*|повідоми\\p{L}*|сообщ\\p{L}*|стверджу\\p{L}*|утвержда\\p{L}*|оцін\\p{L}*|оцен\\p{L}*|підрахува\\p{L}*|подсчита\\p{L}*|визна\\p{L}*|призна\\p{L}*|informuje|poinformował\\p{L}*|podał\\p{L}*|twierdzi|przekazał\\p{L}*|szacuje|meldet|meldete|teilte|erklärte|gab an|behauptet\\p{L}*|schätzt|afirm\\p{L}*|asegur\\p{L}*|inform\\p{L}*|estim\\p{L}*|declar\\p{L}*|revel\\p{L}*|reconoci\\p{L}*|susține|anunț\\p{L}*|a transmis|affirme|annonce|estime|telt\\p{L}*|açıkla\\p{L}*|duyur\\p{L}*|' + LANG_SPEECH;
// "Moscow, for its part, claimed": an aside between commas may stand before the verb.
// The subject of a German perfect whose participle, at the clause's end, is a verb of saying or estimating.
const DE_PERFECT_SPEECH = /^\s+(?:hat|hatte|haben|hatten)\s[^.;:!?]{0,160}?\s(?:beziffert|geschätzt|angegeben|gemeldet|erklärt|mitgeteilt|berichtet|bekanntgegeben|bekannt gegeben|genannt|gezählt|eingeräumt|zugegeben)(?=\s*(?:[.,;:!?]|$))/iu;
// "Russia has a confirmed loss of 1,700 tanks", "the reported toll": after an English article the
// verb's participle is an adjective, and the name before it is talked about, not talking (French "la
// Russie a fait le point" keeps its verb).
const SPEECH_AFTER = new RegExp(`^(?:(?:'s)?,?\\s+(?:(?!(?:not|never|rarely|seldom|no|lost|suffered|casualt\\p{L}*|loss(?:es)?|deaths?|dead)\\s)[\\p{L}\\-]+\\s+){0,4}|,\\s+(?:[\\p{L}\\-]+\\s+){0,3}[\\p{L}\\-]+,\\s+)(?!(?<=(?:^|\\s)(?:a|an|the)\\s+)(?:confirmed|reported|estimated|claimed|stated|announced|declared|recorded|published|released|counted|calculated|assessed|acknowledged|admitted|disclosed|revealed)(?![\\p{L}]))(?:${SPEECH})(?![\\p{L}])`, 'iu');
const SOURCE_BEFORE = new RegExp(
  "(?:according to|per|(?:released|reported|published|compiled|collated|issued|provided|given|announced|cited|quoted|confirmed|counted|estimated|calculated) by|from|citing|cited by|quoted by|data from|figures from|за даними|за інформацією|згідно з даними|згідно з|по данным|по информации|según|laut|według|potrivit|selon|d'après|conform|" + LANG_SOURCE_BEFORE + ")\\s+(?:the\\s+)?$",
  'iu',
);
const POSSESSIVE_AFTER = /^'s? (?:(?!(?:casualt|loss|death|dead|fatalit|troop|killed|war)\p{L}*\s)[\p{L}-]+ ){0,3}?(?:tally|figures?|count|data|estimates?|report|numbers|statement|update|briefing|assessment|claims?)(?![\p{L}])/iu;
// ", claims Russia": a speaker named after the verb, at the end of a clause.
// Only where the verb opens its clause: "He said Russia, by contrast, had lost" names what was said, not who said it.
const SPEECH_BEFORE_END = /(?:^|[,;:"\u201d]\s*)(?:says|said|claims|claimed|reports|reported)\s+(?:the\s+)?$|according to\s+(?:the\s+)?$/iu;
// The lexicon languages put the verb first more often, with a word or two before the speaker:
// "…, uvedla dnes ukrajinská armáda.", "Közzétette az ukrán hadsereg, hogy …".
const LANG_SPEECH_BEFORE_END = native(new RegExp(`(?:^|[,;:"\u201d\u201c\u00bb]\\s*)(?:${LANG_SPEECH})(?:\\s+\\p{L}+){0,2}\\s+$`, 'iu'));
// Verb-second order puts the verb before its speaker after an opening word or two: "Den gang
// innrømte Russland at …", "Samtidig hevder Kreml at …". A name between a speech verb and "that" speaks.
const V2_SPEECH_BEFORE = native(new RegExp(`(?<![\\p{L}])(?:${LANG_SPEECH})\\s+$`, 'iu'));
const THAT_AFTER = /^,?\s+(?:at|att|dass|että|hogy|ότι|πως|че|że)(?![\p{L}])/iu;
// "Kyiv is said to have lost ...": the country is talked about, not talking.
// A headline drops the "is": "Russia said to have lost …".
// "Russia is now visually confirmed to have lost …" (an OSINT count) is talked about too: up to two
// adverbs may stand between the "is" and the participle.
const PASSIVE_AFTER = /^(?:'s)?,?\s+(?:\p{L}+\s+)?(?:was|were|is|are|has been|have been|had been)\s+(?:\p{L}+\s+){0,2}(?:said|reported|estimated|believed|thought|confirmed|known)|^\s+(?:said|reported|estimated|believed|thought) to (?:have|be)(?![\p{L}])/iu;
// "told the BBC", "told the New York Times": where it was said, not who said it.
const VENUE_BEFORE = /(?:told|(?<!according )to|on|in an interview with|interview with|in an?|in its|on its)\s+(?:the\s+)?$/iu;

// "Newsweek has contacted the Russian Defense Ministry for comment", "the ministry did not respond to a
// request for comment": a body asked about the figures, not one stating them.
const ADDRESSED_BEFORE = /(?:contacted|contacting|contact|reached out to|reaching out to|emailed|e-mailed|approached|asked|sought comment from|requested comment from)\s+(?:both\s+)?(?:the\s+)?$/iu;
// "- figures Ukraine's government disputes": the one disputing a figure is not the one stating it.
const SILENT_AFTER = /^(?:'s)?\s+(?:(?:(?:did|does|has|have|had)\s+not|didn't|doesn't|hasn't|haven't)\s+(?:immediately\s+)?(?:respond|reply|comment|return)|(?:(?:has|have|had)\s+)?(?:disputes?|disputed|denies|denied|rejects|rejected|dismisse[sd]|contests|contested)(?![\p{L}]))/iu;

// Publications, news agencies and research bodies, by the capitalised name a text gives them
// ("A Wall Street Journal report", "a Reuters tally", "the Center for Strategic and International
// Studies"): their own counts and estimates, `other`. A paper's bare name is not a speaker: it
// mostly passes on someone else's figures. Matched with case, since the
// capitals are what mark a name; a name that holds a speaker of its own ("Pentagon report",
// "Ukrainian General Staff report") is that speaker's.
const NOT_A_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|Its|Their|His|Her|This|That|These|Those|Last|We|Our|I|It|They|He|She|Ukrainian|Russian|British|American|Western|Ukraine|Russia|Kyiv|Moscow|Kremlin|Putin|General|Defen[cs]e|Ministry|Officials|Government|Military|Army' +
  // The same words in the lexicon languages, before a name of an outlet's count.
  '|Rusia|Ucrania|Russie|Rosj\\p{L}*|Ukrain\\p{L}*|Росі\\p{L}*|Україн\\p{L}*|Росси\\p{L}*|Украин\\p{L}*|Ки[єе]\\p{L}*|Москв\\p{L}*|Moscú|Moscou|Kiev|Kijow|Kijów|Moskw\\p{L}*|Кремл\\p{L}*|Kreml\\p{L}*|Zachod\\p{L}*|Заход\\p{L}*|Захід\\p{L}*|Occident\\p{L}*|Ministerio|Ministère|Ministerstw\\p{L}*|Міністерств\\p{L}*|Министерств\\p{L}*|Міноборони|Минобороны|Генштаб\\p{L}*|Генеральн\\p{L}*|Збройн\\p{L}*|Вооружённ\\p{L}*|Вооруженн\\p{L}*|Сил\\p{L}*|ЗСУ|ВСУ|Estado|État|Sztab\\p{L}*|Armi\\p{L}*|Ejército|Armée|Сполучен\\p{L}*|США|EE\\.?UU\\.?|USA';
const NAME = `(?!(?:${NOT_A_NAME})(?![\\p{L}]))\\p{Lu}[\\p{L}’'.&-]*`;
const MEDIA_RULES: readonly string[] = [
  // "Center for Strategic and International Studies", "Institute for the Study of War".
  `(?:Institute|Institution|Center|Centre|Foundation|Council) (?:for|of|on) (?:(?:the|and|of|for|on) )*${NAME}(?: (?:(?:the|and|of|for|on) )*${NAME}){0,5}`,
  // "a Reuters tally", "an Economist analysis": a named outlet's own count.
  `${NAME}(?: ${NAME}){0,3} (?:report|study|analysis|investigation|survey|tally|count|estimate|calculation|review)s?(?![\\p{L}])`,
  // "a report from the Wall Street Journal", "an analysis by the Economist": the same, named after it.
  `(?:report|study|analysis|investigation|survey|tally|count|estimate|calculation|review)s? (?:from|by) (?:the )?${NAME}(?: ${NAME}){0,3}`,
  // The lexicon languages name the count first: "розслідування «Медіазони»", "un informe del Instituto …".
  ...(LANG_OUTLET_COUNTS === '(?!)' ? [] : [`(?:${LANG_OUTLET_COUNTS})\\s+(?:the |[«"„“])?(?:[lL]['’])?${NAME}(?:\\s+${NAME}){0,4}`]),
];
// "…, says US", "US says …": the bare capitals name the United States only in their case (the
// pronoun "us" never speaks), and only beside a verb of speech.
const US_BARE = native(/(?<=(?:says|said|claims|estimates)\s)U\.?S\.?(?=\s*(?:[.,;:!?]|$))|(?<![\p{L}])U\.?S\.?(?= (?:says|said|estimates|believes|claims)(?![\p{L}]))/gu);
const MEDIA = MEDIA_RULES.map((p) => [native(new RegExp(`(?<![\\p{L}])(?:${p})`, 'gu')), gateOf(p)] as const);
// "the Center … (CSIS) in Washington estimated": a place after an organisation is where it sits, not who speaks;
// "officials in Kyiv said" names the officials' side.
const LOCATED_BEFORE = /(?:\)|\p{Lu}[\p{L}’'.-]*|institute|cent(?:er|re)|tank|agency|newspaper|university|based|headquartered)\s+in\s+$/u;
// "in southern Russia", "across occupied Ukraine": a word that places the name inside the country leaves it a place.
// Danish, Norwegian and Swedish "i", "mod", "mot", "på" and Greek "στην" place the name too ("kriget i Ukraina, uppskattar …").
const OBJECT_BEFORE = /(?:^|\s)(?:on|in|into|against|across|over|of|for|toward|towards|inside|throughout|at|i|mod|mot|på|στην|στη|στο)\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|(?:central|occupied|annexed|mainland|russian-(?:occupied|held|controlled)|ukrainian-(?:held|controlled))\s+)?$/iu;
const BARE_COUNTRY = /^(?:ukraine|russia|kyiv|kiev|moscow|the kremlin|kremlin|ukraina|rusland|russland|ryssland|moskva|kreml|ουκρανία|ρωσία|κίεβο|μόσχα)$/iu;
// (Their prepositions of place or target, and the bare names of the two countries and capitals.)
const LANG_OBJECT_BEFORE = /(?:^|\s)(?:din|în|asupra|împotriva|impotriva|dans|en|contre|nel|nella|contro|em|na|no|contra|w|we|przeciwko|v|ve|proti|в|во|на|против|у|проти)\s+$/iu;
const LANG_BARE_COUNTRY = /^(?:ucraina|ucrainei|rusia|rusiei|kiev|kievul|moscova|ukraine|russie|moscou|ucrania|moscú|russia|mosca|ucrânia|rússia|ukrainie|ukrainy|rosji|rosja|ukrajině|ukrajinu|rusku|rusko|украине|украину|россии|россию|україні|україну|росії|росію)$/iu;
const PEOPLE_BEFORE = /(?:officials|sources|authorities|diplomats|commanders|leaders|officers|analysts|officials based)\s+in\s+$/iu;
// "military officials in Kyiv said": the officials are the country's voice, so its span covers them
// (the bare "officials" would otherwise be the nearer, generic speaker).
const PEOPLE_OF_BEFORE = /(?:(?:military|defen[cs]e|government|senior|top|security|intelligence)\s+)?(?:officials|sources|authorities|commanders|officers)\s+in\s+$/iu;
// "the war with Russia, claiming 55,000 …": the country is the other party to the war, not a speaker.
const PARTY_BEFORE = /(?:war|wars|conflict|fight|fighting|battle|talks|negotiations|ceasefire|truce|peace deal)\s+(?:with|against)\s+$/iu;
// A relative clause that says what a speaker's figures rest on ("The update, which draws on
// Ukrainian General Staff reporting, put …", "Analysts, based on data from Ukraine's General Staff,
// said …"): the speaker named in it is a source of the clause's
// head, not who states the figures outside it. A clause that says whose the figure is ("the list,
// which the BBC keeps, …") names its speaker.
const SOURCING_CLAUSE = /[,(]\s*(?:which|that|who|der|die|das|welche\p{L}*|який|яка|яке|які|который|которая|которое|которые|que|qui|który|która|które|care)\s+(?:[\p{L}'-]+\s+){0,3}?(?:draws? on|drew on|drawing on|(?:is |are |was |were )?based on|bas(?:es|ed|ing) (?:its|their|the|his|her) (?:[\p{L}'-]+\s+){0,2}?(?:on|upon)|rel(?:y|ies|ied|ying) on|cites|cited|citing|uses|used|using|(?:is |are |was |were )?(?:compiled|drawn) from|спирається на|спираються на|опирается на|опираются на|основан\p{L}* на|базується на|basiert auf|basieren auf|stützt sich auf|se basa en|se basan en|s'appuie sur|s'appuient sur|opiera się na|opierają się na|se bazează pe)\s+(?:[^,;:()]*\s)?$|(?:^|[,(])\s*(?:(?:which|that)\s+(?:is|are|was|were)\s+)?(?:based|drawing|drawn|relying)\s+(?:on|upon|from)\s+(?:[^,;:()]*\s)?(?:data|reporting|reports|figures|numbers|statistics|information)\s+(?:from|of|by|released by|published by)\s+(?:the\s+)?$/iu;

// The General Staff as the data behind someone's figures: "data from", "based on", "reported by"
// before it, "reporting", "data", "figures" after it.
// ("За даними українського Генштабу", "посилаючись на дані Генштабу" in a British update: the same.)
// ("Водночас за даними Генштабу, …", "Натомість за даними …": a word that sets the General Staff against the
// update before it makes it a speaker of its own, not the data that update drew on.)
const DATA_BEFORE = /(?:(?:data|figures|statistics|numbers|reporting|information)\s+(?:\p{L}+\s+)?(?:from|of|by)|(?<!(?:нагадаємо|водночас|натомість|тоді як|тим часом|проте|однак|втім|але|в то же время|тогда как|между тем|однако|при этом),?\s)(?:за даними|посилаючись на дані|з посиланням на дані|спираючись на дані|по данным|ссылаясь на данные|со ссылкой на данные)(?:\s+(?:українськ\p{L}*|украинск\p{L}*))?|based\s+on(?:\s+(?:data|figures|reporting|information)\s+(?:from|of|by))?|(?:reported|recorded|released|published|compiled|provided|given)\s+by|citing|quoting|cites|cited|quotes|quoted)\s+(?:the\s+)?$/iu;
const ANALYSIS_OF_BEFORE = /(?:(?:analys[ie]s|study|studies|review|examination|calculations?|modelling|modeling) of|using|drawing on|drawn from)\s+(?:official\s+)?(?:the\s+)?$/iu;
const DATA_AFTER = /^(?:'s)?\s+(?:reporting|data|figures|statistics|numbers|reports|calculations?|count|tally)(?![\p{L}])/iu;

const COMPILED = RULES.map(([c, strength, p]) => [c, strength, native(new RegExp(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, 'giu')), gateOf(p)] as const);

const ARMY_NAME = /(?:army|armee|armée|streitkräfte|armed forces|ejército|fuerzas armadas|armata|esercito|forze armate|forças armadas|exército|armia|армія|армия)(?![\p{L}])/iu;
// German and Romance word order with the verb first: "verloren die ukrainischen Streitkräfte", "perdió el ejército ucraniano".
const LOST_BEFORE_HOLDER = /(?<![\p{L}])(?:verloren|verlor|verliert|verlieren|perdió|perdieron|perse|persero|a pierdut|au pierdut)\s+(?:die|der|das|el|los|la|le|l'|l’|i|armata)?\s*$/iu;

// German verb-final clause: "dass die ukrainischen Streitkräfte 2024 etwa 4.000 Soldaten pro Woche verloren".
const LOST_AT_CLAUSE_END = /^(?:[^.;:,!?]|(?<=\d)[.,](?=\d)){0,120}?\s(?:verloren|eingebüßt)(?:\s+(?:haben|hätten|hatten|hat|hätte|hatte))?\s*(?:[.;:,!?]|$|und\s)/iu;

/** Attributions in `s`, left to right, overlaps resolved to the longest. */
// "las pérdidas de las Fuerzas Armadas de Ucrania han ascendido a unos 30.000": the army whose losses
// are counted holds them; it does not speak.
const HOLDER_OF_BEFORE = /(?<![\p{L}])(?:losses|casualties|pérdidas|bajas|perdite|pertes|perdas|baixas|pierderile|pierderi)\s+(?:of|de|di|des|du|das|dos|do|del|dei|delle|degli|della|ale)(?:\s+(?:the|la|las|los|le|les|a|as|o|os))?\s*$/iu;
// "an Su-27 aircraft of the Ukrainian Air Force", "soldiers of the Ukrainian armed forces": the force that
// owns the kit or the men lost is whose the loss is, not who reports it.
const OWNER_OF_BEFORE = /(?<![\p{L}])(?:aircraft|jets?|planes?|fighters?|bombers?|helicopters?|drones?|tanks?|vehicles?|ships?|vessels?|boats?|soldiers|servicem[ae]n|service ?members|servicepeople|troops|personnel|positions|units?|brigades?|battalions?|formations|equipment|hardware|launchers?|systems?)\s+(?:of|belonging to)\s+(?:the\s+)?$/iu;
// "The British Ministry of Defence estimated in March that Russia has recorded around 900,000
// casualties": a country inside what another speaker said is talked about, not talking.
const REPORTED_CLAUSE_BEFORE = /(?<![\p{L}])(?:said|says|estimated|estimates|reported|reports|claimed|claims|believes|believed|assessed|assesses|noted|stated|states|added|told [\p{L}]+)\s+(?:[^.;:!?"“”]{0,40}\s)?that\s+$/iu;
// "офіційні сили Міноборони росії, ймовірно, втратили …", "войска Минобороны России": the ministry in the
// genitive names whose forces they are, the side that lost; it does not speak.
const FORCES_OF_BEFORE = /(?<![\p{L}])(?:сили|сил|силам|війська|військ|підрозділи|підрозділів|силы|сил|войска|войск|подразделения)\s+$/iu;
export function findAttributions(s: string): Attribution[] {
  const found: (Attribution & { rank: number; verbAt?: number })[] = [];
  const folded = foldForGate(s);
  COMPILED.forEach(([claimant, strength, re, gate], rank) => {
    if (!mayMatch(gate, folded)) return;
    re.lastIndex = 0;
    for (const m of execAll(re, s)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = s.slice(Math.max(0, start - 30), start);
      const after = s.slice(end, end + 60);
      if (ADDRESSED_BEFORE.test(before) || SILENT_AFTER.test(after)) continue;
      if (HOLDER_OF_BEFORE.test(before)) continue;
      if (OWNER_OF_BEFORE.test(before)) continue;
      if (strength === 'org' && FORCES_OF_BEFORE.test(before)) continue;
      // "l'armée ukrainienne a perdu 560 000 militaires", "verloren die ukrainischen Streitkräfte 215.000":
      // an army that lost is whose the losses are, not who counts them.
      if (ARMY_NAME.test(m[0]) && !SOURCE_BEFORE.test(before) && (HOLDER_VERB_AFTER.test(after) || LOST_BEFORE_HOLDER.test(before) || LOST_AT_CLAUSE_END.test(s.slice(end, end + 140)))) continue;
      if (strength === 'actor') {
        const speaks = SPEECH_AFTER.test(after) || SOURCE_BEFORE.test(before) || /(?:^|\s)(?:у|в)\s+$/u.test(before) || POSSESSIVE_AFTER.test(after);
        found.push(speaks ? { start, end, claimant, rank } : { start, end, claimant, rank, actor: true });
        continue;
      }
      if (strength === 'country' || strength === 'person') {
        if (PASSIVE_AFTER.test(after)) continue;
        if (strength === 'country' && REPORTED_CLAUSE_BEFORE.test(s.slice(Math.max(0, start - 90), start))) continue;
        // "Russia has lost 1,000", "la Russie a perdu": the side that lost does not speak.
        if (strength === 'country' && HOLDER_VERB_AFTER.test(after)) continue;
        // Part of an outlet's name ("РБК-Україна", "Голос-Україна"), not the country.
        if (/\p{L}-$/u.test(before)) continue;
        // "For Ukraine, they estimated …": the pronoun speaks; the country is the topic.
        if (/^,?\s+(?:they|he|she|we|it)\s/iu.test(after)) continue;
        if (LOCATED_BEFORE.test(before) && !PEOPLE_BEFORE.test(before)) continue;
        // "the attack on Ukraine, claiming 498 …": a bare name after a preposition is a place or a
        // target, not the one speaking (but "officials in Kyiv said" and "with Kyiv putting …" keep it).
        if (OBJECT_BEFORE.test(before) && BARE_COUNTRY.test(m[0]) && !PEOPLE_BEFORE.test(before)) continue;
        // The same in the lexicon languages: "războiul din Ucraina, unde afirma …", "la guerre en Ukraine, affirme …".
        if (LANG_OBJECT_BEFORE.test(before) && LANG_BARE_COUNTRY.test(m[0])) continue;
        if (PARTY_BEFORE.test(before) && BARE_COUNTRY.test(m[0])) continue;
        const verb = SPEECH_AFTER.exec(after);
        const speaks =
          verb !== null ||
          SOURCE_BEFORE.test(before) ||
          POSSESSIVE_AFTER.test(after) ||
          // A headline's source opening it: "Kyiv: 1,000 …", "Kiev, "over 1,000 Russian soldiers killed yesterday"".
          (/^\s*(?::|,\s*")/.test(after) && s.slice(0, start).trim() === '') ||
          // A headline's source after a colon or dash at its end: "Russia loses 7,000 troops in a week: Kyiv".
          (/(?:[:\u2013\u2014]|\s-)\s*$/u.test(before) && /^\s*[.!?]?\s*$/u.test(after)) ||
          ((SPEECH_BEFORE_END.test(before) || LANG_SPEECH_BEFORE_END.test(before)) && /^\s*(?:[.,;:!?]|$)/.test(after)) ||
          (THAT_AFTER.test(after) && V2_SPEECH_BEFORE.test(before)) ||
          // German split verbs: "gab die Ukraine an", "teilte das Militär mit".
          (/(?:gab|gaben|teilte|teilten)\s+(?:die|der|das)?\s*$/iu.test(before) && /^\s+(?:an|mit)(?![\p{L}])/u.test(after)) ||
          // German perfect tenses close the clause with the participle: "Die USA hatten die Zahl … auf 2000 bis 4000 geschätzt".
          DE_PERFECT_SPEECH.test(s.slice(end, end + 200));
        if (!speaks) continue;
        const people = BARE_COUNTRY.test(m[0]) ? PEOPLE_OF_BEFORE.exec(before) : null;
        const from = people !== null ? start - (before.length - people.index) : start;
        if (verb !== null) {
          found.push({ start: from, end, claimant, rank, verbAt: end + verb[0].length });
          continue;
        }
        if (people !== null) {
          found.push({ start: from, end, claimant, rank });
          continue;
        }
      }
      if (claimant === 'other' && VENUE_BEFORE.test(before)) continue;
      found.push({ start, end, claimant, rank });
    }
  });
  if (s.includes('U')) for (const m of execAll(US_BARE, s)) found.push({ start: m.index, end: m.index + m[0].length, claimant: 'us', rank: 0 });
  for (const [re, gate] of MEDIA) {
    if (!mayMatch(gate, folded)) continue;
    re.lastIndex = 0;
    for (const m of execAll(re, s)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      // A name holding a speaker of its own ("Pentagon report") is that speaker's.
      if (found.some((f) => f.claimant !== 'other' && f.start < end && f.end > start)) continue;
      if (VENUE_BEFORE.test(s.slice(Math.max(0, start - 30), start))) continue;
      found.push({ start, end, claimant: 'other', rank: -1 });
    }
  }
  // "losses for Moscow, US intelligence officials estimate": a country before someone else's verb
  // is not the one speaking when that someone stands between them.
  const speaking = found.filter((f) => f.verbAt === undefined || !found.some((g) => g.start >= f.end && g.start < (f.verbAt as number)));
  speaking.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: Attribution[] = [];
  for (const f of speaking) {
    const last = out[out.length - 1];
    // "The Ministry of Defence of the Russian Federation": a named speaker overlapping a generic one is the speaker.
    if (last !== undefined && f.start < last.end && last.claimant === null && f.claimant !== null && f.end > last.end) out.pop();
    else if (last !== undefined && f.start < last.end) continue;
    // "According to their analysis of Russian government data, …": the government whose records a study
    // reads is its material, not its speaker (the General Staff as data is marked below instead).
    if (f.claimant !== null && f.claimant !== 'ua_general_staff' && DATA_AFTER.test(s.slice(f.end, f.end + 20)) && ANALYSIS_OF_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start))) continue;
    const x: Attribution = { start: f.start, end: f.end, claimant: f.claimant };
    if (
      f.claimant === 'ua_general_staff' &&
      (/data$/iu.test(s.slice(f.start, f.end)) || DATA_BEFORE.test(s.slice(Math.max(0, f.start - 40), f.start)) || DATA_AFTER.test(s.slice(f.end, f.end + 20)))
    )
      x.dataSource = true;
    if (f.actor) x.actor = true;
    if (f.rank === -1) x.outlet = true;
    if (SOURCING_CLAUSE.test(s.slice(Math.max(0, f.start - 80), f.start))) {
      const close = /[,;:–—]|\)(?=\s*,)/u.exec(s.slice(f.end));
      x.aside = { start: s.lastIndexOf(',', f.start) >= 0 ? s.lastIndexOf(',', f.start) : Math.max(0, f.start - 80), end: close !== null ? f.end + close.index : s.length };
    }
    out.push(x);
  }
  return out;
}

/**
 * The claimant last named before `pos` in `s`, speaking or not: what "it said" and "they said"
 * refer to ("Russia does not disclose its losses, but in 2022 it said …").
 */
const HOLDER_VERB_AFTER = /^(?:'s)?\s+(?:(?:has|had|have|a|ont|avait|avaient|ha|han|hat|haben|hatte|hatten|au|avea)\s+)?(?:(?:за|в течение|протягом|упродовж|минулої|минувшие|прошедшие)\s+(?:\p{L}+\s+)?(?:сутки|суток|добу|доби|тиждень|неделю)\s+)?(?:ще\s+|ещё\s+|еще\s+)?(?:lost|loses|losing|suffered|suffers|втратил\p{L}*|потерял\p{L}*|stracił\p{L}*|verlor\p{L}*|perdi\p{L}*|perdu\p{L}*|perso|pierdut|perdeu|perderam)/iu;

// "Russia's military casualties are approaching 300,000, … it added": whose the losses are, not who speaks.
const HOLDER_NOUN_AFTER = /^(?:'s\s+(?:[\p{L}-]+\s+){0,2}?|\s+)(?:casualties|losses|death toll|dead|deaths|fatalities)(?![\p{L}])/iu;

export function referentBefore(s: string, pos: number, plural = false, person = false): Claimant | null {
  let best: { end: number; claimant: Claimant } | null = null;
  const head = s.slice(0, pos);
  const folded = foldForGate(head);
  for (const [claimant, strength, re, gate] of COMPILED) {
    if (claimant === null || strength === 'generic' || !mayMatch(gate, folded)) continue;
    re.lastIndex = 0;
    for (const m of execAll(re, head)) {
      const end = m.index + m[0].length;
      // "Russia lost 429,660 troops, it said": the side that lost is not who speaks.
      if (strength === 'country' && (HOLDER_VERB_AFTER.test(s.slice(end, end + 40)) || HOLDER_NOUN_AFTER.test(s.slice(end, end + 40)))) continue;
      // "For Ukraine, they estimated …": "they" are people, not the country the sentence is about.
      if (plural && strength === 'country' && !/s$/iu.test(m[0])) continue;
      // "Shoigu said Kyiv had lost … he added": "he" or "she" is a person, never a country.
      if (person && strength === 'country') continue;
      // "it" and "they" are never Putin.
      if (!person && strength === 'person') continue;
      if (best === null || end > best.end) best = { end, claimant };
    }
  }
  return best?.claimant ?? null;
}

// "That was announced by the General Staff", "Про це повідомив Генштаб": an attribution for the sentence before.
const REPORTED_BY_OPENING =
  /^(?:(?:according to|як передає|як повідомляє|как передает) [^,]{1,40},\s*)?(?:this|that|these figures|the figures|the data|про це|об этом|на це|на это|це|это|así lo|informacje|dane|das teilte|wie)(?![\p{L}])[^.]{0,40}?(?:reported|stated|announced|said|published|повідоми\p{L}*|повідомля\p{L}*|сообщи\p{L}*|заяви\p{L}*|інформу\p{L}*|informa\p{L}*|podał\p{L}*|przekazał\p{L}*|mit|звернул\p{L}* увагу|обратил\p{L}* внимание|йдеться|говориться|зазнач\p{L}*|пише|пишуть|пишет|розпові\p{L}*|рассказа\p{L}*|дані|данные)/iu;

export function reportsBackwards(sentence: string): boolean {
  return REPORTED_BY_OPENING.test(sentence);
}
