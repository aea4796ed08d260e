/**
 * npm run eval: runs the claim extractor over the labelled corpus (seeds, dev, written), split
 * by story into a tune part and a test part, and prints precision, recall and F1 for each part
 * per language group, then qualifier, as_of and record accuracy on the matched claims, and the
 * tune/test gap. Lists the tune part's misses and false positives (stderr; the test part's
 * only with --show-test; more with --verbose); writes eval/results.json. Skips cleanly when
 * the corpus is absent.
 *
 * `published` comes from what the article gives (a date in its URL path, a dateline), never
 * from the labels.
 */
import { loadSeries, storyDedupe } from './stories.ts';
import { writeFileSync } from 'node:fs';
import { extractClaims } from '../src/claims/extract.ts';
import { inferPublished } from '../src/claims/date-mentions.ts';
import type { Claim } from '../src/claims/types.ts';
import { corpusDir, loadCorpus } from './corpus.ts';
import type { Article } from './corpus.ts';
import { errorCauses, scoreArticle, totals } from './score.ts';
import type { ArticleScore, ErrorCauses, Totals } from './score.ts';

const verbose = process.argv.includes('--verbose');
// The test part is measured, not read: its misses are shown only when asked for.
const showTest = process.argv.includes('--show-test');
const dir = corpusDir();
const articles = loadCorpus(dir);
if (articles === null || articles.length === 0) {
  console.log(`eval: no corpus at ${dir} (set TALLYWATCH_SHARED to its parent); skipping.`);
  process.exit(0);
}


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

type Group = { label: string; keep: (r: Run) => boolean };
// The bars are set per language group: English, Ukrainian, and the other languages.
const GROUPS: readonly Group[] = [
  { label: 'en', keep: (r) => r.article.lang === 'en' },
  { label: 'uk', keep: (r) => r.article.lang === 'uk' },
  { label: 'other', keep: (r) => r.article.lang !== 'en' && r.article.lang !== 'uk' },
  { label: 'seeds', keep: (r) => r.article.split === 'seeds' },
  { label: 'dev', keep: (r) => r.article.split === 'dev' },
  { label: 'written', keep: (r) => r.article.split === 'written' },
  { label: 'ALL', keep: () => true },
];
const BARS: Record<string, { precision: number; recall: number }> = {
  en: { precision: 0.9, recall: 0.85 },
  uk: { precision: 0.85, recall: 0.8 },
  other: { precision: 0.75, recall: 0.6 },
};

