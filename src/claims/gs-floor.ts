/**
 * The General Staff's running totals only grow: a figure below what its tally already stood at
 * before an article was written cannot be that tally's total ("13 artillery systems" in a 2025
 * report is the day's, not the war's). The year-end totals below are from its own daily reports
 * (`data/gs-series.csv` of the design brief); they are a floor, so they need no updating to stay
 * right, only to stay sharp.
 */
import type { Category } from '../core/categories.ts';

type Totals = Partial<Record<Category, number>>;

// [date, totals on that date]: the 28th day of the war, mid-2022, then each year's end.
const ANCHORS: readonly (readonly [string, Totals])[] = [
  ['2022-03-24', { personnel: 15_800, tanks: 530, afv: 1_597, artillery: 280, mlrs: 82, air_defense: 47, aircraft: 108, helicopters: 124, uav: 50, vehicles_fuel_tanks: 1_105, special_equipment: 16 }],
  ['2022-06-30', { personnel: 35_600, tanks: 1_573, afv: 3_726, artillery: 790, mlrs: 246, air_defense: 104, aircraft: 217, helicopters: 185, uav: 641, cruise_missiles: 143, ships: 14, vehicles_fuel_tanks: 2_602, special_equipment: 61 }],
  ['2022-12-31', { personnel: 105_960, tanks: 3_029, afv: 6_075, artillery: 2_016, mlrs: 423, air_defense: 213, aircraft: 283, helicopters: 269, uav: 1_746, cruise_missiles: 711, ships: 16, vehicles_fuel_tanks: 4_707, special_equipment: 180 }],
  ['2023-12-31', { personnel: 359_230, tanks: 5_977, afv: 11_070, artillery: 8_464, mlrs: 943, air_defense: 623, aircraft: 329, helicopters: 324, uav: 6_591, cruise_missiles: 1_709, ships: 23, vehicles_fuel_tanks: 11_292, special_equipment: 1_268 }],
  ['2024-12-31', { personnel: 789_550, tanks: 9_668, afv: 20_030, artillery: 21_528, mlrs: 1_256, air_defense: 1_032, aircraft: 369, helicopters: 329, uav: 21_081, cruise_missiles: 3_003, ships: 28, vehicles_fuel_tanks: 32_626, special_equipment: 3_671 }],
  ['2025-12-31', { personnel: 1_207_910, tanks: 11_481, afv: 23_845, artillery: 35_642, mlrs: 1_586, air_defense: 1_266, aircraft: 434, helicopters: 347, uav: 97_684, cruise_missiles: 4_136, ships: 28, vehicles_fuel_tanks: 72_247, special_equipment: 4_035 }],
];

// An article's date may be a little off (a dateline, a date in its URL): only totals at least this much older count.
const MARGIN_DAYS = 30;

/** The General Staff's total of `metric` known to have been passed before `published`, or null. */
export function totalFloor(metric: string, published: string | undefined): number | null {
  if (published === undefined || !/^\d{4}-\d{2}-\d{2}/u.test(published)) return null;
  const before = new Date(Date.parse(published.slice(0, 10)) - MARGIN_DAYS * 86_400_000).toISOString().slice(0, 10);
  let floor: number | null = null;
  for (const [date, totals] of ANCHORS) {
    if (date > before) break;
    floor = totals[metric as Category] ?? floor;
  }
  return floor;
}

/** Whether `value` is too small to be the General Staff's running total of `metric` in an article of `published`. */
export function belowTotal(metric: string, value: number, published: string | undefined): boolean {
  const floor = totalFloor(metric, published);
  return floor !== null && value < floor;
}
