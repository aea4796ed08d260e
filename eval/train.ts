/**
 * npm run train: fits the claims' second opinion (src/claims/accept/) and writes its weights.
 *
 * It reads the tune part of the labelled corpus ($TALLYWATCH_SHARED/corpus, never the test part)
 * and any further labelled samples named with `--extra <dir>` (a `labels.jsonl` of
 * {id, lang, published, part, url, text, claims}; rows whose part is "test" are skipped). Such
 * samples are real coverage, so they live outside the repository. Every claim the rules read in
 * those texts is an example, right when it matches a labelled claim as `npm run eval` scores.
 *
 * Three models are fitted (src/claims/learned/): one for a claim's window, one for its speaker,
 * and one for whether a claim is right at all. How sure the first two must be to overrule the
 * rules, and how unlikely a claim must be to be dropped, are chosen by five-fold cross-validation
 * grouped by story, on out-of-fold opinions, for the best F1 over every claim end to end (after
 * dedupe); the figures go to stdout (and with --write to eval/train-results.json). Then the models are fitted on everything
 * and, with `--write`, written to src/claims/learned/weights.ts (without it, it only measures: the
 * shipped weights came from samples a fresh machine does not have, so they are not replaced by accident).
 * Skips cleanly when there is nothing to train on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inferPublished } from '../src/claims/date-mentions.ts';
import { dedupe } from '../src/claims/dedupe.ts';
import { readLocated } from '../src/claims/extract.ts';
import { applyOpinions } from '../src/claims/learned/apply.ts';
import type { Opinion } from '../src/claims/learned/apply.ts';
import { acceptFeatures, claimantFeatures, kindFeatures, SentenceCues } from '../src/claims/learned/features.ts';
import { binaryScore, classScores, pickThreshold, trainBinary, trainClasses } from '../src/claims/learned/model.ts';
import type { ClassModel } from '../src/claims/learned/model.ts';
import type { LangGroup, LearnedWeights } from '../src/claims/learned/weights-format.ts';
import { LANG_GROUPS, langGroupOf } from '../src/claims/learned/weights-format.ts';
import type { Claimant, Kind } from '../src/claims/types.ts';
import type { Located } from '../src/claims/work.ts';
import type { GoldClaim } from './corpus.ts';
import { corpusDir, loadCorpus } from './corpus.ts';
import { normalizeGold, scoreArticle } from './score.ts';

interface Text {
  id: string;
  story: string;
  lang: string;
  origin: string;
  text: string;
  url: string | null;
  published: string | null;
  gold: GoldClaim[];
}

interface ExtraRow {
  id: string;
  lang: string;
  published?: string | null;
  part?: string;
  url?: string | null;
  text: string;
  claims: GoldClaim[];
}

function argValues(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === name && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1] as string);
  });
  return out;
}

function readExtra(dir: string): Text[] {
  const path = join(dir, 'labels.jsonl');
  if (!existsSync(path)) throw new Error(`train: --extra ${dir} has no labels.jsonl`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, n) => ({ line, n }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      let row: ExtraRow;
      try {
        row = JSON.parse(line) as ExtraRow;
      } catch (err) {
        throw new Error(`train: ${path} line ${n + 1} is not JSON: ${(err as Error).message}`);
      }
      if (typeof row.text !== 'string' || !Array.isArray(row.claims)) throw new Error(`train: ${path} line ${n + 1} lacks text or claims`);
      return row;
    })
    .filter((row) => row.part !== 'test')
    .map((row) => ({
      id: `${dir}:${row.id}`,
      story: `${dir}:${row.id}`,
      lang: row.lang,
      origin: 'extra',
      text: row.text,
      url: row.url ?? null,
      published: row.published ?? null,
      gold: row.claims,
    }));
}

const extraDirs = argValues('--extra');
const corpus = loadCorpus(corpusDir()) ?? [];
const texts: Text[] = [
  ...corpus.filter((a) => a.part === 'tune').map((a) => ({ id: a.id, story: a.story, lang: a.lang, origin: a.split, text: a.text, url: a.url, published: null, gold: a.gold })),
  ...extraDirs.flatMap(readExtra),
];
if (texts.length === 0) {
  console.log(`train: no corpus at ${corpusDir()} and no --extra samples; nothing to train on, weights left as they are.`);
  process.exit(0);
}


const KINDS: readonly Kind[] = ['daily', 'cumulative', 'period', 'average'];
const CLAIMANTS: readonly Claimant[] = ['ua_general_staff', 'ua_other', 'ru_mod', 'uk_mod', 'us', 'other'];

interface Prepared {
  text: Text;
  published: string | null;
  located: Located[];
  cues: SentenceCues;
  kindF: Map<Located, string[]>;
  claimantF: Map<Located, string[]>;
  kindTarget: Map<Located, Kind>;
  claimantTarget: Map<Located, Claimant>;
}

const prepared: Prepared[] = texts.map((t) => {
  const published = t.published ?? inferPublished(t.text, t.url ?? undefined);
  const read = readLocated(t.text, { ...(published === null ? {} : { published }), lang: t.lang, ...(t.url === null ? {} : { url: t.url }) });
  const located = read?.located ?? [];
  const cues = new SentenceCues(read?.sentences ?? [], read?.infos);
  // normalizeGold already names the metrics as the extractor does ("vehicles" → "vehicles_fuel_tanks").
  const gold = normalizeGold(t.gold);
  const p: Prepared = { text: t, published: read?.published ?? published, located, cues, kindF: new Map(), claimantF: new Map(), kindTarget: new Map(), claimantTarget: new Map() };
  for (const l of located) {
    if (l.source === 'report') continue;
    const c = l.claim;
    p.kindF.set(l, kindFeatures(l, cues, t.lang));
    p.claimantF.set(l, claimantFeatures(l, cues, t.lang));
    // The labelled claim this figure is, by subject, metric and value; its window and speaker are the targets.
    const same = gold.filter((g) => g.subject === c.subject && g.metric === c.metric && g.value === c.value);
    if (same.length === 0) continue;
    const exact = same.some((g) => g.claimant === c.claimant && g.kind === c.kind);
    const byClaimant = same.find((g) => g.claimant === c.claimant);
    const byKind = same.find((g) => g.kind === c.kind);
    if (exact) {
      p.kindTarget.set(l, c.kind);
      p.claimantTarget.set(l, c.claimant);
    } else {
      if (byClaimant !== undefined) p.kindTarget.set(l, byClaimant.kind as Kind);
      if (byKind !== undefined) p.claimantTarget.set(l, byKind.claimant as Claimant);
    }
  }
  return p;
});

const FOLDS = 5;
function foldOf(story: string): number {
  return createHash('sha256').update(`tallywatch-train-folds-v1:${story}`).digest().readUInt32BE(0) % FOLDS;
}

// A feature met in fewer than three examples gets no weight: fewer words learnt by heart, and a smaller weights file.
const FIT = { minCount: 3 };
function fitKind(ps: readonly Prepared[]): ClassModel<Kind> {
  return trainClasses(KINDS, ps.flatMap((p) => [...p.kindTarget].map(([l, label]) => ({ features: p.kindF.get(l) as string[], label }))), FIT);
}
function fitClaimant(ps: readonly Prepared[]): ClassModel<Claimant> {
  return trainClasses(CLAIMANTS, ps.flatMap((p) => [...p.claimantTarget].map(([l, label]) => ({ features: p.claimantF.get(l) as string[], label }))), FIT);
}

// Out-of-fold opinions: each fold's claims judged by models fitted on the other four.
const opinions = new Map<Located, Opinion>();
for (let k = 0; k < FOLDS; k++) {
  const train = prepared.filter((p) => foldOf(p.text.story) !== k);
  const km = fitKind(train);
  const cm = fitClaimant(train);
  for (const p of prepared) {
    if (foldOf(p.text.story) !== k) continue;
    for (const l of p.located) {
      const kf = p.kindF.get(l);
      const cf = p.claimantF.get(l);
      opinions.set(l, { kind: kf === undefined ? null : classScores(km, kf), claimant: cf === undefined ? null : classScores(cm, cf) });
    }
  }
}
const opinionOf = (l: Located): Opinion => opinions.get(l) ?? { kind: null, claimant: null };

const NEVER = 1.01;
type Thresholds = Partial<Record<LangGroup, number>>;
const every = (t: number): Thresholds => ({ en: t, uk: t, other: t });
function weightsWith(kindT: Thresholds, claimantT: Thresholds): LearnedWeights {
  return {
    version: 2,
    trainedOn: '',
    kind: { classes: KINDS, bias: [], weights: {}, thresholds: kindT },
    claimant: { classes: CLAIMANTS, bias: [], weights: {}, thresholds: claimantT },
    accept: null,
  };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
function prf(t: Tally): Tally & { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...t, precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}

/** Claims after the opinions and dedupe, per text, with which of them are right and how many labelled claims none matched. */
function judged(w: LearnedWeights): { p: Prepared; claims: Located[]; right: Set<Located>; missed: number }[] {
  return prepared.map((p) => {
    const claims = dedupe(applyOpinions(p.located, opinionOf, w, p.text.lang, p.published ?? undefined));
    const score = scoreArticle(p.text.gold, claims.map((l) => l.claim));
    const found = new Set(score.pairs.map((x) => x.found));
    return { p, claims, right: new Set(claims.filter((l) => found.has(l.claim))), missed: score.misses.length };
  });
}

