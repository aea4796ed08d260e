/** The category keys used everywhere: CLI output, the store and queue messages (DESIGN.md). */
export const CATEGORY_KEYS = [
  'personnel',
  'tanks',
  'afv',
  'artillery',
  'mlrs',
  'air_defense',
  'aircraft',
  'helicopters',
  'uav',
  'cruise_missiles',
  'ships',
  'submarines',
  'vehicles_fuel_tanks',
  'special_equipment',
  'ground_robotic_systems',
] as const;

export type Category = (typeof CATEGORY_KEYS)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORY_KEYS as readonly string[]).includes(value);
}
