import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FetchError, ScraperBrokenError } from '../../src/core/errors.ts';
import { createHttpClient } from '../../src/fetch/http-client.ts';
import type { HttpClient } from '../../src/fetch/http-client.ts';
import { assertPageSane, pageUrl, parseChannelPage } from '../../src/sources/telegram/parse-page.ts';
import type { TelegramPage } from '../../src/sources/telegram/types.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { renderChannelPage } from '../support/render-channel-page.ts';

const NBSP = '\u00a0';

function reportText(day: number): string {
  return [
    `⚡️Загальні бойові втрати противника з 24.02.22 по ${String(day).padStart(2, '0')}.11.25 орієнтовно склали:`,
    '',
    `👉 особового складу ‒ близько 1${NBSP}150${NBSP}${String(100 + day).padStart(3, '0')} (+${900 + day}) осіб`,
    `👉 танків ‒ 11${NBSP}3${String(day).padStart(2, '0')} (+${day % 7}) од.`,
    '',
    'Бий окупанта! Разом переможемо! 💪🇺🇦',
  ].join('\n');
}

/** Texts that exercise escaping, emoji forms and line breaks. */
const SPECIAL_TEXTS = [
  'Рядок 1\nРядок 2\n\nРядок 4',
  'Символи: <b>не тег</b> & "лапки" \'апостроф\' 5 > 3',
  '👍🏽 тон шкіри, 👨‍👩‍👧 родина, ✍️ з селектором, 🇺🇦 прапор',
  'Тільки текст без емодзі',
];

async function getPage(client: HttpClient, url: string): Promise<TelegramPage> {
  const res = await client.get(url);
  return parseChannelPage(res.body.toString('utf8'));
}

