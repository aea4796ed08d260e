/**
 * Maps the label of a report line to a category key: Ukrainian, English and (roughly) Russian,
 * across the label changes of 2022–2026, in any grammatical case.
 */
import type { Category } from '../core/categories.ts';

/**
 * Before 2022-05-01 "vehicles" and "fuel tanks" were two lines; the series stores their sum,
 * so the parser must know a line is a part, not the whole.
 */
export type LabelPart = 'whole' | 'vehicles' | 'fuel_tanks';

export interface LabelMatch {
  category: Category;
  part: LabelPart;
}

// Latin letters that look like Cyrillic ones: copy-pasted Ukrainian text often mixes them in.
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
};

function fixMixedScriptWord(word: string): string {
  if (!/[а-яіїєґё]/.test(word) || !/[a-z]/.test(word)) return word;
  let out = '';
  for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}

/**
 * Lower case, ё→е, every run of non-letters to one space, padded with spaces so that
 * `' танк'` tests for a word that starts with "танк".
 */
export function normalizeLabel(label: string): string {
  const words = label
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '')
    .map(fixMixedScriptWord);
  return ` ${words.join(' ')} `;
}

function hasAny(n: string, stems: readonly string[]): boolean {
  for (const s of stems) if (n.includes(s)) return true;
  return false;
}

const VEHICLE_STEMS = [' автомобіл', ' автомобил', ' vehicle', ' автотехн', ' military vehicle', ' automotive', ' cars ', ' trucks', ' вантажівк', ' грузовик'];
const FUEL_STEMS = ['цистерн', ' fuel tank', ' пмм ', ' гсм ', ' fuel truck', ' tankers', ' tank trucks'];

// Mobile SRBM launchers (`пускові установки ОТРК/ТРК`, April 2022): a real report line, but no category of the series.
const SRBM_STEMS = [' отрк', ' трк ', ' srbm', ' пускові установки', ' пусковые установки', ' ballistic missile'];

type Rule = readonly [test: (n: string) => boolean, result: LabelMatch | null];

function cat(category: Category, part: LabelPart = 'whole'): LabelMatch {
  return { category, part };
}

/**
 * First match wins, so the order is what avoids the traps: "unmanned aerial vehicles" and
 * "armoured combat vehicles" before "vehicles"; "fuel tanks" before "tanks"; "anti-aircraft"
 * before "aircraft"; submarines before ships; mobile SRBM launchers (a null: kept in `other`)
 * before anything that could swallow them.
 */
const RULES: readonly Rule[] = [
  [(n) => hasAny(n, [' ground robot', ' unmanned ground', ' ugv', ' нрк ']) || (n.includes(' наземн') && n.includes(' робот')), cat('ground_robotic_systems')],
  [
    (n) =>
      hasAny(n, [' бпла', ' бла ', 'безпілотн', 'беспилотн', ' uav', ' drone', ' дрон', ' unmanned aerial', ' unmanned aircraft']) ||
      hasAny(n, [' оперативно тактичного рівня', ' оперативно тактического уровня', ' operational tactical level']),
    cat('uav'),
  ],
  [(n) => hasAny(n, [' підводн', ' подводн', ' submarine']), cat('submarines')],
  [(n) => hasAny(n, [' крилат', ' крылат', ' cruise missile']), cat('cruise_missiles')],
  [(n) => hasAny(n, SRBM_STEMS), null],
  [(n) => hasAny(n, [' корабл', ' катер', ' warship', ' ship', ' boat', ' speedboat', ' cutter', ' човн', ' vessel']), cat('ships')],
  [
    (n) =>
      hasAny(n, [' ппо ', ' пво ', ' anti aircraft', ' air defen', ' зенітн', ' зенитн', ' anti air ', ' протиповітрян', ' противовоздушн', ' зрк ', ' ppo ']),
    cat('air_defense'),
  ],
  [
    (n) => hasAny(n, [' броньован', ' бронирован', ' ббм ', ' apv', ' afv', ' acv', ' apc', ' ifv', ' armoured', ' armored', ' бмп ', ' бтр ', ' bbm ']),
    cat('afv'),
  ],
  // Before the vehicle rules: "special equipment" is no part of "vehicles and fuel tanks", whatever a translation calls it.
  [(n) => hasAny(n, [' спеціальн', ' специальн', ' спец ', ' спецтехн', ' special']), cat('special_equipment')],
  [
    (n) => hasAny(n, VEHICLE_STEMS) && hasAny(n, FUEL_STEMS),
    cat('vehicles_fuel_tanks'),
  ],
  [(n) => hasAny(n, FUEL_STEMS), cat('vehicles_fuel_tanks', 'fuel_tanks')],
  [(n) => hasAny(n, VEHICLE_STEMS), cat('vehicles_fuel_tanks', 'vehicles')],
  [(n) => hasAny(n, [' артилер', ' артиллер', ' artiller']), cat('artillery')],
  [(n) => hasAny(n, [' рсзв ', ' рсзо ', ' mlrs', ' rszv ', ' multiple launch', ' multiple rocket', ' rocket launcher', ' реактивних систем залпового', ' реактивных систем залпового']), cat('mlrs')],
  [(n) => hasAny(n, [' літак', ' самолет', ' aircraft', ' plane', ' airplane', ' warplane']), cat('aircraft')],
  [(n) => hasAny(n, [' гелікоптер', ' вертол', ' helicopter']), cat('helicopters')],
  [(n) => hasAny(n, [' танк', ' tank']), cat('tanks')],
  [(n) => hasAny(n, [' особов', ' personnel', ' личн', ' живої сили', ' живой силы', ' troops', ' soldiers']), cat('personnel')],
];

// Reports repeat the same few dozen labels; a bounded cache skips re-normalising them.
const CACHE_LIMIT = 4096;
const cache = new Map<string, LabelMatch | null>();

function classify(label: string): LabelMatch | null {
  const n = normalizeLabel(label);
  if (n.trim() === '') return null;
  for (const [test, result] of RULES) if (test(n)) return result;
  return null;
}

/**
 * True for a label the reports did print but the series does not count (mobile SRBM launchers):
 * such a line belongs to the list (kept under `other`), it is not a sentence that ends it.
 */
export function isUncountedLabel(label: string): boolean {
  return hasAny(normalizeLabel(label), SRBM_STEMS);
}

/** The category of a line's label, or null when it names none (unknown, or a mobile SRBM launcher). */
export function matchLabel(label: string): LabelMatch | null {
  const hit = cache.get(label);
  if (hit !== undefined || cache.has(label)) return hit ?? null;
  const result = classify(label);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(label, result);
  return result;
}
