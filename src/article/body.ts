/**
 * Picks the article body out of a scanned page.
 *
 * Every run of text gets a weight: prose (long or sentence-like, few links) counts for its
 * length, link text counts against at the same rate, short labels slightly against. An
 * element's score is the sum over its subtree, so the best element takes in the most prose
 * for the least chrome: a page wrapper loses to the article because it adds menus and link
 * lists, a single paragraph loses because it leaves the rest out. Then:
 *  - the choice moves down while one child keeps most of its score (what the rest added is
 *    more often a row of teasers than article);
 *  - siblings of the final element with prose of their own join it (a lede in its own box,
 *    a body split around an embed);
 *  - inside the body, link lists, the title heading, captions and labels at either end are
 *    left out.
 * Elements marked as chrome by tag, class/id or hidden-ness are left out of all of it unless
 * they wrap most of the page's prose or the element the page marks up as the article body;
 * when leaving them out leaves nothing, a second, lenient pass lets the class/hidden ones in.
 */
import { AFTER_BR, CAPTION, CELL, DROP_CLASS, DROP_HIDDEN, H1, HEADING, LIST_ITEM } from './scan.ts';
import type { Run, Scan } from './scan.ts';

export interface BodyResult {
  text: string;
  /** Sum of the weights of prose runs in the output. */
  prose: number;
}

// Tuning. Weights are in characters of text (CJK characters count three, see scan.ts).
/** Prose outside <p> on a page that writes its paragraphs in <p>: teasers, blurbs, captions. */
const NON_P_PROSE = 0.3;
/** Link text counts against a container at this rate per character. */
const LINK_PENALTY = 1;
/** Prose loses this many times its share of link text (a paragraph half links counts a quarter). */
const PROSE_LINK_DISCOUNT = 1.5;
/** Short lines that are neither prose nor links (labels, dates, buttons), per character. */
const SHORT_PENALTY = 0.1;
/** Links inside excluded chrome still count against the containers around it, at this rate. */
const CHROME_LINK_FACTOR = 0.5;
/** A text under a linked headline and shorter than this is a teaser's blurb... */
const TEASER_MAX = 400;
/** ...and counts at this rate. */
const TEASER_FACTOR = 0.3;
/** The choice moves down to a child that keeps this share of its score. */
const TIGHTEN = 0.8;
/** A sibling of the body joins it above this score and share of the body's score. */
const SIBLING_MIN = 60;
const SIBLING_SHARE = 0.05;

