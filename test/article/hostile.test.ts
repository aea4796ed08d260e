/**
 * Inputs built to be slow or to break a recursive or quadratic implementation. Limits are
 * generous (shared CI machines); on a quiet machine each of these takes well under a second.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { limitNesting, MAX_DEPTH } from '../../src/article/dom.ts';
import { extractArticle, MAX_ELEMENTS, MAX_HTML_CHARS } from '../../src/article/extract.ts';

const PROSE = '<p>Shelling damaged the bridge near the village overnight, officials said, and repairs will take weeks to finish.</p>';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('hostile input', () => {
  test('100,000 nested <div>s', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}${PROSE}${'</div>'.repeat(100_000)}</body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.ok(value.text.includes('Shelling damaged the bridge'), value.text.slice(0, 200));
    assert.ok(ms < 3_000, `took ${ms} ms`);
  });

  test('50,000 unclosed inline elements, then text', () => {
    const html = `<html><body>${'<div><span><b>'.repeat(50_000)}${PROSE}`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.ok(value.text.includes('Shelling damaged the bridge'));
    assert.ok(ms < 3_000, `took ${ms} ms`);
  });

  test('input over the size cap is cut, not refused', () => {
    const para = `${PROSE}\n`;
    const html = `<html><body><article>${para.repeat(Math.ceil((MAX_HTML_CHARS * 1.6) / para.length))}</article></body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.ok(value.text.length > 1_000_000);
    assert.ok(value.text.length < MAX_HTML_CHARS);
    assert.ok(ms < 8_000, `took ${ms} ms`);
  });

  test('one enormous text node and an enormous attribute', () => {
    const html = `<html><body><div title="${'x'.repeat(2_000_000)}"><p>${'word, '.repeat(400_000)}</p></div></body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.ok(value.text.startsWith('word, word,'));
    assert.ok(ms < 5_000, `took ${ms} ms`);
  });

  test('deeply nested and huge JSON-LD', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const wide = JSON.stringify({ '@graph': Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })) });
    const html = `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script></head><body>${PROSE.repeat(3)}</body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.equal(value.method, 'heuristic');
    assert.ok(value.text.includes('Shelling damaged the bridge'));
    assert.ok(ms < 3_000, `took ${ms} ms`);
  });

  test('pathological strings in metadata and JSON-LD', () => {
    const ws = ' '.repeat(300_000);
    const body = JSON.stringify(`${'<a'.repeat(300_000)} ${'\n'.repeat(1000)}${ws}x`);
    const html =
      `<html><head><meta property="og:title" content="${'a |'.repeat(200_000)}"><meta property="article:published_time" content="2025-01-01${ws}x">` +
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${ws}GMTx","articleBody":${body}}</script></head>` +
      `<body><time datetime="${ws}">x</time>${PROSE.repeat(3)}</body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.ok(value.text.includes('Shelling damaged the bridge'));
    assert.equal(value.publishedAt, null);
    assert.ok(ms < 3_000, `took ${ms} ms`);
  });

  test('20,000 sibling boilerplate elements before the article', () => {
    const html = `<html><body>${'<div class="share related"><a href="#">x</a></div>'.repeat(20_000)}<main>${PROSE.repeat(3)}</main></body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.ok(value.text.includes('Shelling damaged the bridge'));
    assert.ok(ms < 3_000, `took ${ms} ms`);
  });

  test('past the element cap the rest of the page is not read', () => {
    const html = `<html><body>${'<div><a href="#">x</a></div>'.repeat(MAX_ELEMENTS)}<main>${PROSE.repeat(3)}</main></body></html>`;
    const { value, ms } = timed(() => extractArticle(html));
    assert.equal(value.text, '');
    assert.ok(ms < 5_000, `took ${ms} ms`);
  });
});

describe('limitNesting', () => {
  test('leaves ordinary markup untouched', () => {
    const html = '<div><p>a<p>b<ul><li>c<li>d</ul><img src=x><br><script>if (a < b) { x = "<div>"; }</script></div><!-- <div> -->';
    assert.equal(limitNesting(html, 3), html);
  });

  test('drops tags beyond the limit and keeps their text', () => {
    const html = `${'<div>'.repeat(6)}text${'</div>'.repeat(6)}`;
    assert.equal(limitNesting(html, 3), `${'<div>'.repeat(3)}text${'</div>'.repeat(3)}`);
    assert.ok(MAX_DEPTH >= 256, 'real pages nest a few dozen levels; the cap is far above that');
  });
});
