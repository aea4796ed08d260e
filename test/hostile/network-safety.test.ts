/**
 * Network safety through a real worker process, and secrets kept out of what it writes.
 *
 * A feed on an allowed address (fetch.allowAddresses: ["127.0.0.1"]) links to articles on
 * loopback, private, CGNAT and cloud-metadata addresses, directly and through redirects from
 * an allowed page. Each is refused before a connection is made (the news server listens on
 * every local address, so a request to 127.0.0.2 or ::1 would be seen), recorded as
 * blocked_address and not retried; the allowed article is read.
 *
 * Meanwhile a record alert goes to a webhook (secret from the environment), Slack (its URL is
 * the credential) and Telegram (bot token), each failing once; Redis has a password. None of
 * those four strings may appear in the worker's output or anywhere in Redis.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { verifySignature } from '../../src/delivery/signature.ts';
import { renderReport } from '../support/render/render.ts';
import { startReceiver } from '../delivery/helpers.ts';
import type { Receiver } from '../delivery/helpers.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { probe } from '../support/fault-world.ts';
import { privateRedis } from '../support/private-redis.ts';
import type { PrivateRedis } from '../support/private-redis.ts';
import { testPrefix } from '../support/redis.ts';
import { reliability } from '../support/reliability.ts';
import { startWorkerProcess, waitFor, writeConfig } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));
const REDIS_PASSWORD = 'redis-pw-Kx81qTz';
const WEBHOOK_SECRET = 'whsec-Zq93LpAvN';
const TG_TOKEN = '424242:AAF-secretTokenXyZ81';
const SLACK_PATH = '/services/T0001/B0002/slackSecretQ7wM';
const SECRETS = { REDIS_PASSWORD, WEBHOOK_SECRET, TG_TOKEN, SLACK_PATH };

/** Every value in the Redis database, as text: strings, hashes, lists, sets, sorted sets, streams. */
async function dumpRedis(redis: Redis): Promise<{ keys: number; text: string }> {
  const parts: string[] = [];
  let keys = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', '*', 'COUNT', 500);
    cursor = next;
    for (const key of batch) {
      keys++;
      const type = await redis.type(key);
      parts.push(key);
      if (type === 'string') parts.push(String(await redis.get(key)));
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    }
  } while (cursor !== '0');
  return { keys, text: parts.join('\n') };
}

