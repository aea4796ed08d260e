/**
 * Italian writes a number as one word: "novecentocinquanta" (950), "duemilacinquecento" (2,500),
 * "ventotto" (28, the tens' vowel dropped before "otto" and "uno"), "trecentomila" (300,000).
 * Read by splitting the word into number parts; a word that is not all parts is no number.
 */
const ONES: Readonly<Record<string, number>> = {
  uno: 1, un: 1, due: 2, tre: 3, 'tré': 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
};
// Each tens word, with the form that drops its last vowel before "uno" and "otto".
const TENS: readonly (readonly [string, number])[] = [
  ['venti', 20], ['vent', 20], ['trenta', 30], ['trent', 30], ['quaranta', 40], ['quarant', 40], ['cinquanta', 50], ['cinquant', 50],
  ['sessanta', 60], ['sessant', 60], ['settanta', 70], ['settant', 70], ['ottanta', 80], ['ottant', 80], ['novanta', 90], ['novant', 90],
];

/** A number below 1,000 spelled as one word from the start of `w`: [value, length], longest first. */
function belowThousand(w: string): readonly (readonly [number, number])[] {
  const out: [number, number][] = [];
  // Hundreds: "cento", "duecento" … "novecento" ("cent" before "otto": "centotto").
  let h = 0;
  let rest = w;
  for (const [unit, v] of [['', 1], ...Object.entries(ONES).filter(([k]) => k !== 'un' && k !== 'uno')] as [string, number][]) {
    for (const c of ['cento', 'cent']) {
      if (w.startsWith(unit + c) && (c === 'cento' || w.startsWith(unit + 'centott'))) {
        h = v * 100;
        rest = w.slice(unit.length + c.length);
        break;
      }
    }
    if (h > 0) break;
  }
  const base = w.length - rest.length;
  const tails: [number, number][] = [[0, 0]];
  for (const [k, v] of Object.entries(TEENS)) if (rest.startsWith(k)) tails.push([v, k.length]);
  for (const [k, v] of TENS) {
    if (!rest.startsWith(k)) continue;
    const after = rest.slice(k.length);
    const short = k.endsWith('t');
    if (short && !/^(?:uno|un|otto)/u.test(after)) continue;
    tails.push([v, k.length]);
    for (const [o, ov] of Object.entries(ONES)) {
      const elides = o === 'uno' || o === 'un' || o === 'otto';
      if (after.startsWith(o) && short === elides) tails.push([v + ov, k.length + o.length]);
    }
  }
  for (const [o, ov] of Object.entries(ONES)) if (rest.startsWith(o)) tails.push([ov, o.length]);
  for (const [v, n] of tails) if (h + v > 0) out.push([h + v, base + n]);
  return out.sort((a, b) => b[1] - a[1]);
}

/** The value of an Italian number word of two or more parts, or null. */
export function italianCompound(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 6) return null;
  // "mille" alone is a thousand; "duemila", "trecentomila": thousands, then what is below.
  let thousands = 0;
  let rest = w;
  if (w.startsWith('mille')) {
    thousands = 1;
    rest = w.slice(5);
  } else {
    const i = w.indexOf('mila');
    if (i > 0) {
      const head = belowThousand(w.slice(0, i)).find(([, n]) => n === i);
      if (head === undefined) return null;
      thousands = head[0];
      rest = w.slice(i + 4);
    }
  }
  if (rest === '') return thousands > 0 && w !== 'mille' && w.endsWith('mila') ? thousands * 1_000 : null;
  const low = belowThousand(rest).find(([, n]) => n === rest.length);
  if (low === undefined) return null;
  // One part alone is a plain number word, read from the lexicon.
  if (thousands === 0 && (ONES[rest] !== undefined || TEENS[rest] !== undefined || TENS.some(([k]) => k === rest) || rest === 'cento')) return null;
  return thousands * 1_000 + low[0];
}