const SENTENCE_END = /[.!?…。！？:;"'»”’)\]]$/;

/** Weight of one unit of text owned by a `tag` element (see the file comment). */
function runWeight(run: Run, tag: string, trustP: boolean): number {
  const len = run.chars;
  const ld = run.linkChars / len;
  if (linkHeavy(run)) return -LINK_PENALTY * len;
  // Subheadings belong to articles as much as to chrome.
  if (run.flags & HEADING) return 0;
  const prose = len >= 120 || (len >= 50 && SENTENCE_END.test(run.text));
  // Short table cells are data (scores, figures) as often as layout.
  if (!prose) return run.flags & CELL ? 0 : -SHORT_PENALTY * len;
  // Where the page writes its prose in <p>, prose-like text elsewhere is mostly teasers,
  // captions and blurbs; it still counts, but less.
  const m = !trustP || tag === 'p' || tag === 'pre' || tag === 'blockquote' ? 1 : NON_P_PROSE;
  return m * len * (1 - PROSE_LINK_DISCOUNT * ld);
}
/**
 * Mostly link text. A sentence may still link most of its words to a source ("...following
 * his eviction from the embassy."), so a run that reads as a finished sentence is not taken
 * for a link list unless nearly all of it is links; menus, related links and headlines do
 * not end in a full stop.
 */
function linkHeavy(run: Run): boolean {
  const ld = run.linkChars / run.chars;
  if (ld <= 0.5) return false;
  if (ld > 0.85) return true;
  return !(SENTENCE_STOP.test(run.text) && run.text.split(' ').length >= 8);
}
const SENTENCE_STOP = /[.!?…。！？][)"'»”’\]]*$/;

/** Is this run chrome on its own (kept out of the output even inside the body)? */
function dropRun(run: Run, title: string | null): boolean {
  if (linkHeavy(run)) return true;
  if (run.flags & H1) return true;
  if (run.flags & HEADING && title !== null && sameText(run.text, title)) return true;
  return false;
}

function sameText(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return n(a) === n(b);
}

export function extractBody(scan: Scan, title: string | null): BodyResult {
  const first = chooseBody(scan, false);
  // Chrome by class/id or hidden-ness is a guess; when trusting it leaves next to nothing
  // while the suspect parts hold the prose, try again without it.
  if (first.prose < 150) {
    const second = chooseBody(scan, true);
    if (second.prose > first.prose * 3) return render(scan, second, title);
  }
  return render(scan, first, title);
}

interface Choice {
  ranges: [number, number][];
  excluded: Uint8Array;
  prose: number;
  weight: Float64Array;
}

/**
 * Weight of every run. Lines of one block separated only by <br> are judged together: a
 * paragraph written as lines, or a schedule of short lines, is one unit of text, not a row
 * of fragments. The unit's weight is shared out over its runs by length.
 */
function groupWeights(scan: Scan): { weight: Float64Array; trustP: boolean } {
  const { runs } = scan;
  const weight = new Float64Array(runs.length);
  const groups: [number, number][] = [];
  for (let r = 0; r < runs.length; ) {
    let e = r + 1;
    while (e < runs.length && runs[e]!.owner === runs[r]!.owner && runs[e]!.flags & AFTER_BR) e++;
    groups.push([r, e]);
    r = e;
  }
  const unit = (a: number, b: number): Run => {
    if (b === a + 1) return runs[a]!;
    let chars = 0;
    let linkChars = 0;
    for (let k = a; k < b; k++) {
      chars += runs[k]!.chars + 1;
      linkChars += runs[k]!.linkChars;
    }
    const last = runs[b - 1]!;
    return { owner: last.owner, anc: last.anc, text: last.text, chars, linkChars, flags: runs[a]!.flags };
  };
  // Do the page's paragraphs use <p>? Then text in other blocks is judged more strictly.
  let pProse = 0;
  let allProse = 0;
  for (const [a, b] of groups) {
    const w = runWeight(unit(a, b), 'p', false);
    if (w <= 0) continue;
    allProse += w;
    if (scan.tag[runs[a]!.owner] === 'p') pProse += w;
  }
  const trustP = pProse >= 0.3 * allProse;
  let afterHeadline = false;
  for (const [a, b] of groups) {
    const u = unit(a, b);
    let w = runWeight(u, scan.tag[u.owner]!, trustP);
    // A short text right under a linked headline is a teaser's blurb.
    if (w > 0 && afterHeadline && u.chars < TEASER_MAX) w *= TEASER_FACTOR;
    afterHeadline = u.linkChars > 0.5 * u.chars && u.chars >= 20;
    for (let k = a; k < b; k++) weight[k] = (w * (runs[k]!.chars + (b > a + 1 ? 1 : 0))) / u.chars;
  }
  return { weight, trustP };
}

function chooseBody(scan: Scan, lenient: boolean): Choice {
  const { parent, end, drop, block, runs } = scan;
  const n = parent.length;
  const own = new Float64Array(n);
  const proseAll = new Float64Array(n);
  const { weight, trustP } = groupWeights(scan);
  // Hidden subtrees are out (unless this is the lenient pass).
  const hiddenEl = new Uint8Array(n);
  if (!lenient) {
    for (let i = 0; i < n; i++) {
      const p = parent[i]!;
      if ((p >= 0 && hiddenEl[p]) || drop[i] === DROP_HIDDEN) hiddenEl[i] = 1;
    }
  }
  for (let r = 0; r < runs.length; r++) {
    const w = weight[r]!;
    const run = runs[r]!;
    if (w > 0 && !hiddenEl[run.anc]) proseAll[run.owner]! += w;
  }
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    if (p >= 0) proseAll[p]! += proseAll[i]!;
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (parent[i] === -1) total += proseAll[i]!;

  // An element named like chrome that holds most of the page's prose is a wrapper ("ad-free",
  // "layout-comments"), and so is a page-wide <form> (ASP.NET), and so is anything around
  // the element the page marks up as the article body. <nav>, <aside> and the like are taken
  // at their word.
  const wrapsBody = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (scan.hint[i] !== 2) continue;
    for (let a = parent[i]!; a >= 0 && !wrapsBody[a]; a = parent[a]!) wrapsBody[a] = 1;
  }
  // The lenient pass keeps <nav>, <aside> and the like out and lets the rest in.
  const excluded = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i]!;
    if ((p >= 0 && excluded[p]) || hiddenEl[i]) {
      excluded[i] = 1;
      continue;
    }
    const d = drop[i]!;
    if (d === 0) continue;
    const wrapper = d === DROP_CLASS || scan.tag[i] === 'form';
    if (wrapper && (lenient || wrapsBody[i] || proseAll[i]! > 0.5 * total)) continue;
    if (lenient && d === DROP_HIDDEN) continue;
    excluded[i] = 1;
  }

  const score = new Float64Array(n);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    // Chrome stays out of the text, but its links still count against the containers around
    // it: a block of teasers whose headlines sit in <header>s is a listing, not an article.
    if (excluded[run.anc]) {
      if (weight[r]! < 0) own[run.owner]! += CHROME_LINK_FACTOR * weight[r]!;
      continue;
    }
    own[run.owner]! += weight[r]!;
  }
  for (let i = 0; i < n; i++) score[i] = own[i]!;
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    if (p >= 0) score[p]! += score[i]!;
  }

  let best = -1;
  let bestScore = 0;
  let bestRank = 0;
  for (let i = 0; i < n; i++) {
    if (!block[i] || excluded[i]) continue;
    const s = score[i]!;
    if (s <= 0) continue;
    // The publisher's own markup of the body is a strong hint; its naming a weaker one.
    const h = scan.hint[i]!;
    const rank = h === 2 ? s + Math.max(0.5 * s, 250) : h === 1 ? 1.25 * s : s;
    if (rank > bestRank) {
      bestRank = rank;
      bestScore = s;
      best = i;
    }
  }
  // No prose anywhere (a one-line flash, a page of figures): everything that is not chrome.
  if (best < 0) return { ranges: [[0, n]], excluded, prose: 0, weight };

  // Go down while one child keeps nearly all of the score: the rest of the chosen element
  // added little, and what it added is more likely chrome (teasers, blurbs) than article.
  // The element the publisher marks up as the body is not second-guessed.
  const target = TIGHTEN * bestScore;
  while (scan.hint[best] !== 2) {
    let next = -1;
    for (let c = best + 1; c < end[best]!; c = end[c]!) {
      if (!block[c] || excluded[c]) continue;
      if (score[c]! >= target && (next < 0 || score[c]! > score[next]!)) next = c;
    }
    if (next < 0) break;
    best = next;
  }
  bestScore = score[best]!;

  // Siblings with prose of their own join the body (a lede in its own box, a body split
  // around an embed).
  const ranges: [number, number][] = [[best, end[best]!]];
  const p = parent[best]!;
  if (p >= 0) {
    const min = Math.max(SIBLING_MIN, bestScore * SIBLING_SHARE);
    for (let c = p + 1; c < end[p]!; c = end[c]!) {
      if (c === best || excluded[c] || !block[c]) continue;
      if (score[c]! > min) ranges.push([c, end[c]!]);
    }
  }
  let prose = 0;
  for (const [a] of ranges) prose += score[a]!;
  return { ranges, excluded, prose, weight };
}

