/** Hungarian: MTI, Telex, Index and others quoting the Ukrainian General Staff, Moscow and London. Case endings ride on the stems ("katonát", "harckocsit"). */
import type { Lexicon } from './types.ts';

export const HU: Lexicon = {
  lang: 'hu',
  // The prefix of "megsemmisített" goes after the verb when a figure stands in focus ("97 eszközt semmisített meg").
  loss: ['veszíthetett\\p{L}*|halt(?:ak)? (?:már )?meg|esett(?:ek)? el|estek el|sebesült(?:ek)? meg|életét vesztette|semmisít\\p{L}* meg|veszített\\p{L}*|vesztett\\p{L}*|veszteség\\p{L}*|elveszített\\p{L}*|megöl\\p{L}*|meghalt\\p{L}*|elesett\\p{L}*|megsebesült\\p{L}*|megsemmisít\\p{L}*|megsemmisült\\p{L}*|semlegesít\\p{L}*|likvidál\\p{L}*|lelőtt\\p{L}*|harcképtelenné tett\\p{L}*|halott\\p{L}*'],
  notALoss: ['mozgósít\\p{L}*|bevetett\\p{L}*|telepített\\p{L}*|kicserél\\p{L}*|fogolycseré\\p{L}*|hadifogoly\\p{L}*|hadifoglyo\\p{L}*|foglyo\\p{L}*|civil(?!ian)\\p{L}*|polgári\\p{L}*|kiképz\\p{L}*|szállít\\p{L}*|segély\\p{L}*'],
  // "veszíthetett" (may have lost) looks back, not forward.
  forecast: ['veszíthet(?!ett)\\p{L}*|elveszíthet(?!ett)\\p{L}*|fog veszíteni|előrejelzés\\p{L}*|becslések szerint még'],
  combined: ['mindkét hadsereg\\p{L}*|mindkét fél|mindkét oldal\\p{L}*'],
  side: { ru: 'orosz\\p{L}*|moszkva\\p{L}*|kreml\\p{L}*', ua: 'ukrán\\p{L}*|ukrajn\\p{L}*|kijev\\p{L}*|kijiv\\p{L}*', enemy: 'ellenség\\p{L}*|ellenséges' },
  military: ['hadsereg\\p{L}*|csapat\\p{L}*|katon\\p{L}*|fegyveres erő\\p{L}*|front(?:en|et|e|a|u|o|as|ą|ų|ē|ā|on)|háború\\p{L}*'],
  metrics: [
    ['personnel', 'loss', 'halott\\p{L}* és sebesült\\p{L}*|halott\\p{L}*|sebesült\\p{L}*|áldozat\\p{L}*|elesett\\p{L}*'],
    ['personnel', 'troops', 'katoná\\p{L}*|katona|főt|főnyi|fő|ember\\p{L}*|harcos\\p{L}*|megszálló\\p{L}*'],
    ['afv', 'equipment', 'páncélozott (?:harcjármű\\p{L}*|harci jármű\\p{L}*|jármű\\p{L}*|szállító\\p{L}*)|harcjármű\\p{L}*|páncélos\\p{L}*'],
    ['tanks', 'equipment', 'harckocsi\\p{L}*|tank(?:ot|ja|ok\\p{L}*)'],
    ['artillery', 'equipment', 'tüzérségi (?:rendszer\\p{L}*|eszköz\\p{L}*|löveg\\p{L}*)|löveg\\p{L}*|tarack\\p{L}*|tüzérség\\p{L}*'],
    ['mlrs', 'equipment', 'rakétakilövő\\p{L}*|sorozatvető\\p{L}*|rakéta-sorozatvető\\p{L}*|többcsövű rakétavető\\p{L}*'],
    ['air_defense', 'equipment', 'légvédelmi (?:rendszer\\p{L}*|eszköz\\p{L}*|komplexum\\p{L}*)'],
    ['aircraft', 'equipment', 'repülőgép\\p{L}*|vadászgép\\p{L}*|harci gép\\p{L}*'],
    ['helicopters', 'equipment', 'helikopter\\p{L}*'],
    ['uav', 'equipment', 'drón\\p{L}*|pilóta nélküli (?:repülőgép\\p{L}*|légi jármű\\p{L}*)'],
    ['cruise_missiles', 'equipment', 'robotrepülőgép\\p{L}*|cirkálórakét\\p{L}*|manőverező robotrepülőgép\\p{L}*'],
    ['ships', 'equipment', 'hajó\\p{L}*|csónak\\p{L}*|naszád\\p{L}*'],
    ['vehicles_fuel_tanks', 'equipment', 'jármű\\p{L}* és üzemanyagtartály\\p{L}*|gépjármű\\p{L}*|teherautó\\p{L}*|tartálykocsi\\p{L}*|üzemanyagszállító\\p{L}*|jármű\\p{L}*'],
    ['special_equipment', 'equipment', 'speciális (?:hadtechnikai eszköz\\p{L}*|felszerelés\\p{L}*|technik\\p{L}*|jármű\\p{L}*)'],
  ],
  fillers: ['orosz', 'ukrán', 'ellenséges', 'megsemmisített', 'újabb', 'további', 'saját', 'darab'],
  functionAfter: ['alatt', 'során', 'csak', 'ellen', 'naponta'],
  units: {
    'egy': 1, 'kettő': 2, 'két': 2, 'három': 3, 'négy': 4, 'öt': 5, 'hét': 7, 'nyolc': 8, 'kilenc': 9, 'tíz': 10,
    'húsz': 20, 'harminc': 30, 'negyven': 40, 'ötven': 50, 'hatvan': 60, 'hetven': 70, 'nyolcvan': 80, 'kilencven': 90, 'száz': 100, 'fél': 0.5,
  },
  scales: { 'ezer': 1_000, 'millió': 1_000_000 },
  // "tizenhatezer", "hetvenhétezer", "kétszázan", "hatezret": the parts only found inside such words.
  compound: { parts: { 'tizen': 10, 'huszon': 20, 'hat': 6, 'ezret': 1_000, 'ezren': 1_000 }, endings: ['t', 'et', 'at', 'ot', 'an', 'en', 'on'] },
  digitScales: { 'ezer': 1_000, 'ezret': 1_000, 'millió': 1_000_000 },
  bareScales: ['millió', 'ezer'],
  qualifiers: {
    atLeast: ['legalább', 'minimum'],
    about: ['mintegy', 'nagyjából', 'körülbelül', 'kb\\.', 'hozzávetőleg', 'csaknem', 'majdnem', 'közel', 'szinte', 'akár'],
    moreThan: ['több mint', 'több, mint', 'meghaladta', 'túllépte'],
  },
  kind: {
    daily: ['az elmúlt 24 órában|az (?:elmúlt|utóbbi) egy napban|egyetlen nap alatt|egy nap alatt|ugyanazon a napon|tegnap|az elmúlt napban'],
    average: ['átlagosan|naponta|napi átlagban|minden nap|egy napra vetítve'],
    // "a február 24-én kezdődött háborúban": the war named by the day it began is the whole war.
    cumulative: ['a (?:teljes körű |nagyszabású )?(?:invázió|háború) (?:kezdete|kitörése) óta|a február 24-én (?:kezdődött|indult|kirobbant) (?:háború|invázió)\\p{L}*|február 24\\. óta|2022 februárja óta|2022\\. február 24\\. óta|összesen|mindösszesen'],
    period: [
      ['az elmúlt hónapban|a múlt hónapban|egy hónap alatt', 30],
      ['az elmúlt héten|a múlt héten|egy hét alatt', 7],
      ['tavaly|az elmúlt évben|egy év alatt', 365],
      ['ugyanebben az időszakban|ebben az időszakban|ez idő alatt', null],
      // "ellentámadásuk kezdete óta, vagyis az elmúlt két hónap folyamán": a stretch of months, or of one operation.
      ['az elmúlt (?:két|három|négy|öt|hat) hónap\\p{L}*|(?:ellen)?(?:támadás|offenzív)\\p{L}* kezdete óta', null],
    ],
  },
  claimants: [
    ['ua_general_staff', 'org', 'ukrán (?:vezérkar\\p{L}*|fegyveres erők vezérkar\\p{L}*|védelmi minisztérium\\p{L}*)|vezérkar\\p{L}*|(?:ukrán fegyveres erők )?főparancsnokság\\p{L}*|ukrán adatok'],
    ['ru_mod', 'org', 'orosz védelmi minisztérium\\p{L}*|orosz védelmi miniszter\\p{L}*|sojgu\\p{L}*|konasenkov\\p{L}*|az orosz hadügyminisztérium\\p{L}*|orosz adatok'],
    ['uk_mod', 'org', 'brit (?:hírszerzés\\p{L}*|védelmi minisztérium\\p{L}*|katonai hírszerzés\\p{L}*)'],
    ['us', 'org', 'amerikai (?:tisztviselő\\p{L}*|hírszerzés\\p{L}*|védelmi minisztérium\\p{L}*)'],
    // Zelensky, his advisers and Kyiv's commanders speak for themselves; NATO and Telegram channels count for themselves.
    ['ua_other', 'org', 'zelenszkij\\p{L}*|podoljak\\p{L}*|tarnavszkij\\p{L}*|szirszkij\\p{L}*|zaluzsnij\\p{L}*|ukrán elnök\\p{L}*|az ukrán (?:egészségügyi |védelmi )?miniszter\\p{L}*'],
    ['other', 'org', 'nato|telegram-csatorn\\p{L}*'],
    ['ru_mod', 'country', 'moszkva|oroszország|a kreml'],
    ['ua_general_staff', 'country', 'kijev|ukrajna|az ukrán hadsereg'],
  ],
  months: ['január januárban január', 'február februárban', 'március márciusban', 'április áprilisban', 'május májusban', 'június júniusban', 'július júliusban', 'augusztus augusztusban', 'szeptember szeptemberben', 'október októberben', 'november novemberben', 'december decemberben'],
  weekdays: ['vasárnap', 'hétfő hétfőn', 'kedd kedden', 'szerda szerdán', 'csütörtök csütörtökön', 'péntek pénteken', 'szombat szombaton'],
  speech: ['beszámolt\\p{L}*|számoltak be|közzétette|ismertette|közölte|közli|jelentette|jelenti|tájékoztatott|állítja|állította|becsüli|becsülte|szerint|nyilatkozta|írta|mondta|számolt be'],
  sameNoun: ['ebből|közülük'],
};
