import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/article/extract.ts';
import type { ArticleResult } from '../../src/article/extract.ts';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

function assertContainsAll(text: string, parts: readonly string[]): void {
  for (const p of parts) assert.ok(text.includes(p), `body should contain ${JSON.stringify(p)}\n--- body:\n${text}`);
}

function assertContainsNone(text: string, parts: readonly string[]): void {
  for (const p of parts) assert.ok(!text.includes(p), `body should not contain ${JSON.stringify(p)}\n--- body:\n${text}`);
}

/** Whitespace contract: trimmed, single spaces, blocks apart by one blank line at most. */
function assertTidy(r: ArticleResult): void {
  assert.equal(r.text, r.text.trim());
  assert.ok(!/\n{3,}/.test(r.text), 'no more than one blank line between blocks');
  assert.ok(!/[ \t]{2,}|[ \t]\n|\n[ \t]/.test(r.text), 'spaces collapsed, lines trimmed');
  assert.ok(!/[\u00a0\u200b]/.test(r.text), 'no-break and zero-width spaces normalised');
}

describe('extractArticle: news page with a JSON-LD NewsArticle', () => {
  const html = fixture('jsonld-newsarticle.html');
  const paragraphs = [
    "Russia lost 1,740 soldiers killed or wounded over the past day, Ukraine's General Staff said on March 14, the highest daily figure reported since the start of the year.",
    "The figure brings Russia's total personnel losses since the start of the full-scale invasion to about 891,550, according to the General Staff's morning report.",
    'Ukrainian forces also destroyed 14 tanks, 31 armoured fighting vehicles and 52 artillery systems over the same period, the report said.',
    'The previous daily high this year was 1,650, reported on January 27.',
    '"The intensity of assaults near Pokrovsk has not dropped for three weeks," a spokesperson',
    'Russia does not publish figures for its own losses.',
  ];
  const boilerplate = [
    'We use cookies',
    'Politics',
    'Subscribe',
    'Share on Facebook',
    'Olena Marchuk',
    'Advertisement',
    'General Staff reports record drone losses in February',
    'Related',
    'Get the morning briefing',
    'Sign up for our newsletter',
    '12 comments',
    'These numbers are staggering',
    'More from War',
    'Zelensky meets European defence ministers',
    'All rights reserved',
    'Privacy policy',
    'Photo: Ledger staff',
    'dataLayer',
    'querySelectorAll',
    'font-weight',
  ];

  test('takes the body from JSON-LD articleBody inside @graph', () => {
    const r = extractArticle(html, 'https://kyivledger.example/war/2025/03/14/losses');
    assert.equal(r.method, 'jsonld');
    assertContainsAll(r.text, paragraphs);
    assertContainsNone(r.text, boilerplate);
    assert.equal(r.text.split('\n\n').length, 6, 'one block per paragraph');
    assertTidy(r);
  });

  test('title, publication time in UTC and language', () => {
    const r = extractArticle(html);
    assert.equal(r.title, 'Russia loses 1,740 troops in a day, the most since the start of the year');
    assert.equal(r.publishedAt, '2025-03-14T07:15:00.000Z');
    assert.equal(r.lang, 'en');
  });

  test('without the JSON-LD, the heuristic finds the same paragraphs and none of the chrome', () => {
    const bare = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    const r = extractArticle(bare);
    assert.equal(r.method, 'heuristic');
    assertContainsAll(r.text, paragraphs);
    assertContainsNone(r.text, [...boilerplate, 'Russia loses 1,740 troops in a day']);
    assert.equal(r.text.split('\n\n').length, 6);
    assert.equal(r.publishedAt, '2025-03-14T07:15:00.000Z', 'from article:published_time');
    assertTidy(r);
  });
});

