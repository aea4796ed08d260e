/**
 * The slice of domhandler's node shape that the article extractor reads. cheerio builds these
 * nodes but does not re-export their type, and walking them directly is much cheaper than
 * going through cheerio selections.
 */
import { load } from 'cheerio';

export interface DomNode {
  /** 'tag' | 'script' | 'style' | 'text' | 'comment' | 'directive' | 'cdata' | 'root' */
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

/** Nesting deeper than this is flattened before parsing (see limitNesting). */
export const MAX_DEPTH = 1_000;

/** Parses with htmlparser2 (several times faster than parse5 and forgiving enough for this). */
export function parseHtml(html: string): DomNode {
  const $ = load(limitNesting(html, MAX_DEPTH), { xml: { xmlMode: false, decodeEntities: true } });
  return $.root()[0] as unknown as DomNode;
}

/** Elements without content: they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Elements the parser closes by itself when a sibling opens; counting them would overstate depth. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'rt', 'rp']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * Drops the tags that would open elements beyond `maxDepth` levels (and their end tags), keeping
 * all text. htmlparser2 keeps its open-element stack with Array#unshift, so parsing cost grows
 * with the square of the depth: 100,000 nested <div>s take seconds. Real pages stay far below
 * the limit, and then the input is returned untouched. The depth here is an estimate from the
 * tags alone (implied ends are not modelled, except for elements that routinely omit them).
 */
export function limitNesting(html: string, maxDepth: number): string {
  let depth = 0;
  let out: string[] | null = null;
  let copiedTo = 0;
  let pos = html.indexOf('<');
  while (pos >= 0 && pos < html.length - 1) {
    const c = html.charCodeAt(pos + 1);
    const closing = c === 47; // '/'
    const nameStart = closing ? pos + 2 : pos + 1;
    const first = html.charCodeAt(nameStart) | 0x20;
    if (first < 97 || first > 122) {
      // Comment, doctype, processing instruction or a stray '<': step over comments whole.
      if (html.startsWith('<!--', pos)) {
        const endComment = html.indexOf('-->', pos + 4);
        if (endComment < 0) break;
        pos = html.indexOf('<', endComment + 3);
      } else pos = html.indexOf('<', pos + 1);
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length) {
      const k = html.charCodeAt(nameEnd);
      if (k === 32 || k === 62 || k === 47 || k === 9 || k === 10 || k === 13 || k === 12) break;
      nameEnd++;
    }
    const end = html.indexOf('>', nameEnd);
    if (end < 0) break;
    // All names that matter here are short; longer ones (custom elements) just nest.
    let name = nameEnd - nameStart <= 8 ? html.slice(nameStart, nameEnd) : '';
    if (name !== '' && html.charCodeAt(nameStart) < 97) name = name.toLowerCase();
    let skip = false;
    if (closing) {
      if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name)) {
        skip = depth > maxDepth;
        if (depth > 0) depth--;
      }
    } else if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && html.charCodeAt(end - 1) !== 47) {
      depth++;
      skip = depth > maxDepth;
    }
    if (skip) {
      out ??= [];
      out.push(html.slice(copiedTo, pos));
      copiedTo = end + 1;
    }
    let next = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      // Raw text may contain '<' freely; resume at its end tag.
      const close = indexOfCloseTag(html, name, next);
      if (close < 0) break;
      next = close;
    }
    pos = html.indexOf('<', next);
  }
  if (out === null) return html;
  out.push(html.slice(copiedTo));
  return out.join('');
}

function indexOfCloseTag(html: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    i = html.indexOf('</', i);
    if (i < 0) return -1;
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
    i += 2;
  }
}

export function isElement(node: DomNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Text of a node's direct and nested text children (no separators); for small nodes only. */
export function rawText(node: DomNode): string {
  let out = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'cdata') out += n.data ?? '';
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Whitespace runs (including no-break and ideographic spaces) to one space, zero-width removed. */
export function collapseSpace(text: string): string {
  return text.replace(/[\u200b\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ');
}