function render(scan: Scan, choice: Choice, title: string | null): BodyResult {
  const { runs } = scan;
  // Ranges are disjoint subtrees, so marking them is linear in the page.
  const inBody = new Uint8Array(scan.tag.length);
  for (const [a, b] of choice.ranges) inBody.fill(1, a, b);
  const kept: number[] = [];
  for (let ri = 0; ri < runs.length; ri++) {
    const run = runs[ri]!;
    if (!inBody[run.owner] || choice.excluded[run.anc]) continue;
    if (dropRun(run, title)) continue;
    if (run.flags & CAPTION) continue;
    kept.push(ri);
  }
  // Labels before the first and after the last paragraph ("Advertisement", "Comments",
  // "Read more", a kicker) are the container's chrome. Lists and tables are left alone:
  // a closing list of figures is content.
  let first = 0;
  let last = kept.length - 1;
  while (first <= last && edgeLabel(runs[kept[first]!]!, choice.weight[kept[first]!]!, title)) first++;
  while (last >= first && edgeLabel(runs[kept[last]!]!, choice.weight[kept[last]!]!, null)) last--;
  const out: string[] = [];
  let lastOwner = -1;
  let prose = 0;
  for (let k = first; k <= last; k++) {
    const ri = kept[k]!;
    const run = runs[ri]!;
    if (out.length > 0) out.push(run.flags & AFTER_BR && run.owner === lastOwner ? '\n' : '\n\n');
    out.push(run.text);
    lastOwner = run.owner;
    const w = choice.weight[ri]!;
    if (w > 0) prose += w;
  }
  return { text: out.join(''), prose };
}

function edgeLabel(run: Run, weight: number, title: string | null): boolean {
  if (weight > 0) return false;
  // The headline repeated at the top of the body, in whatever element the page put it.
  if (title !== null && sameText(run.text, title)) return true;
  if (run.flags & (LIST_ITEM | CELL)) return false;
  // Figures are content even as a bare line ("Palm Bay 18 22 13 17 — 70").
  return run.chars <= 40 && !/[.!?:。！？」）)]$|\p{N}/u.test(run.text);
}
