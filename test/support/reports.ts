/** Builds stored reports for tests from compact rows: `{ date, personnel: [total, delta] }`. */
import type { Category } from '../../src/core/categories.ts';
import { canonicalJson, sha1 } from '../../src/core/hash.ts';
import type { Figure } from '../../src/report/types.ts';
import type { StoredReport } from '../../src/series/types.ts';

export type Row = { date: string } & Partial<Record<Category, [number, number | null]>>;

export function storedReport(row: Row, overrides: Partial<StoredReport> = {}): StoredReport {
  const figures: Partial<Record<Category, Figure>> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'date' || !Array.isArray(v)) continue;
    figures[k as Category] = { total: v[0], delta: v[1] };
  }
  return {
    date: row.date,
    origin: 'channel',
    sourceId: 'gs-telegram',
    postId: null,
    url: null,
    publishedAt: null,
    lang: 'uk',
    figures,
    other: {},
    textHash: sha1(JSON.stringify(row)),
    figuresHash: sha1(canonicalJson({ figures, other: {} })),
    live: false,
    ingestedAt: '2026-01-01T00:00:00.000Z',
    flags: [],
    ...overrides,
  };
}
