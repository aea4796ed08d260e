/**
 * Attacks parseReport with report texts from an independent generator (variants.ts): every
 * era, language and republication form we know of, over real days of the series.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { CATEGORY_KEYS } from '../../src/core/categories.ts';
import type { Category } from '../../src/core/categories.ts';
import { parseReport } from '../../src/report/parse.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import type { Figure } from '../../src/report/types.ts';
import { describeVariant, renderVariant, variantsFor } from './variants.ts';
import type { DayInput, Variant } from './variants.ts';
import { shared } from '../support/shared.ts';

type Cell = number | readonly [total: number, delta: number];

/** Real rows of the series (total, or [total, reported (+N)]), chosen around format and category changes. */
const ROWS: readonly (readonly [string, Partial<Record<Category, Cell>>])[] = [
  ['2022-02-24', { personnel: 800, tanks: 30, afv: 130, aircraft: 7, helicopters: 6, uav: 0, ships: 0 }],
  ['2022-03-05', { personnel: 10000, tanks: 269, afv: 945, artillery: 105, mlrs: 50, air_defense: 19, aircraft: 39, helicopters: 40, uav: 3, ships: 2, vehicles_fuel_tanks: 469 }],
  ['2022-03-20', { personnel: 14700, tanks: 476, afv: 1487, artillery: 230, mlrs: 74, air_defense: 44, aircraft: 96, helicopters: 118, uav: 21, ships: 3, vehicles_fuel_tanks: 1007, special_equipment: 12 }],
  ['2022-04-12', { personnel: 19600, tanks: 732, afv: 1946, artillery: 349, mlrs: 111, air_defense: 63, aircraft: 157, helicopters: 140, uav: 124, ships: 7, vehicles_fuel_tanks: 1482, special_equipment: 25 }],
  ['2022-04-25', { personnel: 21900, tanks: 884, afv: 2258, artillery: 411, mlrs: 149, air_defense: 69, aircraft: 181, helicopters: 154, uav: 201, ships: 8, vehicles_fuel_tanks: 1642, special_equipment: 28 }],
  ['2022-04-26', { personnel: [22100, 200], tanks: [918, 34], afv: [2308, 50], artillery: [416, 5], mlrs: [149, 0], air_defense: [69, 0], aircraft: [184, 3], helicopters: [154, 0], uav: [205, 4], ships: [8, 0], vehicles_fuel_tanks: [1719, 77], special_equipment: [31, 3] }],
  ['2022-04-30', { personnel: [23200, 200], tanks: [1008, 22], afv: [2445, 27], artillery: [436, 1], mlrs: [151, 0], air_defense: [77, 4], aircraft: [190, 1], helicopters: [155, 0], uav: [232, 3], ships: [8, 0], vehicles_fuel_tanks: [1777, 6], special_equipment: [32, 1] }],
  ['2022-05-01', { personnel: [23500, 300], tanks: [1026, 18], afv: [2471, 26], artillery: [451, 15], mlrs: [151, 0], air_defense: [80, 3], aircraft: [192, 2], helicopters: [155, 0], uav: [245, 13], cruise_missiles: 84, ships: [8, 0], vehicles_fuel_tanks: [1796, 19], special_equipment: [32, 0] }],
  ['2022-06-01', { personnel: [30700, 200], tanks: [1361, 3], afv: [3343, 41], artillery: [659, 10], mlrs: [207, 0], air_defense: [94, 1], aircraft: [208, 0], helicopters: [175, 1], uav: [519, 4], cruise_missiles: [120, 0], ships: [13, 0], vehicles_fuel_tanks: [2290, 15], special_equipment: [49, 1] }],
  ['2022-08-09', { personnel: [42640, 300], tanks: [1817, 6], afv: [4076, 6], artillery: [964, 4], mlrs: [261, 0], air_defense: [133, 1], aircraft: [223, 0], helicopters: [193, 1], uav: [757, 3], cruise_missiles: [185, 3], ships: [15, 0], vehicles_fuel_tanks: [2998, 5], special_equipment: [87, 1] }],
  ['2022-10-13', { personnel: [63800, 420], tanks: [2511, 6], afv: [5167, 11], artillery: [1556, 17], mlrs: [357, 2], air_defense: [183, 1], aircraft: [268, 0], helicopters: [240, 5], uav: [1182, 33], cruise_missiles: [316, 1], ships: [16, 0], vehicles_fuel_tanks: [3935, 8], special_equipment: [140, 4] }],
  ['2022-12-31', { personnel: [105960, 710], tanks: [3029, 3], afv: [6075, 16], artillery: [2016, 6], mlrs: [423, 0], air_defense: [213, 1], aircraft: [283, 0], helicopters: [269, 1], uav: [1746, 6], cruise_missiles: [711, 0], ships: [16, 0], vehicles_fuel_tanks: [4707, 24], special_equipment: [180, 0] }],
  ['2023-01-01', { personnel: [106720, 760], tanks: [3031, 2], afv: [6084, 9], artillery: [2021, 5], mlrs: [423, 0], air_defense: [213, 0], aircraft: [283, 0], helicopters: [269, 0], uav: [1792, 46], cruise_missiles: [723, 12], ships: [16, 0], vehicles_fuel_tanks: [4720, 13], special_equipment: [181, 1] }],
  ['2023-05-28', { personnel: [206600, 400], tanks: [3797, 3], afv: [7456, 7], artillery: [3425, 11], mlrs: [574, 0], air_defense: [329, 0], aircraft: [313, 0], helicopters: [298, 0], uav: [2993, 3], cruise_missiles: [1056, 0], ships: [18, 0], vehicles_fuel_tanks: [6192, 9], special_equipment: [451, 2] }],
  ['2023-09-13', { personnel: [270350, 590], tanks: [4584, 16], afv: [8792, 14], artillery: [5902, 30], mlrs: [766, 2], air_defense: [517, 2], aircraft: [315, 0], helicopters: [316, 0], uav: [4650, 5], cruise_missiles: [1455, 0], ships: [19, 0], vehicles_fuel_tanks: [8444, 31], special_equipment: [884, 3] }],
  ['2023-09-14', { personnel: [270970, 620], tanks: [4599, 15], afv: [8810, 18], artillery: [5944, 42], mlrs: [769, 3], air_defense: [517, 0], aircraft: [315, 0], helicopters: [316, 0], uav: [4697, 47], cruise_missiles: [1455, 0], ships: [20, 1], submarines: 1, vehicles_fuel_tanks: [8458, 14], special_equipment: [889, 5] }],
  ['2023-12-05', { personnel: [333840, 1030], tanks: [5587, 7], afv: [10416, 15], artillery: [7987, 26], mlrs: [913, 0], air_defense: [605, 3], aircraft: [323, 0], helicopters: [324, 0], uav: [6032, 15], cruise_missiles: [1570, 1], ships: [22, 0], submarines: [1, 0], vehicles_fuel_tanks: [10483, 32], special_equipment: [1148, 7] }],
  ['2024-02-20', { personnel: [404950, 1230], tanks: [6503, 5], afv: [12268, 36], artillery: [9773, 40], mlrs: [988, 2], air_defense: [675, 1], aircraft: [338, 2], helicopters: [325, 0], uav: [7521, 61], cruise_missiles: [1902, 4], ships: [25, 0], submarines: [1, 0], vehicles_fuel_tanks: [12805, 38], special_equipment: [1551, 6] }],
  ['2024-02-29', { personnel: [413760, 1150], tanks: [6593, 23], afv: [12552, 44], artillery: [10070, 41], mlrs: [1000, 0], air_defense: [690, 2], aircraft: [342, 0], helicopters: [325, 0], uav: [7768, 15], cruise_missiles: [1912, 0], ships: [25, 0], submarines: [1, 0], vehicles_fuel_tanks: [13152, 40], special_equipment: [1601, 7] }],
  ['2024-08-23', { personnel: [605330, 1190], tanks: [8533, 4], afv: [16599, 32], artillery: [17307, 45], mlrs: [1167, 1], air_defense: [932, 1], aircraft: [367, 0], helicopters: [328, 0], uav: [14025, 27], cruise_missiles: [2442, -1], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [23329, 49], special_equipment: [2910, 6] }],
  ['2024-11-21', { personnel: [727250, 1510], tanks: [9398, 8], afv: [19143, 24], artillery: [20731, 50], mlrs: [1253, 1], air_defense: [1003, 2], aircraft: [369, 0], helicopters: [329, 0], uav: [19259, 57], cruise_missiles: [2756, 0], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [29745, 97], special_equipment: [3674, 0] }],
  ['2024-11-30', { personnel: [740400, 1740], tanks: [9463, 5], afv: [19355, 12], artillery: [20909, 23], mlrs: [1253, 2], air_defense: [1019, 0], aircraft: [369, 0], helicopters: [329, 0], uav: [19792, 42], cruise_missiles: [2851, 0], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [30431, 72], special_equipment: [3617, 2] }],
  ['2025-02-28', { personnel: [874560, 1060], tanks: [10222, 13], afv: [21234, 17], artillery: [23847, 54], mlrs: [1303, 1], air_defense: [1087, 0], aircraft: [370, 0], helicopters: [331, 0], uav: [27274, 172], cruise_missiles: [3085, 0], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [38994, 126], special_equipment: [3763, 4] }],
  ['2025-03-05', { personnel: [880660, 1250], tanks: [10256, 1], afv: [21304, 6], artillery: [24087, 23], mlrs: [1306, 0], air_defense: [1094, 0], aircraft: [370, 0], helicopters: [331, 0], uav: [27849, 108], cruise_missiles: [3085, 0], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [39512, 84], special_equipment: [3769, 1] }],
  ['2025-10-03', { personnel: [1113430, 970], tanks: [11225, 1], afv: [23297, 1], artillery: [33413, 13], mlrs: [1514, 1], air_defense: [1222, 0], aircraft: [427, 0], helicopters: [346, 0], uav: [66093, 273], cruise_missiles: [3793, 0], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [63325, 44], special_equipment: [3970, 0] }],
  ['2025-11-28', { personnel: [1170790, 1100], tanks: [11380, 7], afv: [23643, 15], artillery: [34730, 21], mlrs: [1550, 0], air_defense: [1253, 0], aircraft: [430, 0], helicopters: [347, 0], uav: [85237, 63], cruise_missiles: [3995, 0], ships: [28, 0], submarines: [1, 0], vehicles_fuel_tanks: [68399, 48], special_equipment: [4008, 0] }],
  ['2026-01-01', { personnel: [1208970, 1060], tanks: [11488, 7], afv: [23849, 4], artillery: [35678, 36], mlrs: [1587, 1], air_defense: [1266, 0], aircraft: [434, 0], helicopters: [347, 0], uav: [98453, 769], cruise_missiles: [4136, 0], ships: [28, 0], submarines: [2, 0], vehicles_fuel_tanks: [72418, 171], special_equipment: [4035, 0] }],
  ['2026-05-02', { personnel: [1332950, 1240], tanks: [11906, 3], afv: [24500, 4], artillery: [41117, 73], mlrs: [1763, 6], air_defense: [1357, 0], aircraft: [435, 0], helicopters: [352, 0], uav: [267589, 2305], cruise_missiles: [4579, 0], ships: [33, 0], submarines: [2, 0], vehicles_fuel_tanks: [93274, 265], special_equipment: [4151, 1] }],
  ['2026-05-03', { personnel: [1334030, 1080], tanks: [11908, 2], afv: [24503, 3], artillery: [41193, 76], mlrs: [1765, 2], air_defense: [1357, 0], aircraft: [435, 0], helicopters: [352, 0], uav: [269813, 2224], cruise_missiles: [4579, 0], ships: [33, 0], submarines: [2, 0], vehicles_fuel_tanks: [93556, 282], special_equipment: [4151, 0], ground_robotic_systems: 1306 }],
  ['2026-05-04', { personnel: [1335150, 1120], tanks: [11914, 6], afv: [24507, 4], artillery: [41306, 113], mlrs: [1767, 2], air_defense: [1357, 0], aircraft: [435, 0], helicopters: [352, 0], uav: [272062, 2249], cruise_missiles: [4584, 5], ships: [33, 0], submarines: [2, 0], vehicles_fuel_tanks: [93824, 268], special_equipment: [4168, 17], ground_robotic_systems: [1317, 11] }],
  ['2026-08-22', { personnel: [1475270, 1240], tanks: [12292, 6], afv: [25176, 6], artillery: [48382, 64], mlrs: [2054, 2], air_defense: [1584, 3], aircraft: [439, 0], helicopters: [354, 0], uav: [474641, 1792], cruise_missiles: [5049, 0], ships: [35, 0], submarines: [2, 0], vehicles_fuel_tanks: [137804, 435], special_equipment: [4565, 6] }],
];

