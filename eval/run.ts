/**
 * npm run eval: runs the claim extractor over the labelled corpus (seeds + dev) and prints
 * precision, recall and F1 per language, for English and overall, then qualifier, as_of and
 * record accuracy on the matched claims; lists misses and false positives (stderr; more with
 * --verbose); writes eval/results.json. Skips cleanly when the corpus is absent.
 *
 * `published` comes from what the article gives (a date in its URL path, a dateline), never
 * from the labels.
 */
import { loadSeries, storyDedupe } from './stories.ts';
import { writeFileSync } from 'node:fs';
import { extractClaims } from '../src/claims/extract.ts';
import { inferPublished } from '../src/claims/dates.ts';
import type { Claim } from '../src/claims/types.ts';
import { corpusDir, loadCorpus } from './corpus.ts';
import type { Article } from './corpus.ts';
import { scoreArticle, totals } from './score.ts';
import type { ArticleScore, Totals } from './score.ts';

const verbose = process.argv.includes('--verbose');
const dir = corpusDir();
const articles = loadCorpus(dir);
if (articles === null || articles.length === 0) {
  console.log(`eval: no corpus at ${dir} (set TALLYWATCH_SHARED to its parent); skipping.`);
  process.exit(0);
}

// The bar for English held-out articles.
const BAR = { precision: 0.95, recall: 0.9, recordDaily: 0.95 };

interface Run {
  article: Article;
  published: string | null;
  found: Claim[];
  score: ArticleScore;
}

const runs: Run[] = articles.map((article) => {
  const published = inferPublished(article.text, article.url ?? undefined);
  const found = extractClaims(article.text, {
    ...(published === null ? {} : { published }),
    lang: article.lang,
    ...(article.url === null ? {} : { url: article.url }),
  });
  return { article, published, found, score: scoreArticle(article.gold, found) };
});

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function row(label: string, t: Totals): string {
  return [
    label.padEnd(10),
    String(t.articles).padStart(4),
    String(t.tp).padStart(4),
    String(t.fp).padStart(4),
    String(t.fn).padStart(4),
    pct(t.precision),
    pct(t.recall),
    pct(t.f1),
    `${pct(t.qualifier.rate)}`,
    `${pct(t.asOf.rate)}`,
    `${pct(t.record.rate)}`,
    `${pct(t.recordDaily.rate)} (${t.recordDaily.right}/${t.recordDaily.of})`,
  ].join('  ');
}

const groups = new Map<string, Run[]>();
for (const r of runs) {
  const list = groups.get(r.article.lang) ?? [];
  list.push(r);
  groups.set(r.article.lang, list);
}
const langs = [...groups.keys()].sort((a, b) => (groups.get(b)?.length ?? 0) - (groups.get(a)?.length ?? 0) || a.localeCompare(b));
const byLang: Record<string, Totals> = {};
for (const l of langs) byLang[l] = totals((groups.get(l) ?? []).map((r) => r.score));
const overall = totals(runs.map((r) => r.score));
const english = byLang.en ?? totals([]);
const others = totals(runs.filter((r) => r.article.lang !== 'en').map((r) => r.score));
const bySplit = {
  seeds: totals(runs.filter((r) => r.article.split === 'seeds').map((r) => r.score)),
  dev: totals(runs.filter((r) => r.article.split === 'dev').map((r) => r.score)),
};
const hardNegatives = runs.filter((r) => r.article.gold.length === 0);
const hardNegativeClaims = hardNegatives.reduce((n, r) => n + r.found.length, 0);