describe('extractArticle: page without JSON-LD', () => {
  const r = extractArticle(fixture('no-jsonld.html'));

  test('uses the heuristic and keeps headings, quotes and lists of the body', () => {
    assert.equal(r.method, 'heuristic');
    assertContainsAll(r.text, [
      "Every morning between six and nine o'clock Kyiv time, the General Staff of Ukraine's Armed Forces publishes",
      'It is that second number that newspapers usually quote',
      '\n\nWhere the numbers come from\n\n',
      '"A tank is counted when we have video of it burning, not when someone says it was hit," one officer',
      'Cruise missiles were added in May 2022',
      '\n\nWhat a typical report contains\n\n',
      '\n\npersonnel: about 950,000 (+1,120)\n\ntanks: 10,900 (+6)\n\nartillery systems: 28,700 (+41)\n\ndrones: 41,200 (+150)\n\n',
      'Recounts complicate the picture.',
      'but the trends they see are broadly similar.',
    ]);
    assertTidy(r);
  });

  test('leaves out menus, share buttons, promos, bio, tags, comments, sidebar and footer', () => {
    assertContainsNone(r.text, [
      'How the General Staff counts Russian losses',
      'Home',
      'Maps',
      'Published',
      'Facebook',
      'Copy link',
      'Subscribe to The Frontline Review',
      'Andriy Koval covers the war',
      'general staff,',
      'Join the discussion',
      'Great explainer',
      'Most read',
      'Five charts that explain',
      'independent publication covering the war, funded by its readers',
      'Copyright 2025',
      'PAGE_CONFIG',
      'disqus',
      'font-family',
    ]);
  });

  test('metadata: title without the site name, zone-less date read as UTC', () => {
    assert.equal(r.title, 'How the General Staff counts Russian losses');
    assert.equal(r.publishedAt, '2025-05-02T07:30:00.000Z');
    assert.equal(r.lang, 'en');
  });
});

describe('extractArticle: JSON-LD articleBody that is only a teaser', () => {
  const r = extractArticle(fixture('teaser-jsonld.html'));

  test('falls back to the page text', () => {
    assert.equal(r.method, 'heuristic');
    assertContainsAll(r.text, [
      'with the remaining drones either lost to electronic warfare or hitting targets in three regions.',
      'Debris fell on residential buildings in Kharkiv and Odesa',
      'which counts drones destroyed on the battlefield.',
    ]);
    assertContainsNone(r.text, ['…', 'Related coverage', 'Energy grid operator warns', 'Markets', 'trading name']);
    assert.equal(r.text.split('\n\n').length, 4);
  });

  test('still takes headline and date from it', () => {
    assert.equal(r.title, 'Air defence downs 48 of 60 drones overnight, air force says');
    assert.equal(r.publishedAt, '2025-06-03T05:40:00.000Z');
  });
});

describe('extractArticle: Ukrainian page with no declared language', () => {
  const r = extractArticle(fixture('ukrainian.html'));

  test('keeps the report lines, one per line, inside their paragraph', () => {
    assert.equal(r.method, 'heuristic');
    assertContainsAll(r.text, [
      'Сили оборони України за минулу добу знищили 1 280 російських окупантів',
      'Загалом з 24 лютого 2022 року Росія втратила в Україні близько 1 118 650 військових.',
      'орієнтовно склали:\nособового складу – близько 1 118 650 (+1 280) осіб\nтанків – 11 240 (+3) од.\n',
      'БпЛА оперативно-тактичного рівня – 70 150 (+212) од.',
      'Дані уточнюються.',
    ]);
    assertTidy(r);
  });

  test('leaves out read-also links, share links, comments, news feed and footer', () => {
    assertContainsNone(r.text, [
      'Втрати ворога за добу',
      'Русская версия',
      'Читайте також',
      'рекордну кількість дронів',
      'Поділитися',
      'Коментарі доступні',
      'Останні новини',
      'Курс долара',
      'Усі права захищено',
      '_gaq',
    ]);
  });

  test('language guessed from the letters; date from <time>; site name trimmed', () => {
    assert.equal(r.lang, 'uk');
    assert.equal(r.publishedAt, '2025-10-07T03:05:00.000Z');
    assert.equal(r.title, 'Втрати ворога за добу: мінус 1 280 окупантів і 19 артсистем');
  });
});

