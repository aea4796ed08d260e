import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ldArticles, ldData } from '../../src/article/jsonld.ts';
import { emptyMeta, guessLang, normaliseLang, pickLang, pickPublished, pickTitle, toIsoUtc, trimSiteName } from '../../src/article/meta.ts';

describe('toIsoUtc', () => {
  const cases: [string, string | null][] = [
    ['2025-03-14T09:15:00+02:00', '2025-03-14T07:15:00.000Z'],
    ['2025-03-14T09:15:00+0200', '2025-03-14T07:15:00.000Z'],
    ['2025-03-14T09:15:00.123Z', '2025-03-14T09:15:00.123Z'],
    ['2025-03-14T09:15:00', '2025-03-14T09:15:00.000Z'],
    ['2025-03-14 9:15', '2025-03-14T09:15:00.000Z'],
    ['2025-03-14', '2025-03-14T00:00:00.000Z'],
    ['2019-11-18 17:19:53 GMT', '2019-11-18T17:19:53.000Z'],
    ['20191119', '2019-11-19T00:00:00.000Z'],
    ['2019/11/19', '2019-11-19T00:00:00.000Z'],
    ['Tue, 11 Nov 2025 14:20:00 +0200', '2025-11-11T12:20:00.000Z'],
    ['Tue, 11 Nov 2025 14:20:00 GMT', '2025-11-11T14:20:00.000Z'],
    ['November 19, 2019 10:00 AM', '2019-11-19T10:00:00.000Z'],
    ['1741943700', '2025-03-14T09:15:00.000Z'],
    ['1741943700000', '2025-03-14T09:15:00.000Z'],
    ['yesterday', null],
    ['', null],
    ['0001-01-01T00:00:00Z', null],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => assert.equal(toIsoUtc(input), expected));
  }
});

describe('trimSiteName', () => {
  test('known site name at either end', () => {
    assert.equal(trimSiteName('Russia loses 1,740 troops | Kyiv Ledger', ['Kyiv Ledger']), 'Russia loses 1,740 troops');
    assert.equal(trimSiteName('Kyiv Ledger - Russia loses 1,740 troops', ['Kyiv Ledger']), 'Russia loses 1,740 troops');
    assert.equal(trimSiteName('Drones down 48 of 60 — Eastern Wire', [null, 'Eastern Wire']), 'Drones down 48 of 60');
  });
  test('site name recognised from the domain', () => {
    assert.equal(trimSiteName('Why Beijing will act | Washington Examiner', ['washingtonexaminer']), 'Why Beijing will act');
    assert.equal(trimSiteName('Losses rise · The Ledger', ['ledger']), 'Losses rise');
  });
  test('short trailing segment after a bar or dash and a longer headline', () => {
    assert.equal(trimSiteName('How the General Staff counts Russian losses - The Frontline Review', []), 'How the General Staff counts Russian losses');
    assert.equal(trimSiteName('Втрати ворога за добу: мінус 1 280 окупантів | Фронтові новини', []), 'Втрати ворога за добу: мінус 1 280 окупантів');
  });
  test('headlines that merely contain a dash or colon stay whole', () => {
    assert.equal(trimSiteName('Ukraine war: Russia loses 1,000 troops in a day', []), 'Ukraine war: Russia loses 1,000 troops in a day');
    assert.equal(trimSiteName('Kharkiv - Kupiansk road shelled', []), 'Kharkiv - Kupiansk road shelled');
    assert.equal(trimSiteName('Front line report: Russia loses 1,000 troops in a day', []), 'Front line report: Russia loses 1,000 troops in a day');
    assert.equal(trimSiteName('Losses rise', ['Some Site']), 'Losses rise');
  });
});

describe('pickTitle and pickPublished', () => {
  test('og:title first, then JSON-LD headline, a single h1, <title>', () => {
    const fromTag = emptyMeta();
    fromTag.titleTag = 'Troops lost overnight near Pokrovsk | Eastern Wire';
    assert.equal(pickTitle(fromTag, null, 'https://www.easternwire.com/2025/06/x'), 'Troops lost overnight near Pokrovsk');
    const meta = emptyMeta();
    meta.titleTag = 'From the title tag | Site';
    meta.h1.push('From the h1');
    assert.equal(pickTitle(meta, null), 'From the h1');
    assert.equal(pickTitle(meta, 'From JSON-LD'), 'From JSON-LD');
    meta.metas.set('og:title', 'From og:title');
    assert.equal(pickTitle(meta, 'From JSON-LD'), 'From og:title');
    assert.equal(pickTitle(emptyMeta(), null), null);
  });

  test('site-specific meta names that say what they are', () => {
    const meta = emptyMeta();
    meta.metas.set('sn-post-date', '2019/11/19');
    meta.metas.set('last-modified-date', '2020-01-01');
    assert.equal(pickPublished(meta, null), '2019-11-19T00:00:00.000Z');
  });

  test('JSON-LD date, then article:published_time, then a marked <time>, then any <time>', () => {
    const meta = emptyMeta();
    assert.equal(pickPublished(meta, null), null);
    meta.times.push({ value: '2025-01-02T00:00:00Z', published: false });
    assert.equal(pickPublished(meta, null), '2025-01-02T00:00:00.000Z');
    meta.times.push({ value: '2025-01-03T00:00:00Z', published: true });
    assert.equal(pickPublished(meta, null), '2025-01-03T00:00:00.000Z');
    meta.metas.set('article:published_time', '2025-01-04T00:00:00Z');
    assert.equal(pickPublished(meta, null), '2025-01-04T00:00:00.000Z');
    assert.equal(pickPublished(meta, '2025-01-05T03:00:00+03:00'), '2025-01-05T00:00:00.000Z');
    assert.equal(pickPublished(meta, 'not a date'), '2025-01-04T00:00:00.000Z');
  });
});

