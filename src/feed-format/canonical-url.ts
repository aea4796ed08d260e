/**
 * One article, one URL. Outlets link the same story with tracking parameters, AMP variants,
 * with and without `www.`; claims are counted per article, so those must compare equal.
 *
 * Choices: `www.` is always dropped (outlets link both ways and serve both); the scheme is kept
 * (some sites are http-only, and the URL must stay fetchable); query parameters are sorted;
 * fragments are dropped; a trailing slash is dropped.
 */
import normalizeUrl from 'normalize-url';
import { getDomain } from 'tldts';

/** Parameters that identify a campaign or a click, never the page. */
const TRACKING_PARAMS: ReadonlyArray<RegExp | string> = [
  /^utm_\w+/i,
  /^ns_\w+/i,
  /^at_\w+/i,
  /^mc_\w+/i,
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'yclid',
  'msclkid',
  'twclid',
  'igshid',
  'ttclid',
  'ref',
  'ref_src',
  'ref_url',
  'cmpid',
  'cmp',
  'ocid',
  'smid',
  'xtor',
  'itm_source',
  'itm_medium',
  'itm_campaign',
  '_ga',
  '_gl',
  'from_rss',
];

/** Query parameters whose presence (with these values) only selects the AMP rendering. */
function isAmpParam(name: string, value: string): boolean {
  const n = name.toLowerCase();
  const v = value.toLowerCase();
  if (n === 'amp') return v === '' || v === '1' || v === 'true' || v === 'yes';
  if (n === 'outputtype') return v === 'amp';
  return false;
}

/** Google's AMP cache and viewer wrap the publisher URL: unwrap to it. */
function unwrapAmpCache(url: URL): URL {
  const host = url.hostname;
  const m = /^\/(?:c|v|i)\/(s\/)?(.+)$/.exec(url.pathname);
  const viewer = /^\/amp\/(s\/)?(.+)$/.exec(url.pathname);
  let inner: RegExpExecArray | null = null;
  if (host.endsWith('.cdn.ampproject.org') && m) inner = m;
  else if (/^(www\.)?google\.[a-z.]+$/.test(host) && viewer) inner = viewer;
  if (!inner?.[2]) return url;
  try {
    return new URL(`${inner[1] ? 'https' : 'http'}://${inner[2]}${url.search}`);
  } catch {
    return url;
  }
}

/** Strips AMP markers from host, path and query, in place. */
function stripAmp(url: URL): void {
  if (url.hostname.startsWith('amp.') && url.hostname.split('.').length > 2) url.hostname = url.hostname.slice(4);
  let path = url.pathname;
  // `/story/amp`, `/story/amp/`, `/amp/story` (leading), `/story.amp`, `/story.amp.html`.
  path = path.replace(/\/amp\/?$/i, '/');
  path = path.replace(/^\/amp(\/)/i, '$1');
  path = path.replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '');
  path = path.replace(/\.amp(?=\/?$)/i, '');
  if (path === '') path = '/';
  url.pathname = path;
  for (const [name, value] of [...url.searchParams]) {
    if (isAmpParam(name, value)) url.searchParams.delete(name, value);
  }
}

/**
 * The canonical form of `url` (resolved against `base` when relative), or null when it is not
 * an http(s) URL. Whitespace around the value is ignored.
 */
export function canonicalUrl(url: string | null | undefined, base?: string | null): string | null {
  if (typeof url !== 'string') return null;
  const text = url.trim();
  if (text === '' || text.length > 8192) return null;
  let parsed: URL;
  try {
    parsed = base ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  parsed = unwrapAmpCache(parsed);
  stripAmp(parsed);
  parsed.hash = '';
  try {
    return normalizeUrl(parsed.href, {
      stripWWW: true,
      stripHash: true,
      removeQueryParameters: TRACKING_PARAMS,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      sortQueryParameters: true,
      removeDirectoryIndex: false,
      stripAuthentication: true,
    });
  } catch {
    return null;
  }
}

/**
 * The registrable domain (eTLD+1, e.g. `bbc.co.uk`) of a URL, for per-domain politeness; the
 * bare hostname for IP addresses and single-label hosts; null when the URL cannot be read.
 */
export function registrableDomain(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (host === '') return null;
  return getDomain(host) ?? host.replace(/^\[|\]$/g, '');
}
