/** Article pages read in a worker thread (src/pipeline/page-reader.ts): outcomes, deadline, a free event loop. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { createPageReader } from '../../src/pipeline/page-reader.ts';
import type { PageInput } from '../../src/pipeline/read-page.ts';
import { randomBytesSeeded, runOnText } from '../support/run-on-text.ts';

const page = (body: Uint8Array | string): PageInput => ({
  body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
  contentType: 'text/html; charset=utf-8',
  finalUrl: 'https://news.example/a',
  url: 'https://news.example/a',
  publishedAt: null,
});
const BIG = `<html><head><title>Endless</title></head><body><article><p>${runOnText(4_500_000)}</p></article></body></html>`;
// Claim-dense text just under the claim reader's cap: it is read in full (no too_large). A warm
// thread took ~120 ms over it on node-svc (2026-12-06; over a second before the extractor's speed
// work), so the timeout test's deadline is a few milliseconds: decoding and parsing 85 kB of HTML
// alone takes longer, and a faster extractor cannot make the test pass by finishing first.
const DENSE = `<html><head><title>Losses</title></head><body><article>${Array.from(
  { length: 560 },
  (_, i) => `<p>On 12 November 2024 the General Staff said Russia had lost ${1_000 + i} soldiers, 14 tanks, 31 armoured vehicles and 40 artillery systems over the past day.</p>`,
).join('')}</article></body></html>`;
const OK = readFileSync(new URL('../fixtures/news/outlet-a-1030.html', import.meta.url), 'utf8');

/** Runs `fn`, measuring how late a 10 ms timer got meanwhile. */
async function withLag<T>(fn: () => Promise<T>): Promise<{ value: T; maxLagMs: number }> {
  let maxLagMs = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 10);
    last = now;
  }, 10);
  try {
    return { value: await fn(), maxLagMs };
  } finally {
    clearInterval(timer);
  }
}

describe('page reader (worker threads)', { timeout: 120_000 }, () => {
  const reader = createPageReader({ threads: 1, timeoutMs: 60_000 });
  after(() => reader.close());

  it('reads an article: text, metadata and claims', async () => {
    const r = await reader.read(page(OK));
    assert.equal(r.outcome, 'ok');
    assert.ok(r.outcome === 'ok' && r.claims.some((c) => c.value === 1_030));
  });

  it('a 4.5 MB page of one paragraph is too_large, and the event loop stays free while it is read', async () => {
    const { value, maxLagMs } = await withLag(() => reader.read(page(BIG)));
    assert.equal(value.outcome, 'too_large');
    assert.ok(maxLagMs < 1_000, `event loop held ${Math.round(maxLagMs)} ms`);
  });

  it('random bytes are not an article', async () => {
    const r = await reader.read(page(randomBytesSeeded(2_000_000)));
    assert.equal(r.outcome, 'not_article');
  });

  it('past the deadline the thread is ended, the page is a timeout, and the next page is read', async () => {
    const t0 = performance.now();
    const slow = await reader.read(page(DENSE), 5);
    assert.equal(slow.outcome, 'timeout');
    assert.ok(performance.now() - t0 < 5_000, 'answered soon after the deadline, not when the page was done');
    // The same reader goes on, in a fresh thread.
    const next = await reader.read(page(OK));
    assert.equal(next.outcome, 'ok');
    assert.ok(next.outcome === 'ok' && next.claims.length > 0);
  });
});
