/**
 * The series the benchmark works on: the shared General Staff series when the shared folder is
 * there, otherwise the project's three-week fixture stretched over the same span with made-up
 * days (marked as synthetic in every output).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Category } from '../src/core/categories.ts';
import { CATEGORY_KEYS } from '../src/core/categories.ts';
import { addDays } from '../src/core/dates.ts';
import { projectPath, PROJECT_ROOT } from '../src/core/paths.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../src/report/series-csv.ts';
import type { DayFigures, SeriesRow } from '../src/report/series-csv.ts';
import { mulberry32 } from './stats.ts';

export const FIXTURE_CSV = projectPath('test', 'fixtures', 'series', '2024-04-25_2024-05-16.csv');

/** One record day of the reference file gs-records.csv. */
export interface ReferenceRecord {
  metric: string;
  date: string;
  delta: number;
}

export interface BenchData {
  /** "shared" (real series) or "synthetic" (fixture extended). */
  kind: 'shared' | 'synthetic';
  /** Human description, printed and stored with the results. */
  description: string;
  sharedDir: string;
  days: DayFigures[];
  recounts: number;
  /** Reference record days, when the shared folder has them. */
  records: ReferenceRecord[] | null;
}

/** `../shared` beside the repository, unless TALLYWATCH_SHARED says otherwise. */
export function sharedDir(): string {
  return process.env.TALLYWATCH_SHARED ? resolve(process.env.TALLYWATCH_SHARED) : resolve(PROJECT_ROOT, '..', 'shared');
}

export function loadBenchData(): BenchData {
  const dir = sharedDir();
  const seriesFile = join(dir, 'data', 'gs-series.csv');
  if (!existsSync(seriesFile)) {
    const rows = extendFixture(parseSeriesCsv(readFileSync(FIXTURE_CSV, 'utf8')));
    return {
      kind: 'synthetic',
      description: `SYNTHETIC: ${seriesFile} not found; the 22-day fixture extended to ${rows.length} made-up days (${rows[0]!.date}..${rows.at(-1)!.date})`,
      sharedDir: dir,
      days: rowsToReports(rows),
      recounts: 0,
      records: null,
    };
  }
  const rows = parseSeriesCsv(readFileSync(seriesFile, 'utf8'));
  const qualityFile = join(dir, 'data', 'gs-data-quality.csv');
  // Recount days must carry the (+N) the General Staff printed, not the difference of totals.
  const recounts = existsSync(qualityFile) ? parseRecountsCsv(readFileSync(qualityFile, 'utf8')) : new Map<string, number>();
  const recordsFile = join(dir, 'data', 'gs-records.csv');
  return {
    kind: 'shared',
    description: `${seriesFile}: ${rows.length} days (${rows[0]!.date}..${rows.at(-1)!.date}), ${recounts.size} recount deltas${existsSync(qualityFile) ? '' : ' (gs-data-quality.csv missing)'}`,
    sharedDir: dir,
    days: rowsToReports(rows, recounts),
    recounts: recounts.size,
    records: existsSync(recordsFile) ? parseRecordsCsv(readFileSync(recordsFile, 'utf8')) : null,
  };
}

/** gs-records.csv: `metric,date,delta[,previous_delta,previous_date]`. */
export function parseRecordsCsv(text: string): ReferenceRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const [m, d, v] = ['metric', 'date', 'delta'].map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`gs-records.csv: no "${name}" column`);
    return i;
  }) as [number, number, number];
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    return { metric: cells[m]!.trim(), date: cells[d]!.trim(), delta: Number(cells[v]) };
  });
}

// The same span as the shared series, so both modes render the same eras and styles.
const SYNTHETIC_FROM = '2022-02-24';
const SYNTHETIC_TO = '2026-08-22';
// When categories first appeared on the reports.
const FIRST_SEEN: Partial<Record<Category, string>> = {
  cruise_missiles: '2022-05-01',
  submarines: '2023-09-14',
  ground_robotic_systems: '2026-05-03',
};

/**
 * The fixture's days kept as they are, with made-up days before and after: daily changes cycle
 * through the fixture's own, jittered by a seeded generator (so every run is the same), and are
 * scaled down going backwards so totals stay positive.
 */
export function extendFixture(fixture: readonly SeriesRow[]): SeriesRow[] {
  const rand = mulberry32(20240425);
  const first = fixture[0]!;
  const last = fixture.at(-1)!;
  const diffs = new Map<Category, number[]>();
  for (const key of CATEGORY_KEYS) {
    const out: number[] = [];
    for (let i = 1; i < fixture.length; i++) out.push(Math.max(0, (fixture[i]!.totals[key] ?? 0) - (fixture[i - 1]!.totals[key] ?? 0)));
    diffs.set(key, out);
  }
  const step = (key: Category, i: number): number => {
    // The fixture predates this category: small made-up daily changes.
    if (key === 'ground_robotic_systems') return Math.floor(rand() * 7);
    const d = diffs.get(key)!;
    return Math.round((d[i % d.length] ?? 0) * (0.6 + 0.8 * rand()));
  };

  const before: SeriesRow[] = [];
  const backDays: string[] = [];
  for (let date = addDays(first.date, -1); date >= SYNTHETIC_FROM; date = addDays(date, -1)) backDays.push(date);
  const backSteps = new Map(CATEGORY_KEYS.map((k) => [k, backDays.map((_, i) => step(k, i))]));
  const totals = { ...first.totals };
  for (const key of CATEGORY_KEYS) {
    const steps = backSteps.get(key)!;
    const sum = steps.reduce((a, b) => a + b, 0);
    const scale = sum > 0 && totals[key] !== undefined ? Math.min(1, (totals[key] * 0.95) / sum) : 1;
    backSteps.set(key, steps.map((s) => Math.floor(s * scale)));
  }
  backDays.forEach((date, i) => {
    for (const key of CATEGORY_KEYS) if (totals[key] !== undefined) totals[key] = totals[key] - backSteps.get(key)![i]!;
    before.push({ date, totals: withCategoriesOf(date, totals) });
  });
  before.reverse();

  const after: SeriesRow[] = [];
  const forward = { ...last.totals };
  let i = 0;
  for (let date = addDays(last.date, 1); date <= SYNTHETIC_TO; date = addDays(date, 1), i++) {
    for (const key of CATEGORY_KEYS) {
      if (date === FIRST_SEEN[key] && forward[key] === undefined) forward[key] = 40; // a back-filled first total
      else if (forward[key] !== undefined) forward[key] = forward[key] + step(key, i);
    }
    after.push({ date, totals: withCategoriesOf(date, forward) });
  }
  return [...before, ...fixture.map((r) => ({ date: r.date, totals: withCategoriesOf(r.date, r.totals) })), ...after];
}

/** Drops the categories the reports did not carry yet on `date`. */
function withCategoriesOf(date: string, totals: Partial<Record<Category, number>>): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  for (const key of CATEGORY_KEYS) {
    const since = FIRST_SEEN[key];
    if (totals[key] !== undefined && (since === undefined || date >= since)) out[key] = totals[key];
  }
  return out;
}
