import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import { FetchError } from '../../src/core/errors.ts';
import { createHttpClient, parseRetryAfter } from '../../src/fetch/http-client.ts';
import type { HttpClient } from '../../src/fetch/http-client.ts';
import type { Resolver } from '../../src/fetch/address-guard.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface LocalServer {
  origin: string;
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** A loopback server on an ephemeral port that records the paths it was asked for. */
async function startServer(handler: Handler): Promise<LocalServer> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Asserts that `promise` rejects with a FetchError of `kind` and returns it. */
async function rejectsWith(promise: Promise<unknown>, kind: string): Promise<FetchError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof FetchError, `expected FetchError, got ${String(err)}`);
    assert.equal(err.kind, kind, `kind of: ${err.message}`);
    return err;
  }
  assert.fail(`expected a ${kind} FetchError, but the call resolved`);
}

const PAGE = 'Загальні бойові втрати противника 👉 особового складу ‒ близько 700 000 (+1 000)\n'.repeat(50);

describe('http client against a local server', { timeout: 30_000 }, () => {
  let server: LocalServer;
  let client: HttpClient;
  const lastRequestHeaders: http.IncomingHttpHeaders[] = [];

  before(async () => {
    server = await startServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      lastRequestHeaders.push(req.headers);
      const path = url.pathname;
      if (path === '/plain') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', etag: '"v1"' });
        res.end(PAGE);
      } else if (path === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(PAGE));
      } else if (path === '/br') {
        res.writeHead(200, { 'content-encoding': 'br' });
        res.end(zlib.brotliCompressSync(PAGE));
      } else if (path === '/deflate') {
        res.writeHead(200, { 'content-encoding': 'deflate' });
        res.end(zlib.deflateSync(PAGE));
      } else if (path === '/deflate-raw') {
        res.writeHead(200, { 'content-encoding': 'deflate' });
        res.end(zlib.deflateRawSync(PAGE));
      } else if (path === '/gzip-empty') {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end();
      } else if (path === '/gzip-corrupt') {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(Buffer.from('this is not gzip at all'));
      } else if (path === '/zstd') {
        res.writeHead(200, { 'content-encoding': 'zstd' });
        res.end(Buffer.from([1, 2, 3]));
      } else if (path.startsWith('/hop/')) {
        // /hop/N redirects N more times, alternating relative forms, then lands on /plain.
        const n = Number(path.slice('/hop/'.length));
        const location = n <= 0 ? '../plain' : n % 2 === 0 ? `/hop/${n - 1}` : `${n - 1}`;
        res.writeHead(n % 2 === 0 ? 302 : 301, { location });
        res.end();
      } else if (path === '/loop-a') {
        res.writeHead(307, { location: '/loop-b' });
        res.end();
      } else if (path === '/loop-b') {
        res.writeHead(308, { location: '/loop-a' });
        res.end();
      } else if (path === '/to-ftp') {
        res.writeHead(302, { location: 'ftp://example.org/file' });
        res.end();
      } else if (path === '/no-location') {
        res.writeHead(302);
        res.end();
      } else if (path === '/hang') {
        // never answers: the header timeout must fire
      } else if (path === '/drip') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('.'), 40);
        res.on('close', () => clearInterval(timer));
      } else if (path === '/stall') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('first chunk then silence');
      } else if (path === '/big-declared') {
        res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
        res.write(Buffer.alloc(1024));
      } else if (path === '/big-chunked') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = (): void => {
          while (sent < 200 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        pump();
      } else if (path === '/bomb') {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(GZIP_BOMB);
      } else if (path === '/not-modified') {
        res.writeHead(304, { etag: '"v1"' });
        res.end();
      } else if (path === '/rate-limited') {
        res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' });
        res.end('slow down');
      } else if (path === '/rate-limited-date') {
        res.writeHead(429, { 'retry-after': new Date(Date.now() + 60_000).toUTCString() });
        res.end();
      } else if (path === '/unavailable') {
        res.writeHead(503, { 'retry-after': '5' });
        res.end('maintenance');
      } else if (path === '/missing') {
        res.writeHead(404);
        res.end('not here');
      } else if (path === '/webhook') {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (c: string) => (body += c));
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ method: req.method, body, signature: req.headers['x-signature'] }));
        });
      } else if (path === '/webhook-moved') {
        req.resume();
        res.writeHead(302, { location: '/webhook' });
        res.end('moved');
      } else if (path === '/webhook-fails') {
        req.resume();
        res.writeHead(500);
        res.end('boom');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    client = createHttpClient({ allowPrivateNetworks: true, timeoutMs: 5_000, headersTimeoutMs: 2_000, bodyTimeoutMs: 2_000 });
  });

  after(async () => {
    await client.close();
    await server.close();
  });

  test('200: body, headers, defaults sent', async () => {
    const res = await client.get(`${server.origin}/plain#fragment`);
    assert.equal(res.status, 200);
    assert.equal(res.body.toString('utf8'), PAGE);
    assert.equal(res.url, `${server.origin}/plain`);
    assert.deepEqual(res.redirects, []);
    assert.equal(res.headers.etag, '"v1"');
    const sent = lastRequestHeaders.at(-1);
    assert.match(String(sent?.['user-agent']), /tallywatch/);
    assert.equal(sent?.['accept-encoding'], 'gzip, deflate, br');
  });

  test('caller headers override defaults', async () => {
    await client.get(`${server.origin}/plain`, { headers: { 'User-Agent': 'custom/1', 'If-None-Match': '"v0"' } });
    const sent = lastRequestHeaders.at(-1);
    assert.equal(sent?.['user-agent'], 'custom/1');
    assert.equal(sent?.['if-none-match'], '"v0"');
  });

  for (const path of ['/gzip', '/br', '/deflate', '/deflate-raw']) {
    test(`decodes ${path.slice(1)}`, async () => {
      const res = await client.get(`${server.origin}${path}`);
      assert.equal(res.body.toString('utf8'), PAGE);
    });
  }

  test('an empty body with Content-Encoding is an empty body', async () => {
    const res = await client.get(`${server.origin}/gzip-empty`);
    assert.equal(res.body.length, 0);
  });

  test('corrupt gzip and unknown encodings are decode errors', async () => {
    const corrupt = await rejectsWith(client.get(`${server.origin}/gzip-corrupt`), 'decode');
    assert.match(corrupt.message, /gzip-corrupt/);
    await rejectsWith(client.get(`${server.origin}/zstd`), 'decode');
  });

  test('follows 5 redirects with relative Locations', async () => {
    const res = await client.get(`${server.origin}/hop/4`);
    assert.equal(res.status, 200);
    assert.equal(res.url, `${server.origin}/plain`);
    assert.deepEqual(res.redirects, [
      `${server.origin}/hop/3`,
      `${server.origin}/hop/2`,
      `${server.origin}/hop/1`,
      `${server.origin}/hop/0`,
      `${server.origin}/plain`,
    ]);
    assert.equal(res.body.toString('utf8'), PAGE);
  });

  test('a sixth redirect is refused', async () => {
    const err = await rejectsWith(client.get(`${server.origin}/hop/5`), 'too_many_redirects');
    assert.match(err.message, /more than 5 redirects/);
  });

  test('a redirect loop is refused', async () => {
    const err = await rejectsWith(client.get(`${server.origin}/loop-a`), 'too_many_redirects');
    assert.match(err.message, /loop/);
    assert.match(err.message, /loop-a/);
  });

  test('redirects to other schemes are bad_url; 3xx without Location is http_status', async () => {
    await rejectsWith(client.get(`${server.origin}/to-ftp`), 'bad_url');
    const err = await rejectsWith(client.get(`${server.origin}/no-location`), 'http_status');
    assert.equal(err.status, 302);
  });

  test('bad URLs are refused before any request', async () => {
    await rejectsWith(client.get('not a url'), 'bad_url');
    await rejectsWith(client.get('file:///etc/passwd'), 'bad_url');
  });

  test('header timeout', async () => {
    const quick = createHttpClient({ allowPrivateNetworks: true, headersTimeoutMs: 200, timeoutMs: 5_000 });
    try {
      const started = Date.now();
      const err = await rejectsWith(quick.get(`${server.origin}/hang`), 'timeout');
      assert.match(err.message, /no response headers within 200 ms/);
      assert.ok(Date.now() - started < 3_000);
    } finally {
      await quick.close();
    }
  });

  test('a dripping body hits the total deadline', async () => {
    const quick = createHttpClient({ allowPrivateNetworks: true, timeoutMs: 500, bodyTimeoutMs: 2_000 });
    try {
      const started = Date.now();
      const err = await rejectsWith(quick.get(`${server.origin}/drip`), 'timeout');
      assert.match(err.message, /total deadline of 500 ms/);
      assert.match(err.message, /\/drip/);
      assert.ok(Date.now() - started < 3_000);
    } finally {
      await quick.close();
    }
  });

  test('a per-call timeout overrides the client default', async () => {
    await rejectsWith(client.get(`${server.origin}/drip`, { timeoutMs: 300 }), 'timeout');
  });

  test('a stalled body hits the idle body timeout', async () => {
    const quick = createHttpClient({ allowPrivateNetworks: true, timeoutMs: 5_000, bodyTimeoutMs: 200 });
    try {
      const err = await rejectsWith(quick.get(`${server.origin}/stall`), 'timeout');
      assert.match(err.message, /stalled/);
    } finally {
      await quick.close();
    }
  });

  test('oversize bodies: declared and streamed', async () => {
    const small = { maxBytes: 1024 * 1024 };
    const declared = await rejectsWith(client.get(`${server.origin}/big-declared`, small), 'too_large');
    assert.match(declared.message, /Content-Length/);
    const streamed = await rejectsWith(client.get(`${server.origin}/big-chunked`, small), 'too_large');
    assert.match(streamed.message, /cap of 1048576/);
  });

  test('a gzip bomb is stopped at the decompressed cap', async () => {
    assert.ok(GZIP_BOMB.length < 200 * 1024, 'the bomb is small on the wire');
    const err = await rejectsWith(client.get(`${server.origin}/bomb`, { maxBytes: 1024 * 1024 }), 'too_large');
    assert.match(err.message, /decompressed body exceeds the cap/);
  });

  test('304 resolves with an empty body', async () => {
    const res = await client.get(`${server.origin}/not-modified`, { headers: { 'if-none-match': '"v1"' } });
    assert.equal(res.status, 304);
    assert.equal(res.body.length, 0);
    assert.equal(res.headers.etag, '"v1"');
  });

  test('429 carries Retry-After in seconds or as a date', async () => {
    const err = await rejectsWith(client.get(`${server.origin}/rate-limited`), 'http_status');
    assert.equal(err.status, 429);
    assert.equal(err.retryAfterMs, 120_000);
    assert.match(err.message, /rate-limited/);
    const dated = await rejectsWith(client.get(`${server.origin}/rate-limited-date`), 'http_status');
    assert.ok(dated.retryAfterMs !== undefined && dated.retryAfterMs > 50_000 && dated.retryAfterMs <= 60_000);
  });

  test('503 and 404 are http_status errors', async () => {
    const unavailable = await rejectsWith(client.get(`${server.origin}/unavailable`), 'http_status');
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.retryAfterMs, 5_000);
    const missing = await rejectsWith(client.get(`${server.origin}/missing`), 'http_status');
    assert.equal(missing.status, 404);
    assert.equal(missing.retryAfterMs, undefined);
  });

  test('post sends the body, returns 3xx as is, throws on 5xx', async () => {
    const res = await client.post(`${server.origin}/webhook`, '{"a":1}', { headers: { 'x-signature': 'sha256=abc' } });
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(res.body.toString('utf8')), { method: 'POST', body: '{"a":1}', signature: 'sha256=abc' });
    const moved = await client.post(`${server.origin}/webhook-moved`, 'x');
    assert.equal(moved.status, 302);
    assert.equal(moved.headers.location, '/webhook');
    assert.deepEqual(moved.redirects, []);
    const failed = await rejectsWith(client.post(`${server.origin}/webhook-fails`, Buffer.from('x')), 'http_status');
    assert.equal(failed.status, 500);
  });

  test('the caller signal cancels with its own reason', async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    setTimeout(() => controller.abort(reason), 100);
    await assert.rejects(client.get(`${server.origin}/drip`, { signal: controller.signal }), (err) => err === reason);
  });

  test('connection refused is a network error naming the URL', async () => {
    const gone = await startServer(() => {});
    const url = `${gone.origin}/x`;
    await gone.close();
    const err = await rejectsWith(client.get(url), 'network');
    assert.ok(err.message.includes(url));
  });
});