describe('fake channel', { timeout: 30_000 }, () => {
  let fake: FakeChannel;
  let client: HttpClient;
  const expected = new Map<number, { text: string; publishedAt: string }>();

  before(async () => {
    fake = await startFakeChannel({ pageSize: 20 });
    client = createHttpClient({ allowPrivateNetworks: true, timeoutMs: 5_000 });
    for (let i = 0; i < 45; i++) {
      const text = i % 9 < SPECIAL_TEXTS.length ? (SPECIAL_TEXTS[i % 9] as string) : reportText((i % 28) + 1);
      const publishedAt = new Date(Date.UTC(2025, 10, 1, 5, 30) + i * 3_600_000).toISOString();
      const id = fake.addPost({ text, publishedAt });
      expected.set(id, { text, publishedAt });
    }
  });

  after(async () => {
    await client.close();
    await fake.close();
  });

  test('serves the newest page with the load-more link', async () => {
    assert.match(fake.url, /^http:\/\/127\.0\.0\.1:\d+\/s\/GeneralStaffZSU$/);
    const page = await getPage(client, pageUrl(fake.url));
    assert.equal(page.hasHistory, true);
    assert.deepEqual(
      page.posts.map((p) => p.id),
      Array.from({ length: 20 }, (_, i) => 26 + i),
    );
    assert.equal(page.before, 26);
  });

  test('texts, emoji, line breaks and dates round-trip through the parser', async () => {
    const seen = new Set<number>();
    let before: number | undefined;
    for (;;) {
      const page = await getPage(client, pageUrl(fake.url, before));
      if (page.posts.length === 0) break;
      for (const post of page.posts) {
        const want = expected.get(post.id);
        assert.ok(want, `post ${post.id} was added`);
        assert.equal(post.text, want.text, `text of ${post.id}`);
        assert.equal(post.publishedAt, want.publishedAt);
        assert.equal(post.channel, 'GeneralStaffZSU');
        assert.equal(post.edited, false);
        seen.add(post.id);
      }
      before = page.before ?? undefined;
      if (before === undefined) break;
    }
    assert.equal(seen.size, 45);
  });

  test('paging with before= walks every post exactly once, then "No posts found"', async () => {
    const ids: number[] = [];
    const firstRequest = fake.requests.length;
    let before: number | undefined;
    let last: TelegramPage | undefined;
    for (let guard = 0; guard < 20; guard++) {
      last = await getPage(client, pageUrl(fake.url, before));
      assertPageSane(last, fake.url);
      if (last.posts.length === 0) break;
      ids.unshift(...last.posts.map((p) => p.id));
      before = last.before ?? undefined;
    }
    assert.deepEqual(
      ids,
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    assert.deepEqual(last, { posts: [], before: null, hasHistory: true });
    assert.deepEqual(
      fake.requests.slice(firstRequest).map((r) => r.path),
      ['/s/GeneralStaffZSU', '/s/GeneralStaffZSU?before=26', '/s/GeneralStaffZSU?before=6', '/s/GeneralStaffZSU?before=1'],
    );
  });

  test('older pages carry the newer link, which the parser ignores', async () => {
    const res = await client.get(pageUrl(fake.url, 26));
    const html = res.body.toString('utf8');
    assert.match(html, /data-after="25"/);
    assert.match(html, /data-before="6"/);
    assert.equal(parseChannelPage(html).before, 6);
  });

  test('editPost shows the edited marker and the new text', async () => {
    const id = fake.addPost({ text: 'Початковий текст', publishedAt: '2025-11-20T06:00:00Z' });
    fake.editPost(id, 'Виправлений текст 👉 (+1 100)');
    const page = await getPage(client, pageUrl(fake.url));
    const post = page.posts.at(-1);
    assert.equal(post?.id, id);
    assert.equal(post?.edited, true);
    assert.equal(post?.text, 'Виправлений текст 👉 (+1 100)');
  });

  test('explicit ids are kept in order and duplicates refused', async () => {
    const other = await startFakeChannel({ channel: 'OtherChannel', pageSize: 3 });
    try {
      other.addPost({ id: 100, text: 'c', publishedAt: '2025-01-03T00:00:00Z' });
      other.addPost({ id: 50, text: 'a', publishedAt: '2025-01-01T00:00:00Z' });
      other.addPost({ id: 70, text: 'b', publishedAt: '2025-01-02T00:00:00Z' });
      assert.equal(other.addPost({ text: 'd', publishedAt: '2025-01-04T00:00:00Z' }), 101);
      assert.throws(() => other.addPost({ id: 70, text: 'again', publishedAt: '2025-01-02T00:00:00Z' }));
      const page = await getPage(client, other.url);
      assert.deepEqual(
        page.posts.map((p) => [p.id, p.text, p.channel]),
        [
          [70, 'b', 'OtherChannel'],
          [100, 'c', 'OtherChannel'],
          [101, 'd', 'OtherChannel'],
        ],
      );
      assert.equal(page.before, 70);
    } finally {
      await other.close();
    }
  });

  test('broken modes: no markup, HTTP 500, and back', async () => {
    try {
      fake.setBroken('no-markup');
      const page = await getPage(client, fake.url);
      assert.throws(() => assertPageSane(page, fake.url), ScraperBrokenError);

      fake.setBroken('http-500');
      await assert.rejects(client.get(fake.url), (err) => err instanceof FetchError && err.kind === 'http_status' && err.status === 500);
    } finally {
      fake.setBroken('none');
    }
    assert.equal((await getPage(client, fake.url)).posts.length, 20);
  });

  test('unknown paths are 404 and every request is recorded', async () => {
    const before = fake.requests.length;
    const started = Date.now();
    await assert.rejects(client.get(fake.url.replace('/s/GeneralStaffZSU', '/s/SomeoneElse')), (err) => err instanceof FetchError && err.status === 404);
    const entry = fake.requests[before];
    assert.equal(entry?.path, '/s/SomeoneElse');
    assert.ok(entry !== undefined && entry.at >= started && entry.at <= Date.now());
  });
});

test('a channel with 10,000 posts serves any page quickly', { timeout: 30_000 }, async () => {
  const fake = await startFakeChannel();
  const client = createHttpClient({ allowPrivateNetworks: true, timeoutMs: 5_000 });
  try {
    const t0 = performance.now();
    for (let i = 1; i <= 10_000; i++) {
      fake.addPost({ text: i % 6 === 0 ? reportText((i % 28) + 1) : `Новина ${i}`, publishedAt: new Date(Date.UTC(2022, 1, 24) + i * 600_000).toISOString() });
    }
    const addMs = performance.now() - t0;
    assert.ok(addMs < 2_000, `adding 10,000 posts took ${addMs.toFixed(0)} ms`);

    const t1 = performance.now();
    const pages = 60;
    for (let i = 0; i < pages; i++) {
      const before = 1 + Math.floor(((i + 1) * 9_999) / pages);
      const page = await getPage(client, pageUrl(fake.url, before));
      assert.equal(page.posts.at(-1)?.id, before - 1);
      assert.equal(page.posts.length, Math.min(20, before - 1));
    }
    const perPage = (performance.now() - t1) / pages;
    assert.ok(perPage < 100, `a page took ${perPage.toFixed(1)} ms on average`);
  } finally {
    await client.close();
    await fake.close();
  }
});

test('renderChannelPage escapes text and marks emoji like Telegram', () => {
  const html = renderChannelPage([{ id: 7, text: '<i>&! 👉\n⚡️', publishedAt: '2025-11-14T05:31:47.000Z', edited: true }], {
    channel: 'GeneralStaffZSU',
    before: 7,
  });
  assert.ok(html.includes('&lt;i&gt;&amp;&#33; <i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/F09F9189.png\')"><b>👉</b></i><br/>'));
  assert.ok(html.includes("emoji/40/E29AA1.png')\"><b>⚡️</b></i>"));
  assert.ok(html.includes('<time datetime="2025-11-14T05:31:47+00:00" class="time">05:31</time>'));
  assert.ok(html.includes('edited &nbsp;<a class="tgme_widget_message_date"'));
  assert.ok(html.includes('data-post="GeneralStaffZSU/7"'));
  assert.ok(html.includes('class="tme_messages_more js-messages_more" data-before="7"'));
});
