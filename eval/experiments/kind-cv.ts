/**
 * Experiment: does a learned window (kind-model.ts) beat the hand rules on stories it did not train
 * on? Story-grouped 5-fold cross-validation over the tune part only (the test part stays unread).
 * `node eval/experiments/kind-cv.ts` prints the figures and writes kind-cv.json beside it.
 * NORULE=1 leaves out the rules' own kind as a feature: the model then reads the cues alone.
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadCorpus } from '../corpus.ts';
import type { Article } from '../corpus.ts';
import { scoreArticle, totals } from '../score.ts';
import type { ArticleScore } from '../score.ts';
import { inferPublished } from '../../src/claims/date-mentions.ts';
import { dedupe } from '../../src/claims/dedupe.ts';
import { readLocated } from '../../src/claims/extract.ts';
import { KINDS, kindFeatures, kindScores, trainKind } from './kind-model.ts';
import type { KindWeights, TrainExample } from './kind-model.ts';
import type { Sentence } from '../../src/claims/sentences.ts';
import type { Kind } from '../../src/claims/types.ts';
import type { Located } from '../../src/claims/work.ts';

const corpus = loadCorpus();
if (corpus === null) {
  console.log('kind-cv: no corpus (set TALLYWATCH_SHARED); skipped');
  process.exit(0);
}
const articles = corpus.filter((a) => a.part === 'tune');
const FOLDS = 5;
const foldOf = (story: string): number => createHash('sha256').update(`cv:${story}`).digest().readUInt32BE(0) % FOLDS;
const gm = (m: string): string => (m === 'vehicles' ? 'vehicles_fuel_tanks' : m);

interface Read { a: Article; located: Located[]; sentences: Sentence[]; feats: string[][] }
const reads: Read[] = articles.map((a) => {
  const published = inferPublished(a.text, a.url ?? undefined);
  const r = readLocated(a.text, { ...(published === null ? {} : { published }), lang: a.lang, ...(a.url === null ? {} : { url: a.url }) });
  const located = r?.located ?? [];
  const sentences = r?.sentences ?? [];
  return { a, located, sentences, feats: located.map((l) => kindFeatures(l, sentences)) };
});

function examples(rs: readonly Read[]): (TrainExample & { rule: Kind })[] {
  const out: (TrainExample & { rule: Kind })[] = [];
  for (const r of rs) {
    r.located.forEach((l, i) => {
      const c = l.claim;
      const kinds = new Set(r.a.gold.filter((g) => g.claimant === c.claimant && g.subject === c.subject && gm(g.metric) === c.metric && g.value === c.value).map((g) => g.kind));
      if (kinds.size !== 1) return;
      out.push({ features: r.feats[i] as string[], kind: [...kinds][0] as Kind, rule: c.kind });
    });
  }
  return out;
}

type Mode = (l: Located, p: number[]) => Kind;
function withKind(l: Located, kind: Kind): Located {
  if (kind === l.claim.kind) return l;
  const periodDays = kind === 'daily' || kind === 'average' ? 1 : kind === 'cumulative' ? null : null;
  return { ...l, claim: { ...l.claim, kind, periodDays } };
}
function score(rs: readonly Read[], model: KindWeights | null, mode: Mode | null): ArticleScore[] {
  return rs.map((r) => {
    const ls = model === null || mode === null ? r.located : r.located.map((l, i) => withKind(l, mode(l, kindScores(model, r.feats[i] as string[]))));
    return scoreArticle(r.a.gold, dedupe(ls).map((l) => l.claim));
  });
}
const argmax = (p: number[]): Kind => KINDS[p.indexOf(Math.max(...p))] as Kind;
const modes: Record<string, Mode> = {
  always: (_l, p) => argmax(p),
  guessed: (l, p) => (l.guessedKind ? argmax(p) : l.claim.kind),
  'p>0.7': (l, p) => (Math.max(...p) > 0.7 ? argmax(p) : l.claim.kind),
  'p>0.9': (l, p) => (Math.max(...p) > 0.9 ? argmax(p) : l.claim.kind),
  'guessed|p>0.9': (l, p) => (l.guessedKind || Math.max(...p) > 0.9 ? argmax(p) : l.claim.kind),
};
const noRule = process.env.NORULE === '1';
const strip = (f: string[]): string[] => (noRule ? f.filter((x) => !x.startsWith('rule') && !x.startsWith('mag×rule')) : f);
if (noRule) for (const r of reads) r.feats = r.feats.map(strip);
const all: Record<string, ArticleScore[]> = { rules: [] };
let agree = 0, ruleRight = 0, modelRight = 0, n = 0;
for (let f = 0; f < FOLDS; f++) {
  const train = reads.filter((r) => foldOf(r.a.story) !== f);
  const test = reads.filter((r) => foldOf(r.a.story) === f);
  const model = trainKind(examples(train));
  all.rules!.push(...score(test, null, null));
  for (const [name, mode] of Object.entries(modes)) (all[name] ??= []).push(...score(test, model, mode));
  for (const ex of examples(test)) {
    n++;
    const rule = ex.rule;
    const m = argmax(kindScores(model, ex.features));
    if (rule === ex.kind) ruleRight++;
    if (m === ex.kind) modelRight++;
    if (m === rule) agree++;
  }
}
console.log(`${articles.length} tune articles, ${FOLDS} folds by story${noRule ? ', cues only' : ''}; kind on matched figures: rules ${ruleRight}/${n}, model ${modelRight}/${n}, agree ${agree}`);
const rows: Record<string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }> = {};
for (const [name, ss] of Object.entries(all)) {
  const t = totals(ss);
  rows[name] = { precision: t.precision, recall: t.recall, f1: t.f1, tp: t.tp, fp: t.fp, fn: t.fn };
  console.log(`${name.padEnd(14)} P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)} F1 ${t.f1.toFixed(3)} (tp ${t.tp} fp ${t.fp} fn ${t.fn})`);
}
const out = new URL(`./kind-cv${noRule ? '-cues-only' : ''}.json`, import.meta.url);
writeFileSync(out, `${JSON.stringify({ ran: new Date().toISOString(), articles: articles.length, folds: FOLDS, cuesOnly: noRule, kindOnMatched: { of: n, rules: ruleRight, model: modelRight, agree }, modes: rows }, null, 2)}\n`);
