/**
 * One walk over the parsed document that turns it into flat arrays: every element in document
 * order (with its parent, subtree end and whether it looks like boilerplate) and every run of
 * text between two block boundaries. Metadata (meta tags, title, `<time>`, JSON-LD) is
 * collected on the way. Iterative, so hostile nesting cannot overflow the stack.
 */
import { collapseSpace, rawText } from './dom.ts';
import type { DomNode } from './dom.ts';
import { emptyMeta } from './meta.ts';
import type { PageMeta } from './meta.ts';

/** Run flags. */
export const HEADING = 1;
export const H1 = 2;
export const LIST_ITEM = 4;
export const PRE = 8;
export const CAPTION = 16;
export const CELL = 32;
/** The run follows a `<br>` inside the same block (a line break, not a new paragraph). */
export const AFTER_BR = 64;

/** Why an element is a boilerplate candidate (0: it is not). */
export const DROP_TAG = 1;
export const DROP_HIDDEN = 2;
export const DROP_CLASS = 3;

export interface Run {
  /** Index of the nearest block element around the text. */
  owner: number;
  /** Innermost element whose boilerplate status decides this run (owner or a deeper dropped one). */
  anc: number;
  text: string;
  chars: number;
  linkChars: number;
  flags: number;
}

export interface Scan {
  /** The elements themselves, in document order. */
  node: DomNode[];
  tag: string[];
  parent: number[];
  /** Pre-order index one past the element's last descendant. */
  end: number[];
  drop: Uint8Array;
  /** Element counts as a block (may own text, may be a container). */
  block: Uint8Array;
  /** 2: the element is marked up as the article body (schema.org); 1: it is named like one. */
  hint: Uint8Array;
  runs: Run[];
  meta: PageMeta;
  /** The walk stopped at the element cap. */
  truncated: boolean;
}

/** Never content: not rendered, or not text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'video', 'audio',
  'object', 'embed', 'select', 'option', 'textarea', 'input', 'button', 'img', 'picture', 'source',
  'map', 'link', 'base', 'param', 'track', 'frame', 'frameset', 'applet',
]);

/** Page chrome by element type. Like every DROP_* mark, a candidate only: body.ts decides. */
const CHROME_TAGS = new Set(['head', 'nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog', 'fieldset', 'label']);

const BLOCK_TAGS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'figure', 'figcaption', 'address', 'center', 'details', 'summary', 'hr', 'header', 'footer', 'nav', 'aside', 'form',
  'fieldset', 'legend', 'menu', 'dialog', 'head', 'title', 'dir', 'output', 'search',
]);

const K_SKIP = 1;
const K_BLOCK = 2;
const K_CHROME = 4;
const K_SPECIAL = 8;
/** One lookup per element instead of one per set. */
const TAG_KIND = new Map<string, number>();
for (const t of SKIP_TAGS) TAG_KIND.set(t, K_SKIP);
for (const t of BLOCK_TAGS) TAG_KIND.set(t, (TAG_KIND.get(t) ?? 0) | K_BLOCK);
for (const t of CHROME_TAGS) TAG_KIND.set(t, (TAG_KIND.get(t) ?? 0) | K_CHROME);
for (const t of ['script', 'meta', 'link', 'title', 'br', 'time', 'html', 'h1']) TAG_KIND.set(t, (TAG_KIND.get(t) ?? 0) | K_SPECIAL);

/**
 * Class/id words of page chrome. Matched at the start of a word of the class or id (words are
 * split at '-', '_', spaces and camelCase humps), so "share-bar", "relatedLinks" and "c-ad"
 * match while "shadow" or "header-text" do not hit "ad".
 */
const CHROME_WORD =
  /^(?:comment|disqus|discuss|respond|reply|replies|share|sharing|related|recommend|readmore|more(?:stories|news|from|on)|newsletter|subscri|signup|promo|sponsor|advert|adv$|ads?$|adslot|adunit|advertisement|banner|cookie|consent|gdpr|paywall|popup|modal|overlay|sidebar|widget|breadcrumb|pagination|pager|footer|masthead|navbar|nav$|navigation|menu|toolbar|byline|author|dateline$|timestamp|published|tags$|tagged|taglist|tagcloud|categories$|keywords|print$|email$|follow|trending|popular|most(?:read|popular|viewed)|outbrain|taboola|teaser|skip|login|register|account|jump|toc$|offscreen|caption|credit|copyright|disclaimer|rating|vote|poll$|notification)/;

