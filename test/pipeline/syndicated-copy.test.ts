/**
 * A syndicated copy whose <link rel="canonical"> names another outlet's article is a mention
 * of that article, not one more outlet (real Redis, two local sites).
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { extractArticle } from '../../src/article/extract.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { ingestArticle, mentionIdentity } from '../../src/pipeline/ingest-article.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const STORY = "Ukraine's General Staff said 1,180 Russian soldiers were killed or wounded over the past day.";
const html = (site: string, head = '') =>
  `<html lang="en"><head><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2024-03-02T08:00:00Z">${head}</head><body><article><h1>Losses</h1><p>${STORY}</p><p>The figure could not be verified independently.</p></article></body></html>`;

function serve(pages: Record<string, () => string>): Server {
  return createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.end('');
    const page = pages[(req.url ?? '').split('?')[0]!];
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
  });
}
const port = (s: Server) => (s.address() as AddressInfo).port;

describe('syndicated copies (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  // The original runs at 127.0.0.1, the copying site at "localhost": two hosts, two sites.
  const original = serve({ '/war/losses-1180': () => html('Kyiv Morning Post') });
  const other = serve({ '/news/gs-1180': () => html('Lviv Evening Herald') });
  const copier = serve({
    // Its canonical link carries tracking parameters , which the mention identity drops.
    '/syndicated/losses': () => html('Regional Reprints', `<link rel="canonical" href="http://127.0.0.1:${port(original)}/war/losses-1180?utm_source=partner">`),
  });

  before(async () => {
    redis = connect();
    for (const s of [original, other, copier]) await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const config = loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL }, fetch: { allowPrivateNetworks: true, domainSpacing: 0 } } });
    ctx = createContext(config, redis, createLogger('silent'));
  });
  after(async () => {
    await ctx.http.close();
    for (const s of [original, other, copier]) s.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const task = (url: string) => ({ url, sourceId: 'feed', outlet: 'Feed', title: null, publishedAt: null });

  it('counts the copy as a mention of the article it names canonical: two outlets, not three', async () => {
    const originalUrl = `http://127.0.0.1:${port(original)}/war/losses-1180`;
    // The copy is read first: its mention must still be the original article's.
    await ingestArticle(ctx, task(`http://localhost:${port(copier)}/syndicated/losses`));
    await ingestArticle(ctx, task(originalUrl));
    await ingestArticle(ctx, task(`http://127.0.0.1:${port(other)}/news/gs-1180`));
    const claims = (await ctx.claims.list()).filter((c) => c.metric === 'personnel' && c.value === 1_180);
    assert.equal(claims.length, 1);
    assert.equal(claims[0]!.mentions, 2);
    const mentions = await ctx.claims.mentions(claims[0]!.fingerprint);
    assert.deepEqual(mentions.map((m) => m.url).sort(), [originalUrl, `http://127.0.0.1:${port(other)}/news/gs-1180`].sort());
  });

  it('reads the canonical link, resolved and normalised; a front-page canonical is no identity', () => {
    const page = '<html><head><link rel="canonical" href="/a/story?utm_medium=rss#top"></head><body><p>x</p></body></html>';
    assert.equal(extractArticle(page, 'https://www.example.org/amp/a/story').canonicalUrl, 'https://example.org/a/story');
    assert.equal(extractArticle('<html><body><p>x</p></body></html>', 'https://example.org/a').canonicalUrl, null);
    assert.deepEqual(mentionIdentity('https://copy.example/a', 'https://orig.example/', 'Copy'), { url: 'https://copy.example/a', outlet: 'Copy' });
    assert.deepEqual(mentionIdentity('https://copy.example/a', 'https://news.orig.example/b', 'Copy'), { url: 'https://news.orig.example/b', outlet: 'orig.example' });
  });
});