/** Matches, false claims and misses over the texts `lang` admits; `keep` says which claims the keep model lets through. */
function tally(rows: ReturnType<typeof judged>, lang: (lang: string) => boolean = () => true, keep: (l: Located, lang: string) => boolean = () => true): Tally {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    if (!lang(r.p.text.lang)) continue;
    t.fn += r.missed;
    for (const l of r.claims) {
      const right = r.right.has(l);
      if (keep(l, r.p.text.lang)) {
        if (right) t.tp++;
        else t.fp++;
      } else if (right) t.fn++;
    }
  }
  return t;
}

const STEPS = [NEVER, 0.5, 0.6, 0.7, 0.8, 0.9];
const GROUPS: Record<LangGroup, (lang: string) => boolean> = { en: (l) => langGroupOf(l) === 'en', uk: (l) => langGroupOf(l) === 'uk', other: (l) => langGroupOf(l) === 'other' };
// Each language group's texts are judged only under its own thresholds, so each group's pair is
// chosen on its own. Between pairs within TOLERANCE of the best F1 the most cautious one wins (the
// highest thresholds, never first): cross-validated F1 moves by that much from run to run, and every
// overruling is a bet that the labels of new text follow the samples' conventions.
const TOLERANCE = 0.003;
const kindT: Thresholds = every(NEVER);
const claimantT: Thresholds = every(NEVER);
const trials: { kt: number; ct: number; f1: Record<LangGroup, number> }[] = [];
for (const kt of STEPS)
  for (const ct of STEPS) {
    const rows = judged(weightsWith(every(kt), every(ct)));
    trials.push({ kt, ct, f1: Object.fromEntries(LANG_GROUPS.map((g) => [g, prf(tally(rows, GROUPS[g])).f1])) as Record<LangGroup, number> });
  }
