import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { startWorker } from '../../src/app/worker.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { recordRows } from '../../src/queries/records.ts';
import { seriesCommand } from '../../src/cli/commands/series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { ConfigError } from '../../src/core/errors.ts';
import { createLogger } from '../../src/core/logger.ts';
import { resolveWebAuth } from '../../src/web/auth.ts';
import type { Overview } from '../../src/web/read-model.ts';
import { startWebServer } from '../../src/web/standalone.ts';
import type { WebServer } from '../../src/web/standalone.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const FIXTURE = new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url).pathname;
const config = (prefix: string, http: Record<string, unknown> = {}) => loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL }, http: { host: '127.0.0.1', port: 0, ...http }, records: { baseline: '2024-04-26' } } });

describe('http.auth in the config', () => {
  it('takes a token, or a user and a password, from the environment', () => {
    assert.deepEqual(resolveWebAuth(config('x', { auth: { tokenEnv: 'TOK' } }).http, { TOK: 'abc' }), { kind: 'bearer', token: 'abc' });
    assert.deepEqual(resolveWebAuth(config('x', { auth: { userEnv: 'U', passwordEnv: 'P' } }).http, { U: 'desk', P: 'pw' }), { kind: 'basic', user: 'desk', password: 'pw' });
    assert.deepEqual(resolveWebAuth(config('x').http, {}), { kind: 'none' });
    assert.throws(() => resolveWebAuth(config('x', { auth: { tokenEnv: 'TOK' } }).http, {}), ConfigError);
    assert.throws(() => config('x', { auth: { userEnv: 'U' } }), /tokenEnv, or both userEnv and passwordEnv/);
    assert.throws(() => config('x', { auth: { tokenEnv: 'T', userEnv: 'U', passwordEnv: 'P' } }), /tokenEnv, or both/);
    assert.throws(() => config('x', { auth: { token: 'inline' } }), /token/);
  });
});

describe('tallywatch web (the page without the worker)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  let web: WebServer;

  before(async () => {
    redis = connect();
    ctx = createContext(config(prefix, { auth: { userEnv: 'U', passwordEnv: 'P' } }), redis, createLogger('silent'));
    await importSeriesCommand(ctx, FIXTURE);
    web = await startWebServer(ctx, { env: { U: 'desk', P: 's3cret' } });
  });
  after(async () => {
    await web.close();
    await ctx.http.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const basic = (user: string, pw: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}` });

  it('asks for basic credentials and refuses wrong ones', async () => {
    const none = await fetch(`${web.url}api/overview`);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Basic/);
    assert.equal((await fetch(`${web.url}api/overview`, { headers: basic('desk', 'wrong') })).status, 401);
    assert.equal((await fetch(`${web.url}`, { headers: basic('desk', 's3cret') })).status, 200);
    assert.equal((await fetch(`${web.url}healthz`)).status, 200);
    assert.equal((await fetch(`${web.url}../package.json`, { headers: basic('desk', 's3cret') })).status, 404);
  });

  it('serves the page with a policy that forbids inline script, and no inline script in it', async () => {
    const res = await fetch(web.url, { headers: basic('desk', 's3cret') });
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
    assert.equal(scriptSrc, "'self'");
    assert.match(csp, /default-src 'none'/);
    const html = await res.text();
    assert.equal(/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), false, 'every script is a file');
    assert.equal(/\son[a-z]+=/i.test(html), false, 'no inline handlers');
    assert.equal((await fetch(`${web.url}vendor/uplot.js`, { headers: basic('desk', 's3cret') })).status, 200, 'uPlot from node_modules');
  });

  it('answers the overview from the same store the CLI reads', async () => {
    const res = await fetch(`${web.url}api/overview`, { headers: basic('desk', 's3cret') });
    const o = (await res.json()) as Overview;
    const series = await seriesCommand(ctx, 'tanks');
    assert.deepEqual(o.dates, series.map((p) => p.date));
    assert.deepEqual(o.deltas.tanks, series.map((p) => p.delta));
    assert.deepEqual(o.records, await recordRows(ctx));
    assert.equal(o.today?.date, '2024-05-16');
    assert.deepEqual(o.today?.rows.find((r) => r.metric === 'personnel'), { metric: 'personnel', total: 488460, delta: 488460 - 486940, record: { value: 1740, date: '2024-05-13' }, setsRecord: false });
  });
});

describe('http.ui: false', () => {
  const prefix = testPrefix();
  let redis: Redis;
  before(() => {
    redis = connect();
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('leaves the page off the worker, and its probes on', async () => {
    const worker = await startWorker(config(prefix, { ui: false }), createLogger('silent'));
    try {
      const base = `http://127.0.0.1:${worker.port}`;
      assert.equal((await fetch(`${base}/`)).status, 404);
      assert.equal((await fetch(`${base}/api/overview`)).status, 404);
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
    } finally {
      await worker.close();
    }
  });
});
