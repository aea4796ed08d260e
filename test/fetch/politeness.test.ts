import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { FetchError } from '../../src/core/errors.ts';
import { createPoliteness } from '../../src/fetch/politeness.ts';
import { createDomainSlots } from '../../src/store/domain-slots.ts';
import { storeKeys } from '../../src/store/keys.ts';
import { connect, deletePrefix, testPrefix } from '../support/redis.ts';

describe('politeness per domain (real Redis)', () => {
  const redis = connect();
  const prefixes: string[] = [];
  after(async () => {
    for (const p of prefixes) await deletePrefix(redis, p);
    redis.disconnect();
  });

  it('two worker processes: one request at a time to a domain, spaced', async () => {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const spans: { start: number; end: number }[] = [];
    let active = 0;
    let maxActive = 0;
    const server = createServer((_req, res) => {
      const start = Date.now();
      active++;
      maxActive = Math.max(maxActive, active);
      setTimeout(() => {
        active--;
        spans.push({ start, end: Date.now() });
        res.end('ok');
      }, 60);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [new URL('../support/polite-client.ts', import.meta.url).pathname, prefix, url, '4', '150'], { stdio: 'inherit' });
        child.on('exit', resolve);
      });
    const codes = await Promise.all([run(), run()]);
    server.close();
    assert.deepEqual(codes, [0, 0]);
    assert.equal(spans.length, 8);
    assert.equal(maxActive, 1, 'never two requests at once');
    spans.sort((a, b) => a.start - b.start);
    for (let i = 1; i < spans.length; i++) {
      const gap = spans[i]!.start - spans[i - 1]!.end;
      assert.ok(gap >= 140, `gap ${gap} ms between requests ${i - 1} and ${i}`);
    }
  });

  it('a Retry-After pushes the next slot out for everyone', async () => {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const polite = createPoliteness(createDomainSlots(redis, storeKeys(prefix)), { spacingMs: 10, maxWaitMs: 200 });
    await assert.rejects(
      polite.run('slow.example', async () => {
        throw new FetchError('http_status', 'GET https://slow.example/: 429', { url: 'https://slow.example/', status: 429, retryAfterMs: 5_000 });
      }),
      FetchError,
    );
    await assert.rejects(polite.run('slow.example', async () => 'never'), /gave up waiting/);
    assert.equal(await polite.run('other.example', async () => 'fine'), 'fine');
  });

  it('a request longer than the lease keeps its domain; a dead holder frees it after one lease', async () => {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const polite = createPoliteness(createDomainSlots(redis, storeKeys(prefix)), { spacingMs: 0, leaseMs: 400, maxWaitMs: 5_000 });
    let firstEnd = 0;
    const first = polite.run('long.example', async () => {
      await new Promise((r) => setTimeout(r, 1_500));
      firstEnd = Date.now();
    });
    await new Promise((r) => setTimeout(r, 100));
    const secondStart = await polite.run('long.example', async () => Date.now());
    await first;
    assert.ok(secondStart >= firstEnd, 'the second request waited for the first, renewed past its 400 ms lease');

    // A process killed mid-request leaves its lease behind, unrenewed.
    await redis.set(`${prefix}:store:polite:dead.example:lease`, 'killed-holder', 'PX', 400);
    const t0 = Date.now();
    await polite.run('dead.example', async () => undefined);
    const waited = Date.now() - t0;
    assert.ok(waited >= 250 && waited < 1_500, `freed after about one lease (${waited} ms)`);
  });
});
