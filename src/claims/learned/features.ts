/**
 * The cues a claim's second opinion is read from: what the rules decided and how (who says it and
 * where that came from, whether the window was guessed), the figure's size against what a day or
 * the whole war has held, the sentence around it, and the word stems next to the figure.
 *
 * Kept language-blind where it can be (rule names, sizes, counts, stems cut to six letters), so
 * what is learnt from one outlet's phrasing carries to the next rather than to one sentence.
 */
import type { Attribution } from '../claimant.ts';
import { findAttributions } from '../claimant.ts';
import { findKindCues } from '../kind.ts';
import type { KindCue } from '../kind.ts';
import type { Sentence } from '../sentences.ts';
import type { Located, SentenceInfo } from '../work.ts';
import { DAILY_MAX, TOTAL_MAX } from '../work.ts';

// Words, and figures as one token each ("1,250", "24").
const TOKEN = /\p{L}+(?:['’-]\p{L}+)*|\d[\d,.\u00a0\u202f ]*\d|\d/gu;
const FIGURE = /\d[\d,.\u00a0\u202f ]*/gu;
/** Tokens on each side of the figure that are read as stems. */
const SIDE = 6;

function stem(word: string): string {
  const w = word.toLowerCase();
  if (/^\d/u.test(w)) {
    const digits = w.replace(/\D/gu, '');
    // Hours and days are window words ("24 hours", "48 годин"); years date a figure; others are just figures.
    if (digits === '24' || digits === '48' || digits === '72') return w;
    if (/^(?:19|20)\d\d$/u.test(digits)) return '<year>';
    return '<n>';
  }
  return w.length > 6 ? w.slice(0, 6) : w;
}

/** log₂ of the figure against the most a day has held for its metric, in half steps, clamped. */
function dayScale(value: number, metric: string): string {
  const max = (DAILY_MAX as Record<string, number>)[metric] ?? DAILY_MAX.other;
  return String(Math.max(-6, Math.min(6, Math.floor(Math.log2(Math.max(value, 1) / max)))));
}

function totalScale(value: number, metric: string): string {
  const max = (TOTAL_MAX as Record<string, number>)[metric] ?? Number.POSITIVE_INFINITY;
  if (!Number.isFinite(max)) return 'none';
  return String(Math.max(-8, Math.min(2, Math.floor(Math.log2(Math.max(value, 1) / max)))));
}

function bucket(n: number, edges: readonly number[]): string {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `≤${edges[i]}`;
}

function langGroup(lang: string | undefined): string {
  if (lang === undefined) return 'unknown';
  return lang === 'en' || lang === 'uk' || lang === 'ru' ? lang : 'other';
}

interface Token {
  at: number;
  end: number;
  t: string;
}

/** What the features read from each sentence of a text, worked out once per sentence when first asked. */
export class SentenceCues {
  private readonly tokens = new Map<number, Token[]>();
  private readonly speakers = new Map<number, Attribution[]>();
  private readonly windows = new Map<number, KindCue[]>();
  private readonly bags = new Map<number, string[]>();
  readonly sentences: readonly Sentence[];
  /** The rules' own reading of each sentence, when given: its speakers and window words are not read twice. */
  private readonly infos: readonly SentenceInfo[] | undefined;
  constructor(sentences: readonly Sentence[], infos?: readonly SentenceInfo[]) {
    this.sentences = sentences;
    this.infos = infos;
  }

  tokensOf(i: number): Token[] {
    return remember(this.tokens, i, (s) => [...s.text.matchAll(TOKEN)].map((m) => ({ at: m.index, end: m.index + m[0].length, t: stem(m[0]) })), this.sentences);
  }

  /** The sentence's word stems as features ("S:stem"), shared by every figure in it. */
  bagOf(i: number): string[] {
    return remember(this.bags, i, () => this.tokensOf(i).map((t) => `S:${t.t}`), this.sentences);
  }

  speakersOf(i: number): Attribution[] {
    return remember(this.speakers, i, (s) => this.infos?.[i]?.attributions ?? findAttributions(s.text), this.sentences);
  }

  windowsOf(i: number): KindCue[] {
    // The rules read window words in each sentence with a figure and the five before it: all that the
    // features ask for (a figure's sentence and the one before). Without their reading, they are read here.
    return remember(this.windows, i, (s) => this.infos?.[i]?.cues ?? findKindCues(s.text), this.sentences);
  }
}

/** A sentence's value from the cache, worked out on first ask; none for a sentence that is not there. */
function remember<T>(cache: Map<number, T[]>, i: number, work: (s: Sentence) => T[], sentences: readonly Sentence[]): T[] {
  let v = cache.get(i);
  if (v === undefined) {
    const s = sentences[i];
    v = s === undefined ? [] : work(s);
    cache.set(i, v);
  }
  return v;
}

/** Stems on each side of the figure: `side` tokens, within [from, to) of the sentence when given. */
function sideStems(cues: SentenceCues, i: number, pos: number, side: number, from = 0, to = Number.POSITIVE_INFINITY): string[] {
  const s = cues.sentences[i] as Sentence;
  const local = pos - s.start;
  const tokens = cues.tokensOf(i);
  const at = tokens.findIndex((t) => t.end > local);
  const me = at < 0 ? tokens.length : at;
  const out: string[] = [];
  for (let k = Math.max(0, me - side); k < me; k++) {
    const t = tokens[k];
    if (t !== undefined && t.at >= from) out.push(`L:${t.t}`);
  }
  for (let k = me + 1; k <= Math.min(tokens.length - 1, me + side); k++) {
    const t = tokens[k];
    if (t !== undefined && t.end <= to) out.push(`R:${t.t}`);
  }
  return out;
}

/** The cues of one claim (after dedupe) among the others the text gave, as feature names. */
export function acceptFeatures(l: Located, all: readonly Located[], cues: SentenceCues, lang?: string): string[] {
  const c = l.claim;
  const metric = c.metric === 'personnel' ? 'personnel' : c.metric === 'other' ? 'other' : 'equipment';
  const day = dayScale(c.value, c.metric);
  const out = [
    `src=${l.source}`,
    `claimant=${c.claimant}`,
    `claimant×src=${c.claimant}×${l.source}`,
    `claimant×subject=${c.claimant}×${c.subject}`,
    `kind=${c.kind}`,
    `kind×guessed=${c.kind}×${l.guessedKind}`,
    `kind×metric=${c.kind}×${metric}`,
    `qualifier=${c.qualifier}`,
    `record=${c.record}`,
    `previous=${l.previous}`,
    `sector=${l.sector !== undefined}`,
    `metric=${metric}`,
    `day=${day}`,
    `day×kind=${day}×${c.kind}`,
    `total×kind=${totalScale(c.value, c.metric)}×${c.kind}`,
    `lang=${langGroup(lang)}`,
    `lang×src=${langGroup(lang)}×${l.source}`,
  ];
  // Restated figures: the same value elsewhere in the text under another speaker, window or metric.
  const same = all.filter((o) => o !== l && o.claim.value === c.value);
  out.push(`restated=${bucket(same.length, [0, 1])}`);
  if (same.some((o) => o.claim.claimant !== c.claimant)) out.push('restated-other-claimant');
  if (same.some((o) => o.claim.kind !== c.kind)) out.push('restated-other-kind');
  // How many claims the text gave, and how many share this one's speaker.
  out.push(`claims=${bucket(all.length, [1, 3, 8, 20])}`);
  out.push(`speaker-share=${bucket(all.filter((o) => o.claim.claimant === c.claimant).length / Math.max(all.length, 1), [0.25, 0.5, 0.99])}`);
  const s = cues.sentences[l.sentence];
  if (s === undefined) return out;
  out.push(`sentence=${bucket(l.sentence, [0, 2, 6])}`, `paragraph=${bucket(s.paragraph, [0, 2])}`);
  out.push(`figures=${bucket(s.text.match(FIGURE)?.length ?? 0, [1, 2, 4, 8])}`, `length=${bucket(s.text.length, [60, 160, 320])}`);
  if (/["«»„“”]/u.test(s.text)) out.push('quoted');
  out.push(...sideStems(cues, l.sentence, l.pos, SIDE));
  out.push(...cues.bagOf(l.sentence));
  return [...new Set(out)];
}

/** The cues of a claim's window (daily, cumulative, period, average): the rules' answer, the window words near it, its size. */
export function kindFeatures(l: Located, cues: SentenceCues, lang?: string): string[] {
  const c = l.claim;
  const day = dayScale(c.value, c.metric);
  const out = [`rule=${c.kind}`, `guessed=${l.guessedKind}`, `rule×guessed=${c.kind}×${l.guessedKind}`, `day=${day}`, `day×rule=${day}×${c.kind}`];
  out.push(`claimant=${c.claimant}`, `subject=${c.subject}`, `metric=${c.metric === 'personnel' ? 'personnel' : 'equipment'}`, `src=${l.source}`, `previous=${l.previous}`, `record=${c.record}`, `lang=${langGroup(lang)}`);
  const s = cues.sentences[l.sentence];
  if (s === undefined) return out;
  const local = l.pos - s.start;
  // A semicolon or a colon ends what a window word can reach.
  const from = Math.max(s.text.lastIndexOf(';', local), s.text.lastIndexOf(':', local)) + 1;
  const stops = [';', ':'].map((p) => s.text.indexOf(p, local)).filter((i) => i >= 0);
  out.push(...sideStems(cues, l.sentence, l.pos, 8, from, stops.length === 0 ? s.text.length : Math.min(...stops)));
  out.push(...cues.bagOf(l.sentence));
  for (const cue of cues.windowsOf(l.sentence)) {
    const near = Math.abs(cue.start - local) < 60 || Math.abs(cue.end - local) < 60;
    out.push(`cue=${cue.kind}${cue.strength}`, ...(near ? [`near=${cue.kind}`, `near×rule=${cue.kind}×${c.kind}`] : []), ...(cue.tag === undefined ? [] : [`tag=${cue.tag}`]));
  }
  const prev = cues.sentences[l.sentence - 1];
  if (prev !== undefined && prev.paragraph === s.paragraph) for (const cue of cues.windowsOf(l.sentence - 1)) out.push(`prevcue=${cue.kind}${cue.strength}`);
  return [...new Set(out)];
}

/** The cues of who says a figure: the rules' answer and where it came from, and the speakers named around it. */
export function claimantFeatures(l: Located, cues: SentenceCues, lang?: string): string[] {
  const c = l.claim;
  const out = [`rule=${c.claimant}`, `src=${l.source}`, `rule×src=${c.claimant}×${l.source}`, `subject=${c.subject}`, `rule×subject=${c.claimant}×${c.subject}`, `kind=${c.kind}`, `lang=${langGroup(lang)}`, `day=${dayScale(c.value, c.metric)}`];
  const sentences = cues.sentences;
  const s = sentences[l.sentence];
  if (s === undefined) return out;
  const local = l.pos - s.start;
  let nearest: { d: number; who: string } | null = null;
  for (const a of cues.speakersOf(l.sentence)) {
    const who = a.claimant ?? 'someone';
    const side = a.end <= local ? 'before' : 'after';
    out.push(`here-${side}:${who}`);
    if (a.dataSource === true) out.push(`here-data:${who}`);
    const d = side === 'before' ? local - a.end : a.start - local;
    if (nearest === null || d < nearest.d) nearest = { d, who };
  }
  if (nearest !== null) out.push(`nearest:${nearest.who}`, `nearest×rule:${nearest.who}×${c.claimant}`);
  else out.push('here:none');
  for (const [back, name] of [[1, 'prev'], [2, 'prev2']] as const) {
    const p = sentences[l.sentence - back];
    if (p === undefined) continue;
    const same = p.paragraph === s.paragraph ? '' : '-other-paragraph';
    for (const a of cues.speakersOf(l.sentence - back)) out.push(`${name}${same}:${a.claimant ?? 'someone'}`);
  }
  if (l.sentence > 0) for (const a of cues.speakersOf(0)) out.push(`head:${a.claimant ?? 'someone'}`);
  out.push(...sideStems(cues, l.sentence, l.pos, 4));
  out.push(...cues.bagOf(l.sentence));
  return [...new Set(out)];
}
