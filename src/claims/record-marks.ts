/**
 * Which claims a text says are records: the figures of a sentence with record words, or the
 * day's figure nearest to a record sentence that has none of its own; of two record days in one
 * text, the lower one is the old record.
 */
import type { RecordCue } from './record.ts';
import type { SentenceInfo, Work } from './work.ts';

const BEATS_OLD_RECORD = /(?:eclips|beat|surpass|break|broke|top|smash|exceed|overtak|outstrip)\p{L}*\s+(?:the|its|a)\s+(?:previous|prior|former|old|earlier)\s+(?:daily\s+|single-day\s+|one-day\s+)?(?:record|high|peak|best|maximum)/iu;

const APPOSITION = /,\s*(?:the\s+)?$/iu;

export function markRecords(works: Work[], infos: readonly SentenceInfo[]): void {
  const eligible = (w: Work, scope: RecordCue['scope']): boolean =>
    // (A month's rate shares its month's record: "its worst month, with an average of 1,500 a day".)
    !w.previous && (scope === 'month' ? w.kind === 'period' || w.kind === 'average' : w.kind === 'daily' || (scope === 'any' && w.kind === 'period' && w.cue?.tag === 'month'));
  for (const info of infos) {
    for (const cue of info.records) {
      let here = works.filter((w) => w.info === info && eligible(w, cue.scope));
      // "… 91 armoured vehicles in the past day, the most it has reported in a single day, along with 34 tanks":
      // a record set off by a comma after a figure's clause, with the list going on after it, is that figure's alone.
      if (here.length > 1 && here.some((w) => w.item.start > cue.end) && APPOSITION.test(info.sentence.text.slice(Math.max(0, cue.start - 6), cue.start))) {
        const before = here.filter((w) => w.item.end <= cue.start).at(-1);
        if (before !== undefined) here = [before];
      }
      if (here.length > 0) {
        for (const w of here) w.record = true;
        continue;
      }
      // "no day has been bloodier than the last 24 hours" with the figure in a sentence nearby: only a
      // record said of a day reaches beyond its sentence.
      if (cue.scope !== 'day') continue;
      const si = info.sentence.index;
      let best: Work | null = null;
      let bestD = 3;
      for (const w of works) {
        if (w.item.noun.metric !== 'personnel' || !eligible(w, 'day')) continue;
        const d = Math.abs(w.info.sentence.index - si);
        if (d < bestD || (d === bestD && best !== null && w.info.sentence.index > si)) {
          bestD = d;
          best = w;
        }
      }
      if (best !== null && bestD <= 2) best.record = true;
    }
  }
  // "2,030 in a day, eclipsing the previous record of 1,950": the day that beats an old record is a new one.
  for (const info of infos) {
    if (!BEATS_OLD_RECORD.test(info.sentence.text)) continue;
    const old = works.filter((w) => w.info === info && w.previous);
    for (const w of works) {
      if (w.info !== info || w.previous || w.kind !== 'daily') continue;
      if (old.some((o) => o.item.noun.metric === w.item.noun.metric && o.item.num.value < w.item.num.value)) w.record = true;
    }
  }
  // Two record days in one text: the lower one was superseded, so it is the old record.
  for (const w of works) {
    if (!w.record) continue;
    const higher = works.some(
      (o) => o !== w && o.record && o.kind === w.kind && o.item.noun.metric === w.item.noun.metric && o.subject === w.subject && o.item.num.value > w.item.num.value,
    );
    if (higher) w.record = false;
  }
}
