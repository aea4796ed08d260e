/** German: wire copy (dpa, AFP) and news sites quoting Kyiv, Moscow and London. */
import type { Lexicon } from './types.ts';

export const DE: Lexicon = {
  lang: 'de',
  loss: [
    '\\p{L}+verlust\\p{L}*|eliminiert\\p{L}*|liquidiert\\p{L}*|starben|sterben|stirbt|gestorben|umgekommen|kampfunfähig|todesopfer\\p{L}*|abgeschossen|abgefangen|verlor\\p{L}*|verlier\\p{L}*|eingebüßt|einbüß\\p{L}*|ausgeschaltet|außer gefecht gesetzt|vernichtet|getötet|verwundet|verwundung|gefallen\\p{L}*|ums leben|tod oder verwundung|tote\\p{L}*|neutralisiert',
  ],
  notALoss: ['manöver\\p{L}*|militärübung\\p{L}*|übung(?:en)?|im einsatz sein|bevölkerung|einwohner\\p{L}*|bestanden|bestehen|bestehend|angewachsen|aufgestockt|zusammengezogen|rekrutiert|geschickt|entsandt|entsend\\p{L}*|schickt\\p{L}*|verlegt\\p{L}*|stationier\\p{L}*|mobilisiert\\p{L}*|eingezogen|ausgebildet|ausgetauscht|freigelassen|übergeben|geliefert|liefert\\p{L}*|zugesagt|vertragssoldaten|rekrut\\p{L}*|gefangenenaustausch\\p{L}*|produziert|hergestellt|spendet|gespendet|erhielt|erhält|erhalten|zur verfügung|lieferung\\p{L}*|\\p{L}*paket\\p{L}*|umfasst'],
  // "verschoss rund 140 Drohnen", "25 Drohnen vom Radar verschwunden": launched at Ukraine, not the tally's losses.
  interception: ['verschoss\\p{L}*|verschossen|abgefeuert|feuerte\\p{L}*|luftwaffe|luftabwehr|flugabwehr|\\p{L}*drohnenangriff\\p{L}*|vom radar verschwunden|elektronische\\p{L}* kriegsführung'],
  forecast: ['könnte\\p{L}*(?: [\\p{L}-]+){0,4} verlieren|wird(?: [\\p{L}-]+){0,4} verlieren|werden(?: [\\p{L}-]+){0,4} verlieren|dürfte\\p{L}*(?: [\\p{L}-]+){0,4} verlieren|prognos\\p{L}*'],
  combined: ['beider armeen|beide seiten|beider länder|zusammengenommen'],
  olderWar: ['afghanistan-?krieg\\p{L}*|krieg\\p{L}* in afghanistan|in afghanistan|sowjetunion|udssr|rote[nr]? armee|(?<!seit (?:dem )?)(?:ersten|zweiten|1\\.|2\\.) weltkrieg\\p{L}*|vietnamkrieg\\p{L}*|irak-?krieg\\p{L}*|tschetschenienkrieg\\p{L}*'],
  military: ['militär\\p{L}*|armee\\p{L}*|truppen|streitkräfte\\p{L}*|front\\p{L}*|soldaten|gefecht\\p{L}*|kämpfe\\p{L}*'],
  metrics: [
    ['personnel', 'loss', '(?:personal|kriegs|kampf)?verluste(?:n)?|gefallene|tote und verwundete|toten und verwundeten'],
    ['personnel', 'troops', 'mann|militärs|russen|kämpfer\\p{L}*|angreifer|besatzer|invasoren|armeeangehörige\\p{L}*'],
    ['personnel', 'people', 'personen'],
    ['afv', 'equipment', '(?:gepanzert|bewaffnet)\\p{L}*/(?:gepanzert|bewaffnet)\\p{L}* (?:kampf)?fahrzeug\\p{L}*|gepanzert\\p{L}* kampffahrzeug\\p{L}*|gepanzert\\p{L}* fahrzeug\\p{L}*|kampffahrzeug\\p{L}*|radpanzer\\p{L}*|transportpanzer\\p{L}*'],
    ['tanks', 'equipment', 'panzern|kampfpanzer\\p{L}*'],
    ['artillery', 'equipment', 'artilleriesystem\\p{L}*|geschütz\\p{L}*|haubitz\\p{L}*|artillerie'],
    ['mlrs', 'equipment', 'raketenwerfer\\p{L}*|mehrfachraketenwerfer\\p{L}*'],
    ['air_defense', 'equipment', 'flugabwehr\\p{L}*|luftabwehr\\p{L}*|luftverteidigungssystem\\p{L}*'],
    ['aircraft', 'equipment', 'kampfjets?|kampfflugzeug\\p{L}*|flugzeug\\p{L}*'],
    ['helicopters', 'equipment', 'hubschraubern|helikopter\\p{L}*'],
    ['uav', 'equipment', 'drohnen|drohne'],
    ['cruise_missiles', 'equipment', 'marschflugkörper\\p{L}*'],
    ['ships', 'equipment', 'schiffen|booten?|kriegsschiff\\p{L}*'],
    ['vehicles_fuel_tanks', 'equipment', 'fahrzeugen|fahrzeuge|lastwagen|lkw|tankwagen'],
    ['special_equipment', 'equipment', 'spezialgerät\\p{L}*|spezialausrüstung|spezialtechnik|spezialfahrzeug\\p{L}*'],
    ['other', 'aggregate', 'waffensystem\\p{L}*|militärtechnik'],
  ],
  fillers: [
    'getöteten', 'getötete', 'gefallenen', 'ausgeschalteten', 'russischer', 'russisches', 'ukrainischer', 'ukrainisches', 'feindliche', 'feindlichen', 'zerstörte', 'zerstörten',
    'eigenen', 'ihrer', 'seiner', 'gegnerische', 'gegnerischen',
  ],
  functionAfter: ['innerhalb', 'binnen', 'während', 'allein', 'davon', 'an', 'pro', 'gegenüber', 'nach', 'laut', 'als', 'mehr', 'weniger', 'zum', 'zur', 'vom',
    // "die Zahl der getöteten Soldaten auf 2000 bis 4000 geschätzt": the verb closes the clause; the noun stood before.
    'geschätzt', 'beziffert', 'angegeben', 'gestiegen', 'erhöht', 'taxiert'],
  units: {
    'elf': 11, 'zwölf': 12, 'dreizehn': 13, 'vierzehn': 14, 'fünfzehn': 15, 'sechzehn': 16, 'siebzehn': 17, 'achtzehn': 18,
    'neunzehn': 19, 'zwanzig': 20, 'dreißig': 30, 'vierzig': 40, 'fünfzig': 50, 'sechzig': 60, 'siebzig': 70, 'achtzig': 80, 'neunzig': 90,
    'halbe': 0.5, 'halben': 0.5, 'anderthalb': 1.5, 'hundert': 100, 'dutzend': 12,
  },
  scales: { 'million': 1_000_000, 'millionen': 1_000_000 },
  qualifiers: {
    atLeast: ['zumindest', 'nicht weniger als', 'mindestens'],
    about: ['nähert?\\p{L}* sich(?: der marke von)?', 'geschätzte?n?', 'geschätzt auf', 'schätzungsweise', 'geschätzt', 'etwa', 'ungefähr', 'um die', 'an die', 'beinahe', 'fast', 'knapp', 'rund', 'zirka', 'circa', 'bis zu'],
    moreThan: ['gut', 'weit über', 'mehr als', 'über', 'überschritten', 'übersteigt', 'übertroffen'],
  },
  kind: {
    daily: [
      '(?:am|an dem) (?:letzten|vergangenen) tag|(?:innerhalb|binnen|in) (?:der |den )?(?:vergangenen|letzten) 24 stunden|(?:innerhalb|binnen) (?:von )?24 stunden|(?:im laufe|während|innerhalb) des (?:vergangenen|letzten|gestrigen|vorangegangenen) tages|allein am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|vortag)|binnen (?:eines|einem) tag(?:es)?|innerhalb eines tages|am selben tag|an diesem tag|seit dem vortag|am vortag|über nacht|in der nacht|tagesverlust\\p{L}*|an einem (?:einzigen )?tag(?![\\p{L}])',
    ],
    // "einer täglich aktualisierten Aufzählung" says how often a count is updated, not a rate.
    average: ['im schnitt|im durchschnitt|durchschnittlich|pro tag|tägliche[nr]? verluste?|täglich(?! (?:aktualisiert|veröffentlicht|erscheinend|fortgeschrieben)\\p{L}*)|jeden tag|am tag'],
    averageMonth: ['pro monat|jeden monat|monatlich'],
    cumulative: ['seit beginn der (?:groß angelegten |großangelegten |umfassenden |vollumfänglichen )?(?:russischen )?(?:vollinvasion|großinvasion|invasion)|seit beginn der (?:russischen )?(?:militärischen )?(?:spezial|sonder)operation|seit kriegsbeginn|seit beginn des krieges|seit beginn des russischen angriffskriegs|seit februar 2022|summieren sich|(?:vom|zwischen dem) 24\\. februar(?: 2022)? (?:bis|und)'],
    period: [
      // One battle's toll: its window, of unstated length.
      ['in der schlacht (?:um|von|bei) [\\p{Lu}][\\p{L}-]+|(?:in|bei) den kämpfen (?:um|bei) [\\p{Lu}][\\p{L}-]+', null],
      ['(?:in|an|binnen|innerhalb von|in den (?:letzten|vergangenen)) zwei tagen', 2],
      ['(?:in|an|binnen|innerhalb von|in den (?:letzten|vergangenen)) drei tagen', 3],
      ['(?:in|an|binnen|innerhalb von|in den (?:letzten|vergangenen)) vier tagen', 4],
      ['(?:in|an|binnen|innerhalb von|in den (?:letzten|vergangenen)) fünf tagen', 5],
      ['im vergangenen monat|im (?:ganzen|gesamten) monat|binnen eines monats|innerhalb eines monats|in einem monat', 30],
      ['in der vergangenen woche|in der letzten woche|binnen einer woche|innerhalb einer woche|in einer woche', 7],
      ['ein jahr zuvor|ein jahr davor|im vergangenen jahr|im vorjahr|im laufe des jahres|im jahresverlauf', 365],
      ['seit beginn (?:der|des|ihres|seines|ihrer) (?:[\\p{L}-]+ ){0,2}?(?:offensive|gegenoffensive|vorstoßes|operation|angriffs)', null],
    ],
    same: ['im selben zeitraum|im gleichen zeitraum|in diesem zeitraum'],
    sinceMonth: ['seit anfang|seit beginn|seit mitte|seit'],
    area: ['(?:im|in dem) (?:gebiet|raum|oblast|bezirk) [\\p{Lu}][\\p{L}-]+|in der (?:region|oblast) [\\p{Lu}][\\p{L}-]+|in der [\\p{L}-]+er (?:region|oblast)'],
    monthPrepositions: ['im', 'im gesamten', 'im ganzen', 'für den gesamten', 'für den', 'während des', 'im monat'],
    year: ['(?:im jahr|im jahre|während des jahres|im laufe des jahres) YEAR', '(?:verloren|verlor|verlieren)(?: [\\p{L}-]+){0,4} YEAR'],
    dayRange: ['vom (\\d{1,2})\\.? bis (?:zum )?(\\d{1,2})\\.?', 'zwischen dem (\\d{1,2})\\.? und (?:dem )?(\\d{1,2})\\.?'],
  },
  claimants: [
    // Ukraine's authorities passing on the tally speak as its armed forces do (as 'Ukrainian authorities' in English).
    ['ua_general_staff', 'org', '(?:die )?ukrainischen? behörden'],
    ['ua_general_staff', 'org', 'ukrainische\\p{L}* angaben|nach angaben (?:des )?(?:ukrainischen )?generalstabs|angaben aus kiew|angaben kiews|angaben des generalstabs'],
    ['ru_mod', 'org', 'russische\\p{L}* angaben|angaben aus moskau|angaben moskaus|das russische militär|russische\\p{L}* generalstab\\p{L}*|russische\\p{L}* verteidigungsministerium\\p{L}*|verteidigungsministerium\\p{L}* (?:in moskau|russlands)|moskauer verteidigungsministerium\\p{L}*'],
    ['uk_mod', 'org', 'britisch\\p{L}* angaben|londoner angaben|britisch\\p{L}* verteidigungs\\p{L}*|britisch\\p{L}* (?:regierung|geheimdienst\\p{L}*|militärgeheimdienst\\p{L}*|nachrichtendienst\\p{L}*)|verteidigungsministerium\\p{L}* in london'],
    ['ua_general_staff', 'org', 'verteidigungsministerium\\p{L}* in kiew|kiewer verteidigungsministerium\\p{L}*|ukrainische\\p{L}* verteidigungsministerium\\p{L}*|verteidigungsministerium\\p{L}* der ukraine'],
    ['ua_general_staff', 'country', 'kiew|kyjiw|kiews|kyjiws'],
    ['uk_mod', 'org', '(?:nach )?einschätzung (?:von|aus) london'],
    ['uk_mod', 'country', 'london|großbritannien'],
    // "behauptet, die ukrainische Armee habe … verloren": the army is talked about; the speaker named before it speaks.
    [null, 'generic', '(?:die|der|das) (?:ukrainische\\p{L}*|russische\\p{L}*) (?:armee|streitkräfte|militär|truppen) (?:habe|hätten|hätte|haben)'],
    ['ru_mod', 'org', 'schoigu|gerassimow|beloussow|rudskoi|konaschenkow'],
    ['ua_other', 'org', 'syrskyj|budanow|saluschnyj|umerow|resnikow|podoljak'],
    ['ru_mod', 'country', 'moskaus|moskau|russland|der kreml'],
    // "verlor Russland Berichten zufolge 1.610 Soldaten": the reports are the source, not Russia beside "zufolge".
    [null, 'generic', '(?:medien)?berichten zufolge'],
    ['us', 'country', 'die usa|usa|washington|die vereinigten staaten'],
  ],
  speech: ['sagte|sagten|sagt|sprach\\p{L}*(?: \\p{L}+)? von|spricht(?: \\p{L}+)? von|berichtet\\p{L}*|hieß es|heißt es|gab an|gaben an|teilte mit|teilten mit|bezifferte\\p{L}*|beziffert|zufolge|schätzte\\p{L}*|bilanz|zählte\\p{L}*|gemeldet|meldeten|nannte\\p{L}*|genannt|verkündet\\p{L}*|angegeben|geschätzt|erklärt\\p{L}*'],
  sourceBefore: ['nach angaben', 'nach angaben des', 'nach angaben der', 'laut', 'laut dem', 'laut der'],
  captured: ['gefangen genommen\\p{L}*|gefangengenommen\\p{L}*|in gefangenschaft geraten\\p{L}*'],
  // "während" as a conjunction, not "während des Krieges".
  contrast: ['während(?! (?:des|der|dem|den|eines|einer) )|wohingegen|wogegen|aber|jedoch|obwohl|im gegensatz zu|(?:weit|deutlich|viel) (?:mehr|weniger|höher|niedriger|über) als'],
  sameNoun: ['davon|darunter|von denen|unter ihnen'],
  sameNounAfter: ['von ihnen|davon'],
  oldRecord: {
    previous: ['bisherig\\p{L}*|vorherig\\p{L}*|früher\\p{L}*'],
    nouns: ['rekord\\p{L}*|höchststand\\p{L}*|höchstwert\\p{L}*|spitzenwert\\p{L}*'],
    beat: ['übertr\\p{L}*|überbot\\p{L}*|übertroffen|gebrochen|brach'],
  },
};