for (const g of LANG_GROUPS) {
  const top = Math.max(...trials.map((t) => t.f1[g]));
  const near = trials.filter((t) => t.f1[g] >= top - TOLERANCE).sort((x, y) => y.kt + y.ct - (x.kt + x.ct));
  const pickG = near[0] as (typeof trials)[number];
  kindT[g] = pickG.kt;
  claimantT[g] = pickG.ct;
}

// The accept model learns from the claims as the chosen overrulings leave them.
const after = judged(weightsWith(kindT, claimantT));
const acceptF = new Map<Located, string[]>();
for (const r of after) for (const l of r.claims) if (l.source !== 'report') acceptF.set(l, acceptFeatures(l, r.claims, r.p.cues, r.p.text.lang));
const acceptExamples = (rows: typeof after) => rows.flatMap((r) => r.claims.filter((l) => acceptF.has(l)).map((l) => ({ features: acceptF.get(l) as string[], right: r.right.has(l) })));
const chance = new Map<Located, number>();
for (let k = 0; k < FOLDS; k++) {
  const m = trainBinary(acceptExamples(after.filter((r) => foldOf(r.p.text.story) !== k)), FIT);
  for (const r of after) if (foldOf(r.p.text.story) === k) for (const l of r.claims) chance.set(l, acceptF.has(l) ? binaryScore(m, acceptF.get(l) as string[]) : 1);
}
const acceptT: Thresholds = {};
for (const g of LANG_GROUPS) {
  const rows = after.filter((r) => GROUPS[g](r.p.text.lang));
  const scored = rows.flatMap((r) => r.claims.map((l) => ({ p: chance.get(l) ?? 1, right: r.right.has(l) })));
  acceptT[g] = pickThreshold(scored, rows.reduce((n, r) => n + r.missed, 0), [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]).threshold;
}
const kept = (l: Located, lang: string): boolean => {
  const g = langGroupOf(lang);
  return g === null || (chance.get(l) ?? 1) >= (acceptT[g] ?? 0);
};

