/**
 * Turns the figures read sentence by sentence into claims: who states each one, what window it
 * covers, whose losses, the report date it belongs to, and whether it is a record.
 */
import { resolveDates, nearestDate } from './as-of.ts';
import { attributor } from './attribute.ts';
import { findAttributions } from './claimant.ts';
import { belowTotal } from './gs-floor.ts';
import { findDates } from './date-mentions.ts';
import type { Item } from './items.ts';
import { findKindCues } from './kind.ts';
import { isPreviousRecord, monthNear } from './record.ts';
import type { RecordCue } from './record.ts';
import { markRecords } from './record-marks.ts';
import { quoteOf } from './quote.ts';
import type { Sentence } from './sentences.ts';
import { subjectOf } from './subject.ts';
import type { Kind, Metric } from './types.ts';
import { kindsBy, listed, settleKind } from './window.ts';
import { DAILY_MAX, distance, itemStart } from './work.ts';
import type { Located, SentenceInfo, Work } from './work.ts';

export type { ClaimantSource, Located } from './work.ts';

export interface AssembleInput {
  sentences: readonly Sentence[];
  items: readonly Item[][];
  published: string | null;
  /** The date of a report block quoted in the article. */
  reportDate: string | null;
  /** The record words of each sentence (extract.ts reads them once for both its passes). */
  records: readonly RecordCue[][];
  /** The sentences' cues, when the caller made them (`sentenceInfos`) to read them again later. */
  infos?: readonly SentenceInfo[];
}

/** Each sentence's speakers, window words, dates and record words, read when first asked for. */
export function sentenceInfos(input: Pick<AssembleInput, 'sentences' | 'items' | 'records'>): SentenceInfo[] {
  return input.sentences.map((sentence, si) => {
    // Speakers and dates are read when a figure asks for them: most sentences of an article have none.
    let attributions: SentenceInfo['attributions'] | undefined;
    let dates: SentenceInfo['dates'] | undefined;
    return {
      sentence,
      get attributions() {
        attributions ??= findAttributions(sentence.text);
        return attributions;
      },
      // Window words matter in a sentence with figures and in the one before it (settleKind); elsewhere they are not read.
      // (Read up to five sentences ahead of a figure: a commander's day may stand above the quote that names him.)
      cues: input.items.slice(si, si + 6).some((row) => row.length > 0) ? findKindCues(sentence.text) : [],
      get dates() {
        dates ??= findDates(sentence.text);
        return dates;
      },
      records: input.records[si] ?? [],
    };
  });
}

