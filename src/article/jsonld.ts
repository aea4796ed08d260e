/**
 * schema.org article data from `<script type="application/ld+json">` blocks. Publishers put
 * the article object at the top level, inside an array, inside `@graph`, or nested under
 * `mainEntity`; all of those are searched.
 */

export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  articleBody: string | null;
  inLanguage: string | null;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'report',
]);

/** Bounds the search in hostile or enormous JSON. */
const MAX_VISITS = 5_000;

function parseLoose(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\/\*<!\[CDATA\[\*\//, '').replace(/\/\*\]\]>\*\/$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw line breaks and tabs inside strings are the most common defect; outside strings they
    // are whitespace anyway, so a space is right in both places.
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t.toLowerCase().replace(/^.*[/:]/, '')];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
  return [];
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = str(v);
      if (s !== null) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return str(o['@value'] ?? o['name'] ?? o['alternateName']);
  }
  return null;
}

export interface LdData {
  /** Article-typed objects, in document order. */
  articles: LdArticle[];
  /** The first datePublished of any object (often on the WebPage when the article has none). */
  anyDatePublished: string | null;
}

/** Article objects and a fallback publication date from the given script texts. */
export function ldData(scripts: readonly string[]): LdData {
  const out: LdArticle[] = [];
  let anyDatePublished: string | null = null;
  let visits = 0;
  for (const script of scripts) {
    const root = parseLoose(script);
    if (root === undefined) continue;
    const stack: unknown[] = [root];
    while (stack.length > 0 && visits < MAX_VISITS) {
      visits++;
      const v = stack.pop();
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
        continue;
      }
      if (!v || typeof v !== 'object') continue;
      const obj = v as Record<string, unknown>;
      if (anyDatePublished === null) anyDatePublished = str(obj['datePublished']);
      if (typesOf(obj).some((t) => ARTICLE_TYPES.has(t))) {
        out.push({
          headline: str(obj['headline']) ?? str(obj['name']),
          datePublished: str(obj['datePublished']) ?? str(obj['dateCreated']),
          articleBody: str(obj['articleBody']) ?? str(obj['text']),
          inLanguage: str(obj['inLanguage']),
        });
      }
      // Containers that can hold the article object itself.
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item', 'hasPart']) {
        const child = obj[key];
        if (child && typeof child === 'object') stack.push(child);
      }
    }
  }
  return { articles: out, anyDatePublished };
}

/** Every article-typed object found in the given script texts, in document order. */
export function ldArticles(scripts: readonly string[]): LdArticle[] {
  return ldData(scripts).articles;
}
