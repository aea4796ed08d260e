/**
 * Who states each figure: the nearest attribution in its sentence that no other, unlisted figure
 * stands in front of; else a "This was reported by …" right after; else, for a rate, the sentence
 * before or the outlet itself; else whoever stated the figure before, or was named just before or
 * just after; else `other` (unattributed).
 */
import { referentBefore, reportsBackwards } from './claimant.ts';
import { LANG_CONTRAST, LANG_SPEECH } from './lexicon/index.ts';
import type { Attribution } from './claimant.ts';
import type { Item } from './items.ts';
import type { Claimant, Kind } from './types.ts';
import { distance } from './work.ts';
import type { ClaimantSource, SentenceInfo } from './work.ts';

/**
 * An attribution speaks for a figure unless another figure, not in a list with it, stands
 * between them ("1,200 troops lost in a day … a raid that ended with 10 tanks destroyed,
 * according to reports": the reports are about the raid).
 */
/** A speaker named in a relative clause speaks only for the figures inside that clause. */
function outsideAside(x: Attribution, it: Item): boolean {
  return x.aside !== undefined && !(it.start >= x.aside.start && it.end <= x.aside.end);
}

function screened(s: string, items: readonly Item[], it: Item, x: Attribution): boolean {
  const lo = x.end <= it.start ? x.end : it.end;
  const hi = x.end <= it.start ? it.start : x.start;
  const between = items.filter((o) => o !== it && o.start >= lo && o.end <= hi);
  if (between.length === 0) return false;
  const nearest = x.end <= it.start ? between[between.length - 1] : between[0];
  if (nearest === undefined) return false;
  const [first, second] = x.end <= it.start ? [nearest, it] : [it, nearest];
  const gap = s.slice(first.end, second.start);
  // "lost 1,000 soldiers in the past day, bringing the total to 400,000, Kyiv said": one statement, its total.
  return gap.length > 40 && !RUNNING_TOTAL.test(gap);
}
const RUNNING_TOTAL = /^[^.;:()]*?(?:(?:which |that )?(?:brings?|takes?|push(?:es)?|raises?|brought|took)|bringing|taking|pushing|raising)\s+(?:[\p{L}\d'’-]+\s+){0,8}?to\s+(?:(?:about|over|more than|nearly|almost|some)\s+)?$/iu;


// "with Ukraine putting the total at 26,000 while Russia has only admitted to 2,000": a speaker inside a
// clause opened after the figure by "while", "whereas" or "but" speaks for that clause, not for the figure.
// The other languages' words are lexicon data ("muy superior a la confirmada por Moscú", "alors que").
const CONTRAST_WORDS = `while|whereas|but|although|though|${LANG_CONTRAST}`;
const CONTRAST_OPENS = new RegExp(`(?<![\\p{L}])(?:${CONTRAST_WORDS})(?![\\p{L}])[^,;:()\\u2013\\u2014]*$`, 'iu');
function inNextClause(s: string, it: Item, x: Attribution): boolean {
  return x.start >= it.end && CONTRAST_OPENS.test(s.slice(it.end, x.start));
}

// "… cifra que contrasta con los menos de 6.000 reconocidos por el ministro ruso, Sergei Shoigu. Asimismo,
// ha dicho que han sido destruidos 2.306 carros …": a verb of saying with no subject (or a bare pronoun)
// opening a sentence goes on with the subject of the sentence before, not with a speaker named inside a
// clause that sets another figure against its own.
const SUBJECTLESS_SPEECH = new RegExp(
  `^\\s*(?:[\\p{L}]+(?:\\s+[\\p{L}]+){0,2}\\s*,\\s*)?(?:(?:il|elle|ils|elles|egli|lei|el|ea|ele|ela)\\s+)?(?:(?:(?:ha|han|hanno|a|au|ont|tem|têm)\\s+(?:(?:poi|mai|également|aussi|también|anche|ainda)\\s+)?\\p{L}+(?:ado|ido|cho|tto|nto|sto|ato|ito|uto|é|it|at|ut))|${LANG_SPEECH})\\s+(?:que|che|că|qu['’])`,
  'iu',
);
const CONTRAST_WORD = new RegExp(`(?<![\\p{L}])(?:${CONTRAST_WORDS})(?![\\p{L}])`, 'iu');

// A window that points back at the stretch just named.
const SAME_STRETCH = /(?<![\p{L}])(?:(?:over|in|during|for) (?:this|that|the same) (?:period|time|stretch|week|month)|in that time|(?:за|протягом|упродовж) (?:цей|той самий|той же) (?:період|час|тиждень|місяць)|за (?:этот|тот же|этот же) (?:период|срок)|in diesem zeitraum|im selben zeitraum|en ese (?:periodo|período)|w tym (?:okresie|czasie))(?![\p{L}])/iu;
const COMPUTED = /(?:works? out (?:at|to)|which (?:is|means|amounts to|works out)|that(?:'s| is) (?:an average|about|roughly|nearly|some)|amounts to|equivalent to|translates (?:in)?to)/iu;

// "…, according to a new report by the UK Ministry of Defence": a speaker after the figure stands where
// "according to" stands, not where its name does (a report's long title does not push it away).
const INTRODUCED_BY = /(?<![\p{L}])according to [^,;.]{0,40}$/iu;
function introduced(s: string, x: Attribution, it: Item): { start: number; end: number } {
  if (x.start < it.end) return x;
  const m = INTRODUCED_BY.exec(s.slice(it.end, x.start));
  return m === null ? x : { start: it.end + m.index, end: x.end };
}

/** Who a "This was reported by …" line names: "According to <outlet>, this is stated in <report>" is the report's. */
function backwardSpeaker(info: SentenceInfo): Claimant | null {
  const named = info.attributions.filter((x) => x.claimant !== null);
  const speaker = named.length > 1 && /^according to /iu.test(info.sentence.text) ? named[named.length - 1] : named[0];
  return speaker?.claimant ?? null;
}

// "…, the report said, citing Ukraine's armed forces": a paper or a "report" passing on a figure
// names its source right after; the one cited is who states it.
const CITING_BETWEEN = /^(?:\s+(?:said|says|reported|reports|wrote|writes|added))?,?\s+(?:citing|quoting|with reference to|in reference to)\s+(?:the\s+)?$/iu;
function citedAfter(s: string, speaker: Attribution, candidates: readonly Attribution[]): Attribution | null {
  if (speaker.claimant !== null && speaker.claimant !== 'other') return null;
  return candidates.find((x) => x.start >= speaker.end && x.claimant !== null && x.claimant !== 'other' && CITING_BETWEEN.test(s.slice(speaker.end, x.start))) ?? null;
}

// A single quotation mark opening a quotation (before a letter) and closing one (after a letter or a stop).
const OPEN_SINGLE = /(?<![\p{L}\d])'(?=\p{L})/gu;
const CLOSE_SINGLE = /(?<=[\p{L}.,!?])'(?![\p{L}])/gu;

const COUNTRY_NAME = /^(?:the )?(?:russia|ukraine|kyiv|kiev|moscow|kremlin|washington|london|britain|great britain|united kingdom|united states|us|uk)$/iu;
const DESCRIBED_PERSON = /^the (?:\d+-year-old |country's |former |wartime )?(?:president|leader|head of state)$/iu;

// Direct speech set off by dashes, as Ukrainian and Russian print it: opened at a paragraph's start, closed by ", –".
const DASH_OPEN = /^\s*[-–—]\s/u;
const DASH_CLOSE = /[,.!?…]\s*[-–—]\s+/gu;

// "the statement", "the report": a document, referred back to its maker (documentMaker).
const DOCUMENT = /^the (?:statement|report|update|briefing|communiqu[eé]|bulletin)$/iu;
const DOCUMENTS = '(?:statement|report|update|briefing|communiqu[eé]|bulletin)s?';
const MAKER_BEFORE = new RegExp(`${DOCUMENTS}\\s+(?:(?:issued|released|published|posted)\\s+)?(?:by|from)\\s+(?:the\\s+)?$`, 'iu');
const MAKER_AFTER = new RegExp(`^(?:'s?\\s+|\\s+(?:said|says|stated|wrote|added|noted|reported|claimed)\\s+in\\s+)(?:(?:a|an|its|their|the|latest|daily|weekly|new|written|official)\\s+)*${DOCUMENTS}(?![\\p{L}])`, 'iu');
const POSSESSIVE_RIGHT_BEFORE = /(?:^|\s)(?:its|their)\s+(?:defen[cs]e\s+)?(?:ministry|defen)/iu;
// "Ukrainian troops have killed 1,180 Russian soldiers, the country's armed forces said": the army or ministry
// of the country the sentence opens with (the one that loses is named after it, with the figure).
const COUNTRY_BODY = /^the country's (?:defen[cs]e ministry|ministry of defen[cs]e|military|armed forces|general staff)$/iu;
const ARMY_BODY = /^(?:the )?(?:military|army|armed forces)$/iu;
const COUNTRY_NAMED = /(?<![\p{L}])(?:(ukrain\p{L}*|kyiv|kiev)|(russia\p{L}*|moscow|kremlin))(?![\p{L}])/iu;
function countryNamedFirst(text: string): Claimant | null {
  const m = COUNTRY_NAMED.exec(text);
  return m === null ? null : m[1] !== undefined ? 'ua_general_staff' : 'ru_mod';
}
const MINISTRY = /ministry|відомств|ведомств|міністерств|министерств|ministerio|ministerstwo|ministerium/iu;
// A daily average over a month: "the average daily losses in April", "a daily average of 776 … in March".
const MONTH_AVERAGE = /(?<![\p{L}])(?:average daily|daily average|average of [\d,.]+ (?:a|per) day)(?![\p{L}])/iu;
const BARE_ANALYSTS = /^(?:the )?(?:intelligence )?(?:analysts?|experts)$/iu;
// "Intelligence experts" name no one, but in a British or American update they are its own.
const INTEL_EXPERTS = /^(?:the )?intelligence (?:analysts?|experts)$/iu;
/** Governments that restate the General Staff's figures as their own assessment. */
const FOREIGN_VOICES: ReadonlySet<Claimant> = new Set<Claimant>(['uk_mod', 'us']);
const TALLY_KEEPERS: ReadonlySet<Claimant> = new Set<Claimant>(['ua_general_staff', 'ru_mod', 'uk_mod']);

export interface Attributor {
  claimantOf(si: number, items: readonly Item[], it: Item, kind: Kind | null): { claimant: Claimant; source: ClaimantSource };
  /** A claim was made: the next figure without an attribution of its own is carried to its claimant. */
  claimed(claimant: Claimant, source: ClaimantSource): void;
}

export function attributor(infos: readonly SentenceInfo[]): Attributor {
  let lastClaimant: Claimant | null = null;
  // Where the last claim was read, and whether its speaker was only the fallback (`other`, nobody named).
  let asked = -1;
  let lastAt = -1;
  let lastGuessed = false;
  // The sentence whose rate a speaker was found for: the rates of the next sentence of its paragraph go
  // on in that voice ("… 415 a day in October. In January they lost 701 a day on average").
  let lastRate: { si: number; claimant: Claimant } | null = null;
  // The last speaker named in the sentences before `si` (the last one in the latest sentence that
  // names one), found by looking back only when a figure needs it: speakers are read lazily.
  type Named = { claimant: Claimant; at: number };
  const memo = new Map<number, Named | null>();
  const lastNamedBefore = (si: number): Named | null => {
    const known = memo.get(si);
    if (known !== undefined) return known;
    let found: Named | null = null;
    // "…, the general added.", "The commander went on: …": a speaker referred to again without
    // a name is still speaking there, so the name counts as given at that sentence.
    let again: number | null = null;
    for (let j = si - 1; j >= 0; j--) {
      const own = (infos[j] as SentenceInfo).attributions.filter((x) => x.aside === undefined);
      const named = own.filter((x) => x.claimant !== null && x.actor === undefined);
      if (named.length > 0) {
        found = { claimant: named[named.length - 1]!.claimant as Claimant, at: again ?? j };
        break;
      }
      if (again === null && own.length > 0) again = j;
      const before = memo.get(j);
      if (before !== undefined) {
        found = before === null ? null : { claimant: before.claimant, at: again ?? before.at };
        break;
      }
    }
    memo.set(si, found);
    return found;
  };

  // Sentences from `from` to `to`, not counting the subheadings between them ("Enemy losses"): a
  // line of a few words without a full stop breaks an article up without changing who speaks.
  const sentencesBetween = (from: number, to: number): number => {
    let n = 0;
    for (let j = from + 1; j <= to; j++) {
      const t = (infos[j] as SentenceInfo).sentence.text.trim();
      if (j === to || /[.!?:;"\u201d]$/u.test(t) || t.split(/\s+/u).length > 8) n++;
    }
    return n;
  };

  // A subheading between two sentences: a line of a few words with no stop, in a paragraph of its own.
  const headingBetween = (from: number, to: number): boolean => {
    for (let j = from + 1; j < to; j++) {
      const info = infos[j] as SentenceInfo;
      const t = info.sentence.text.trim();
      const own = (infos[j - 1] as SentenceInfo).sentence.paragraph !== info.sentence.paragraph && (infos[j + 1] as SentenceInfo).sentence.paragraph !== info.sentence.paragraph;
      if (own && !/[.!?:;,"\u201d]$/u.test(t) && t.split(/\s+/u).length <= 8 && !/\d/u.test(t)) return true;
    }
    return false;
  };

  // "The Kremlin rarely comments on its losses. In 2022, it said …": a pronoun with no referent in its own
  // sentence refers to the subject of the sentence before, in its paragraph (a name in its first words).
  const subjectBefore = (si: number, plural: boolean, person = false): Claimant | null => {
    const prev = infos[si - 1];
    const info = infos[si] as SentenceInfo;
    if (prev === undefined || prev.sentence.paragraph !== info.sentence.paragraph) return null;
    const head = /^(?:\S+\s+){0,3}\S+/u.exec(prev.sentence.text)?.[0] ?? '';
    return referentBefore(head, head.length, plural, person);
  };

  // The subject of the sentence before (the paragraph before, too: the verb has no subject of its own): its first speaker named, or a later one unless a
  // contrast ("contrasta con", "while") stands between them.
  const mainSpeakerBefore = (si: number): Claimant | null => {
    const prev = infos[si - 1];
    if (prev === undefined) return null;
    const named = prev.attributions.filter((x) => x.claimant !== null && x.aside === undefined && x.actor === undefined);
    const first = named[0];
    if (first === undefined) return null;
    const t = prev.sentence.text;
    return (named.findLast((x) => x === first || !CONTRAST_WORD.test(t.slice(first.end, x.start))) ?? first).claimant;
  };

  // The speaker named last in the `back` sentences before, among those `keep` accepts (asides never
  // count): the look-back behind "he said", "the ministry" and the voice a text is in.
  const lastNamedWithin = (si: number, back: number, keep: (x: Attribution) => boolean): Claimant | null => {
    for (let j = si - 1; j >= Math.max(0, si - back); j--) {
      const named = (infos[j] as SentenceInfo).attributions.filter((x) => x.claimant !== null && x.aside === undefined && keep(x));
      const last = named[named.length - 1];
      if (last !== undefined) return last.claimant;
    }
    return null;
  };

  // "…, announced this on Telegram, Ukrainian News Agency reports. He said …": "he" or "she" is the last
  // one named in the sentences just before who is not a publication credited for the news.
  // (Nor a country: "Russia … claimed" can be no "he".)
  const personBefore = (si: number): Claimant | null => {
    for (let j = si - 1; j >= Math.max(0, si - 3); j--) {
      const text = (infos[j] as SentenceInfo).sentence.text;
      const named = (infos[j] as SentenceInfo).attributions.filter((x) => x.claimant !== null && x.aside === undefined && x.actor === undefined && x.outlet === undefined && !COUNTRY_NAME.test(text.slice(x.start, x.end)));
      const last = named[named.length - 1];
      if (last !== undefined) return last.claimant;
    }
    return null;
  };

  // "A statement by the Russian Defense Ministry revealed … The statement further claimed that Ukraine
  // lost 660": "the statement" is the document named before, and speaks in its maker's voice (not in
  // that of whoever the text named since: "together with the country's Federal Security Service").
  const documentMaker = (si: number, upTo: number): Claimant | null => {
    for (let j = si; j >= Math.max(0, si - 4); j--) {
      const info = infos[j] as SentenceInfo;
      const t = info.sentence.text;
      const named = info.attributions.filter((x) => x.claimant !== null && x.aside === undefined && (j < si || x.end <= upTo));
      for (let k = named.length - 1; k >= 0; k--) {
        const x = named[k] as Attribution;
        if (MAKER_BEFORE.test(t.slice(Math.max(0, x.start - 40), x.start)) || MAKER_AFTER.test(t.slice(x.end, x.end + 50))) return x.claimant;
      }
    }
    return null;
  };

  // Who the text names next, within two sentences: a headline's figure is attributed in the lead.
  const namedSoon = (si: number): Claimant | null => {
    let actor: Claimant | null = null;
    // ("Headline ¶ Lead. Lead. ¶ Про це повідомляється на сторінці Генштабу": a line that reports backwards
    // may close a lead of two sentences.)
    const third = infos[si + 3];
    const reach = third !== undefined && reportsBackwards(third.sentence.text) ? 4 : 3;
    for (const info of infos.slice(si + 1, si + reach)) {
      for (const a of info.attributions) {
        if (a.claimant === null) continue;
        if (a.actor === undefined) return a.claimant;
        actor ??= a.claimant;
      }
    }
    // Else the army named as acting in them ("У цей період Сили оборони знищили …").
    return actor;
  };

  // The voice a text is in: the speaker last named in the three sentences before (the General Staff
  // named as data does not count), when it is a British or American government. `passOverOutlets`
  // also skips an outlet crediting the news ("Ukrinform reports") to find the update behind it.
  const foreignVoiceBefore = (si: number, passOverOutlets = false): Claimant | null => {
    const last = lastNamedWithin(si, 3, (x) => !(passOverOutlets && x.claimant === 'other') && x.dataSource !== true);
    return last !== null && FOREIGN_VOICES.has(last) ? last : null;
  };

  // The first speaker named in the three sentences after: "… 1,255 a day, intelligence experts warned.
  // … A UK Defence Intelligence update said: …" names whose experts they were.
  const foreignVoiceAfter = (si: number): Claimant | null => {
    for (const info of infos.slice(si + 1, si + 4)) {
      const named = info.attributions.find((x) => x.claimant !== null && x.claimant !== 'other' && x.aside === undefined && x.actor === undefined && x.dataSource !== true);
      if (named !== undefined) return FOREIGN_VOICES.has(named.claimant as Claimant) ? named.claimant : null;
    }
    return null;
  };

  // "'… 1,700 a day, bringing the total to 427,000 this year. …,' Syrskyi said.": a figure inside a
  // quotation of several sentences is said by the one named right after the quotation closes, in its paragraph.
  const quotedBy = (si: number, at: number): Claimant | null => {
    const para = (infos[si] as SentenceInfo).sentence.paragraph;
    let first = si;
    while (first > 0 && (infos[first - 1] as SentenceInfo).sentence.paragraph === para) first--;
    let before = '';
    for (let j = first; j < si; j++) before += (infos[j] as SentenceInfo).sentence.text + ' ';
    before += (infos[si] as SentenceInfo).sentence.text.slice(0, at);
    const doubles = (before.match(/"/gu) ?? []).length % 2 === 1;
    const singles = !doubles && (before.match(OPEN_SINGLE) ?? []).length > (before.match(CLOSE_SINGLE) ?? []).length;
    // "- Працював у частинах … 427 тисяч. …, – заявив Сирський.": a paragraph opened by a dash is
    // direct speech until a dash after a comma or a stop hands it to its speaker.
    const dashed = !doubles && !singles && DASH_OPEN.test((infos[first] as SentenceInfo).sentence.text) && !new RegExp(DASH_CLOSE.source, 'u').test(before);
    if (!doubles && !singles && !dashed) return null;
    const close = doubles ? /"/gu : singles ? CLOSE_SINGLE : DASH_CLOSE;
    for (let j = si; j < infos.length; j++) {
      const info = infos[j] as SentenceInfo;
      if (info.sentence.paragraph !== para) break;
      close.lastIndex = j === si ? at : 0;
      const m = close.exec(info.sentence.text);
      if (m === null) continue;
      const from = m.index + m[0].length;
      const x = info.attributions.find((y) => y.start >= from && y.start - from <= 30 && y.aside === undefined && y.actor === undefined);
      if (x === undefined) return null;
      return x.claimant ?? lastNamedBefore(j)?.claimant ?? null;
    }
    return null;
  };

  // The body last named in the few sentences before, passing over the people named since.
  // "the ministry" is a body; of the bodies one sentence names, it is the ministry ("according to the British
  // defence ministry and an American think tank. The defence ministry says …").
  const bodyBefore = (si: number): Claimant | null => {
    for (let j = si - 1; j >= Math.max(0, si - 4); j--) {
      const info = infos[j] as SentenceInfo;
      const named = info.attributions.filter((x) => x.claimant !== null && x.aside === undefined && x.claimant !== 'ua_other' && x.actor === undefined);
      const last = named.findLast((x) => MINISTRY.test(info.sentence.text.slice(x.start, x.end))) ?? named[named.length - 1];
      if (last !== undefined) return last.claimant;
    }
    return null;
  };

  const rate = (si: number, claimant: Claimant): { claimant: Claimant; source: 'sentence' } => {
    lastRate = { si, claimant };
    return { claimant, source: 'sentence' };
  };
  // Said for this sentence's figure; a rate's speaker is remembered for the rates that follow it.
  const spokenHere = (si: number, claimant: Claimant, kind: Kind | null): { claimant: Claimant; source: 'sentence' } =>
    kind === 'average' ? rate(si, claimant) : { claimant, source: 'sentence' };

  return {
    claimantOf(si, items, it, kind) {
      asked = si;
      const info = infos[si] as SentenceInfo;
      const s = info.sentence.text;
      const a = it.start;
      // "That works out at 1,515 a day": the outlet's own arithmetic on someone else's figure.
      if (kind === 'average' && COMPUTED.test(s.slice(Math.max(0, a - 60), a))) return { claimant: 'other', source: 'computed' };
      const reachable = info.attributions.filter((x) => !(x.start < it.end && x.end > a) && !screened(s, items, it, x) && !outsideAside(x, it) && !inNextClause(s, it, x));
      const candidates = reachable.filter((x) => x.actor === undefined);
      let best: Attribution | null = null;
      let bestD = Number.POSITIVE_INFINITY;
      for (const x of candidates) {
        const d = distance(s, introduced(s, x, it), it);
        if (d < bestD) {
          bestD = d;
          best = x;
        }
      }
      if (best !== null) best = citedAfter(s, best, candidates) ?? best;
      // Bare "Analysts said" in a British or American intelligence update (named in the three
      // sentences before) are that update's own analysts, not an outside count.
      if (best?.claimant === 'other' && BARE_ANALYSTS.test(s.slice(best.start, best.end))) {
        const voice = foreignVoiceBefore(si, true) ?? (INTEL_EXPERTS.test(s.slice(best.start, best.end)) ? foreignVoiceAfter(si) : null);
        if (voice !== null) return spokenHere(si, voice, kind);
      }
      // A figure "drawn from General Staff figures" in a British or American update: the
      // General Staff is the data, the government speaking (named in the sentence, or the voice the
      // text is in) states the figure.
      // "According to Ukraine's General Staff, the average daily losses in April were just over 1,200": the
      // General Staff posts days and totals, not a month's average; in a British or American update (named in
      // the three sentences before) the average, and the month's total beside it, are that update's reading.
      if (best?.claimant === 'ua_general_staff' && (kind === 'average' || MONTH_AVERAGE.test(s))) {
        const voice = foreignVoiceBefore(si, true);
        if (voice !== null) return spokenHere(si, voice, kind);
      }
      if (best?.dataSource === true) {
        const voice =
          info.attributions.find((x) => x.claimant !== null && x.aside === undefined && FOREIGN_VOICES.has(x.claimant))?.claimant ?? foreignVoiceBefore(si);
        if (voice !== null) return spokenHere(si, voice, kind);
      }
      if (best !== null) {
        // "the ministry said": the last one named, in this sentence or before it.
        const start = best.start;
        // ("General Staff figures cited in the update show …": the data named before "the update" is what the
        // update cites, not who made it; the update is the voice named in the sentences before.)
        const document = best.claimant === null && DOCUMENT.test(s.slice(best.start, best.end));
        const earlier = candidates.filter((x) => x.claimant !== null && x.end <= start && !(document && x.dataSource === true));
        // A pronoun ("it said") refers to what the sentence named before it; "the ministry" to the last speaker.
        // "the president", "the 44-year-old leader": a person described, referred to as "he" is.
        const described = best.claimant === null && DESCRIBED_PERSON.test(s.slice(best.start, best.end));
        const pronoun = best.claimant === null && (described || /^(?:it|they|he|she)\s|^(?:cited|quoted|citing|quoting) (?:him|her)\s/iu.test(s.slice(best.start, best.end)));
        const plural = /^they\s/iu.test(s.slice(start));
        // ("…, the Interfax news agency cited him as saying": the agency carries what he said.)
        const cited = best.claimant === null && /^(?:cited|quoted|citing|quoting) (?:him|her)\s/iu.test(s.slice(best.start, best.end));
        const person = described || cited || /^(?:he|she)\s/iu.test(s.slice(start));
        // "the ministry" is a body: a person named since ("a presidential adviser") is not it.
        const body = best.claimant === null && MINISTRY.test(s.slice(best.start, best.end));
        const claimant =
          best.claimant ??
          (COUNTRY_BODY.test(s.slice(best.start, best.end)) ? (countryNamedFirst(s.slice(0, best.start)) ?? (infos[si - 1]?.sentence.paragraph === infos[si]?.sentence.paragraph ? countryNamedFirst(infos[si - 1]?.sentence.text ?? '') : null)) : null) ??
          (document ? documentMaker(si, best.start) : null) ??
          // "Russia, meanwhile, has released far lower figures. Its defence ministry confirmed …": "its" is the
          // country the sentence before opens with, and the ministry that country's.
          (body && POSSESSIVE_RIGHT_BEFORE.test(s.slice(Math.max(0, best.start - 8), best.end)) ? subjectBefore(si, false) : null) ??
          (body ? (earlier.findLast((x) => x.claimant !== 'ua_other')?.claimant ?? bodyBefore(si)) : null) ??
          // "Western estimates are far lower and Moscow has not updated … when it said": a pronoun takes the
          // nearest name before it, which may be no speaker of its own, rather than the sentence's last speaker.
          (pronoun && !person ? referentBefore(s, start, plural, person) : null) ??
          earlier[earlier.length - 1]?.claimant ??
          (pronoun ? (referentBefore(s, start, plural, person) ?? subjectBefore(si, plural, person)) : null) ??
          (person ? personBefore(si) : null) ??
          lastNamedBefore(si)?.claimant ??
          // "Ukrainian forces killed more than a thousand Russian soldiers on Monday, the military said", with no
          // speaker named before: the army of the country the sentence opens with.
          (ARMY_BODY.test(s.slice(best.start, best.end)) ? countryNamedFirst(s.slice(0, best.start)) : null) ??
          null;
        if (claimant !== null) return spokenHere(si, claimant, kind);
      }
      const quoted = quotedBy(si, a);
      if (quoted !== null) return spokenHere(si, quoted, kind);
      // "This was reported by …" right after, or after one sentence with no speaker of its own (and no figure, unless in the figure's paragraph) ("This is a new record. This is stated in the review of British intelligence.").
      for (let j = si + 1; j <= si + 2; j++) {
        const next = infos[j];
        if (next === undefined) break;
        if (reportsBackwards(next.sentence.text)) {
          const speaker = backwardSpeaker(next);
          if (speaker !== null) return { claimant: speaker, source: 'next' };
          break;
        }
        // (A sentence of figures of its paragraph, naming nobody, may stand between: "… за два тижні. Водночас
        // знищено понад 500 одиниць техніки.\nПро це повідомив …".)
        if (next.attributions.some((x) => x.claimant !== null && x.actor === undefined)) break;
        if (/\d/u.test(next.sentence.text) && next.sentence.paragraph !== info.sentence.paragraph) break;
      }
      // Nobody named for it: the army that did the destroying stands for it.
      const actor = reachable.find((x) => x.actor !== undefined)?.claimant;
      if (actor != null) return spokenHere(si, actor, kind);
      if (kind === 'average') {
        // A rate: said by whoever the sentence before names, else a computation of the outlet's.
        const prev = infos[si - 1];
        // A line that only says who reported what came before ("This is stated in the British review.")
        // goes on speaking for the rate right after it, in the next paragraph too.
        const said = prev !== undefined && reportsBackwards(prev.sentence.text) ? backwardSpeaker(prev) : null;
        if (said !== null) return rate(si, said);
        const samePara = prev !== undefined && prev.sentence.paragraph === info.sentence.paragraph;
        // The rate just before, in this paragraph, was read in a voice of its own (a British update's average
        // "according to the General Staff"): the rates after it go on in that voice.
        if (samePara && lastRate !== null && lastRate.si === si - 1) return rate(si, lastRate.claimant);
        const named = samePara ? prev.attributions.find((x) => x.claimant !== null) : undefined;
        if (named?.claimant) return rate(si, named.claimant);
        if (samePara && lastRate !== null && (lastRate.si === si - 1 || lastRate.si === si)) return rate(si, lastRate.claimant);
        // A rate beside a figure of the same line ("2023 - 253,290 troops (693 a day)"), or over the
        // stretch just given ("over this period, 1,040 a day"): the speaker of that figure.
        if (lastClaimant !== null && (items.indexOf(it) > 0 || SAME_STRETCH.test(s))) return { claimant: lastClaimant, source: 'carry' };
        // A rate in a text a British or American update speaks in (its next line, a bullet of it):
        // that government's, as its totals were; the outlet's own arithmetic says so ("works out at").
        const voice = lastClaimant !== null && FOREIGN_VOICES.has(lastClaimant) ? lastClaimant : foreignVoiceBefore(si);
        if (voice !== null) return rate(si, voice);
        // A headline's rate, before anyone is named or has claimed anything: said by whoever the lead names.
        if (lastClaimant === null && lastNamedBefore(si) === null) {
          const soon = namedSoon(si);
          if (soon !== null) return rate(si, soon);
        }
        return { claimant: 'other', source: 'default' };
      }
      const main = SUBJECTLESS_SPEECH.test(s) ? mainSpeakerBefore(si) : null;
      if (main !== null) return { claimant: main, source: 'carry' };
      // Named in the sentences just before, with no figure of its own yet ("Der Generalstab meldete am Morgen …").
      const recentExplicit = lastNamedBefore(si);
      // A day's or a war's figure under a subheading of its own after a British or American estimate
      // ("… British intelligence reports. ¶ Russian losses on the frontline ¶ In the past 24 hours …"): the
      // General Staff's tally the outlet appends; those governments give rates and months, not the day's count.
      const voice = recentExplicit !== null && recentExplicit.at > lastAt ? recentExplicit : lastClaimant !== null ? { claimant: lastClaimant, at: lastAt } : null;
      if (voice !== null && FOREIGN_VOICES.has(voice.claimant) && (kind === 'cumulative' || kind === 'daily') && headingBetween(voice.at, si)) return { claimant: 'ua_general_staff', source: 'carry' };
      // A figure before it that nobody was named for does not outweigh a speaker named since.
      if (lastClaimant !== null && lastGuessed && recentExplicit !== null && recentExplicit.at > lastAt && sentencesBetween(recentExplicit.at, si) <= 3) return { claimant: recentExplicit.claimant, source: 'carry' };
      // "Zełenski: zginęło 1300 … Sztab Generalny podał w komunikacie straty Rosji. Zginęło ponad 12 tys.":
      // a body that keeps a tally, named after the last claim in a sentence of no figure, speaks for the
      // figures after it. A person named there does not: a commander's remark leaves the tally running.
      if (lastClaimant !== null && recentExplicit !== null && recentExplicit.at > lastAt && TALLY_KEEPERS.has(recentExplicit.claimant) && !/\d/u.test((infos[recentExplicit.at] as SentenceInfo).sentence.text)) {
        return { claimant: recentExplicit.claimant, source: 'carry' };
      }
      // "… Syrskyi reported on the Kursk operation. ¶ Russia's losses in war against Ukraine ¶ Since the
      // beginning of the full-scale invasion, Russia has lost more than 757,000 …": under a subheading
      // of its own, a war total nobody is named for is the General Staff's tally the outlet appends (and
      // the day's figures after it go on in its voice), not the official quoted above it.
      // (A war total only: a commander's day in his sector goes on past a subheading, "Enemy losses".)
      const tally = kind === 'cumulative';
      if (lastClaimant === 'ua_other' && tally && headingBetween(lastAt, si)) return { claimant: 'ua_general_staff', source: 'carry' };
      if (lastClaimant !== null) return { claimant: lastClaimant, source: 'carry' };
      if (recentExplicit?.claimant === 'ua_other' && tally && headingBetween(recentExplicit.at, si)) return { claimant: 'ua_general_staff', source: 'carry' };
      if (recentExplicit !== null && sentencesBetween(recentExplicit.at, si) <= 3) return { claimant: recentExplicit.claimant, source: 'carry' };
      const soon = namedSoon(si);
      if (soon !== null) return { claimant: soon, source: 'first' };
      return { claimant: 'other', source: 'default' };
    },
    claimed(claimant, source) {
      // The outlet's own arithmetic speaks for nobody after it.
      if (source === 'computed') return;
      lastClaimant = claimant;
      lastAt = asked;
      lastGuessed = source === 'default';
    },
  };
}