const header = ['group'.padEnd(10), 'arts', '  tp', '  fp', '  fn', '    P', '    R', '   F1', ' qual', ' asOf', '  rec', 'rec(daily)'].join('  ');
const byPart: Record<string, Record<string, Totals>> = {};
const hardNegativeClaims: Record<string, number> = {};
const causesByPart: Record<string, Record<string, ErrorCauses>> = {};
for (const part of ['tune', 'test'] as const) {
  const inPart = runs.filter((r) => r.article.part === part);
  const table: Record<string, Totals> = {};
  console.log(`${part.toUpperCase()} part: ${inPart.length} articles, ${new Set(inPart.map((r) => r.article.story)).size} stories`);
  console.log(header);
  for (const g of GROUPS) {
    table[g.label] = totals(inPart.filter(g.keep).map((r) => r.score));
    console.log(row(g.label, table[g.label] as Totals));
  }
  const negatives = inPart.filter((r) => r.article.gold.length === 0);
  hardNegativeClaims[part] = negatives.reduce((n, r) => n + r.found.length, 0);
  console.log(`hard negatives: ${negatives.length} articles, ${hardNegativeClaims[part]} claims extracted from them`);
  const pass = (ok: boolean): string => (ok ? 'pass' : 'FAIL');
  for (const [label, bar] of Object.entries(BARS)) {
    const t = table[label] as Totals;
    console.log(
      `  bar ${label.padEnd(5)} precision ${pct(t.precision)} (>= ${bar.precision * 100}) ${pass(t.precision >= bar.precision)}; recall ${pct(t.recall)} (>= ${bar.recall * 100}) ${pass(t.recall >= bar.recall)}`,
    );
  }
  const all = table.ALL as Totals;
  console.log(`  record on matched daily ${pct(all.recordDaily.rate)} (>= 95) ${pass(all.recordDaily.rate >= 0.95)}; hard negatives ${pass(hardNegativeClaims[part] === 0)}`);
  const causes: Record<string, ErrorCauses> = {};
  for (const g of GROUPS.filter((x) => ['en', 'uk', 'other', 'ALL'].includes(x.label))) {
    causes[g.label] = errorCauses(inPart.filter(g.keep).map((r) => r.score));
  }
  const c = causes.ALL as ErrorCauses;
  console.log(`  unmatched, by cause: ${c.notRead} figures never read; misread ${c.oneField.claimant} claimant, ${c.oneField.subject} subject, ${c.oneField.metric} metric, ${c.oneField.kind} kind, ${c.severalFields} several fields; ${c.spurious} claims the labels lack`);
  console.log('');
  byPart[part] = table;
  causesByPart[part] = causes;
}
const gap = (byPart.tune?.ALL?.f1 ?? 0) - (byPart.test?.ALL?.f1 ?? 0);
console.log(`tune/test F1 gap: ${(gap * 100).toFixed(1)} points (bar: under 5)`);

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
  if (r.article.part === 'test' && !showTest) continue;
  const { misses, falsePositives, pairs } = r.score;
  const wrong = pairs.filter((p) => p.gold.qualifier !== p.found.qualifier || p.gold.as_of !== p.found.asOf || p.gold.record !== p.found.record);
  if (misses.length === 0 && falsePositives.length === 0 && !(verbose && wrong.length > 0)) continue;
  log(`\n[${r.article.part} ${r.article.split} ${r.article.id} ${r.article.lang}] published=${r.published ?? '-'}`);
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
  split: { testShare: 'stories hashed into 40 % test, 60 % tune (eval/corpus.ts)' },
  stories,
  corpus: dir,
  bars: BARS,
  tune: byPart.tune,
  test: byPart.test,
  gapF1: gap,
  hardNegativeClaims,
  errorCauses: causesByPart,
  articles: runs.map((r) => ({
    id: r.article.id,
    split: r.article.split,
    part: r.article.part,
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

// The same tables as markdown, for the docs to quote (no corpus text in them).
const md: string[] = [
  '# Claim extractor evaluation (generated by `npm run eval`)',
  '',
  `Run ${results.generatedAt} on ${runs.length} labelled texts of the corpus, split by story (eval/corpus.ts): tune ${runs.filter((r) => r.article.part === 'tune').length} texts, test ${runs.filter((r) => r.article.part === 'test').length}. Only the tune part was read while building the extractor.`,
  '',
];
for (const part of ['tune', 'test'] as const) {
  md.push(`## ${part} part`, '', '| group | texts | tp | fp | fn | precision | recall | F1 | qualifier | as_of | record (daily) |', '|---|---|---|---|---|---|---|---|---|---|---|');
  for (const g of GROUPS) {
    const t = byPart[part]?.[g.label] as Totals;
    md.push(`| ${g.label} | ${t.articles} | ${t.tp} | ${t.fp} | ${t.fn} | ${pct(t.precision).trim()} | ${pct(t.recall).trim()} | ${pct(t.f1).trim()} | ${pct(t.qualifier.rate).trim()} | ${pct(t.asOf.rate).trim()} | ${pct(t.recordDaily.rate).trim()} (${t.recordDaily.right}/${t.recordDaily.of}) |`);
  }
  md.push('', `Claims taken from hard negatives (texts with no labelled claim): ${hardNegativeClaims[part]}.`, '');
  md.push(
    'Unmatched claims by cause (a miss and a false claim of the same value in one text are one misread):',
    '',
    '| group | figure never read | wrong claimant | wrong subject | wrong metric | wrong kind | several fields | claim the labels lack |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const [label, c] of Object.entries(causesByPart[part] ?? {})) {
    md.push(`| ${label} | ${c.notRead} | ${c.oneField.claimant} | ${c.oneField.subject} | ${c.oneField.metric} | ${c.oneField.kind} | ${c.severalFields} | ${c.spurious} |`);
  }
  md.push('');
}
md.push(`Tune/test F1 gap (ALL): ${(gap * 100).toFixed(1)} points.`, '', `Story groups: ${stories.storyGroups}; figures stated in two or more copies: ${stories.sharedFigures}; one claim each: ${stories.collapsed}.`, '');
writeFileSync(new URL('./results.md', import.meta.url), md.join('\n'));
console.log('wrote eval/results.json and eval/results.md');
