import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WebDeps } from './read-model.ts';
import { projectPath } from '../core/paths.ts';
import { isAuthorized } from './auth.ts';
import type { WebAuth } from './auth.ts';
import { alertsView, claimsView, overview, sourcesView, stamp } from './read-model.ts';

// From the package root, so the build in dist/ serves the same files (tsc copies no assets).
const STATIC_DIR = projectPath('src', 'web', 'static');
// uPlot's own build from node_modules: the page needs no internet.
const UPLOT_DIR = dirname(createRequire(projectPath('package.json')).resolve('uplot/dist/uPlot.iife.min.js'));

/** A fixed map of paths to files: nothing outside it is served, so no path can climb out. */
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: join(STATIC_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  '/static/app.js': { file: join(STATIC_DIR, 'app.js'), type: 'text/javascript; charset=utf-8' },
  '/static/app.css': { file: join(STATIC_DIR, 'app.css'), type: 'text/css; charset=utf-8' },
  '/vendor/uplot.js': { file: join(UPLOT_DIR, 'uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  '/vendor/uplot.css': { file: join(UPLOT_DIR, 'uPlot.min.css'), type: 'text/css; charset=utf-8' },
};

const API: Record<string, (ctx: WebDeps) => Promise<unknown>> = {
  '/api/overview': overview,
  '/api/claims': (ctx) => claimsView(ctx),
  '/api/alerts': alertsView,
  '/api/sources': sourcesView,
  '/api/stamp': async (ctx) => ({ stamp: await stamp(ctx) }),
};

/**
 * Answers that depend only on what the stamp covers (reports, claims, events, deliveries) are
 * kept until the stamp changes: building the overview reads and parses every report (about
 * 1.3 MB for the whole history), while the stamp costs a few small Redis reads. Alerts
 * (retry times) and sources (poll times) change without it, so they are always built afresh.
 */
const CACHED = new Set(['/api/overview', '/api/claims']);

/**
 * No inline script or style, nothing from elsewhere: a quote that slipped through as
 * markup still could not run. uPlot sets its styles through the CSSOM, which the policy allows.
 */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export interface WebHandlerOptions {
  ctx: WebDeps;
  auth: WebAuth;
  /** Keep the overview and claims until the store's stamp changes. @default true */
  cache?: boolean;
}

/** The page's request handler: returns false when the path is not the page's, so the caller can 404. */
export function createWebHandler(opts: WebHandlerOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const cache = new Map<string, Buffer>();
  const answers = new Map<string, { stamp: string; body: Promise<string> }>();
  const cached = (path: string, now: string): Promise<string> => {
    const hit = answers.get(path);
    if (hit && hit.stamp === now) return hit.body;
    // Viewers asking at once share one build; a failed build is not kept.
    const body = API[path]!(opts.ctx).then((v) => JSON.stringify(v));
    answers.set(path, { stamp: now, body });
    body.catch(() => answers.delete(path));
    return body;
  };
  const answer = async (path: string): Promise<string> => {
    if (opts.cache === false || (!CACHED.has(path) && path !== '/api/stamp')) return JSON.stringify(await API[path]!(opts.ctx));
    const now = await stamp(opts.ctx);
    if (path !== '/api/stamp') return cached(path, now);
    // A page asks for the stamp, then for the overview when it changed: start building it now.
    for (const p of CACHED) cached(p, now).catch(() => undefined);
    return JSON.stringify({ stamp: now });
  };
  const load = async (file: string) => {
    let body = cache.get(file);
    if (!body) {
      body = await readFile(file);
      cache.set(file, body);
    }
    return body;
  };
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://page.invalid');
    const path = url.pathname;
    const file = FILES[path];
    const api = API[path];
    if (!file && !api) return false;
    const send = (status: number, headers: Record<string, string>, body: string | Buffer) => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!isAuthorized(opts.auth, req, url)) {
      const challenge = opts.auth.kind === 'basic' ? { 'www-authenticate': 'Basic realm="tallywatch", charset="UTF-8"' } : { 'www-authenticate': 'Bearer realm="tallywatch"' };
      send(401, { 'content-type': 'text/plain; charset=utf-8', ...challenge }, 'unauthorized\n');
      return true;
    }
    // A token given once in the address is kept in a cookie, and the address cleaned.
    if (opts.auth.kind === 'bearer' && url.searchParams.has('token') && file) {
      const cookie = `tw_token=${encodeURIComponent(url.searchParams.get('token')!)}; HttpOnly; SameSite=Strict; Path=/`;
      send(303, { location: path, 'set-cookie': cookie }, '');
      return true;
    }
    if (file) {
      load(file.file).then(
        (body) => send(200, { 'content-type': file.type }, body),
        (err: Error) => send(500, { 'content-type': 'text/plain' }, `${err.message}\n`),
      );
      return true;
    }
    answer(path).then(
      (body) => send(200, { 'content-type': 'application/json; charset=utf-8' }, body),
      (err: Error) => {
        opts.ctx.log.error({ err, path }, 'page API failed');
        send(500, { 'content-type': 'application/json' }, JSON.stringify({ error: err.message }));
      },
    );
    return true;
  };
}