console.log(`claim extractor on ${runs.length} articles (${dir})`);
console.log('');
console.log(['group'.padEnd(10), 'arts', '  tp', '  fp', '  fn', '    P', '    R', '   F1', ' qual', ' asOf', '  rec', 'rec(daily)'].join('  '));
for (const l of langs) console.log(row(l, byLang[l] as Totals));
console.log(row('non-en', others));
console.log(row('seeds', bySplit.seeds));
console.log(row('dev', bySplit.dev));
console.log(row('OVERALL', overall));
console.log('');
console.log(`hard negatives: ${hardNegatives.length} articles, ${hardNegativeClaims} claims extracted from them`);
const pass = (ok: boolean): string => (ok ? 'pass' : 'FAIL');
console.log(
  `English bar: precision ${pct(english.precision)} (>= ${BAR.precision * 100}) ${pass(english.precision >= BAR.precision)}; ` +
    `recall ${pct(english.recall)} (>= ${BAR.recall * 100}) ${pass(english.recall >= BAR.recall)}; ` +
    `record on daily ${pct(english.recordDaily.rate)} (>= ${BAR.recordDaily * 100}) ${pass(english.recordDaily.rate >= BAR.recordDaily)}; ` +
    `hard negatives ${pass(hardNegativeClaims === 0)}`,
);

function key(c: { claimant: string; subject: string; metric: string; kind: string; value: number }): string {
  return `${c.claimant} ${c.subject} ${c.metric} ${c.kind} ${c.value}`;
}

// Quotes go to the terminal only: results.json keeps no text of the corpus.
function show(c: { claimant: string; subject: string; metric: string; kind: string; value: number; quote: string }): string {
  return `${key(c)}  "${c.quote}"`;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
for (const r of runs) {
  const { misses, falsePositives, pairs } = r.score;
  const wrong = pairs.filter((p) => p.gold.qualifier !== p.found.qualifier || p.gold.as_of !== p.found.asOf || p.gold.record !== p.found.record);
  if (misses.length === 0 && falsePositives.length === 0 && !(verbose && wrong.length > 0)) continue;
  log(`\n[${r.article.split} ${r.article.id} ${r.article.lang}] published=${r.published ?? '-'}`);
  for (const m of misses) log(`  miss  ${show(m)}`);
  for (const f of falsePositives) log(`  FP    ${show(f)}`);
  if (verbose) {
    for (const p of wrong) {
      const diffs: string[] = [];
      if (p.gold.qualifier !== p.found.qualifier) diffs.push(`qualifier ${p.found.qualifier} (gold ${p.gold.qualifier})`);
      if (p.gold.as_of !== p.found.asOf) diffs.push(`as_of ${p.found.asOf} (gold ${p.gold.as_of})`);
      if (p.gold.record !== p.found.record) diffs.push(`record ${p.found.record} (gold ${p.gold.record})`);
      log(`  diff  ${show(p.found)}  ${diffs.join('; ')}`);
    }
  }
}

const stories = storyDedupe(runs, loadSeries(dir));
console.log(`\nstory groups: ${stories.storyGroups}; figures stated in two or more copies: ${stories.sharedFigures}; one claim each: ${stories.collapsed}`);
for (const s of stories.split) console.log(`  split: ${s}`);

const results = {
  generatedAt: new Date().toISOString(),
  stories,
  corpus: dir,
  bar: BAR,
  overall,
  english,
  nonEnglish: others,
  byLang,
  bySplit,
  hardNegatives: { articles: hardNegatives.length, claims: hardNegativeClaims },
  articles: runs.map((r) => ({
    id: r.article.id,
    split: r.article.split,
    lang: r.article.lang,
    published: r.published,
    tp: r.score.pairs.length,
    fp: r.score.falsePositives.length,
    fn: r.score.misses.length,
    misses: r.score.misses.map((m) => ({ key: key(m), asOf: m.as_of, qualifier: m.qualifier, record: m.record })),
    falsePositives: r.score.falsePositives.map((f) => ({ key: key(f), asOf: f.asOf, qualifier: f.qualifier, record: f.record })),
    mismatches: r.score.pairs
      .filter((p) => p.gold.qualifier !== p.found.qualifier || p.gold.as_of !== p.found.asOf || p.gold.record !== p.found.record)
      .map((p) => ({ key: key(p.found), found: { qualifier: p.found.qualifier, asOf: p.found.asOf, record: p.found.record }, gold: { qualifier: p.gold.qualifier, asOf: p.gold.as_of, record: p.gold.record } })),
  })),
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote eval/results.json');