function toDay([date, cells]: readonly [string, Partial<Record<Category, Cell>>]): DayInput {
  const figures: Partial<Record<Category, Figure>> = {};
  for (const key of CATEGORY_KEYS) {
    const cell = cells[key];
    if (cell === undefined) continue;
    figures[key] = typeof cell === 'number' ? { total: cell, delta: null } : { total: cell[0], delta: cell[1] };
  }
  return { date, figures };
}

function check(variant: Variant): string | null {
  const parsed = parseReport(variant.text, variant.published === undefined ? {} : { published: variant.published });
  if (isDeepStrictEqual(parsed, variant.expected)) return null;
  return `${variant.expected.date} ${variant.name}\n--- got ${JSON.stringify(parsed)}\n--- want ${JSON.stringify(variant.expected)}\n--- text\n${variant.text}`;
}

const SHOW = 3;

describe('parseReport on independently generated variants of real days', () => {
  const days = ROWS.map(toDay);

  test('the hand-picked rows, every preset and 60 random forms each', (t) => {
    const failures: string[] = [];
    let n = 0;
    for (const day of days) {
      for (const variant of variantsFor(day, 60)) {
        n++;
        const failure = check(variant);
        if (failure !== null) failures.push(failure);
      }
    }
    t.diagnostic(`${n} texts, ${failures.length} failures`);
    assert.equal(failures.length, 0, failures.slice(0, SHOW).join('\n\n'));
  });

  test('a variant re-renders identically from its name (failures can be reproduced)', () => {
    const day = days[10] as DayInput;
    const variants = variantsFor(day, 5);
    for (const v of variants) {
      const options = describeVariant(day, v.name, 5);
      assert.ok(options, v.name);
      assert.equal(renderVariant(day, options, v.name).text, v.text, v.name);
    }
  });
});

