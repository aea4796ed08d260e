import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { Readiness } from './readiness.ts';

export interface OpsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  readiness: () => Promise<Readiness>;
  /** Called before /metrics renders, to refresh gauges such as queue counts. */
  beforeMetrics?: () => Promise<void>;
  isShuttingDown: () => boolean;
  /** Further routes (the newsroom page): returns true when it answered the request. */
  extra?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** /healthz (the process is alive), /readyz (it can do its job, with the reasons), /metrics (Prometheus). */
export async function startOpsServer(opts: OpsServerOptions): Promise<{ server: Server; port: number; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const fail = (err: unknown) => send(500, 'application/json', JSON.stringify({ error: (err as Error).message }));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
    if (path === '/healthz') {
      return send(200, 'application/json', JSON.stringify({ status: opts.isShuttingDown() ? 'stopping' : 'ok' }));
    }
    if (path === '/readyz') {
      if (opts.isShuttingDown()) return send(503, 'application/json', JSON.stringify({ ready: false, reason: 'shutting down' }));
      opts.readiness().then((r) => send(r.ready ? 200 : 503, 'application/json', JSON.stringify(r)), fail);
      return;
    }
    if (path === '/metrics') {
      (opts.beforeMetrics ? opts.beforeMetrics().catch(() => undefined) : Promise.resolve())
        .then(() => opts.registry.metrics())
        .then((text) => send(200, opts.registry.contentType, text), fail);
      return;
    }
    if (opts.extra?.(req, res)) return;
    send(404, 'text/plain', 'not found\n');
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
