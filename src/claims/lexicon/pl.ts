/** Polish: PAP, news portals quoting the Ukrainian General Staff, London and Moscow. */
import type { Lexicon } from './types.ts';

export const PL: Lexicon = {
  lang: 'pl',
  loss: [
    'wyelimin\\p{L}*|zabil\\p{L}*|zneutralizowa\\p{L}*|unieszkodliwi\\p{L}*|unieszkodliwion\\p{L}*|traci\\p{L}*|utraci\\p{L}*|utrat\\p{L}*|straci\\p{L}*|zabił\\p{L}*|zabici|zginął|zginęło|polegli|wyłączon\\p{L}* z walki|ranni|zniszczon\\p{L}*|trafion\\p{L}*',
  ],
  metrics: [
    ['personnel', 'loss', 'zabitych i rannych|zabitych lub rannych|zabitych|poległych|rannych'],
    ['personnel', 'troops', 'rosjan|okupant\\p{L}*|najeźdźc\\p{L}*|najeźdźców|żołdak\\p{L}*|wojskowych|żołnierzy|bojowników'],
    ['personnel', 'people', 'nazwisk|ludzi'],
    ['mlrs', 'equipment', 'wieloprowadnicow\\p{L}* wyrzutni\\p{L}*(?: rakietow\\p{L}*)?|wyrzutni\\p{L}* rakietow\\p{L}*|systemów rakietowych salwowego ognia'],
    ['afv', 'equipment', 'wozów bojowych|bojow\\p{L}* woz\\p{L}* opancerzon\\p{L}*|transporter\\p{L}* opancerzon\\p{L}*|bwp'],
    ['artillery', 'equipment', 'systemów artylerii|dział artyleryjskich|działa artyleryjskie|haubic\\p{L}*|artyleri\\p{L}*'],
    ['uav', 'equipment', 'dron\\p{L}*|bezzałogowc\\p{L}*|bezzałogow\\p{L}* statk\\p{L}* powietrzn\\p{L}*|bsp'],
    ['vehicles_fuel_tanks', 'equipment', 'samochod\\p{L}*|cystern\\p{L}*|ciężarów\\p{L}*'],
    ['cruise_missiles', 'equipment', 'pocisk\\p{L}* manewrując\\p{L}*|rakiet\\p{L}* manewrując\\p{L}*'],
    ['special_equipment', 'equipment', 'sprzętu specjalnego|jednost\\p{L}* sprzętu specjalnego'],
    ['ships', 'equipment', 'okręt\\p{L}*|łodzi|kuter\\p{L}*|kutr\\p{L}*'],
    ['air_defense', 'equipment', 'system\\p{L}* (?:obrony powietrznej|przeciwlotnicz\\p{L}*)'],
  ],
  fillers: ['zniszczonych', 'rosyjskiej', 'ukraińskiej', 'wrogiej', 'najeźdźczych', 'nowych', 'kolejne', 'już', 'jednostek'],
  functionAfter: ['przez', 'od', 'tylko', 'przypada', 'przypadło', 'przypadają', 'po', 'wobec', 'niż', 'więcej'],
  units: {
    'dwóch': 2, 'dwu': 2, 'trzech': 3, 'czterech': 4, 'pięciu': 5, 'sześciu': 6, 'siedmiu': 7, 'ośmiu': 8, 'dziewięciu': 9, 'dziesięciu': 10,
    'jedenaście': 11, 'dwanaście': 12, 'trzynaście': 13, 'czternaście': 14, 'piętnaście': 15, 'szesnaście': 16, 'siedemnaście': 17,
    'osiemnaście': 18, 'dziewiętnaście': 19, 'dwadzieścia': 20, 'trzydzieści': 30, 'czterdzieści': 40, 'pięćdziesiąt': 50,
    'sześćdziesiąt': 60, 'siedemdziesiąt': 70, 'osiemdziesiąt': 80, 'dziewięćdziesiąt': 90,
    'sto': 100, 'dwieście': 200, 'trzysta': 300, 'czterysta': 400, 'pięćset': 500, 'sześćset': 600, 'siedemset': 700, 'osiemset': 800, 'dziewięćset': 900,
    'pół': 0.5, 'półtora': 1.5, 'półtorej': 1.5,
  },
  scales: { 'tysiąca': 1_000, 'tysiącach': 1_000, 'miliona': 1_000_000, 'milionie': 1_000_000, 'setek': 100 },
  bareScales: ['tysiąca', 'miliona'],
  qualifiers: {
    atLeast: ['nie mniej niż', 'minimum', 'conajmniej'],
    about: ['około', 'ok\\.', 'mniej więcej', 'szacunkowo', 'w przybliżeniu', 'bez mała', 'niespełna', 'blisko', 'niemal', 'prawie', 'rzędu', 'nawet'],
    moreThan: ['ponad', 'przeszło', 'więcej niż', 'powyżej', 'przekroczył\\p{L}*', 'przekracza\\p{L}*', 'z okładem'],
  },
  kind: {
    daily: [
      'w ciągu (?:tej samej|ostatniej|minionej|poprzedniej) doby|tej samej doby|(?:na|przez) (?:ostatnią|minioną) dobę|ostatnią dobę|w ciągu ostatniego dnia|w ciągu jednej doby|tego samego dnia|dobow\\p{L}* strat\\p{L}*|rekord dobowy|dobowy',
    ],
    average: ['średnio|średnia dzienna|średnia dobowa|dziennie|każdego dnia|na dobę|codziennie'],
    cumulative: ['od początku (?:pełnoskalowej )?(?:inwazji|wojny)|od lutego 2022|od 24 lutego 2022'],
    period: [
      ['w ciągu (?:tego )?miesiąca|przez (?:cały )?miesiąc|w minionym miesiącu|w zeszłym miesiącu', 30],
      ['w ciągu (?:tego )?tygodnia|w minionym tygodniu|w ostatnim tygodniu|przez tydzień', 7],
      ['w zeszłym roku|w ubiegłym roku|w ciągu roku|przez cały rok', 365],
      ['w tym samym okresie|w tym okresie|w tym czasie', null],
    ],
    monthPrepositions: ['w', 'we', 'w ciągu', 'przez cały', 'za'],
    year: ['(?:w|we|w ciągu|przez cały) YEAR (?:r\\.|roku|rok)', 'rok YEAR', 'w YEAR'],
    dayRange: ['od (\\d{1,2}) do (\\d{1,2})', 'między (\\d{1,2}) a (\\d{1,2})'],
  },
  claimants: [
    ['ua_general_staff', 'org', 'sztab\\p{L}* generaln\\p{L}* (?:ukrainy|ukraińsk\\p{L}*|sił zbrojnych ukrainy)|ukraińsk\\p{L}* sztab\\p{L}*|sztab\\p{L}*'],
    ['uk_mod', 'org', 'brytyjczycy|brytyjsk\\p{L}* (?:wywiad\\p{L}*|resort\\p{L}*|ministerstw\\p{L}*)|według londynu'],
    ['uk_mod', 'country', 'londyn|londynu|wielka brytania'],
    ['ru_mod', 'org', 'rosyjsk\\p{L}* resort\\p{L}* obrony|resort\\p{L}* obrony rosji|moskwa twierdzi'],
    ['ru_mod', 'country', 'moskwa|moskwy|rosja|kreml'],
    ['ua_general_staff', 'country', 'kijów|kijowa|ukraina'],
  ],
  speech: ['podaje|podają|podał\\p{L}*|poinformował\\p{L}*|informuje|przekazał\\p{L}*|przekazuje|twierdz\\p{L}*|oszacował\\p{L}*|szacuje|szacowali|szacował\\p{L}*|ocenia\\p{L}*|odnotował\\p{L}*|wyliczył\\p{L}*|podsumował\\p{L}*|napisał\\p{L}*|ogłosił\\p{L}*|powiedział\\p{L}*|zapewni\\p{L}*'],
  sourceBefore: ['według', 'wg', 'jak podaje', 'jak podał', 'jak poinformował', 'jak przekazał', 'zdaniem', 'z danych', 'dane'],
  sameNoun: ['z czego|w tym|spośród nich|z nich'],
  sameNounAfter: ['z nich|spośród nich'],
};