describe('address guard in the client', { timeout: 30_000 }, () => {
  let server: LocalServer;

  // A fake DNS: intranet.test is private, mixed.test has one private and one allowed address.
  const resolver: Resolver = (hostname, _options, callback) => {
    if (hostname === 'intranet.test') return callback(null, [{ address: '10.1.2.3', family: 4 }]);
    if (hostname === 'mixed.test') {
      return callback(null, [
        { address: '192.168.1.10', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ]);
    }
    const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return callback(err, []);
  };

  before(async () => {
    server = await startServer((req, res) => {
      const path = req.url ?? '/';
      const target: Record<string, string> = {
        '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
        '/to-internal-name': `http://intranet.test:${server.port}/ok`,
        '/to-mixed-name': `http://mixed.test:${server.port}/ok`,
        '/to-mapped-v6': `http://[::ffff:10.0.0.1]:${server.port}/ok`,
      };
      const location = target[path];
      if (location) {
        res.writeHead(302, { location });
        res.end();
        return;
      }
      res.writeHead(200);
      res.end('ok');
    });
  });

  after(async () => {
    await server.close();
  });

  test('with private networks refused, even the first hop to 127.0.0.1 is refused', async () => {
    const client = createHttpClient({ allowPrivateNetworks: false });
    try {
      const err = await rejectsWith(client.get(`${server.origin}/ok`), 'blocked_address');
      assert.ok(err.message.includes(`${server.origin}/ok`));
      assert.match(err.message, /127\.0\.0\.1/);
      assert.deepEqual(server.hits, [], 'no request reached the server');
    } finally {
      await client.close();
    }
  });

  test('a hostname resolving to loopback is refused at connect time', async () => {
    const client = createHttpClient({ allowPrivateNetworks: false });
    try {
      await rejectsWith(client.get(`http://localhost:${server.port}/ok`), 'blocked_address');
      assert.deepEqual(server.hits, []);
    } finally {
      await client.close();
    }
  });

  test('redirects to blocked addresses are refused on every hop', async () => {
    // 127.0.0.1 is exempted so the first hop reaches the test server; the hops after it are not.
    const client = createHttpClient({ allowPrivateNetworks: false, allowAddresses: ['127.0.0.1'], resolver });
    try {
      const ok = await client.get(`${server.origin}/ok`);
      assert.equal(ok.status, 200);
      const literal = await rejectsWith(client.get(`${server.origin}/to-metadata`), 'blocked_address');
      assert.match(literal.message, /169\.254\.169\.254/);
      const resolved = await rejectsWith(client.get(`${server.origin}/to-internal-name`), 'blocked_address');
      assert.match(resolved.message, /10\.1\.2\.3/);
      await rejectsWith(client.get(`${server.origin}/to-mapped-v6`), 'blocked_address');
      // Only the allowed address of a mixed answer is used.
      const mixed = await client.get(`${server.origin}/to-mixed-name`);
      assert.equal(mixed.url, `http://mixed.test:${server.port}/ok`);
      assert.equal(mixed.body.toString(), 'ok');
    } finally {
      await client.close();
    }
  });

  test('DNS failures are network errors', async () => {
    const client = createHttpClient({ allowPrivateNetworks: false, resolver });
    try {
      const err = await rejectsWith(client.get('http://nowhere.test/'), 'network');
      assert.match(err.message, /ENOTFOUND/);
    } finally {
      await client.close();
    }
  });

  test('a closed client refuses new calls', async () => {
    const client = createHttpClient({ allowPrivateNetworks: true });
    await client.close();
    await client.close();
    await rejectsWith(client.get(`${server.origin}/ok`), 'network');
  });
});

test('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T08:00:00Z');
  assert.equal(parseRetryAfter('30', now), 30_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Sat, 21 Nov 2026 08:01:00 GMT', now), 60_000);
  assert.equal(parseRetryAfter('Sat, 21 Nov 2026 07:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter('', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

// 64 MiB of zeros compresses to about 64 KiB.
const GZIP_BOMB = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
