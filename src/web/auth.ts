import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoadedConfig } from '../config/load.ts';
import { ConfigError } from '../core/errors.ts';

/** The page's credentials, resolved from the environment once at start. */
export type WebAuth = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'basic'; user: string; password: string };

export function resolveWebAuth(http: LoadedConfig['http'], env: NodeJS.ProcessEnv = process.env): WebAuth {
  const a = http.auth;
  if (!a) return { kind: 'none' };
  const read = (key: string, name: string): string => {
    const value = env[name];
    if (!value) throw new ConfigError(`http.auth.${key}: environment variable ${name} is not set`, { key: `http.auth.${key}`, file: '' });
    return value;
  };
  if (a.tokenEnv) return { kind: 'bearer', token: read('tokenEnv', a.tokenEnv) };
  return { kind: 'basic', user: read('userEnv', a.userEnv!), password: read('passwordEnv', a.passwordEnv!) };
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * True when the request carries the credentials. A browser cannot set a bearer header on
 * a page load, so with a token the page also accepts `?token=` once and keeps it in a
 * same-site, HTTP-only cookie.
 */
export function isAuthorized(auth: WebAuth, req: IncomingMessage, url: URL): boolean {
  if (auth.kind === 'none') return true;
  const header = req.headers.authorization ?? '';
  if (auth.kind === 'basic') {
    const m = /^Basic\s+(\S+)$/i.exec(header);
    if (!m) return false;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    return i >= 0 && same(decoded.slice(0, i), auth.user) && same(decoded.slice(i + 1), auth.password);
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer !== undefined) return same(bearer, auth.token);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null) return same(fromQuery, auth.token);
  const cookie = /(?:^|;\s*)tw_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  return cookie !== undefined && same(decodeURIComponent(cookie), auth.token);
}
