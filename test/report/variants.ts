/**
 * An independent generator of General Staff loss-report texts, written from how the General
 * Staff's Telegram posts and their republications (mil.gov.ua, kmu.gov.ua, Facebook, news
 * outlets, reposting channels) look across 2022–2026. It deliberately shares no code with
 * test/support/render/render*.ts: the point is to attack the parser with forms its own renderer does
 * not produce.
 *
 * `variantsFor(day)` gives a list of named texts for one day's figures, each with the
 * ParsedReport the parser must return for it.
 */
import type { Category } from '../../src/core/categories.ts';
import type { Figure, ParsedReport, ReportLang } from '../../src/report/types.ts';

export interface DayInput {
  /** Report date D, ISO. */
  date: string;
  figures: Partial<Record<Category, Figure>>;
}

export interface Variant {
  name: string;
  text: string;
  /** Passed to parseReport as `published` when set. */
  published?: string;
  expected: ParsedReport;
}

// ---------------------------------------------------------------------------------------------
// Small deterministic random source, so a failure names a variant that can be rebuilt.

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

class Rng {
  private state: number;
  constructor(seed: string) {
    this.state = hashString(seed) || 1;
  }
  next(): number {
    // mulberry32
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

const UK_MONTHS = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DateParts {
  d: string; // "05"
  m: string; // "03"
  yy: string; // "25"
  yyyy: string; // "2025"
  day: number;
  month: number; // 1-12
}

function dateParts(iso: string): DateParts {
  const [yyyy, m, d] = iso.split('-') as [string, string, string];
  return { d, m, yy: yyyy.slice(2), yyyy, day: Number(d), month: Number(m) };
}

type DateStyle = 'yearless' | 'yy' | 'yyyy';

function dm(p: DateParts, style: DateStyle): string {
  if (style === 'yearless') return `${p.d}.${p.m}`;
  return `${p.d}.${p.m}.${style === 'yy' ? p.yy : p.yyyy}`;
}

function start(style: DateStyle): string {
  return style === 'yearless' ? '24.02' : style === 'yy' ? '24.02.22' : '24.02.2022';
}

// ---------------------------------------------------------------------------------------------
// Labels, by category, language and era. The first entry is the General Staff's own wording
// of the period; the others are forms seen in republications and translations.

type Lang = 'uk' | 'en';
type Part = Category | 'vehicles' | 'fuel_tanks' | 'srbm';

const UK_LABELS: Record<Part, readonly string[]> = {
  personnel: ['особового складу', 'особовий склад', 'живої сили'],
  tanks: ['танків', 'танки'],
  afv: ['бойових броньованих машин', 'ББМ', 'бойові броньовані машини'],
  artillery: ['артилерійських систем', 'артилерійські системи', 'артилерія'],
  mlrs: ['РСЗВ', 'реактивних систем залпового вогню'],
  air_defense: ['засоби ППО', 'засобів ППО', 'засоби протиповітряної оборони'],
  aircraft: ['літаків', 'літаки'],
  helicopters: ['гелікоптерів', 'гелікоптери', 'вертольотів'],
  uav: ['БПЛА оперативно-тактичного рівня', 'БпЛА оперативно-тактичного рівня', 'безпілотних літальних апаратів оперативно-тактичного рівня'],
  cruise_missiles: ['крилаті ракети', 'крилатих ракет'],
  ships: ['кораблі /катери', 'кораблі / катери', 'кораблів / катерів', 'кораблі/катери', 'легкі катери'],
  submarines: ['підводні човни', 'підводних човнів'],
  vehicles_fuel_tanks: ['автомобільної техніки та автоцистерн', 'автомобільна техніка та автоцистерни', 'автотехніки та цистерн з ПММ'],
  special_equipment: ['спеціальна техніка', 'спеціальної техніки', 'спецтехніки'],
  ground_robotic_systems: ['наземні робототехнічні комплекси', 'наземних робототехнічних комплексів', 'НРК'],
  vehicles: ['автомобільної техніки', 'автомобільна техніка'],
  fuel_tanks: ['цистерн з ПММ', 'цистерни з ПММ'],
  srbm: ['пускові установки ОТРК/ТРК'],
};

const EN_LABELS: Record<Part, readonly string[]> = {
  personnel: ['personnel', 'military personnel', 'enemy personnel'],
  tanks: ['tanks', 'Tanks'],
  afv: ['APV', 'AFV', 'armoured combat vehicles', 'armored combat vehicles', 'armoured personnel vehicles', 'APC'],
  artillery: ['artillery systems', 'artillery', 'artillery pieces'],
  mlrs: ['MLRS', 'multiple rocket launchers', 'multiple launch rocket systems'],
  air_defense: ['Anti-aircraft warfare systems', 'anti-aircraft warfare systems', 'air defence means', 'air defense systems'],
  aircraft: ['aircraft', 'warplanes', 'planes'],
  helicopters: ['helicopters'],
  uav: ['UAV operational-tactical level', 'operational-tactical UAVs', 'operational-tactical level UAVs', 'drones'],
  cruise_missiles: ['cruise missiles'],
  ships: ['warships / boats', 'ships / boats', 'warships/boats', 'boats / cutters', 'light speedboats'],
  submarines: ['submarines'],
  vehicles_fuel_tanks: ['vehicles and fuel tanks', 'motor vehicles and fuel tanks', 'automotive equipment and fuel tanks', 'vehicles & fuel tanks'],
  special_equipment: ['special equipment', 'special military equipment'],
  ground_robotic_systems: ['ground robotic systems', 'unmanned ground vehicles', 'ground robotic complexes', 'UGVs'],
  vehicles: ['vehicles', 'motor vehicles'],
  fuel_tanks: ['fuel tanks'],
  srbm: ['mobile SRBM system', 'mobile SRBM systems'],
};

const UK_UNITS: Partial<Record<Part, string>> = {
  personnel: 'осіб',
  tanks: 'од',
  afv: 'од',
  artillery: 'од',
  mlrs: 'од',
  air_defense: 'од',
  aircraft: 'од',
  helicopters: 'од',
  ships: 'од',
  submarines: 'од',
  vehicles_fuel_tanks: 'од',
  vehicles: 'од',
  ground_robotic_systems: 'од',
};

/** The report's order of lines before May 2022 (two vehicle lines, launchers last) and after. */
const ORDER_2022_EARLY: readonly Part[] = [
  'personnel', 'tanks', 'afv', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters',
  'vehicles', 'ships', 'fuel_tanks', 'uav', 'special_equipment', 'srbm',
];
const ORDER: readonly Part[] = [
  'personnel', 'tanks', 'afv', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters', 'uav',
  'cruise_missiles', 'ships', 'submarines', 'vehicles_fuel_tanks', 'special_equipment', 'ground_robotic_systems',
];
// Some republications put the newest category next to the drones.
const ORDER_GRS_AFTER_UAV: readonly Part[] = [
  'personnel', 'tanks', 'afv', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters', 'uav', 'ground_robotic_systems',
  'cruise_missiles', 'ships', 'submarines', 'vehicles_fuel_tanks', 'special_equipment',
];

const SPLIT_UNTIL = '2022-05-01'; // vehicles and fuel tanks were two lines before this date
const SRBM_FROM = '2022-04-07'; // launchers appear in April 2022 lists (kept under `other`)
const SRBM_FIGURE: Figure = { total: 4, delta: 0 };

// ---------------------------------------------------------------------------------------------
// Options

type NumberStyle = 'plain' | 'space' | 'nbsp' | 'nnbsp' | 'thin' | 'comma' | 'dot';
type DeltaStyle = 'paren' | 'glued' | 'spaced' | 'sign-space' | 'after-unit';
type LangForm = 'uk' | 'en' | 'bi-inline' | 'bi-blocks' | 'bi-blocks-en-first' | 'bi-pairs';
type HeaderSplit = 'none' | 'before-po' | 'after-po';

export interface VariantOptions {
  form: LangForm;
  dateStyle: DateStyle;
  header: number; // index into the header templates of the language
  headerSplit: HeaderSplit;
  preamble: boolean; // outlet lines before the header
  bullet: string;
  numbering: 'none' | 'dot' | 'paren' | 'keycap'; // "1.", "1)", "1️⃣" before each line
  dash: string | 'mixed';
  numbers: NumberStyle;
  delta: DeltaStyle;
  /** Put `*` after some totals (footnoted recounts). */
  star: boolean;
  units: boolean;
  lineEnd: '' | ',' | ';' | '.';
  label: number; // index into the label alternatives
  approx: number;
  blankBetween: boolean;
  indent: string;
  trailing: string;
  eol: '\n' | '\r\n';
  closing: number;
  paragraph: boolean; // the whole list in one paragraph, items separated by `paragraphSep`
  paragraphColon: boolean; // whether the run-on header keeps (or gains) a colon
  paragraphSep: ', ' | '; ';
  html: boolean; // scraped HTML: <p>, <br>, Telegram's <i class="emoji"> wrappers, entities
  markdown: boolean; // **bold** labels, as bots re-post
  shuffle: boolean; // an outlet's own order of lines
  title: 'none' | 'month-yearless' | 'iso'; // a news title line above the header
  homoglyphs: boolean; // Ukrainian typed with Latin look-alikes (i for і, o for о, …)
  invisible: boolean; // ZWJ / FE0F / ZWSP / BOM noise
  grsAfterUav: boolean;
  srbm: boolean;
  usePublished: boolean;
}

const DEFAULTS: VariantOptions = {
  form: 'uk',
  dateStyle: 'yy',
  header: 0,
  headerSplit: 'none',
  preamble: false,
  bullet: '',
  numbering: 'none',
  dash: '‒',
  numbers: 'plain',
  delta: 'paren',
  star: false,
  units: true,
  lineEnd: '',
  label: 0,
  approx: 0,
  blankBetween: false,
  indent: '',
  trailing: '',
  eol: '\n',
  closing: 0,
  paragraph: false,
  paragraphSep: ', ',
  paragraphColon: true,
  html: false,
  markdown: false,
  shuffle: false,
  title: 'none',
  homoglyphs: false,
  invisible: false,
  grsAfterUav: false,
  srbm: true,
  usePublished: true,
};

// ---------------------------------------------------------------------------------------------
// Pieces

function group(n: number, sep: string): string {
  const s = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

function formatNumber(n: number, style: NumberStyle): string {
  switch (style) {
    case 'plain':
      return String(n);
    case 'space':
      return group(n, ' ');
    case 'nbsp':
      return group(n, '\u00a0');
    case 'nnbsp':
      return group(n, '\u202f');
    case 'thin':
      return group(n, '\u2009');
    case 'comma':
      return group(n, ',');
    case 'dot':
      return group(n, '.');
  }
}

function formatDelta(delta: number, o: VariantOptions, rng: Rng): string {
  const sign = delta < 0 ? rng.pick(['-', '\u2212']) : '+';
  const abs = formatNumber(Math.abs(delta), o.numbers);
  switch (o.delta) {
    case 'spaced':
      return `( ${sign}${abs} )`;
    case 'sign-space':
      return `(${sign} ${abs})`;
    default:
      return `(${sign}${abs})`;
  }
}

const UK_APPROX = ['близько', 'ліквідовано близько', 'близько', 'понад', 'до'];
const EN_APPROX = ['about', 'approximately', '~', 'more than', 'approx.'];

function dashFor(o: VariantOptions, rng: Rng): string {
  return o.dash === 'mixed' ? rng.pick(['‒', '–', '—', '-', '‒', '–']) : o.dash;
}

// Latin letters standing in for Cyrillic ones in an old keyboard layout or an OCR'd text.
const LOOK_ALIKES: readonly [string, string][] = [['і', 'i'], ['о', 'o'], ['а', 'a'], ['е', 'e'], ['р', 'p'], ['с', 'c']];

function labelFor(part: Part, lang: Lang, o: VariantOptions, date: string): string {
  const table = lang === 'uk' ? UK_LABELS : EN_LABELS;
  const options = table[part];
  let i = o.label % options.length;
  // "boats / cutters" is the 2022 English wording; later texts never use it.
  if (part === 'ships' && date >= '2022-05-01' && /cutters|speedboats|легкі/.test(options[i] as string)) i = 0;
  let label = options[i] as string;
  if (lang === 'uk' && o.homoglyphs) {
    // Each word keeps at least its first letter Cyrillic, as in real mixed texts.
    label = label.replace(/\p{L}+/gu, (word) => {
      let out = word.slice(0, 1);
      for (const ch of word.slice(1)) out += LOOK_ALIKES.find(([c]) => c === ch)?.[1] ?? ch;
      return out;
    });
  }
  return label;
}

/** "близько 723940 (+1550) осіб" and its many spellings. */
function valuePart(part: Part, figure: Figure, lang: Lang | 'bi', o: VariantOptions, rng: Rng, star: boolean): string {
  // Comma and dot groups are English-page habits; a Ukrainian line keeps its digits plain then.
  const ukNumbers = o.numbers === 'comma' || o.numbers === 'dot' ? 'plain' : o.numbers;
  let total = formatNumber(figure.total, lang === 'uk' || lang === 'bi' ? ukNumbers : o.numbers);
  if (star) total += '*';
  let approx = '';
  if (part === 'personnel') {
    if (lang === 'uk') approx = `${UK_APPROX[o.approx % UK_APPROX.length]} `;
    else if (lang === 'en') approx = `${EN_APPROX[o.approx % EN_APPROX.length]} `;
    else approx = rng.pick(['близько/ about ', 'близько / about ', 'близько/about ']);
    if (approx === '~ ' && rng.chance(0.5)) approx = '~';
  }
  let unit = '';
  if (o.units) {
    if (part === 'personnel') {
      if (lang === 'uk') unit = rng.pick(['осіб', 'осіб ліквідовано', 'осіб']);
      else if (lang === 'en') unit = rng.pick(['persons', 'persons were liquidated', 'people']);
      else unit = 'осіб / persons';
    } else if (UK_UNITS[part] !== undefined) {
      unit = lang === 'en' ? rng.pick(['', 'од', 'units', '']) : rng.pick(['од', 'од.', 'од']);
    }
  }
  if (figure.delta === null) return `${approx}${total}${unit === '' ? '' : ` ${unit}`}`;
  const delta = formatDelta(figure.delta, o, rng);
  if (o.delta === 'after-unit' && unit !== '') return `${approx}${total} ${unit} ${delta}`;
  const glue = o.delta === 'glued' ? '' : ' ';
  return `${approx}${total}${glue}${delta}${unit === '' ? '' : ` ${unit}`}`;
}

interface Item {
  part: Part;
  figure: Figure;
}

function itemsFor(day: DayInput, o: VariantOptions): Item[] {
  const split = day.date < SPLIT_UNTIL;
  const order = split ? ORDER_2022_EARLY : o.grsAfterUav ? ORDER_GRS_AFTER_UAV : ORDER;
  const items: Item[] = [];
  for (const part of order) {
    if (part === 'vehicles' || part === 'fuel_tanks') {
      const whole = day.figures.vehicles_fuel_tanks;
      if (whole === undefined) continue;
      // The fuel-tank line stood at 60, then 76, from early March to the end of April 2022.
      const fuel = Math.min(whole.total, day.date < '2022-03-26' ? 60 : 76);
      const figure: Figure =
        part === 'fuel_tanks'
          ? { total: fuel, delta: whole.delta === null ? null : 0 }
          : { total: whole.total - fuel, delta: whole.delta };
      items.push({ part, figure });
    } else if (part === 'srbm') {
      if (o.srbm && day.date >= SRBM_FROM) items.push({ part, figure: day.figures.personnel?.delta === null ? { total: 4, delta: null } : SRBM_FIGURE });
    } else {
      const figure = day.figures[part];
      if (figure !== undefined) items.push({ part, figure });
    }
  }
  return items;
}

function headerLines(lang: Lang, p: DateParts, o: VariantOptions): string[] {
  const s = start(o.dateStyle);
  const e = dm(p, o.dateStyle);
  const yearlessOk = o.dateStyle === 'yearless';
  const uk: string[][] = [
    [`Загальні бойові втрати противника з ${s} по ${e} орієнтовно склали:`],
    [`⚡️Загальні бойові втрати противника з ${s} по ${e} орієнтовно склали:`],
    [`🔥Загальні бойові втрати противника з ${s} по ${e} орієнтовно склали:`],
    [`Загальні бойові втрати ворога з ${s} по ${e} (орієнтовно)`],
    [yearlessOk ? `Загальні втрати противника з ${s} по ${e} орієнтовно склали:` : `Втрати ворога станом на ${e}:`],
    [yearlessOk ? `Загальні бойові втрати противника з ${s} по ${e}` : `Генштаб ЗСУ: втрати росіян на ${e}`],
    [`Загальні бойові втрати ворога з 24 лютого 2022 року по ${p.day} ${UK_MONTHS[p.month - 1]} ${p.yyyy} року орієнтовно склали:`],
    [`❗️Загальні бойові втрати противника`, `з ${s} по ${e} орієнтовно склали:`],
    [`Орієнтовні втрати противника станом на ${p.day} ${UK_MONTHS[p.month - 1]} ${p.yyyy}:`],
    [`Втрати противника (орієнтовно) станом на 10.00 ${dm(p, 'yyyy')}:`],
  ];
  const en: string[][] = [
    [`The total combat losses of the enemy from ${s} to ${e} were approximately:`],
    [`Total combat losses of the enemy from ${s} to ${e}`],
    [yearlessOk ? `The total combat losses of the enemy from ${s} to ${e}:` : `Combat losses of the enemy as of ${e}:`],
    [yearlessOk ? `The total combat losses of the enemy from ${s} to ${e} are:` : `As of ${e}, the total combat losses of the enemy were approximately:`],
    [`The total combat losses of the enemy from February 24, 2022 to ${EN_MONTHS[p.month - 1]} ${p.day}, ${p.yyyy} are approximately as follows:`],
    [`General Staff: Russian losses as of ${p.day} ${EN_MONTHS[p.month - 1]} ${p.yyyy}`],
    [`⚡️The total combat losses of the enemy from ${s} to ${e} were approximately:`],
    [`The total combat losses of the enemy`, `from ${s} to ${e} were approximately:`],
    [`Estimated losses of the enemy as of ${EN_MONTHS[p.month - 1]} ${p.day}, ${p.yyyy}:`],
    [`Enemy losses (approximately) as of 10:00 on ${dm(p, 'yyyy')}:`],
  ];
  const table = lang === 'uk' ? uk : en;
  let lines = [...(table[o.header % table.length] as string[])];
  if (o.headerSplit !== 'none' && lines.length === 1) {
    const line = lines[0] as string;
    const key = lang === 'uk' ? ' по ' : ' to ';
    const at = line.indexOf(key);
    if (at > 0) {
      lines =
        o.headerSplit === 'before-po'
          ? [line.slice(0, at), line.slice(at + 1)]
          : [line.slice(0, at + key.length - 1), line.slice(at + key.length)];
    }
  }
  return lines;
}

const UK_CLOSINGS: readonly (readonly string[])[] = [
  ['Дані уточнюються.'],
  ['Дані уточнюються.', '', 'Бий окупанта! Разом переможемо! 🇺🇦'],
  ['', 'Дані уточнюються.', 'Разом переможемо! Наша сила - в правді!'],
  ['Найбільших втрат противник зазнав на Покровському напрямку.', 'Дані уточнюються.', '', '#StandWithUkraine'],
  ['', 'Дані уточнюються', '', 'Бий окупанта! Разом переможемо!', '#StandWithUkraine', 'https://t.me/GeneralStaffZSU/12345'],
  ['', 'Нагадаємо, 20 листопада ворог втратив 1 230 осіб, а 19 - ще 1 150.', 'Джерело: Генштаб ЗСУ, 2024-11-21'],
  [],
];

const EN_CLOSINGS: readonly (readonly string[])[] = [
  ['Data are being updated.'],
  ['Data are being updated.', 'Strike the occupier! Let\'s win together! Our strength is in the truth!'],
  ['', 'The data is being clarified.', '', '#StandWithUkraine'],
  ['Russian enemy suffered the greatest losses (of the past day) at the Pokrovsk and Kurakhove directions.', 'Data are being updated.'],
  ['', 'Data are being updated', 'Read more: https://www.kmu.gov.ua/en/news/zahalni-boiovi-vtraty-45'],
  ['', 'Earlier, on 20 November, Russia lost 1,230 troops and 12 tanks.'],
  [],
];

function preamble(lang: Lang): string[] {
  return lang === 'uk'
    ? ['Сьогодні, 08:15', 'Генштаб ЗСУ оновив дані про втрати окупантів за минулу добу.', '']
    : ['Today, 09:05', "Ukraine's General Staff has updated the figures of Russia's losses.", ''];
}

const INVISIBLES = ['\u200d', '\ufe0f', '\u200b', '\u2060'];

function keycaps(n: number): string {
  return [...String(n)].map((d) => `${d}\ufe0f\u20e3`).join('');
}

function bulletText(o: VariantOptions, index: number): string {
  switch (o.numbering) {
    case 'dot':
      return `${index + 1}. `;
    case 'paren':
      return `${index + 1}) `;
    case 'keycap':
      return `${keycaps(index + 1)} `;
    case 'none':
      return o.bullet;
  }
}

/** Labels of the lines the parser keeps under `other`, in the order written. */
type OtherSink = [label: string, figure: Figure][];

/** One language's list lines (`bi` gives `uk / en` lines). */
function listLines(items: readonly Item[], lang: Lang | 'bi', o: VariantOptions, rng: Rng, date: string, sink: OtherSink): string[] {
  const out: string[] = [];
  items.forEach((item, index) => {
    const label =
      lang === 'bi'
        ? `${labelFor(item.part, 'uk', o, date)}${rng.pick([' / ', '/ ', ' /'])}${labelFor(item.part, 'en', o, date)}`
        : labelFor(item.part, lang, o, date);
    if (item.part === 'srbm') sink.push([label, item.figure]);
    const shown = o.markdown ? `**${label}**` : label;
    const star = o.star && (item.part === 'artillery' || item.part === 'uav' || index === items.length - 1);
    const value = valuePart(item.part, item.figure, lang, o, rng, star);
    const dash = dashFor(o, rng);
    const sepSpaced = dash === ':' ? `${dash} ` : ` ${dash} `;
    let bullet = bulletText(o, index);
    if (o.invisible && bullet !== '') bullet = `${bullet}${rng.pick(INVISIBLES)}`;
    const isLast = index === items.length - 1;
    const end = o.lineEnd === ',' && isLast ? rng.pick(['.', '']) : o.lineEnd;
    out.push(`${o.indent}${bullet}${shown}${sepSpaced}${value}${end}${o.trailing}`);
  });
  return out;
}

/** uk and en items of the same category on one line: "танків ‒ 9445 (+8) од / tanks ‒ 9,445 (+8)". */
function pairLines(items: readonly Item[], o: VariantOptions, rng: Rng, date: string, sink: OtherSink): string[] {
  return items.map((item) => {
    if (item.part === 'srbm') sink.push([labelFor(item.part, 'uk', o, date), item.figure]);
    const uk = `${labelFor(item.part, 'uk', o, date)} ${dashFor(o, rng)} ${valuePart(item.part, item.figure, 'uk', o, rng, false)}`;
    const en = `${labelFor(item.part, 'en', o, date)} ${dashFor(o, rng)} ${valuePart(item.part, item.figure, 'en', o, rng, false)}`;
    return `${o.bullet}${uk} / ${en}${o.lineEnd}`;
  });
}

function withoutNull(lines: readonly (string | null)[]): string[] {
  return lines.filter((l): l is string => l !== null);
}

const HTML_ENTITIES: readonly [string, string][] = [
  ['&', '&amp;'],
  ['\u00a0', '&nbsp;'],
  ['‒', '&#8210;'],
  ['–', '&ndash;'],
  ['—', '&mdash;'],
  ["'", '&#39;'],
];

/** A scraped page: paragraphs, `<br>` inside the list, emoji in Telegram's `<i class="emoji">`, entities. */
function toHtml(lines: readonly string[], rng: Rng): string {
  const escape = (line: string): string => {
    let t = line;
    for (const [ch, entity] of HTML_ENTITIES) t = t.replaceAll(ch, entity);
    return t.replace(/(\p{Extended_Pictographic}\ufe0f?)/gu, '<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/F09F9189.png\')"><b>$1</b></i>');
  };
  const br = rng.pick(['<br>', '<br/>', '<br />\n']);
  let html = '<div class="tgme_widget_message_text js-message_text" dir="auto">';
  html += lines.map(escape).join(br);
  return `${html}</div>`;
}

/** Builds one text and its expected parse. */
export function renderVariant(day: DayInput, options: Partial<VariantOptions>, name: string): Variant {
  const o: VariantOptions = { ...DEFAULTS, ...options };
  const rng = new Rng(`${name}|${day.date}`);
  const p = dateParts(day.date);
  const items = itemsFor(day, o);
  if (o.shuffle) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [items[i], items[j]] = [items[j] as Item, items[i] as Item];
    }
  }

  const blocks: string[][] = [];
  const sink: OtherSink = [];
  const addList = (lang: Lang | 'bi', header: string[], closing: readonly string[]): void => {
    const list = lang === 'bi' && o.form === 'bi-pairs' ? pairLines(items, o, rng, day.date, sink) : listLines(items, lang, o, rng, day.date, sink);
    const body: string[] = [];
    if (o.paragraph) {
      // An outlet running the list on in one paragraph keeps the header's colon.
      const head = o.paragraphColon ? header.join(' ').replace(/:?$/, ':') : header.join(' ').replace(/:$/, '');
      body.push(`${head} ${list.map((l) => l.trim().replace(/[,;.]$/, '')).join(o.paragraphSep)}.`);
    } else {
      body.push(...header);
      if (o.blankBetween || rng.chance(0.5)) body.push('');
      list.forEach((line, i) => {
        body.push(line);
        if (o.blankBetween && i < list.length - 1) body.push('');
      });
    }
    body.push(...closing);
    blocks.push(body);
  };

  const ukClosing = UK_CLOSINGS[o.closing % UK_CLOSINGS.length] as readonly string[];
  const enClosing = EN_CLOSINGS[o.closing % EN_CLOSINGS.length] as readonly string[];
  let lang: ReportLang;
  switch (o.form) {
    case 'uk':
      addList('uk', headerLines('uk', p, o), ukClosing);
      lang = 'uk';
      break;
    case 'en':
      addList('en', headerLines('en', p, o), enClosing);
      lang = 'en';
      break;
    case 'bi-inline':
    case 'bi-pairs': {
      const uk = headerLines('uk', p, { ...o, headerSplit: 'none' }).join(' ');
      const en = headerLines('en', p, { ...o, headerSplit: 'none' }).join(' ');
      addList('bi', [`${uk} / ${en}`], ['', 'Дані уточнюються / Data are being updated.']);
      lang = 'bilingual';
      break;
    }
    case 'bi-blocks':
      addList('uk', headerLines('uk', p, o), ukClosing);
      addList('en', headerLines('en', p, o), enClosing);
      lang = 'bilingual';
      break;
    case 'bi-blocks-en-first':
      addList('en', headerLines('en', p, o), enClosing);
      addList('uk', headerLines('uk', p, o), ukClosing);
      lang = 'bilingual';
      break;
  }

  let lines: string[] = [];
  const english = o.form === 'en' || o.form === 'bi-blocks-en-first';
  if (o.title === 'month-yearless') {
    lines.push(english ? `Russian losses on ${EN_MONTHS[p.month - 1]} ${p.day}` : `Втрати ворога на ${p.day} ${UK_MONTHS[p.month - 1]}`, '');
  } else if (o.title === 'iso') {
    lines.push(english ? `General Staff, ${day.date}` : `Генштаб, ${day.date}`);
  }
  if (o.preamble) lines.push(...preamble(english ? 'en' : 'uk'));
  blocks.forEach((b, i) => {
    if (i > 0) lines.push('', '———', '');
    lines.push(...b);
  });
  lines = withoutNull(lines);
  let text = o.html ? toHtml(lines, rng) : lines.join(o.eol);
  if (o.invisible) text = `\ufeff${text.replaceAll('⚡️', '⚡\ufe0f\u200d').replaceAll('🔥', '🔥\ufe0f')}`;

  const figures: Partial<Record<Category, Figure>> = { ...day.figures };
  // The parser keeps the first list of a two-language text, so the first launcher line.
  const other: Record<string, Figure> = {};
  const first = sink[0];
  if (first !== undefined) other[first[0]] = first[1];
  const expected: ParsedReport = { date: day.date, lang, figures, other };
  const variant: Variant = { name, text, expected };
  // Without `published`, a yearless header is read as 2022, which is when yearless headers were written.
  if (o.usePublished) variant.published = `${day.date}T0${rng.pick(['5:40', '6:00', '6:30'])}:00Z`;
  return variant;
}

// ---------------------------------------------------------------------------------------------
// The catalogue

/** Named presets: each one a real-looking form. */
function presets(date: string): [string, Partial<VariantOptions>][] {
  const in2022 = date < '2023-01-01';
  const ds: DateStyle = in2022 ? 'yearless' : 'yy';
  const late = date >= '2025-01-01';
  const groupUk: NumberStyle = late ? 'space' : 'plain';
  return [
    ['tg-plain', { dateStyle: ds }],
    ['tg-plain-no-published', { dateStyle: ds, usePublished: false }],
    ['tg-zap', { dateStyle: 'yy', header: 1, bullet: '👉', dash: 'mixed', numbers: groupUk }],
    ['tg-fire-nnbsp', { dateStyle: 'yy', header: 2, bullet: '👉 ', dash: '—', numbers: 'nnbsp', delta: 'spaced', closing: 1 }],
    ['tg-squares-nbsp', { dateStyle: 'yyyy', header: 3, bullet: '▪️', numbers: 'nbsp', lineEnd: ';', label: 1, closing: 4 }],
    ['tg-diamonds-sign-space', { dateStyle: 'yy', header: 1, bullet: '🔹 ', numbers: 'space', delta: 'sign-space', label: 1 }],
    ['repost-dots-trailing', { dateStyle: ds, bullet: '• ', dash: '-', lineEnd: ',', trailing: ' ', closing: 2 }],
    ['repost-hyphen-bullets', { dateStyle: ds, bullet: '- ', dash: 'mixed', lineEnd: ',', approx: 1 }],
    ['numbered', { dateStyle: 'yyyy', numbering: 'dot', dash: '–', lineEnd: '.', header: 4 }],
    ['numbered-paren', { dateStyle: ds, numbering: 'paren', dash: '-', lineEnd: ';' }],
    ['keycaps', { dateStyle: 'yy', header: 1, numbering: 'keycap', numbers: groupUk }],
    ['markdown-bold', { dateStyle: 'yy', header: 2, bullet: '👉 ', markdown: true, numbers: groupUk }],
    ['html-telegram-widget', { dateStyle: 'yy', header: 1, bullet: '👉', numbers: 'nbsp', html: true, closing: 4 }],
    ['html-en-page', { form: 'en', dateStyle: ds, html: true, dash: 'mixed', lineEnd: ',', closing: 1 }],
    ['shuffled', { dateStyle: ds, shuffle: true, bullet: '• ' }],
    ['homoglyphs', { dateStyle: ds, homoglyphs: true, bullet: '👉 ' }],
    ['title-month-yearless', { dateStyle: 'yy', title: 'month-yearless', bullet: '▪️ ', numbers: groupUk }],
    ['title-iso', { form: 'en', dateStyle: 'yyyy', title: 'iso', numbers: 'comma' }],
    ['early-2022-paragraph-semicolons', { header: 8, paragraph: true, paragraphSep: '; ', label: 1, approx: 3, shuffle: true }],
    ['early-2022-en', { form: 'en', header: 8, label: 5, approx: 3 }],
    ['early-2022-time-header', { header: 9, label: 1, approx: 4, bullet: '▪️' }],
    ['early-2022-en-time-header', { form: 'en', header: 9, label: 5, approx: 3, lineEnd: ',' }],
    ['colon-labels', { dateStyle: 'yyyy', header: 4, dash: ':', numbers: groupUk, units: false }],
    ['month-names-uk', { header: 6, bullet: '▪️ ', numbers: 'space' }],
    ['header-two-lines', { dateStyle: ds, header: 7, bullet: '👉' }],
    ['header-split-before-po', { dateStyle: ds, headerSplit: 'before-po', bullet: '▪️' }],
    ['header-split-after-po', { dateStyle: ds, headerSplit: 'after-po' }],
    ['crlf-blank-between', { dateStyle: ds, eol: '\r\n', blankBetween: true, indent: '  ', trailing: '\t', lineEnd: ',' }],
    ['tabs', { dateStyle: 'yyyy', indent: '\t', lineEnd: ',', header: 0 }],
    ['br-lines-invisible', { dateStyle: 'yy', header: 1, bullet: '👉', invisible: true, numbers: groupUk }],
    ['star-totals', { dateStyle: 'yy', header: 2, star: true, numbers: groupUk }],
    ['glued-deltas', { dateStyle: ds, delta: 'glued', label: 2 }],
    ['delta-after-unit', { dateStyle: 'yyyy', delta: 'after-unit', header: 5, preamble: true, closing: 5 }],
    ['preamble-outlet', { dateStyle: ds, preamble: true, closing: 5, header: 0 }],
    ['paragraph', { dateStyle: ds, paragraph: true, closing: 6 }],
    ['paragraph-no-colon', { dateStyle: 'yyyy', header: 3, paragraph: true, paragraphColon: false, numbers: groupUk }],
    ['en-paragraph-no-colon', { form: 'en', dateStyle: ds, header: 1, paragraph: true, paragraphColon: false }],
    ['grs-after-uav', { dateStyle: 'yy', bullet: '👉 ', grsAfterUav: true, numbers: groupUk }],
    ['no-units-no-ends', { dateStyle: 'yy', units: false, header: 3 }],
    ['en-mil', { form: 'en', dateStyle: ds }],
    ['en-mil-no-published', { form: 'en', dateStyle: ds, usePublished: false, dash: 'mixed', lineEnd: ',' }],
    ['en-kmu-tabs', { form: 'en', dateStyle: 'yyyy', indent: '\t', lineEnd: ',', dash: 'mixed' }],
    ['en-comma-groups', { form: 'en', dateStyle: 'yy', numbers: 'comma', header: 1, label: 1, closing: 2 }],
    ['en-dot-groups', { form: 'en', dateStyle: 'yyyy', numbers: 'dot', lineEnd: '.', bullet: '* ' }],
    ['en-as-of', { form: 'en', dateStyle: 'yyyy', header: 2, numbers: 'comma', approx: 1, label: 2 }],
    ['en-as-of-leading', { form: 'en', dateStyle: 'yyyy', header: 3, bullet: '• ', approx: 2, label: 3 }],
    ['en-month-names', { form: 'en', header: 4, numbers: 'comma', label: 1, preamble: true, closing: 5 }],
    ['en-title-month-first', { form: 'en', header: 5, numbers: 'space', bullet: '▪️ ', label: 2 }],
    ['en-header-two-lines', { form: 'en', dateStyle: ds, header: 7, eol: '\r\n' }],
    ['en-header-split', { form: 'en', dateStyle: ds, headerSplit: 'after-po', blankBetween: true }],
    ['en-paragraph', { form: 'en', dateStyle: 'yyyy', paragraph: true, numbers: 'comma', closing: 6 }],
    ['en-star-nnbsp', { form: 'en', dateStyle: 'yyyy', header: 6, star: true, numbers: 'nnbsp', delta: 'spaced', label: 3 }],
    ['en-after-unit', { form: 'en', dateStyle: 'yy', delta: 'after-unit', numbers: 'comma' }],
    ['en-numbered-colon', { form: 'en', dateStyle: 'yyyy', numbering: 'dot', dash: ':', units: false }],
    ['bi-inline', { form: 'bi-inline', dateStyle: ds }],
    ['bi-inline-grouped', { form: 'bi-inline', dateStyle: 'yy', numbers: 'space', bullet: '👉 ', dash: 'mixed' }],
    ['bi-inline-glued', { form: 'bi-inline', dateStyle: ds, delta: 'glued', label: 1 }],
    ['bi-blocks', { form: 'bi-blocks', dateStyle: ds }],
    ['bi-blocks-styled', { form: 'bi-blocks', dateStyle: 'yyyy', header: 1, bullet: '▪️', numbers: 'nbsp', closing: 1, label: 1 }],
    ['bi-blocks-en-first', { form: 'bi-blocks-en-first', dateStyle: 'yy', header: 2, numbers: 'comma', closing: 3 }],
    ['bi-pairs', { form: 'bi-pairs', dateStyle: ds, bullet: '• ' }],
  ];
}

const BULLETS = ['', '👉', '👉 ', '▪️', '▪️ ', '🔹', '🔸 ', '• ', '- ', '– ', '✅ ', '💥', '🔺 ', '➖ ', '👨\u200d✈️ '];
const DASHES = ['‒', '–', '—', '-', 'mixed', ':', '\u2212', '\u2015'];
const FORMS: readonly LangForm[] = ['uk', 'uk', 'uk', 'en', 'en', 'bi-inline', 'bi-blocks', 'bi-blocks-en-first', 'bi-pairs'];

/** Random combinations of every knob, valid for the date. */
function randomOptions(date: string, rng: Rng): Partial<VariantOptions> {
  const in2022 = date < '2023-01-01';
  const form = rng.pick(FORMS);
  const english = form === 'en' || form === 'bi-blocks-en-first';
  const numbers: NumberStyle = rng.pick(english ? ['plain', 'comma', 'comma', 'space', 'nbsp', 'nnbsp', 'dot'] : ['plain', 'plain', 'space', 'nbsp', 'nnbsp', 'thin']);
  return {
    form,
    dateStyle: in2022 ? rng.pick(['yearless', 'yearless', 'yy', 'yyyy']) : rng.pick(['yy', 'yyyy']),
    header: Math.floor(rng.next() * 10),
    headerSplit: rng.pick(['none', 'none', 'none', 'before-po', 'after-po']),
    preamble: rng.chance(0.2),
    bullet: rng.pick(BULLETS),
    numbering: rng.chance(0.85) ? 'none' : rng.pick(['dot', 'paren', 'keycap']),
    dash: rng.pick(DASHES),
    numbers,
    delta: rng.pick(['paren', 'paren', 'glued', 'spaced', 'sign-space', 'after-unit']),
    star: rng.chance(0.15),
    units: rng.chance(0.8),
    lineEnd: rng.pick(['', '', ',', ';', '.']),
    label: Math.floor(rng.next() * 6),
    approx: Math.floor(rng.next() * 5),
    blankBetween: rng.chance(0.15),
    indent: rng.pick(['', '', '', ' ', '  ', '\t']),
    trailing: rng.pick(['', '', '', ' ', '\t', '\u00a0']),
    eol: rng.pick(['\n', '\n', '\r\n']),
    closing: Math.floor(rng.next() * 7),
    paragraph: rng.chance(0.1),
    paragraphSep: rng.pick([', ', ', ', '; ']),
    paragraphColon: rng.chance(0.8),
    html: rng.chance(0.1),
    markdown: rng.chance(0.05),
    shuffle: rng.chance(0.1),
    title: rng.pick(['none', 'none', 'none', 'none', 'month-yearless', 'iso']),
    homoglyphs: rng.chance(0.1),
    invisible: rng.chance(0.2),
    grsAfterUav: rng.chance(0.3),
    srbm: rng.chance(0.8),
    usePublished: rng.chance(0.7),
  };
}

/**
 * Variants of one day's report: the named presets, then `randomCount` random combinations.
 * `presetShare` of N keeps every Nth preset (rotating with the day), to cover a long series
 * with every preset on some days and every day with some presets.
 */
export function variantsFor(day: DayInput, randomCount = 20, presetShare = 1): Variant[] {
  const out: Variant[] = [];
  const offset = hashString(day.date) % presetShare;
  presets(day.date).forEach(([name, options], i) => {
    if (i % presetShare === offset) out.push(renderVariant(day, options, name));
  });
  const rng = new Rng(`random|${day.date}`);
  for (let i = 0; i < randomCount; i++) out.push(renderVariant(day, randomOptions(day.date, rng), `random-${i}`));
  return out;
}

/** Options of a named variant of a day, so a failing one can be re-rendered and printed. */
export function describeVariant(day: DayInput, name: string, randomCount = 20): Partial<VariantOptions> | undefined {
  const preset = presets(day.date).find(([n]) => n === name);
  if (preset !== undefined) return preset[1];
  const rng = new Rng(`random|${day.date}`);
  for (let i = 0; i < randomCount; i++) {
    const o = randomOptions(day.date, rng);
    if (`random-${i}` === name) return o;
  }
  return undefined;
}
