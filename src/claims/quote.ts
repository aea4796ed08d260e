/** The clause that states a figure, cut at clause boundaries around it. */
import type { Item } from './items.ts';
import { itemStart } from './work.ts';

export function quoteOf(s: string, it: Item): string {
  const a = itemStart(it);
  const b = it.end;
  let from = a;
  // Back to the clause start, taking the qualifier and what leads to the figure.
  for (let i = a - 1; i >= Math.max(0, a - 110); i--) {
    const c = s[i] as string;
    if ((c === ',' && !/\d/.test(s[i + 1] ?? '')) || c === ';' || c === '(' || c === ':' || c === '\u2014' || c === '\u2013') break;
    from = i;
  }
  // Never start inside a word.
  while (from > 0 && from < a && /\p{L}/u.test(s[from - 1] ?? '')) from++;
  let to = b;
  for (let i = b; i < Math.min(s.length, b + 90); i++) {
    const c = s[i] as string;
    if ((c === ',' && !/\d/.test(s[i + 1] ?? '')) || c === ';' || c === ')' || c === '(' || c === '\u2014') break;
    to = i + 1;
  }
  return s.slice(from, to).trim().replace(/[.\s]+$/, '');
}