const rulesOnly = judged(weightsWith(every(NEVER), every(NEVER)));
const REPORTED: Record<string, (lang: string) => boolean> = { ...GROUPS, ALL: () => true };
const crossValidated = Object.fromEntries(
  Object.entries(REPORTED).map(([g, lang]) => [g, { rules: prf(tally(rulesOnly, lang)), reconsidered: prf(tally(after, lang)), withAccept: prf(tally(after, lang, kept)) }]),
);

// The shipped models, fitted on everything.
const round = (x: number): number => Math.round(x * 1000) / 1000;
function prune<T>(weights: Record<string, T>, keep: (w: T) => boolean, map: (w: T) => T): Record<string, T> {
  return Object.fromEntries(
    Object.entries(weights)
      .filter(([, w]) => keep(w))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([f, w]) => [f, map(w)]),
  );
}
function packClasses<C extends string>(m: ClassModel<C>, thresholds: Thresholds) {
  const used = Object.fromEntries(Object.entries(thresholds).filter(([, t]) => (t as number) < NEVER));
  return { classes: m.classes, thresholds: used, bias: m.bias.map(round), weights: prune(m.weights, (row) => row.some((v) => Math.abs(v) >= 0.02), (row) => row.map(round)) };
}
const km = fitKind(prepared);
const cm = fitClaimant(prepared);
const am = trainBinary(acceptExamples(after), FIT);
const digest = createHash('sha256');
for (const t of texts) digest.update(`${t.id}\n${t.text}\n${JSON.stringify(t.gold)}\n`);
const sources = [`corpus tune part (${texts.filter((t) => t.origin !== 'extra').length} texts)`, ...extraDirs.map((d) => `${d} (${texts.filter((t) => t.id.startsWith(`${d}:`)).length} texts)`)];
const examples = { kind: prepared.reduce((n, p) => n + p.kindTarget.size, 0), claimant: prepared.reduce((n, p) => n + p.claimantTarget.size, 0), accept: acceptF.size };
const trainedOn = `${sources.join(', ')}; examples: window ${examples.kind}, speaker ${examples.claimant}, accept ${examples.accept}; inputs sha256 ${digest.digest('hex').slice(0, 16)}`;
const weights: LearnedWeights = {
  version: 2,
  trainedOn,
  kind: LANG_GROUPS.every((g) => (kindT[g] ?? NEVER) >= NEVER) ? null : packClasses(km, kindT),
  claimant: LANG_GROUPS.every((g) => (claimantT[g] ?? NEVER) >= NEVER) ? null : packClasses(cm, claimantT),
  accept: LANG_GROUPS.every((g) => (acceptT[g] ?? 0) <= 0) ? null : { thresholds: Object.fromEntries(Object.entries(acceptT).filter(([, t]) => (t as number) > 0)), bias: round(am.bias), weights: prune(am.weights, (w) => Math.abs(w) >= 0.005, round) },
};
const shown = (t: Thresholds, off: number): Record<string, number | 'never'> => Object.fromEntries(LANG_GROUPS.map((g) => [g, (t[g] ?? off) === off || (t[g] ?? off) >= NEVER ? 'never' : (t[g] as number)]));
const result = { trainedOn, thresholds: { kind: shown(kindT, NEVER), claimant: shown(claimantT, NEVER), accept: shown(acceptT, 0) }, crossValidated };
console.log(`train: ${trainedOn}`);
console.log(`train: thresholds ${JSON.stringify(result.thresholds)}`);
console.log('train: five-fold cross-validated (P / R / F1): rules alone | overruled | overruled and filtered');
for (const [g, v] of Object.entries(crossValidated)) {
  const f = (x: { precision: number; recall: number; f1: number }): string => `${x.precision.toFixed(3)} / ${x.recall.toFixed(3)} / ${x.f1.toFixed(3)}`;
  console.log(`  ${g.padEnd(6)} ${f(v.rules)} | ${f(v.reconsidered)} | ${f(v.withAccept)}`);
}

if (!process.argv.includes('--write')) {
  console.log('train: measured only; --write replaces src/claims/learned/weights.ts with these models');
} else {
  writeFileSync(new URL('./train-results.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(
    new URL('../src/claims/learned/weights.ts', import.meta.url),
    `/** Written by \`npm run train\` (eval/train.ts); do not edit by hand. */\nimport type { LearnedWeights } from './weights-format.ts';\n\nexport const LEARNED_WEIGHTS: LearnedWeights = ${JSON.stringify(weights)};\n`,
  );
  console.log('train: wrote src/claims/learned/weights.ts');
}