describe('language', () => {
  const uk = 'Сили оборони України за минулу добу знищили понад тисячу окупантів, повідомив Генеральний штаб. Ці дані уточнюються.';
  const ru = 'Силы обороны Украины за прошедшие сутки уничтожили более тысячи оккупантов, сообщил Генеральный штаб. Эти данные уточняются.';
  const en = 'The General Staff said that the figures are preliminary and that the losses of the enemy in the east are the highest this year.';

  test('guessLang tells Ukrainian from Russian by their letters', () => {
    assert.equal(guessLang(uk), 'uk');
    assert.equal(guessLang(ru), 'ru');
    assert.equal(guessLang(en), 'en');
    assert.equal(guessLang('서울에서 열린 회의에서 정부는 새로운 정책을 발표했다'), 'ko');
    assert.equal(guessLang('東京で開かれた会議で、政府は新しい方針を発表しました。'), 'ja');
    assert.equal(guessLang('1 2 3'), null);
  });

  test('normaliseLang keeps the primary subtag', () => {
    assert.equal(normaliseLang('en-GB'), 'en');
    assert.equal(normaliseLang('uk_UA'), 'uk');
    assert.equal(normaliseLang(' RU '), 'ru');
    assert.equal(normaliseLang('uk, ru'), 'uk');
    assert.equal(normaliseLang('x'), null);
    assert.equal(normaliseLang(null), null);
  });

  test('declared language wins unless the letters clearly say otherwise', () => {
    const meta = emptyMeta();
    meta.htmlLang = 'ru';
    assert.equal(pickLang(meta, null, uk), 'uk', 'a Ukrainian text on a template declaring ru');
    assert.equal(pickLang(meta, null, ru), 'ru');
    meta.htmlLang = 'en';
    assert.equal(pickLang(meta, null, uk), 'uk');
    meta.htmlLang = 'de';
    assert.equal(pickLang(meta, null, 'Die Verluste sind hoch, sagte der Generalstab am Dienstag in Kiew.'), 'de');
    assert.equal(pickLang(meta, null, en), 'en', 'an English article on a German edition');
    meta.htmlLang = 'be';
    assert.equal(pickLang(meta, null, uk), 'be', 'the letters cannot tell Belarusian from Ukrainian');
    const og = emptyMeta();
    og.metas.set('og:locale', 'uk_UA');
    assert.equal(pickLang(og, null, ''), 'uk');
    assert.equal(pickLang(emptyMeta(), 'en-US', ''), 'en');
  });
});

describe('ldArticles', () => {
  test('finds article objects at the top level, in arrays, in @graph and under mainEntity', () => {
    const scripts = [
      JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'A', articleBody: 'body A' } }),
      JSON.stringify([{ '@type': 'Organization', name: 'X' }, { '@type': 'BlogPosting', headline: 'B', datePublished: '2025-01-01' }]),
      JSON.stringify({ '@graph': [{ '@type': ['ReportageNewsArticle'], headline: 'C', inLanguage: 'uk' }] }),
      JSON.stringify({ '@type': 'http://schema.org/Article', headline: { '@value': 'D' } }),
    ];
    const found = ldArticles(scripts);
    assert.deepEqual(
      found.map((a) => a.headline),
      ['A', 'B', 'C', 'D'],
    );
    assert.equal(found[0]!.articleBody, 'body A');
    assert.equal(found[1]!.datePublished, '2025-01-01');
    assert.equal(found[2]!.inLanguage, 'uk');
  });

  test('survives broken JSON and raw line breaks inside strings', () => {
    const found = ldArticles(['{ not json', '<!-- {"@type":"NewsArticle","headline":"E"} -->', '{"@type":"NewsArticle","articleBody":"line one\nline two"}']);
    assert.deepEqual(
      found.map((a) => a.headline ?? a.articleBody),
      ['E', 'line one line two'],
    );
  });

  test('a date on another object (the WebPage) is kept as a fallback', () => {
    const data = ldData([JSON.stringify({ '@graph': [{ '@type': 'WebPage', datePublished: '2025-02-01' }, { '@type': 'NewsArticle', headline: 'F' }] })]);
    assert.equal(data.articles[0]!.datePublished, null);
    assert.equal(data.anyDatePublished, '2025-02-01');
  });

  test('ignores objects of other types', () => {
    assert.deepEqual(ldArticles([JSON.stringify({ '@type': 'Product', articleBody: 'x' })]), []);
  });
});