function chromeByName(raw: string): boolean {
  // Split camelCase humps before lowercasing, then at every non-alphanumeric character.
  const words = raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '' || !CHROME_WORD.test(w)) continue;
    // "has-sidebar", "with-comments", "no-ads" describe the layout around the element.
    const before = words[i - 1];
    if (before === 'has' || before === 'with' || before === 'no' || before === 'without') continue;
    return true;
  }
  return false;
}

/** Utility classes that hide an element (screen-reader-only text included). */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|u-hidden|hide|visually-?hidden|sr-only|screen-reader-text|screenreader-only|offscreen)(?:\s|$)/i;

/** Names publishers give the article body's container ("article-body", "storyText", "entry-content"). */
const BODY_NAME = /(?:article|story|entry|post|news|blog)(?:body|content|text|copy)/;

/** schema.org types of the article itself; their markup outranks any class name. */
const ARTICLE_ITEM = /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/i;

const NAME_CHROME = 1;
const NAME_HIDDEN = 2;
const NAME_BODY = 4;

/** What the class and id say, as NAME_* bits. Pages repeat class names, so callers cache this. */
function judgeName(cls: string, id: string): number {
  const raw = `${cls} ${id}`;
  let bits = 0;
  if (chromeByName(raw)) bits |= NAME_CHROME;
  if (HIDDEN_CLASS.test(cls)) bits |= NAME_HIDDEN;
  if (BODY_NAME.test(raw.toLowerCase().replace(/[-_]/g, ''))) bits |= NAME_BODY;
  return bits;
}

function hidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Length of the text once whitespace is collapsed and trimmed, without building it. */
function visibleLength(text: string): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) space = n > 0;
    else {
      if (space) n++;
      space = false;
      n++;
    }
  }
  return n;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export interface ScanOptions {
  maxElements: number;
}

