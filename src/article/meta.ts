/**
 * Title, publication time and language from what the page declares, with cheap fallbacks.
 */
import { getDomainWithoutSuffix } from 'tldts';
import { collapseSpace } from './dom.ts';

/** What the document walk collects for metadata (first occurrence wins for meta keys). */
export interface PageMeta {
  htmlLang: string | null;
  /** Lowercased `property` / `name` / `itemprop` / `http-equiv` → content. */
  metas: Map<string, string>;
  titleTag: string | null;
  h1: string[];
  /** `datetime` of `<time>` elements (and `itemprop=datePublished` values), marked when they say so. */
  times: { value: string; published: boolean }[];
  ldScripts: string[];
  /** `href` of the first `<link rel="canonical">`, as written (relative or not). */
  canonicalHref: string | null;
}

export function emptyMeta(): PageMeta {
  return { htmlLang: null, metas: new Map(), titleTag: null, h1: [], times: [], ldScripts: [], canonicalHref: null };
}

/** Titles are cut to this length (a hostile og:title can be megabytes). */
const MAX_TITLE_CHARS = 1_000;

const TITLE_SEPARATORS = /\s+(?:[|\u2013\u2014\u00b7\u2022»«:]{1,2}|-{1,2}|::)\s+/;

/**
 * Removes a site name appended or prepended to a headline ("Headline | Site", "Site - Headline").
 * The site is known from og:site_name or the page's domain ("The Washington Examiner" matches
 * washingtonexaminer.com); otherwise a short trailing segment after a clearly longer headline
 * is taken to be the site.
 */
export function trimSiteName(title: string, siteNames: readonly (string | null | undefined)[]): string {
  const t = collapseSpace(title.length > MAX_TITLE_CHARS ? title.slice(0, MAX_TITLE_CHARS) : title).trim();
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length < 2) return t;
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const words = (s: string) => s.split(' ').filter(Boolean).length;
  const sites = siteNames.filter((x): x is string => !!x).map(norm).filter((x) => x.length > 1);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const looksLikeSite = (seg: string) => {
    const n = norm(seg);
    return n !== '' && sites.some((site) => n === site || n.includes(site) || site.includes(n) || n === `the${site}`);
  };
  const withoutLast = () => t.slice(0, t.length - last.length).replace(/\s*\S+\s*$/, '');
  const withoutFirst = () => t.slice(first.length).replace(/^\s*\S+\s*/, '');
  if (looksLikeSite(last)) return withoutLast();
  if (looksLikeSite(first)) return withoutFirst();
  // Otherwise a short last segment after a bar or a dash and a clearly longer headline.
  const sep = /\s(\S+)\s*$/.exec(t.slice(0, t.length - last.length))?.[1] ?? '';
  if (/^(?:\||\u2013|\u2014|-{1,2}|::)$/.test(sep) && words(last) <= 4 && words(t) - words(last) >= words(last) + 3) {
    return withoutLast();
  }
  return t;
}

