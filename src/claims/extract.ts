/**
 * extractClaims: the loss-figure claims an article states. Pure: text in, claims out.
 *
 * A General Staff report quoted in the article is read by the report parser; the rest is read
 * sentence by sentence (figures and their nouns), then across sentences (who says it, the window,
 * whose losses, the report date, records), then deduplicated.
 */
import { keepLikely, reconsider } from './learned/apply.ts';
import { SentenceCues } from './learned/features.ts';
import type { SentenceInfo } from './work.ts';
import { assemble, sentenceInfos } from './assemble.ts';
import type { Located } from './assemble.ts';
import { inferPublished, toDate } from './date-mentions.ts';
import { dedupe } from './dedupe.ts';
import { readItems } from './items.ts';
import { hasLossWord, hasMilitaryWord } from './loss-context.ts';
import { findRecordCues } from './record.ts';
import { readReportBlock } from './report-block.ts';
import { BULLET_FIGURE, FIGURE_LINE, LEAD_IN, TABLE_ROW, normalizeText, splitSentences } from './sentences.ts';
import type { Sentence } from './sentences.ts';
import { capSentences, capText, checkDeadline } from './bounds.ts';
import type { BoundOptions } from './bounds.ts';
import { namesASide } from './subject.ts';
import type { Claim, ExtractOptions } from './types.ts';

export type { Claim, ExtractOptions } from './types.ts';

// A row with no figure of its own in a list of figures ("артилерійських систем"): a few words, no sentence.
const LABEL_ROW = /^[^\d.;:!?]{1,40}$/u;
const skippableRow = (text: string): boolean => FIGURE_LINE.test(text) || BULLET_FIGURE.test(text) || (LABEL_ROW.test(text) && text.trim().split(/\s+/u).length <= 4);

/** Bounded on any input (bounds.ts): the text and its sentences are capped before the rules run. */
export function extractClaims(input: string, opts: ExtractOptions & BoundOptions = {}): Claim[] {
  const read = readDeduped(input, opts);
  // The learned step's thresholds are set per language group: without a language it leaves the rules alone.
  return read === null ? [] : keepLikely(read.claims, read.cues, opts.lang).map((l) => l.claim);
}

/** The claims after the learned second opinion's changes (learned/) and dedupe, before it drops the unlikely ones. */
export function readDeduped(input: string, opts: ExtractOptions & BoundOptions = {}): { claims: Located[]; cues: SentenceCues } | null {
  const read = readLocated(input, opts);
  if (read === null) return null;
  const cues = new SentenceCues(read.sentences, read.infos);
  return { claims: dedupe(reconsider(read.located, cues, opts.lang, undefined, read.published ?? undefined)), cues };
}