export function scanDocument(root: DomNode, opts: ScanOptions): Scan {
  const node: DomNode[] = [];
  const tag: string[] = [];
  const parent: number[] = [];
  const end: number[] = [];
  const dropList: number[] = [];
  const blockList: number[] = [];
  const hintList: number[] = [];
  const runs: Run[] = [];
  const meta = emptyMeta();
  const nameCache = new Map<string, number>();
  let truncated = false;

  // Current run being filled.
  let parts: string[] = [];
  let linkChars = 0;
  /** <br>s since the last run, with no text between them: one is a line break, two a paragraph. */
  let brs = 0;

  // Walk state, one entry per open element.
  const nodeStack: DomNode[] = [];
  const posStack: number[] = [];
  const idxStack: number[] = [];
  const ownerStack: number[] = [];
  const dropAncStack: number[] = [];
  const flagStack: number[] = [];
  const linkStack: number[] = [];

  let owner = -1;
  let dropAnc = -1;
  let flags = 0;
  let linkDepth = 0;

  const flush = (atBr: boolean) => {
    let pushed = false;
    if (parts.length > 0) {
      let text = collapseSpace(parts.join('')).trim();
      if (flags & PRE) text = text.replace(/ ?\ue000 ?/g, '\n').trim();
      if (text !== '' && owner >= 0) {
        runs.push(makeRun(text, owner, dropAnc, linkChars, flags | (brs === 1 ? AFTER_BR : 0)));
        pushed = true;
      }
      parts = [];
      linkChars = 0;
    }
    if (!atBr) brs = 0;
    else if (pushed) brs = 1;
    else if (brs > 0) brs++;
  };

  /** Opens an element: records it and pushes it on the walk stack, unless it is skipped. */
  const enter = (el: DomNode): void => {
    const name = el.name ?? '';
    const attribs = el.attribs ?? {};
    const kind = TAG_KIND.get(name) ?? 0;
    if (kind & K_SPECIAL && !readSpecial(meta, el, name, attribs, flush)) return;
    if (attribs.itemprop === 'datePublished') noteTime(meta, el, attribs, true);
    if (kind & K_SKIP) return;
    if (tag.length >= opts.maxElements) {
      truncated = true;
      return;
    }

    const idx = tag.length;
    const isBlock = (kind & K_BLOCK) !== 0;
    const bits = nameBits(nameCache, attribs);
    const drop = dropReason(kind, bits, name, attribs);
    const isLink = name === 'a' && attribs.href !== undefined;
    if (isLink) linkDepth++;
    // Block edges and boilerplate edges both end a run, so each run is wholly inside or outside.
    if (isBlock || drop !== 0) flush(false);

    node.push(el);
    tag.push(name);
    parent.push(idxStack.length > 0 ? idxStack[idxStack.length - 1]! : -1);
    end.push(idx + 1);
    if (drop !== 0) dropList.push(idx, drop);
    if (isBlock) blockList.push(idx);
    // 2: marked up as the article body (schema.org); 1: named like one.
    const h = attribs.itemprop === 'articleBody' ? 2 : bits & NAME_BODY ? 1 : 0;
    if (h !== 0) hintList.push(idx, h);

    nodeStack.push(el);
    posStack.push(0);
    idxStack.push(idx);
    ownerStack.push(owner);
    dropAncStack.push(dropAnc);
    flagStack.push(flags);
    linkStack.push(isLink ? 1 : 0);
    if (isBlock) owner = idx;
    if (drop !== 0) dropAnc = idx;
    flags |= textFlags(name);
  };

  const exit = () => {
    const idx = idxStack.pop()!;
    const name = tag[idx]!;
    nodeStack.pop();
    posStack.pop();
    if ((TAG_KIND.get(name) ?? 0) & K_BLOCK || dropAnc === idx) flush(false);
    owner = ownerStack.pop()!;
    dropAnc = dropAncStack.pop()!;
    flags = flagStack.pop()!;
    if (linkStack.pop() === 1) linkDepth--;
    end[idx] = tag.length;
  };

  // The document node itself is not an element; walk its children.
  const top = root.children ?? [];
  for (const child of top) {
    visit(child);
    while (nodeStack.length > 0) {
      const depth = nodeStack.length - 1;
      const node = nodeStack[depth]!;
      const kids = node.children ?? [];
      const pos = posStack[depth]!;
      if (pos >= kids.length) {
        exit();
        continue;
      }
      posStack[depth] = pos + 1;
      visit(kids[pos]!);
    }
  }
  flush(false);

  function visit(node: DomNode): void {
    const type = node.type;
    if (type === 'text') {
      const data = node.data ?? '';
      if (data === '') return;
      if (flags & PRE) {
        // A private-use mark keeps preformatted line breaks through whitespace collapsing.
        parts.push(data.replace(/\r\n?/g, '\n').replace(/\n/g, '\ue000'));
      } else {
        parts.push(data);
      }
      if (linkDepth > 0) linkChars += visibleLength(data);
      return;
    }
    if (type === 'tag' || type === 'script' || type === 'style') {
      enter(node);
    }
  }

  return { node, tag, parent, end, ...perElement(tag.length, dropList, blockList, hintList), runs, meta, truncated };
}

/** One run of text: its weight in characters (a CJK character counts like a short word) and how much of it is link text. */
function makeRun(text: string, owner: number, dropAnc: number, linkChars: number, flags: number): Run {
  let chars = text.length;
  const cjk = text.match(CJK);
  // CJK characters carry about a word each; weigh them like a short word.
  if (cjk) chars += cjk.length * 2;
  return { owner, anc: dropAnc > owner ? dropAnc : owner, text, chars, linkChars: Math.min(linkChars, chars), flags };
}