describe('network safety and secrets, through a worker process', { timeout: 120_000 }, () => {
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'tw-netsafe-'));
  let redis: PrivateRedis;
  let conn: Redis;
  let channel: FakeChannel;
  let hook: Receiver;
  let slack: Receiver;
  let telegram: Receiver;
  let worker: WorkerProcess | undefined;
  let redisUrl: string;
  let lastFigures: any;
  /** Every request the news server saw: the local address it came in on, and the path. */
  const hits: { local: string; path: string }[] = [];
  const news = createServer((req, res) => {
    hits.push({ local: req.socket.localAddress ?? '', path: req.url ?? '' });
    const port = (news.address() as AddressInfo).port;
    const links = [
      `http://127.0.0.1:${port}/story/ok`,
      `http://127.0.0.2:${port}/story/secret`,
      `http://[::1]:${port}/story/secret`,
      'http://169.254.169.254/latest/meta-data/iam',
      'http://10.0.0.7/story',
      'http://100.64.0.9/story',
      `http://127.0.0.1:${port}/story/to-private`,
      `http://127.0.0.1:${port}/story/to-metadata`,
    ];
    switch (req.url) {
      case '/feed.xml': {
        const items = links.map((l, i) => `<item><title>Story ${i}</title><link>${l.replace(/&/g, '&amp;')}</link><guid>${l}</guid><pubDate>Fri, 17 May 2024 0${i}:00:00 GMT</pubDate></item>`);
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://127.0.0.1:${port}/</link>${items.join('')}</channel></rss>`);
      }
      case '/story/ok':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return void res.end(
          '<html><head><title>Losses</title></head><body><article><h1>Losses over the day</h1>' +
            "<p>Russia lost 1,210 soldiers over the past day, Ukraine's General Staff said on Friday morning in its regular update.</p>" +
            '<p>The figure brings the total since the full-scale invasion began to about 490,000, according to the same report.</p></article></body></html>',
        );
      case '/story/to-private':
        res.writeHead(302, { location: `http://127.0.0.2:${port}/story/secret` });
        return void res.end();
      case '/story/to-metadata':
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam' });
        return void res.end();
      default:
        res.writeHead(404);
        return void res.end();
    }
  });

  before(async () => {
    redis = await privateRedis(['--requirepass', REDIS_PASSWORD]);
    await redis.start();
    redisUrl = `redis://:${REDIS_PASSWORD}@127.0.0.1:${redis.port}`;
    conn = new Redis(redisUrl, { maxRetriesPerRequest: null });
    // Every local address, so that a request that got through to 127.0.0.2 or ::1 would show up in `hits`.
    await new Promise<void>((r) => news.listen(0, '::', r));
    channel = await startFakeChannel({});
    hook = await startReceiver([{ status: 500 }, { status: 200 }]);
    const slackBox = await startReceiver([{ status: 500 }, { status: 200, body: 'ok' }]);
    slack = slackBox;
    const tgOk = { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true,"result":{"message_id":1}}' };
    telegram = await startReceiver([{ status: 500, headers: { 'content-type': 'application/json' }, body: '{"ok":false,"error_code":500,"description":"Internal"}' }, tgOk]);
  });

  after(async () => {
    await worker?.stop('SIGKILL');
    await channel?.close();
    await Promise.all([hook, slack, telegram].map((r) => r?.close()));
    news.closeAllConnections();
    news.close();
    conn?.disconnect();
    await redis?.stop('SIGKILL');
  });

  it('refuses every link into a private range, on every hop; no secret in logs or Redis', async () => {
    const t0 = Date.now();
    const port = (news.address() as AddressInfo).port;
    const configFile = writeConfig(dir, 'tallywatch.json', {
      prefix,
      http: { port: 0, host: '127.0.0.1' },
      sources: [
        { id: 'gs', type: 'telegram', url: channel.url, every: '1s', primary: true },
        { id: 'wire', type: 'rss', url: `http://127.0.0.1:${port}/feed.xml`, every: '1s' },
      ],
      subscribers: [
        { id: 'desk', type: 'webhook', url: `${new URL(hook.url).origin}/hook`, secretEnv: 'NS_WEBHOOK_SECRET' },
        { id: 'slack-desk', type: 'slack', urlEnv: 'NS_SLACK_URL' },
        { id: 'tg', type: 'telegram', tokenEnv: 'NS_TG_TOKEN', chatId: '-1001234567890', baseUrl: new URL(telegram.url).origin },
      ],
      fetch: { allowPrivateNetworks: false, allowAddresses: ['127.0.0.1'], timeout: '5s', domainSpacing: 0 },
      backfill: { onStart: false },
      records: { baseline: '2024-04-26' },
      delivery: { attempts: 8, backoff: '300ms', maxBackoff: '1s' },
    });
    const env = { REDIS_URL: redisUrl, NS_WEBHOOK_SECRET: WEBHOOK_SECRET, NS_SLACK_URL: `${new URL(slack.url).origin}${SLACK_PATH}`, NS_TG_TOKEN: TG_TOKEN };
    const ctx = createContext(loadConfig({ file: configFile, env }), conn, createLogger('silent'));
    assert.equal((await importSeriesCommand(ctx, FIXTURE)).historyComplete, true);
    lastFigures = (await ctx.reports.get('2024-05-16'))!.figures;
    await ctx.http.close();
    channel.addPost({ text: renderReport({ date: '2024-05-16', figures: lastFigures }, { lang: 'uk' }), publishedAt: '2024-05-16T05:30:00Z' });

    worker = startWorkerProcess(configFile, { ...env, LOG_LEVEL: 'debug' });
    await waitFor('ready', async () => ((await probe(await worker!.port, '/readyz')).status === 200 ? true : undefined), 30_000, 200);
    const figures = structuredClone(lastFigures);
    figures.personnel = { total: figures.personnel.total + 2_050, delta: 2_050 };
    channel.addPost({ text: renderReport({ date: '2024-05-17', figures }, { lang: 'uk' }), publishedAt: '2024-05-17T05:35:00Z' });

    // Eight links read or refused; the alert through all three channels, each after one failure.
    const articles = await waitFor('eight article verdicts', async () => {
      const all = await conn.hgetall(ctx.keys.articles);
      return Object.keys(all).length >= 8 ? Object.fromEntries(Object.entries(all).map(([u, v]) => [u, JSON.parse(v).status as string])) : undefined;
    }, 60_000, 200);
    await waitFor('alerts delivered after one failure each', () => (hook.requests.length >= 2 && slack.requests.length >= 2 && telegram.requests.length >= 2 ? true : undefined), 60_000, 200);
    await new Promise((r) => setTimeout(r, 2_000)); // room for a retry of a refused link to show up

    // Network: only the allowed article was read; every other link was refused before connecting.
    const statuses = Object.entries(articles).sort();
    const ok = statuses.filter(([, s]) => s === 'ok').map(([u]) => new URL(u).pathname);
    const refused = statuses.filter(([, s]) => s === 'blocked_address');
    assert.deepEqual(ok, ['/story/ok']);
    assert.equal(refused.length, 7, JSON.stringify(statuses));
    assert.deepEqual(hits.filter((h) => h.path === '/story/secret'), [], 'no request reached a private address');
    assert.deepEqual([...new Set(hits.map((h) => h.local.replace(/^::ffff:/, '')))], ['127.0.0.1'], 'the news server was only reached on the allowed address');
    assert.equal(hits.filter((h) => h.path === '/story/to-private').length, 1, 'the refused redirect is not retried');
    const refusedLogs = worker.logs.filter((l) => String(l.msg).startsWith('article refused'));
    assert.equal(refusedLogs.length, 7);

    // The secrets were in use (signature, token in the Bot API path, Slack path, password-only Redis) ...
    assert.ok(hook.requests.every((r) => verifySignature(WEBHOOK_SECRET, r.body, String(r.headers['x-tallywatch-signature']))));
    assert.ok(telegram.requests.every((r) => r.url.startsWith(`/bot${TG_TOKEN}/`)));
    assert.ok(slack.requests.every((r) => r.url === SLACK_PATH));
    // ... and appear nowhere in what the worker wrote, nor in Redis.
    const output = worker.output();
    assert.ok(output.includes(`127.0.0.1:${redis.port}`), 'the log names the Redis it uses (redacted)');
    const failures = worker.logs.filter((l) => l.msg === 'deliver job failed');
    assert.ok(failures.length >= 3, `each channel's failed attempt is logged, with its error: ${[...new Set(worker.logs.map((l) => l.msg))].join(' | ')}`);
    const dump = await dumpRedis(conn);
    const leaks = Object.entries(SECRETS).flatMap(([name, value]) => [
      ...(output.includes(value) ? [`${name} in the worker output`] : []),
      ...(dump.text.includes(value) ? [`${name} in Redis`] : []),
    ]);
    assert.deepEqual(leaks, []);
    assert.equal(await worker.stop('SIGTERM'), 0);

    reliability({
      area: '3 network safety',
      case: 'network safety: feed links and redirects into private ranges',
      took_ms: Date.now() - t0,
      links: statuses.length,
      refused: refused.length,
      read: ok.length,
      requests_reaching_private_addresses: hits.filter((h) => h.path === '/story/secret').length,
      ranges: 'loopback 127.0.0.2 and ::1, private 10/8, CGNAT 100.64/10, metadata 169.254.169.254, two redirect hops',
      ok: true,
    });
    reliability({
      area: '3 network safety',
      case: 'secrets never in logs or Redis (webhook secret, Slack URL, bot token, Redis password)',
      took_ms: Date.now() - t0,
      log_bytes_searched: output.length,
      redis_keys_searched: dump.keys,
      failed_deliveries_logged: failures.length,
      leaks: leaks.length,
      ok: true,
    });
  });
});
