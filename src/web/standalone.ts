import { createServer } from 'node:http';
import type { WebDeps } from './read-model.ts';
import { resolveWebAuth } from './auth.ts';
import { createWebHandler } from './server.ts';

export interface WebServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The page on its own, without the worker: reads the store and polls nothing, for a
 * viewer that must not add load to the sources. /healthz answers for probes.
 */
export async function startWebServer(ctx: WebDeps, opts: { host?: string; port?: number; env?: NodeJS.ProcessEnv; cache?: boolean } = {}): Promise<WebServer> {
  const handler = createWebHandler({ ctx, auth: resolveWebAuth(ctx.config.http, opts.env), ...(opts.cache === undefined ? {} : { cache: opts.cache }) });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { 'content-type': 'text/plain' }).end('method not allowed\n');
    if ((req.url ?? '').split('?')[0] === '/healthz') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    if (!handler(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  server.keepAliveTimeout = 5000;
  const host = opts.host ?? ctx.config.http.host;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? ctx.config.http.port, host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    port,
    url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