/** What an element's class and id say (NAME_* bits), judged once per distinct pair. */
function nameBits(cache: Map<string, number>, attribs: Record<string, string>): number {
  const cls = attribs.class;
  const id = attribs.id;
  if (cls === undefined && id === undefined) return 0;
  const key = `${cls ?? ''}\u0001${id ?? ''}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const bits = judgeName(cls ?? '', id ?? '');
  cache.set(key, bits);
  return bits;
}

/** Why an element is boilerplate (DROP_TAG, DROP_HIDDEN, DROP_CLASS), or 0 when it is not. */
function dropReason(kind: number, bits: number, name: string, attribs: Record<string, string>): number {
  if (kind & K_CHROME) return DROP_TAG;
  if (bits & NAME_HIDDEN || hidden(attribs)) return DROP_HIDDEN;
  if (bits & NAME_CHROME && name !== 'body' && name !== 'html' && !ARTICLE_ITEM.test(attribs.itemtype ?? '') && attribs.itemprop !== 'articleBody') return DROP_CLASS;
  return 0;
}

/** The run flags an element gives the text inside it. */
function textFlags(name: string): number {
  if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') return HEADING | (name === 'h1' ? H1 : 0);
  if (name === 'li' || name === 'dd' || name === 'dt') return LIST_ITEM;
  if (name === 'pre') return PRE;
  if (name === 'figcaption' || name === 'caption') return CAPTION;
  if (name === 'td' || name === 'th') return CELL;
  return 0;
}

/** The sparse lists gathered during the walk, as one byte per element. */
function perElement(n: number, dropList: number[], blockList: number[], hintList: number[]): { drop: Uint8Array; block: Uint8Array; hint: Uint8Array } {
  const drop = new Uint8Array(n);
  for (let i = 0; i < dropList.length; i += 2) drop[dropList[i]!] = dropList[i + 1]!;
  const block = new Uint8Array(n);
  for (const i of blockList) block[i] = 1;
  const hint = new Uint8Array(n);
  for (let i = 0; i < hintList.length; i += 2) hint[hintList[i]!] = hintList[i + 1]!;
  return { drop, block, hint };
}

/** A time element (or datePublished item) as a candidate publication time; at most 50 are kept. */
function noteTime(meta: PageMeta, el: DomNode, attribs: Record<string, string>, published: boolean): void {
  if (meta.times.length >= 50) return;
  // Without an attribute, the element's own text may be the date ("November 19, 2019").
  const value = attribs.datetime ?? attribs.content ?? collapseSpace(rawText(el)).trim().slice(0, 100);
  if (!value) return;
  meta.times.push({ value, published: published || 'pubdate' in attribs || /publish/i.test(attribs.class ?? '') });
}

/** Elements that feed the metadata or break lines (`flush` ends the current run at a <br>). False: do not descend. */
function readSpecial(meta: PageMeta, el: DomNode, name: string, attribs: Record<string, string>, flush: (atBr: boolean) => void): boolean {
  switch (name) {
    case 'script':
      if (/ld\+json/i.test(attribs.type ?? '')) meta.ldScripts.push(rawText(el));
      return false;
    case 'meta': {
      const content = attribs.content;
      if (content === undefined) return false;
      // One tag may serve several vocabularies: property="article:published" itemprop="datePublished dateCreated".
      const keys = `${attribs.property ?? ''} ${attribs.name ?? ''} ${attribs.itemprop ?? ''} ${attribs['http-equiv'] ?? ''}`;
      for (const key of keys.toLowerCase().split(/\s+/)) {
        if (key !== '' && !meta.metas.has(key)) meta.metas.set(key, content);
      }
      return false;
    }
    case 'link':
      // rel is a space-separated list ("canonical", rarely "canonical amphtml").
      if (meta.canonicalHref === null && attribs.href && /(?:^|\s)canonical(?:\s|$)/i.test(attribs.rel ?? '')) meta.canonicalHref = attribs.href.slice(0, 8192);
      return false;
    case 'title':
      if (meta.titleTag === null) meta.titleTag = collapseSpace(rawText(el)).trim() || null;
      return false;
    case 'br':
      flush(true);
      return false;
    case 'time':
      if (attribs.itemprop !== 'datePublished') noteTime(meta, el, attribs, false);
      return true;
    case 'html':
      if (attribs.lang && meta.htmlLang === null) meta.htmlLang = attribs.lang;
      return true;
    case 'h1': {
      const text = collapseSpace(rawText(el)).trim();
      if (text !== '' && meta.h1.length < 5) meta.h1.push(text);
      return true;
    }
    default:
      return true;
  }
}
