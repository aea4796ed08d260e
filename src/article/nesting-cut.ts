/**
 * Whether a page was nested too deeply to keep its structure, and how much of its text the
 * extracted article leaves out. Past MAX_DEPTH levels the tags are dropped and their text
 * kept (limitNesting), but the flattened tail then sits in one element and the body chooser
 * can settle on it, leaving the shallower levels out. The CLI says so instead of silently
 * returning part of the page.
 */
import { collapseSpace, limitNesting, MAX_DEPTH, parseHtml } from './dom.ts';
import type { DomNode } from './dom.ts';

const SLACK = 16;

export interface NestingCut {
  reason: 'nesting';
  maxDepth: number;
  /** Characters of the page's visible text (scripts and styles aside) missing from the article text. */
  charsLeftOut: number;
}

/** Visible text of the page: every text node outside script, style and head. */
function visibleText(root: DomNode): string {
  let out = '';
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'script' || n.type === 'style' || n.name === 'head' || n.type === 'comment') continue;
    if (n.type === 'text') out += ` ${n.data ?? ''}`;
    const kids = n.children;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Undefined for a page within the depth limit, or flattened with all its text kept; else what was left out. */
export function nestingCut(html: string, articleText: string): NestingCut | undefined {
  if (limitNesting(html, MAX_DEPTH) === html) return undefined;
  const page = collapseSpace(visibleText(parseHtml(html))).trim().length;
  const kept = collapseSpace(articleText).trim().length;
  // Paragraph breaks and the spaces between text nodes differ by a character or two.
  const charsLeftOut = page - kept;
  return charsLeftOut > SLACK ? { reason: 'nesting', maxDepth: MAX_DEPTH, charsLeftOut } : undefined;
}
