/**
 * Renders a day's figures as a General Staff report text of a given era and language, for
 * tests, the demo and benchmarks. Deterministic: variety (dashes, emoji, separators) comes from
 * the date, never from randomness.
 */
import type { Category } from '../../../src/core/categories.ts';
import { daysBetween } from '../../../src/core/dates.ts';
import { EARLY_ORDER, ORDER, lineWords } from './render-labels.ts';
import type { LineKey } from './render-labels.ts';
import { styleForDate } from './render-styles.ts';
import type { ReportStyle } from './render-styles.ts';
import type { Figure, ReportLang } from '../../../src/report/types.ts';

export { REPORT_STYLES, styleForDate, stylesForDate } from './render-styles.ts';
export type { ReportStyle } from './render-styles.ts';

export interface RenderInput {
  /** Report date, ISO `YYYY-MM-DD`. */
  date: string;
  figures: Partial<Record<Category, Figure>>;
  /** Extra lines under their own label (e.g. 2022's "mobile SRBM system"), printed after the categories. */
  other?: Record<string, Figure>;
}

export interface RenderOptions {
  lang: ReportLang;
  /** Forces a layout; by default the one the General Staff used on the date. */
  style?: ReportStyle;
}

// Before 2022-05-01 the sum was printed as two lines; this many fuel tanks (the figure of
// April 2022) go on the fuel line and the rest on the vehicles line.
const FUEL_TANKS_SHARE = 76;

const DASHES: Record<ReportStyle, readonly string[]> = {
  '2022-early': ['‒', '‒', '–', '-'],
  '2022': ['‒', '‒', '–', '-'],
  '2023': ['‒', '–'],
  '2024': ['‒', '–'],
  '2025': ['‒', '–', '—'],
};

const DIRECTIONS: readonly (readonly [uk: string, en: string])[] = [
  ['Краматорському', 'Kramatorsk'],
  ['Бахмутському', 'Bakhmut'],
  ['Донецькому', 'Donetsk'],
  ['Лиманському', 'Lyman'],
  ['Авдіївському', 'Avdiivka'],
  ['Покровському', 'Pokrovsk'],
];

interface Ctx {
  date: string;
  style: ReportStyle;
  lang: ReportLang;
  /** Days since 2022-02-24: the source of deterministic variety. */
  seed: number;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[((n % list.length) + list.length) % list.length] as T;
}

/** A well-spread non-negative integer from two small ones, so neighbouring lines differ. */
function mix(a: number, b: number): number {
  return Math.imul(a * 64 + b + 1, 2654435761) >>> 16;
}

function groupDigits(n: number, separator: string): string {
  const s = String(n);
  const lead = s.length % 3 || 3;
  let out = s.slice(0, lead);
  for (let i = lead; i < s.length; i += 3) out += separator + s.slice(i, i + 3);
  return out;
}

/** How the line's numbers are written: plain, or grouped by the era's separator. */
function numberFormatter(ctx: Ctx, index: number): (n: number) => string {
  if (ctx.style === '2025') {
    const separator = ctx.lang === 'en' ? ',' : pick([' ', ' ', '\u00a0', '\u202f'], ctx.seed);
    return (n) => groupDigits(n, separator);
  }
  // The government portal's English pages of early 2024 comma-grouped some lines only.
  if (ctx.style === '2024' && ctx.lang === 'en' && (ctx.seed + index) % 4 === 0) return (n) => groupDigits(n, ',');
  return String;
}

function splitVehicles(figure: Figure): [vehicles: Figure, fuel: Figure] {
  const fuelOf = (sum: number): number => Math.min(FUEL_TANKS_SHARE, Math.max(0, sum));
  const fuelTotal = fuelOf(figure.total);
  const fuelDelta = figure.delta === null ? null : fuelTotal - fuelOf(figure.total - figure.delta);
  return [
    { total: figure.total - fuelTotal, delta: figure.delta === null || fuelDelta === null ? null : figure.delta - fuelDelta },
    { total: fuelTotal, delta: fuelDelta },
  ];
}

function lineFigures(figures: Partial<Record<Category, Figure>>, date: string): [LineKey, Figure][] {
  const early = date < '2022-05-01';
  const out: [LineKey, Figure][] = [];
  for (const key of early ? EARLY_ORDER : ORDER) {
    if (key === 'vehicles_part' || key === 'fuel_tanks_part') {
      const sum = figures.vehicles_fuel_tanks;
      if (sum === undefined) continue;
      const [vehicles, fuel] = splitVehicles(sum);
      out.push([key, key === 'vehicles_part' ? vehicles : fuel]);
      continue;
    }
    if (early && key === 'vehicles_fuel_tanks') continue;
    const figure = figures[key];
    if (figure !== undefined) out.push([key, figure]);
  }
  return out;
}

function join(ctx: Ctx, uk: string, en: string, glue = ' / '): string {
  if (ctx.lang === 'uk') return uk;
  if (ctx.lang === 'en') return en;
  return uk === '' || en === '' ? uk || en : `${uk}${glue}${en}`;
}