const DATA = shared('data');
const SERIES = `${DATA}/gs-series.csv`;
const QUALITY = `${DATA}/gs-data-quality.csv`;
const skip = existsSync(SERIES) && existsSync(QUALITY) ? false : `${DATA} is absent`;

describe('parseReport on generated variants of the whole series', { skip }, () => {
  test('every day: a third of the presets (rotating) and 6 random forms', (t) => {
    const days = rowsToReports(parseSeriesCsv(readFileSync(SERIES, 'utf8')), parseRecountsCsv(readFileSync(QUALITY, 'utf8')));
    assert.ok(days.length > 1600);
    const t0 = performance.now();
    const failures: string[] = [];
    const byName = new Map<string, number>();
    let n = 0;
    for (const day of days) {
      for (const variant of variantsFor(day, 6, 3)) {
        n++;
        const failure = check(variant);
        if (failure === null) continue;
        failures.push(failure);
        byName.set(variant.name, (byName.get(variant.name) ?? 0) + 1);
      }
    }
    t.diagnostic(`${days.length} days, ${n} texts in ${Math.round(performance.now() - t0)} ms, ${failures.length} failures`);
    assert.equal(failures.length, 0, `${JSON.stringify(Object.fromEntries(byName))}\n${failures.slice(0, SHOW).join('\n\n')}`);
  });
});