/** Every figure read as a claim, with where it stands, before dedupe; null for a text with none to read. */
export function readLocated(input: string, opts: ExtractOptions & BoundOptions = {}): { located: Located[]; sentences: Sentence[]; infos: SentenceInfo[]; published: string | null } | null {
  if (input.trim() === '') return null;
  const text = capText(input);
  const published = toDate(opts.published) ?? inferPublished(text, opts.url);
  const normalized = normalizeText(text);
  const block = readReportBlock(normalized, published);
  // Figures in a text that names neither Russia nor Ukraine (nor "the enemy") are not this war's
  // losses; skipping it also keeps unrelated pages cheap.
  if (block.claims.length === 0 && !namesASide(normalized)) return null;
  const sentences = capSentences(splitSentences(block.masked));
  const items: ReturnType<typeof readItems>[] = [];
  // Whether a sentence before the one read names the army or the war, scanned once and only when asked.
  let scanned = 0;
  let militarySeen = false;
  const militaryBefore = (i: number) => (): boolean => {
    while (!militarySeen && scanned < i) militarySeen = hasMilitaryWord((sentences[scanned++] as (typeof sentences)[number]).text);
    return militarySeen;
  };
  sentences.forEach((sentence, i) => {
    checkDeadline(opts, 'sentences');
    // What an elided figure counts: the last figure of the two sentences before, in its paragraph.
    // A paragraph's first sentence may restate the one just before it ("On Monday the General Staff had reported 1,770").
    const lastItems = [items[i - 1], items[i - 2]].find((list, k) => list !== undefined && list.length > 0 && (k === 0 || sentences[i - 1 - k]?.paragraph === sentence.paragraph));
    const topic = lastItems?.[lastItems.length - 1]?.noun ?? null;
    // A bullet whose figure lost its noun ("* 1,031 systems") does not end the list: the bullets after it
    // go on from the last row before it that counted.
    let back = i - 1;
    if (BULLET_FIGURE.test(sentence.text)) while (back > 0 && items[back]?.length === 0 && BULLET_FIGURE.test((sentences[back] as (typeof sentences)[number]).text)) back--;
    // Rows of a list with no mark ("217 танків ¶ артилерійських систем ¶ 11 засобів ППО") go on past a
    // row whose figure was not read or that lost its figure, as bullets do.
    else if (FIGURE_LINE.test(sentence.text)) while (back > 0 && items[back]?.length === 0 && skippableRow((sentences[back] as (typeof sentences)[number]).text)) back--;
    // So do rows of a label and its figure ("протитанкові засоби – два" between "гармати та міномети – 716"
    // and "реактивні системи залпового вогню – 22": a row whose label is no metric does not end the table).
    else if (TABLE_ROW.test(sentence.text)) while (back > 0 && items[back]?.length === 0 && TABLE_ROW.test((sentences[back] as (typeof sentences)[number]).text)) back--;
    // "… 449 осіб і 27 одиниць техніки. ¶ Зокрема, це: ¶ • 5 танків;": a line that only leads into the
    // list passes on the line before it, whose losses the rows break down.
    const lead = sentences[back];
    if (lead !== undefined && back > 0 && (BULLET_FIGURE.test(sentence.text) || FIGURE_LINE.test(sentence.text)) && LEAD_IN.test(lead.text) && !hasLossWord(lead.text)) back--;
    items.push(readItems({ sentence, previous: sentences[back], previousItems: items[back]?.length ?? 0, topic, previousNoun: items[i - 1]?.find((it) => it.noun.metric === 'personnel')?.noun, militaryEarlier: militaryBefore(i) }));
  });
  checkDeadline(opts, 'assemble');
  const records = sentences.map((s) => findRecordCues(s.text));
  // The sentences' cues, read lazily, are kept for the learned step (learned/) to read again.
  const infos = sentenceInfos({ sentences, items, records });
  const prose = dropRegionShares(assemble({ sentences, items, published, reportDate: block.date, records, infos }), block.masked);
  // "Це новий рекорд втрат за добу" beside a quoted report: the record is the report's day.
  const recordSaid = records.some((cues) => cues.some((c) => c.scope === 'day'));
  const recordTaken = prose.some((l) => l.claim.record && l.claim.kind === 'daily' && l.claim.metric === 'personnel');
  const fromBlock: Located[] = block.claims.map((b) => ({
    claim: { ...b.claim, record: recordSaid && !recordTaken && b.claim.kind === 'daily' && b.claim.metric === 'personnel' },
    pos: b.pos,
    sentence: sentences.findLastIndex((s) => s.start <= b.pos),
    source: 'report',
    previous: false,
    guessedKind: false,
  }));
  return { located: [...prose, ...fromBlock], sentences, infos, published };
}

// "… знешкодила 82 українські безпілотники. Найбільше — 30 — було збито над Брянською областю, по 4 — над
// Азовським морем": in Moscow's count of drones brought down, a figure placed over a region after a larger
// total of the same report is that total's share, not a claim of its own.
const OVER_PLACE = /^[^\d.;]{0,30}?[\d\s\u00a0.,]+(?:[^\d.;]{0,70}?)(?<![\p{L}])(?:над|over|nad)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:област\p{L}*|регіон\p{L}*|регион\p{L}*|кра(?:єм|ем)|акваторі\p{L}*|акватори\p{L}*|мор(?:ем|ями)|region|oblast|sea|territory|[\p{L}-]+(?:ською|цькою|зькою|ской|цкой|зкой)|москв\p{L}*|крим\p{L}*|крым\p{L}*)(?![\p{L}])/iu;
function dropRegionShares(located: Located[], text: string): Located[] {
  const drones = located.filter((l) => l.claim.claimant === 'ru_mod' && l.claim.subject === 'ua' && l.claim.metric === 'uav');
  if (drones.length < 2) return located;
  const overPlace = new Set(drones.filter((l) => OVER_PLACE.test(text.slice(l.pos, l.pos + 120))));
  const totals = drones.filter((t) => !overPlace.has(t));
  return located.filter((l) => !(overPlace.has(l) && totals.some((t) => t.pos < l.pos && t.claim.kind === l.claim.kind && t.claim.value > l.claim.value)));
}