describe('extractArticle: body written as <div> text with <br>s', () => {
  const r = extractArticle(fixture('div-br.html'));

  test('paragraphs come apart at double <br>, words never glued', () => {
    assert.equal(r.method, 'heuristic');
    const paras = r.text.split('\n\n');
    assert.equal(paras.length, 5, r.text);
    assert.ok(paras[0]!.startsWith('Russian forces shelled three villages'));
    assert.ok(paras[1]!.startsWith('No one was killed'));
    assert.ok(paras[4]!.startsWith('Residents can report damaged property'));
    assertContainsAll(r.text, ['over the past day, most of them against border settlements.']);
    assertTidy(r);
  });

  test('leaves out the menu column, the news column and the page furniture', () => {
    assertContainsNone(r.text, [
      'Main page',
      'News archive',
      'Regional council reports damage',
      '11.11.2025',
      'Print version',
      'Other news',
      'Farmers begin winter sowing',
      'All rights reserved',
    ]);
  });

  test('metadata from <title>, meta date (RFC 2822) and meta language', () => {
    assert.equal(r.title, 'Regional council reports damage after overnight shelling');
    assert.equal(r.publishedAt, '2025-11-11T12:20:00.000Z');
    assert.equal(r.lang, 'en');
  });
});

describe('extractArticle: small inputs', () => {
  test('blocks get a blank line between them; script and style text never appears', () => {
    const r = extractArticle(
      '<html><body><nav><a href="/">Home</a></nav><div><p>One two.</p><p>Three<b>four</b>.</p><ul><li>five</li><li>six</li></ul></div>' +
        '<script>var secret = 1;</script><style>.x{color:red}</style><noscript>enable js</noscript></body></html>',
    );
    assert.equal(r.text, 'One two.\n\nThreefour.\n\nfive\n\nsix');
  });

  test('empty and tagless input give empty results', () => {
    for (const html of ['', '   ', '<html></html>', '<!-- only a comment -->']) {
      const r = extractArticle(html);
      assert.deepEqual(r, { title: null, text: '', publishedAt: null, lang: null, method: 'heuristic', canonicalUrl: null, outcome: 'article' });
    }
  });

  test('entities are decoded and no-break spaces normalised', () => {
    const p = 'Losses rose to 1&nbsp;120 &amp; more &mdash; the report said, adding details about the day in a long enough sentence.';
    const r = extractArticle(`<html><body><article><p>${p}</p><p>${p}</p></article></body></html>`);
    assert.ok(r.text.startsWith('Losses rose to 1 120 & more — the report said'), r.text);
  });

  test('JSON-LD articleBody given as escaped HTML is rendered to text', () => {
    const body = Array.from({ length: 8 }, (_, i) => `&lt;p&gt;Paragraph ${i} tells the &lt;b&gt;story&lt;/b&gt; of the day in some words.&lt;/p&gt;`).join('');
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body}"}</script></head>
      <body><div>${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} tells the <b>story</b> of the day in some words.</p>`).join('')}</div></body></html>`;
    const r = extractArticle(html);
    assert.equal(r.method, 'jsonld');
    assert.ok(r.text.startsWith('Paragraph 0 tells the story of the day in some words.\n\nParagraph 1'), r.text);
    assert.ok(!r.text.includes('<'));
  });

  test('a run-together JSON-LD body takes the paragraphs of the page when the words are the same', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `Paragraph ${i} of the report has a dozen words in it, give or take.`);
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${paras.join(' ')}"}</script></head>
      <body><div class="story">${paras.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const r = extractArticle(html);
    assert.equal(r.method, 'jsonld');
    assert.equal(r.text, paras.join('\n\n'));
  });

  test('JSON-LD body about another article is not trusted', () => {
    const other = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const page = Array.from({ length: 6 }, () => '<p>Shelling damaged the bridge near the village overnight, officials said, and repairs will take weeks.</p>').join('');
    const html = `<html><head><script type="application/ld+json">{"@type":"Article","articleBody":"${other}"}</script></head><body><main>${page}</main></body></html>`;
    const r = extractArticle(html);
    assert.equal(r.method, 'heuristic');
    assert.ok(r.text.startsWith('Shelling damaged the bridge'));
  });
});