describe('texts that are not loss reports stay null', () => {
  const NOT_REPORTS: Record<string, string> = {
    'a post quoting two numbers': [
      'Генштаб: за добу ліквідовано 1 550 окупантів, знищено 8 танків.',
      'Загалом з 24.02.2022 ворог втратив близько 723 940 осіб.',
    ].join('\n'),
    'an operational update': [
      'Оперативна інформація станом на 08.00 21.11.2024 щодо російського вторгнення',
      '',
      'Протягом минулої доби зафіксовано 142 бойових зіткнення.',
      'Ворог завдав 3 ракетних ударів із застосуванням 11 ракет та 58 авіаційних ударів.',
      '▪️ На Харківському напрямку – 5 атак;',
      '▪️ На Куп’янському напрямку – 11 атак;',
      '▪️ На Лиманському напрямку – 14 атак;',
      '▪️ На Покровському напрямку – 42 атаки;',
      '▪️ На Курахівському напрямку – 31 атака.',
      'Дані уточнюються.',
    ].join('\n'),
    'an air-defence summary': [
      'У ніч на 21.11.2024 противник атакував ударними БпЛА та ракетами.',
      'Всього виявлено – 112 засобів повітряного нападу:',
      '▪️ ударних БпЛА типу Shahed – 96;',
      '▪️ крилатих ракет Х-101 – 12;',
      '▪️ балістичних ракет – 4.',
      'Збито/подавлено – 98.',
    ].join('\n'),
    'an English news paragraph': [
      'Russia has lost 723,940 troops since February 24, 2022, including 1,550 over the past day, the General Staff said.',
      'Ukrainian forces also destroyed 8 tanks, 29 armored vehicles, 32 artillery systems and 53 drones, it said.',
    ].join('\n'),
    'one day\'s losses listed in a paragraph': 'За минулу добу ворог втратив: особового складу – 1 550, танків – 8, ББМ – 29, артилерійських систем – 32, РСЗВ – 1, БпЛА – 53.',
    'one day\'s losses listed in lines': [
      'Over the past day, Russia lost:',
      'personnel – 1,550;',
      'tanks – 8;',
      'armoured combat vehicles – 29;',
      'artillery systems – 32;',
      'MLRS – 1;',
      'UAVs – 53.',
    ].join('\n'),
    'a partial list (four categories)': [
      'Загальні бойові втрати противника з 24.02.22 по 21.11.24 орієнтовно склали:',
      'особового складу ‒ близько 727250 (+1510) осіб',
      'танків ‒ 9398 (+8) од',
      'бойових броньованих машин ‒ 19143 (+24) од',
      'артилерійських систем – 20731 (+50) од',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(NOT_REPORTS)) {
    test(name, () => {
      assert.equal(parseReport(text), null);
      assert.equal(parseReport(text, { published: '2024-11-21T06:00:00Z' }), null);
    });
  }
});
