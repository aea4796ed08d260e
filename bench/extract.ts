/**
 * Article and claim extraction throughput on one core: the two pure functions the article job
 * runs on every page (`extractArticle`, then `extractClaims` on its text), timed in a tight loop
 * over every input, one warm-up round then timed rounds; the figure is the median round.
 */
import { extractArticle } from '../src/article/extract.ts';
import { extractClaims } from '../src/claims/extract.ts';
import type { ExtractOptions } from '../src/claims/types.ts';
import { loadExtractInputs } from './extract-inputs.ts';
import type { InputSet } from './extract-inputs.ts';
import { cpuWindow } from './proc.ts';
import type { CpuFigures } from './proc.ts';
import { median, round } from './stats.ts';

export interface ExtractArgs {
  warmupRounds: number;
  rounds: number;
}

interface Rate {
  perSecond: number;
  roundPerSecond: number[];
}

export interface ExtractBenchResult {
  inputs: string[];
  warmupRounds: number;
  rounds: number;
  article: {
    pages: number;
    bytes: number;
    pagesPerSecond: number;
    mbPerSecond: number;
    msPerPage: number;
    roundPagesPerSecond: number[];
    /** The same, over each input set alone (the fixtures are small pages, the shared ones real). */
    bySet: Partial<Record<InputSet, { pages: number; pagesPerSecond: number; mbPerSecond: number }>>;
    /** Process CPU over the timed rounds: about 100 % of one core, more when V8's GC threads help. */
    cpu: CpuFigures;
  };
  claims: {
    texts: number;
    /** Extracted page texts among them (the rest are corpus texts). */
    fromPages: number;
    bytes: number;
    textsPerSecond: number;
    mbPerSecond: number;
    msPerText: number;
    roundTextsPerSecond: number[];
    claimsFound: number;
    textsWithClaims: number;
    bySet: Partial<Record<InputSet, { texts: number; textsPerSecond: number; claimsFound: number }>>;
    cpu: CpuFigures;
  };
}

/** Warm-up rounds, then timed ones; `run` returns how many items one round did. */
function timeRounds(args: ExtractArgs, items: number, run: () => void): Rate & { cpu: CpuFigures } {
  for (let i = 0; i < args.warmupRounds; i++) run();
  const rates: number[] = [];
  const cpu = cpuWindow();
  for (let i = 0; i < args.rounds; i++) {
    const t0 = performance.now();
    run();
    rates.push(items / ((performance.now() - t0) / 1000));
  }
  return { perSecond: median(rates), roundPerSecond: rates.map((r) => round(r, 1)), cpu: cpu.end() };
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

export function benchExtract(args: ExtractArgs): ExtractBenchResult {
  const inputs = loadExtractInputs();
  const pages = inputs.pages;
  let sink = 0;

  // Claim inputs: each page's text with the options the worker passes, then the corpus texts.
  const texts: { set: InputSet; text: string; opts: ExtractOptions }[] = [];
  for (const p of pages) {
    const a = extractArticle(p.html, p.url);
    if (a.text.trim() === '') continue;
    texts.push({ set: p.set, text: a.text, opts: { ...(a.publishedAt ? { published: a.publishedAt } : {}), ...(a.lang ? { lang: a.lang } : {}), url: p.url } });
  }
  const fromPages = texts.length;
  for (const t of inputs.texts) texts.push({ set: t.set, text: t.text, opts: t.url ? { url: t.url } : {} });

  const articleRound = (list: typeof pages) => () => {
    for (const p of list) sink += extractArticle(p.html, p.url).text.length;
  };
  const claimRound = (list: typeof texts) => () => {
    for (const t of list) sink += extractClaims(t.text, t.opts).length + 1;
  };

  const pageBytes = pages.reduce((n, p) => n + utf8(p.html), 0);
  const art = timeRounds(args, pages.length, articleRound(pages));
  const articleBySet: ExtractBenchResult['article']['bySet'] = {};
  for (const set of ['fixtures', 'shared'] as const) {
    const list = pages.filter((p) => p.set === set);
    if (list.length === 0) continue;
    const r = timeRounds(args, list.length, articleRound(list));
    const bytes = list.reduce((n, p) => n + utf8(p.html), 0);
    articleBySet[set] = { pages: list.length, pagesPerSecond: round(r.perSecond, 1), mbPerSecond: round((r.perSecond * bytes) / list.length / 1e6, 2) };
  }

  const textBytes = texts.reduce((n, t) => n + utf8(t.text), 0);
  const cl = timeRounds(args, texts.length, claimRound(texts));
  const found = texts.map((t) => extractClaims(t.text, t.opts).length);
  const claimsBySet: ExtractBenchResult['claims']['bySet'] = {};
  for (const set of ['fixtures', 'shared'] as const) {
    const idx = texts.map((t, i) => (t.set === set ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const r = timeRounds(args, idx.length, claimRound(idx.map((i) => texts[i]!)));
    claimsBySet[set] = { texts: idx.length, textsPerSecond: round(r.perSecond, 1), claimsFound: idx.reduce((n, i) => n + found[i]!, 0) };
  }
  if (sink === 0) throw new Error('extraction benchmark: nothing extracted');

  return {
    inputs: inputs.used,
    warmupRounds: args.warmupRounds,
    rounds: args.rounds,
    article: {
      pages: pages.length,
      bytes: pageBytes,
      pagesPerSecond: round(art.perSecond, 1),
      mbPerSecond: round((art.perSecond * pageBytes) / pages.length / 1e6, 2),
      msPerPage: round(1000 / art.perSecond, 2),
      roundPagesPerSecond: art.roundPerSecond,
      bySet: articleBySet,
      cpu: art.cpu,
    },
    claims: {
      texts: texts.length,
      fromPages,
      bytes: textBytes,
      textsPerSecond: round(cl.perSecond, 1),
      mbPerSecond: round((cl.perSecond * textBytes) / texts.length / 1e6, 2),
      msPerText: round(1000 / cl.perSecond, 2),
      roundTextsPerSecond: cl.roundPerSecond,
      claimsFound: found.reduce((a, b) => a + b, 0),
      textsWithClaims: found.filter((n) => n > 0).length,
      bySet: claimsBySet,
      cpu: cl.cpu,
    },
  };
}
