/**
 * The words of each report line, per language and era, as the General Staff wrote them.
 */
import type { Category } from '../../../src/core/categories.ts';
import type { ReportStyle } from './render-styles.ts';

/** A category, or one of the two lines that made up `vehicles_fuel_tanks` before 2022-05-01. */
export type LineKey = Category | 'vehicles_part' | 'fuel_tanks_part';

export interface LineWords {
  uk: string;
  en: string;
  /** Unit word after the figure ('' for none). */
  ukUnit: string;
  enUnit: string;
}

interface Context {
  date: string;
  style: ReportStyle;
}

function isEarly(ctx: Context): boolean {
  return ctx.style === '2022-early' || ctx.style === '2022';
}

function isLate(ctx: Context): boolean {
  return ctx.style === '2025';
}

function words(uk: string, en: string, ukUnit: string, enUnit = ''): LineWords {
  return { uk, en, ukUnit, enUnit };
}

/** Line words for `key` in the given era. */
export function lineWords(key: LineKey, ctx: Context): LineWords {
  // The 2022 English pages kept the Ukrainian unit "од" on many lines.
  const enOd = isEarly(ctx) ? 'од' : '';
  switch (key) {
    case 'personnel':
      if (ctx.style === '2022-early') return words('особового складу', 'personnel', 'осіб ліквідовано', 'осіб');
      return isEarly(ctx)
        ? words('особового складу', 'personnel', 'осіб ліквідовано', 'persons were liquidated')
        : words('особового складу', 'personnel', 'осіб', 'persons');
    case 'tanks':
      return words('танків', 'tanks', 'од', enOd);
    case 'afv':
      return words('бойових броньованих машин', isLate(ctx) ? 'armoured combat vehicles' : 'APV', 'од', enOd);
    case 'artillery':
      return words('артилерійських систем', 'artillery systems', 'од', enOd);
    case 'mlrs':
      return words('РСЗВ', 'MLRS', 'од', enOd);
    case 'air_defense':
      return words('засоби ППО', isLate(ctx) ? 'air defense systems' : 'Anti-aircraft warfare systems', 'од', enOd);
    case 'aircraft':
      return words('літаків', 'aircraft', 'од', enOd);
    case 'helicopters':
      return words('гелікоптерів', 'helicopters', 'од', enOd);
    case 'uav':
      return words(
        isLate(ctx) ? 'БпЛА оперативно-тактичного рівня' : 'БПЛА оперативно-тактичного рівня',
        isLate(ctx) ? 'UAVs of operational-tactical level' : 'UAV operational-tactical level',
        '',
      );
    case 'cruise_missiles':
      return words('крилаті ракети', 'cruise missiles', '');
    case 'ships':
      if (ctx.date < '2022-05-01') return words('кораблі /катери', 'boats / cutters', 'од', enOd);
      return isLate(ctx) ? words('кораблі / катери', 'ships / boats', 'од') : words('кораблі /катери', 'warships / boats', 'од', enOd);
    case 'submarines':
      return words('підводні човни', 'submarines', 'од');
    case 'vehicles_fuel_tanks':
      return words('автомобільної техніки та автоцистерн', 'vehicles and fuel tanks', 'од', enOd);
    case 'vehicles_part':
      return words('автомобільної техніки', 'vehicles', 'од', enOd);
    case 'fuel_tanks_part':
      return words('цистерн з ПММ', 'fuel tanks', '');
    case 'special_equipment':
      return words('спеціальна техніка', 'special equipment', '');
    case 'ground_robotic_systems':
      return words('наземні робототехнічні комплекси', 'ground robotic systems', 'од');
  }
}

/** Line order before 2022-05-01: vehicles and fuel tanks as two lines around the boats. */
export const EARLY_ORDER: readonly LineKey[] = [
  'personnel', 'tanks', 'afv', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters',
  'vehicles_part', 'ships', 'fuel_tanks_part', 'uav', 'special_equipment',
  'cruise_missiles', 'submarines', 'ground_robotic_systems',
];

/** Line order from 2022-05-01. */
export const ORDER: readonly LineKey[] = [
  'personnel', 'tanks', 'afv', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters',
  'uav', 'cruise_missiles', 'ships', 'submarines', 'vehicles_fuel_tanks', 'special_equipment',
  'ground_robotic_systems',
];
