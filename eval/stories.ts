/**
 * Story groups: copies of one story (syndication, translations) must dedupe to the same
 * claims. For every figure that the labels give in two or more copies of a story, this
 * checks that the claims found for it in those copies share one fingerprint, after the
 * same report-date matching the worker does (src/pipeline/ingest-article.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim } from '../src/claims/types.ts';
import { seriesIndexes } from '../src/corroboration/index.ts';
import type { SeriesIndexes } from '../src/corroboration/index.ts';
import { settleArticleDates } from '../src/corroboration/settle-date.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../src/report/series-csv.ts';
import type { StoredReport } from '../src/series/types.ts';
import { claimFingerprint } from '../src/store/claim-store.ts';
import type { Article, GoldClaim } from './corpus.ts';

export interface StoryRun {
  article: Article;
  published: string | null;
  found: Claim[];
}

/** The daily series from the shared data folder beside the corpus, or null. */
export function loadSeries(corpusDir: string): SeriesIndexes | null {
  const data = join(corpusDir, '..', 'data');
  if (!existsSync(join(data, 'gs-series.csv'))) return null;
  const days = rowsToReports(parseSeriesCsv(readFileSync(join(data, 'gs-series.csv'), 'utf8')), parseRecountsCsv(readFileSync(join(data, 'gs-data-quality.csv'), 'utf8')));
  const reports = days.map((d): StoredReport => ({ date: d.date, origin: 'import', sourceId: null, postId: null, url: null, publishedAt: null, lang: null, figures: d.figures, other: {}, textHash: null, figuresHash: '', live: false, ingestedAt: '', flags: [] }));
  return seriesIndexes(reports, '2022-04-26');
}

const figureKey = (c: { claimant: string; subject: string; metric: string; kind: string; value: number }) => `${c.claimant}|${c.subject}|${c.metric === 'vehicles' ? 'vehicles_fuel_tanks' : c.metric}|${c.kind}|${c.value}`;

export function storyDedupe(runs: StoryRun[], data: SeriesIndexes | null) {
  const dated = (claims: Claim[], published: string | null): Claim[] => (data ? settleArticleDates(claims, data.series, published, data.records) : claims);
  const byStory = new Map<string, StoryRun[]>();
  for (const r of runs) byStory.set(r.article.story, [...(byStory.get(r.article.story) ?? []), r]);
  let shared = 0;
  let collapsed = 0;
  const split: string[] = [];
  for (const [story, copies] of byStory) {
    if (copies.length < 2) continue;
    const goldIn = new Map<string, number>();
    for (const c of copies) for (const k of new Set(c.article.gold.map((g: GoldClaim) => figureKey(g)))) goldIn.set(k, (goldIn.get(k) ?? 0) + 1);
    for (const [k, n] of goldIn) {
      if (n < 2) continue;
      const fps = new Set<string>();
      for (const c of copies) for (const f of dated(c.found, c.published)) if (figureKey(f) === k) fps.add(claimFingerprint(f));
      if (fps.size === 0) continue; // not extracted at all: counted as a miss by the main score
      shared++;
      if (fps.size === 1) collapsed++;
      else split.push(`${story} ${k} → ${fps.size} claims`);
    }
  }
  return { storyGroups: [...byStory.values()].filter((c) => c.length >= 2).length, sharedFigures: shared, collapsed, split };
}