export function pickTitle(meta: PageMeta, ldHeadline: string | null, url?: string): string | null {
  let domain: string | null = null;
  if (url) {
    try {
      domain = getDomainWithoutSuffix(url);
    } catch {
      domain = null;
    }
  }
  const sites = [meta.metas.get('og:site_name'), meta.metas.get('application-name'), domain];
  const candidates = [
    meta.metas.get('og:title'),
    ldHeadline,
    meta.metas.get('twitter:title'),
    meta.h1.length === 1 ? meta.h1[0] : undefined,
    meta.titleTag,
    meta.h1[0],
  ];
  for (const c of candidates) {
    if (!c) continue;
    const t = trimSiteName(c, sites);
    if (t !== '') return t;
  }
  return null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * A date string as an ISO instant in UTC, or null. Strings without a zone are taken as UTC
 * (the engine would read them as local time, which differs by host); plain dates are midnight UTC.
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null;
  let s = value.trim();
  // Dates are short; a long string is not one (and would only slow the patterns below).
  if (s === '' || s.length > 100) return null;
  // Compact dates ("20191119").
  if (/^\d{8}$/.test(s)) s = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`;
  // Unix seconds or milliseconds.
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const n = Number(s);
    return validInstant(s.length === 10 ? n * 1000 : n);
  }
  if (ISO_DAY.test(s)) {
    s = s.replace(/\s*(?:GMT|UTC|Z)$/i, 'Z').replace(/^(\d{4}-\d{2}-\d{2})[ T]?(\d{1,2}:\d{2})/, '$1T$2');
    // "+0300" → "+03:00"; a bare trailing zone-less time gets "Z".
    s = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    if (/T\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s)) s += 'Z';
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) s += 'T00:00:00Z';
    if (/T\d:/.test(s)) s = s.replace(/T(\d):/, 'T0$1:');
  }
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  // Free-form strings with no zone would be read in the host's zone; re-read them as UTC.
  if (!ISO_DAY.test(s) && !/(?:Z|GMT|UTC|[+-]\d{2}:?\d{2}|\b[ECMP][SD]T)\s*$/i.test(s)) {
    const utc = Date.parse(`${s} UTC`);
    if (!Number.isNaN(utc)) return validInstant(utc);
  }
  return validInstant(ms);
}

function validInstant(ms: number): string | null {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  return y >= 1990 && y <= 2100 ? d.toISOString() : null;
}

const DATE_META_KEYS = [
  'article:published_time',
  'article:published',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publish-date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'cxenseparse:recs:publishtime',
  'article_date_original',
  'og:published_time',
];

export function pickPublished(meta: PageMeta, ldDate: string | null): string | null {
  const fromLd = toIsoUtc(ldDate);
  if (fromLd) return fromLd;
  for (const key of DATE_META_KEYS) {
    const iso = toIsoUtc(meta.metas.get(key));
    if (iso) return iso;
  }
  // Site-specific names ("sn-post-date", "pdate") that still say what they are.
  for (const [key, value] of meta.metas) {
    if (!/publish|pub_?date|post[-_]?date|^pdate$|created/.test(key) || /modif|updat/.test(key)) continue;
    const iso = toIsoUtc(value);
    if (iso) return iso;
  }
  const marked = meta.times.find((t) => t.published);
  const iso = toIsoUtc(marked?.value);
  if (iso) return iso;
  for (const t of meta.times) {
    const v = toIsoUtc(t.value);
    if (v) return v;
  }
  return null;
}

/** "en-US" → "en", "uk_UA" → "uk"; null for junk. */
export function normaliseLang(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*(?:,|;|$)/i.exec(value);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Language from the script of the text: Ukrainian and Russian by their distinctive letters,
 * Japanese, Korean and Chinese by script, English by its most common words. Null when unsure.
 */
export function guessLang(text: string): string | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  let cyr = 0;
  let latin = 0;
  let uk = 0;
  let ru = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ї є ґ (and capitals) exist in Ukrainian only; ы э ъ ё in Russian only.
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) uk++;
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451 || c === 0x42b || c === 0x42d || c === 0x42a || c === 0x401) ru++;
    } else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const letters = cyr + latin + hangul + kana + han;
  if (letters < 20) return null;
  if (cyr > letters * 0.5) {
    if (uk + ru < 3) return null;
    if (uk > ru * 2) return 'uk';
    if (ru > uk * 2) return 'ru';
    return null;
  }
  if (hangul > letters * 0.3) return 'ko';
  if (kana > letters * 0.05 && kana + han > letters * 0.3) return 'ja';
  if (han > letters * 0.3) return 'zh';
  if (latin > letters * 0.8) {
    const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
    let common = 0;
    for (const w of words) if (w === 'the' || w === 'and' || w === 'of' || w === 'to' || w === 'is' || w === 'in') common++;
    if (words.length >= 20 && common / words.length > 0.08) return 'en';
  }
  return null;
}

export function pickLang(meta: PageMeta, ldLang: string | null, text: string): string | null {
  const declared =
    normaliseLang(meta.htmlLang) ??
    normaliseLang(meta.metas.get('og:locale')) ??
    normaliseLang(meta.metas.get('content-language')) ??
    normaliseLang(meta.metas.get('language')) ??
    normaliseLang(ldLang);
  const guessed = guessLang(text);
  if (declared === null) return guessed;
  if (guessed === null || guessed === declared) return declared;
  // Templates often keep one `lang` for every edition of a site, so clear evidence in the text
  // wins. Where the guess cannot tell closely related languages apart (Belarusian has і,
  // Bulgarian ъ; kanji-only Japanese looks Chinese), the declaration stands.
  if ((guessed === 'uk' || guessed === 'ru') && OTHER_CYRILLIC.has(declared)) return declared;
  if (CJK_LANGS.has(guessed) && CJK_LANGS.has(declared)) return declared;
  return guessed;
}

const OTHER_CYRILLIC = new Set(['be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn', 'tt', 'ba', 'cv']);
const CJK_LANGS = new Set(['zh', 'ja', 'ko']);