const RUSSIAN_WEAPONS = /(?<![\p{L}])(?:shahed|geran|шахед|геран|iskander|искандер|іскандер|kalibr|калибр|калібр|kinzhal|кинжал|кинджал)|(?<![\p{L}])(?:kh|х)-\d{2}/iu;
const UKRAINIAN = /ukrain|україн|украин|ucran|ucrain|ukrayn|oekraïn/iu;
const isAirborneMetric = (m: string): boolean => m === 'uav' || m === 'cruise_missiles';
// Where a part of a total fell: "over the Bryansk region", "над Брянской областью", "nad obwodem moskiewskim".
const PLACE_WORDS = String.raw`(?:region|regions|oblast|oblasts|krai|territory|sea|crimea|republic|област\p{L}*|кра(?:ем|ях|я)|регион\p{L}*|республик\p{L}*|крым\p{L}*|мор\p{L}*|obwod\p{L}*|regione|región|région|gebiet|oblast\p{L}*)`;
const PLACE_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,4}?(?:over|above|in|над|в|во|nad|w|über|sobre|sur|au-dessus d[eu]s?|sul|sulla|sopra)\s+(?:the\s+)?(?:territory of (?:the\s+)?|территори\p{L}* )?(?:[\p{L}-]+\s+){0,3}?${PLACE_WORDS}(?![\p{L}])`, 'iu');
const PLACE_BEFORE = new RegExp(String.raw`(?:over|above|in|над|в|во|nad|w|über|sobre|sur)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?${PLACE_WORDS}\s*[,—–-]?\s*(?:[\p{L}]+\s+){0,2}$`, 'iu');
const PART_BEFORE = /(?:including|of which|of them|w tym|в том числе|из них|у тому числі|з них|darunter|davon|incluid[oa]s?|de ellos|dont|di cui)\s+(?:[\p{L}]+\s+)?$/iu;

export function assemble(input: AssembleInput): Located[] {
  const { sentences, published } = input;
  const warDays = published === null ? null : Math.round((Date.parse(published.slice(0, 10)) - Date.parse('2022-02-24')) / 86_400_000);
  const infos = input.infos ?? sentenceInfos(input);

  const who = attributor(infos);
  const works: Work[] = [];
  // The Russian ministry's latest total of drones (or missiles) shot down, and the sentence its breakdown has reached.
  const rmTotals = new Map<string, { value: number; si: number }>();

  infos.forEach((info, si) => {
    const items = input.items[si] ?? [];
    const s = info.sentence.text;
    const cueOf = kindsBy(info, items);
    const hasRecordWord = info.records.length > 0;
    const sentenceWorks: Work[] = [];
    items.forEach((it, k) => {
      const found = cueOf[k];
      let cue = found?.cue ?? null;
      let kind: Kind | null = cue?.kind ?? null;
      // A list's window only guessed for its first figure is only guessed for the rest ("Также
      // уничтожены 3 танка, 11 ББМ" under a headline, restated with their week in the text below).
      let inheritedGuess = false;
      // A figure with its day's change in brackets is a total; one with its total, a day.
      const linked = items.find((o) => o.link?.to === it && o.link.role !== 'same');
      if (it.link?.role === 'same') {
        // The exact figure behind a rounded one: the same window.
        const first = sentenceWorks.find((w) => w.item === it.link?.to);
        kind = first?.kind ?? kind;
        cue = first?.cue ?? cue;
      } else if (it.link !== null) {
        kind = it.link.role === 'delta' ? 'daily' : 'cumulative';
        cue = null;
      } else if (linked !== undefined) {
        kind = linked.link?.role === 'delta' ? 'cumulative' : 'daily';
        cue = null;
      } else if (found?.own !== true) {
        // In a list, a figure without a window word has the window of the figure before it.
        const prevWork = [...sentenceWorks].reverse().find((w) => w.item.link === null);
        if (prevWork !== undefined && prevWork.kind !== null && listed(s, prevWork.item, it)) {
          kind = prevWork.kind;
          cue = prevWork.cue;
          inheritedGuess = prevWork.guessedKind;
        }
      }
      // "from a mean of 931 a day … down to 776", "983 a day in February, 913 in March": the next
      // figure of a rate's series is a rate.
      if (it.seriesOf !== undefined && kind !== 'average') {
        const start = sentenceWorks.find((w) => w.item === it.seriesOf);
        if (start?.kind === 'average') {
          kind = 'average';
          cue = start.cue;
        }
      }
      // "The reported losses include …": the window of the figure just before, a total's too.
      if (cue?.tag === 'part') {
        const before = works[works.length - 1];
        kind = before !== undefined && before.info.sentence.index >= si - 2 ? before.kind : null;
        cue = before !== undefined && before.info.sentence.index >= si - 2 ? before.cue : null;
      }
      // "over the same period": the window of the figure before.
      if (cue?.tag === 'same') {
        // A window is compared with a window, not with a war's total given beside it ("890 in a day;
        // 1,077,830 in all … over the same period, 1,220"): the last figure that had one, nearby first.
        const windowed = (w: Work): boolean => w.kind !== 'cumulative' && w.kind !== null;
        const before = [...works.filter((w) => w.info.sentence.index >= si - 2)].reverse().find(windowed) ?? [...works].reverse().find(windowed) ?? works[works.length - 1];
        kind = before?.kind ?? null;
        cue = before?.cue ?? null;
      }

      // Who says it.
      const asked = who.claimantOf(si, items, it, kind);
      const source = asked.source;
      let claimant = asked.claimant;
      const a = it.start;
      // Drones and missiles shot down are losses only in the Russian ministry's own reports, said by it
      // in or before the sentence (a speaker named only after it, "la mairie de Moscou", is no one's).
      if (it.interception && (claimant !== 'ru_mod' || source === 'first' || source === 'default')) return;
      // "… destroyed 193 drones overnight. 47 were shot down over the Bryansk region, 42 …": a breakdown by
      // place (or an "including") of the ministry's total just given is its parts, not claims of their own.
      if (claimant === 'ru_mod' && isAirborneMetric(it.noun.metric)) {
        const total = rmTotals.get(it.noun.metric);
        const part = total !== undefined && total.value > it.num.value && si - total.si <= 1 && (PLACE_AFTER.test(s.slice(it.end, it.end + 60)) || PLACE_BEFORE.test(s.slice(Math.max(0, a - 60), a)) || PART_BEFORE.test(s.slice(Math.max(0, a - 30), a)));
        if (part) {
          total.si = si;
          return;
        }
      }
      // Carried from a sentence before, the ministry speaks only of drones the figure's own words call Ukrainian
      // ("… the ministry said. Officials said Russia attacked with 250 drones, and 245 were neutralized" is not its count).
      if (it.interception && source !== 'sentence' && !UKRAINIAN.test(it.phrase)) return;
      // Nor of a night whose weapons the sentence names as Russia's ("250 Shahed drones", "Iskander-M").
      if (it.interception && RUSSIAN_WEAPONS.test(s)) return;

      const read = subjectOf({
        sentence: s,
        phrase: it.phrase,
        start: a,
        end: it.end,
        bare: it.bare,
        claimant,
        masked: info.attributions,
        previous: works.findLast((w) => w.claimant === claimant && w.info.sentence.index >= si - 1)?.subject,
        previousHere: works.findLast((w) => w.claimant === claimant && w.info.sentence.index === si)?.subject,
      });
      // The same figure for each army: Russia's here, Ukraine's added as its twin below.
      if (read === 'both' && it.eachSide !== true) return;
      const subject = it.eachSide === true || read === 'both' ? 'ru' : read;

      const guessedKind = kind === null || inheritedGuess;
      kind = settleKind({ infos, si, items, it, kind, cue, claimant, subject, works, hasRecordWord, beforeDailyTally: published !== null && published < '2022-04-26', warDays });
      if (kind === null) return;
      // "… in the Tavria sector over the past day, Tarnavskyi said. ¶ Between February 24, 2022 and
      // September 26, Russia's total combat losses reached about 276,670": a commander last heard on
      // the days of his own front does not keep the war's running total; carried into a later
      // paragraph, Russia's whole-war total is the General Staff's tally.
      // (A figure a commander's day or stretch can hold is his, carried on: "Загальні втрати ворога сягають 706 осіб".)
      if (source === 'carry' && claimant === 'ua_other' && kind === 'cumulative' && subject === 'ru' && it.noun.metric === 'personnel' && it.num.value > DAILY_MAX.personnel) {
        const last = works.findLast((w) => w.claimant === 'ua_other');
        if (last !== undefined && last.kind !== 'cumulative' && last.info.sentence.paragraph !== info.sentence.paragraph) claimant = 'ua_general_staff';
      }

      // "It also said 590 Russian military personnel had lost their lives", in January 2023: with no word
      // for the window, a General Staff figure its tally had already passed is no total of the war.
      if (guessedKind && kind === 'cumulative' && claimant === 'ua_general_staff' && subject === 'ru' && belowTotal(it.noun.metric, it.num.value, published ?? undefined)) {
        kind = it.num.value <= DAILY_MAX[it.noun.metric] ? 'daily' : 'period';
      }

      const previous = (kind === 'daily' || kind === 'period' || kind === 'cumulative') && isPreviousRecord(s, a, hasRecordWord, it.end);
      if (previous && kind === 'cumulative' && it.num.value <= DAILY_MAX[it.noun.metric]) {
        // "beats the previous record of 1,400" read without a window word: an old day.
        kind = 'daily';
      } else if (previous && (kind === 'cumulative' || (kind === 'period' && found?.own !== true))) {
        // One no day can hold is an old month's, the month named beside it ("the previous record
        // belonged to November, at 45,720"), not the month of the new record it is compared with.
        const month = monthNear(s, it);
        if (month !== null || kind === 'cumulative') {
          kind = 'period';
          cue = month;
        }
      }
      const work: Work = {
        item: it,
        info,
        kind,
        cue,
        claimant,
        source,
        subject,
        previous,
        record: false,
        asOf: null,
        periodDays: kind === 'daily' ? 1 : kind === 'average' ? (cue?.kind === 'average' ? (cue.days ?? 1) : 1) : kind === 'period' ? (cue?.days ?? null) : null,
        ownDate: nearestDate(info, it),
        guessedKind,
      };
      sentenceWorks.push(work);
      works.push(work);
      if (it.eachSide === true) works.push({ ...work, subject: 'ua' });
      if (claimant === 'ru_mod' && isAirborneMetric(it.noun.metric)) {
        const total = rmTotals.get(it.noun.metric);
        if (total === undefined || si - total.si > 1 || it.num.value > total.value) rmTotals.set(it.noun.metric, { value: it.num.value, si });
      }
      who.claimed(claimant, source);
    });
    // "12 March, with 1,450, and 19 April, with 1,530": a date between two figures of a list opens
    // the second one's item when a date stands before the first one too.
    for (let k = 0; k + 1 < sentenceWorks.length; k++) {
      const a = sentenceWorks[k] as Work;
      const b = sentenceWorks[k + 1] as Work;
      const d = a.ownDate;
      if (d === null || b.ownDate !== d || d.start < a.item.end || d.end > b.item.start) continue;
      const floor = k > 0 ? (sentenceWorks[k - 1] as Work).item.end : 0;
      const own = info.dates.filter((o) => o.role !== 'since' && o.end <= a.item.start && o.start >= floor).at(-1);
      if (own !== undefined) a.ownDate = own;
    }
  });

  for (const p of works) {
    if (!p.previous) continue;
    // "1,510 in 24 hours; the previous high of 1,380 was reached in June": an old record is of the
    // kind of the figure it is compared with; the month only dates it.
    if (p.kind === 'period' && p.cue?.tag === 'month' && p.item.num.value <= DAILY_MAX[p.item.noun.metric]) {
      const si = p.info.sentence.index;
      const compared = works.some((w) => !w.previous && w.kind === 'daily' && w.item.noun.metric === p.item.noun.metric && w.info.sentence.index >= si - 1 && w.info.sentence.index <= si);
      if (compared) {
        p.kind = 'daily';
        p.cue = null;
        p.periodDays = 1;
      }
    }
    // "1,450 in a day, while the previous record, 1,330, was set on April 14": the date is the old record's.
    if (p.ownDate === null) continue;
    const s = p.info.sentence.text;
    for (const w of works) {
      if (w.info === p.info && !w.previous && w.ownDate === p.ownDate && distance(s, p.ownDate, w.item) > distance(s, p.ownDate, p.item)) w.ownDate = null;
    }
  }
  resolveDates(works, published, input.reportDate);
  markRecords(works, infos);

  return works.map((w) => ({
    claim: {
      claimant: w.claimant,
      subject: w.subject,
      metric: w.item.noun.metric as Metric,
      kind: w.kind as Kind,
      value: w.item.num.value,
      qualifier: w.item.qualifier,
      periodDays: w.periodDays,
      asOf: w.asOf,
      record: w.record,
      quote: quoteOf(w.info.sentence.text, w.item),
    },
    sentence: w.info.sentence.index,
    pos: w.info.sentence.start + itemStart(w.item),
    source: w.source,
    previous: w.previous,
    guessedKind: w.guessedKind,
    ...sectorOf(w.info.sentence.text, itemStart(w.item)),
  }));
}

// The Russian ministry's groups of forces, by the stem their names share across cases: "группировки «Север»",
// "Южной группировки", "угруповання «Восток»". Only a sentence with a Russian, Ukrainian or Romanian word for
// a group of forces has sectors at all (English copy of the lists gives one claim per value), and a Latin
// name stands whole there ("Vostok", "Zapada"; not "central" or "several").
const SECTOR = /(?<![\p{L}])(?:(север|запад|юж|юг|центр|восто|днепр)\p{L}*|(sever|zapad|yug|yuzhn|tsentr|centr|vostok|dnepr)(?:a|y|yi|iy)?(?![\p{L}]))/giu;
const GROUP_WORD = /(?<![\p{L}])(?:группировк\p{L}*|угрупован\p{L}*|grupul\p{L}*|grupării)(?![\p{L}])/iu;

// One stem for a group however its name is written.
const SECTOR_ALIAS: Readonly<Record<string, string>> = { yuzhn: 'юж', yug: 'юж', юг: 'юж', sever: 'север', zapad: 'запад', tsentr: 'центр', centr: 'центр', vostok: 'восто', dnepr: 'днепр' };

/** The group named last before a figure in its sentence, as a stem ("юж", "vostok"). */
function sectorOf(s: string, at: number): { sector?: string } {
  if (!GROUP_WORD.test(s)) return {};
  let last: string | undefined;
  for (const m of s.slice(0, at).matchAll(SECTOR)) last = ((m[1] ?? m[2]) as string).toLowerCase();
  if (last === undefined) return {};
  return { sector: SECTOR_ALIAS[last] ?? last };
}