function unitText(ctx: Ctx, uk: string, en: string): string {
  // A Ukrainian leftover in the English text ("од") is said once in a bilingual line.
  if (ctx.lang === 'bilingual' && (en === '' || /[\u0400-\u04ff]/.test(en))) return uk;
  return join(ctx, uk, en);
}

function headerDates(ctx: Ctx): [from: string, to: string] {
  const [y, m, d] = ctx.date.split('-') as [string, string, string];
  if (ctx.style === '2022-early' || ctx.style === '2022') return ['24.02', `${d}.${m}`];
  // English pages alternated between 2- and 4-digit years.
  const longYear = ctx.lang === 'en' && (ctx.style === '2023' ? ctx.seed % 2 === 1 : ctx.seed % 3 === 0);
  return longYear ? ['24.02.2022', `${d}.${m}.${y}`] : ['24.02.22', `${d}.${m}.${y.slice(2)}`];
}

function headerLines(ctx: Ctx): string[] {
  const [from, to] = headerDates(ctx);
  const uk = `Загальні бойові втрати противника з ${from} по ${to} орієнтовно склали`;
  const en = `The total combat losses of the enemy from ${from} to ${to} were approximately`;
  const text = `${join(ctx, uk, en)}:`;
  if (ctx.style === '2024' || ctx.style === '2025') return [`${pick(['⚡️', '🔥'], ctx.seed)}${text}`, ''];
  return [text];
}

function categoryLine(ctx: Ctx, key: LineKey | null, label: string, figure: Figure, index: number, last: boolean): string {
  const w = key === null ? null : lineWords(key, { date: ctx.date, style: ctx.style });
  const fmt = numberFormatter(ctx, index);
  const dash = pick(DASHES[ctx.style], mix(ctx.seed, index));
  const isPersonnel = key === 'personnel';
  const approx = isPersonnel ? `${join(ctx, 'близько', 'about', pick(['/ ', ' / '], ctx.seed))} ` : '';
  let delta = '';
  if (figure.delta !== null && ctx.style !== '2022-early') {
    const sign = figure.delta < 0 ? '-' : '+';
    // The bilingual posts of 2024 glued the personnel delta to the total: "403720(+1290)".
    const glued = isPersonnel && ctx.lang === 'bilingual' && ctx.style === '2024';
    delta = `${glued ? '' : ' '}(${sign}${fmt(Math.abs(figure.delta))})`;
  }
  const unit = w === null ? '' : unitText(ctx, w.ukUnit, w.enUnit);
  const lead = ctx.style === '2024' ? '👉 ' : ctx.style === '2025' ? pick(['👉 ', '👉 ', '▪️ '], ctx.seed) : ctx.style === '2023' && ctx.lang === 'en' ? '\t' : '';
  const punctuation = ctx.style === '2025' ? '' : last ? (ctx.style === '2024' ? '' : '.') : ',';
  return `${lead}${label} ${dash} ${approx}${fmt(figure.total)}${delta}${unit === '' ? '' : ` ${unit}`}${punctuation}`;
}

function closingLines(ctx: Ctx): string[] {
  const out: string[] = [];
  const early = ctx.style === '2022-early' || ctx.style === '2022';
  if ((early || ctx.style === '2023') && ctx.seed % 3 !== 0) {
    const [ukDir, enDir] = pick(DIRECTIONS, ctx.seed);
    const uk = `Найбільших втрат противник зазнав на ${ukDir} напрямку.`;
    const en = `Russian enemy suffered the greatest losses (of the past day) in the ${enDir} direction.`;
    if (ctx.lang !== 'en') out.push(uk);
    if (ctx.lang !== 'uk') out.push(en);
  }
  if (!early && ctx.style !== '2023') out.push('');
  out.push(join(ctx, 'Дані уточнюються.', 'Data are being updated.'));
  if (early) {
    out.push(join(ctx, 'Разом переможемо! Наша сила - в правді!', "Strike the occupier! Let's win together! Our strength is in the truth!"));
  } else if (ctx.lang !== 'en') {
    if (ctx.style !== '2023') out.push('');
    out.push(join(ctx, 'Бий окупанта! Разом переможемо! 🇺🇦', "Strike the occupier! Let's win together! 🇺🇦"));
  }
  return out;
}

/** A report text for `input` in the language and era asked for. */
export function renderReport(input: RenderInput, opts: RenderOptions): string {
  const ctx: Ctx = {
    date: input.date,
    style: opts.style ?? styleForDate(input.date),
    lang: opts.lang,
    seed: daysBetween('2022-02-24', input.date),
  };
  const rows: [LineKey | null, string, Figure][] = lineFigures(input.figures, input.date).map(([key, figure]) => {
    const w = lineWords(key, { date: ctx.date, style: ctx.style });
    return [key, join(ctx, w.uk, w.en), figure];
  });
  for (const [label, figure] of Object.entries(input.other ?? {})) rows.push([null, label, figure]);
  const body = rows.map(([key, label, figure], i) => categoryLine(ctx, key, label, figure, i, i === rows.length - 1));
  return [...headerLines(ctx), ...body, ...closingLines(ctx)].join('\n');
}
