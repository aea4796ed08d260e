import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ScraperBrokenError, InputError } from '../../src/core/errors.ts';
import { assertPageSane, channelFromUrl, pageUrl, parseChannelPage } from '../../src/sources/telegram/parse-page.ts';
import type { TelegramPost } from '../../src/sources/telegram/types.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/telegram/${name}`, import.meta.url), 'utf8');

const NBSP = '\u00a0';

describe('parseChannelPage on a channel page', () => {
  const page = parseChannelPage(fixture('channel-page.html'));
  const post = (id: number): TelegramPost => {
    const found = page.posts.find((p) => p.id === id);
    assert.ok(found, `post ${id} parsed`);
    return found;
  };

  test('finds every message, sorted by id, with ids, channel and url', () => {
    assert.deepEqual(
      page.posts.map((p) => p.id),
      [12001, 12002, 12003, 12004, 12006],
    );
    for (const p of page.posts) {
      assert.equal(p.channel, 'GeneralStaffZSU');
      assert.equal(p.url, `https://t.me/GeneralStaffZSU/${p.id}`);
    }
  });

  test('load-more link gives before; history section present', () => {
    assert.equal(page.before, 12001);
    assert.equal(page.hasHistory, true);
  });

  test('multi-line report: <br> as newlines, emoji as characters, &nbsp; decoded, lines right-trimmed', () => {
    const report = post(12003);
    const lines = report.text.split('\n');
    assert.equal(lines[0], '⚡️Загальні бойові втрати противника з 24.02.22 по 14.11.25 орієнтовно склали:');
    assert.equal(lines[1], '');
    assert.equal(lines[2], `👉 особового складу ‒ близько 1${NBSP}158${NBSP}390 (+1${NBSP}070) осіб`);
    assert.equal(lines[3], `👉 танків ‒ 11${NBSP}365 (+3) од.`);
    assert.equal(lines[6], `👉 БпЛА оперативно-тактичного рівня ‒ 80${NBSP}120 (+190)`);
    assert.equal(lines[8], 'Дані уточнюються.');
    assert.equal(lines[10], 'Бий окупанта! Разом переможемо! 💪🇺🇦');
    assert.equal(lines.at(-1), '#втрати_ворога');
    assert.equal(lines.length, 13);
    for (const line of lines) assert.equal(line, line.trimEnd());
    assert.equal(report.publishedAt, '2025-11-14T05:31:47.000Z');
  });

  test('edited marker in the meta', () => {
    assert.equal(post(12003).edited, true);
    assert.equal(post(12002).edited, false);
  });

  test('an author signature saying "edited" does not mark the post edited', () => {
    assert.equal(post(12006).edited, false);
  });

  test('forwarded and service flags', () => {
    assert.equal(post(12002).forwarded, true);
    assert.equal(post(12002).text, 'Зведення за ніч оприлюднено.');
    assert.equal(post(12003).forwarded, false);
    assert.equal(post(12001).service, true);
    assert.equal(post(12001).text, 'Channel photo updated');
    assert.equal(post(12003).service, false);
  });

  test('album caption nested in two text divs is read once', () => {
    assert.equal(post(12004).text, 'Оперативна інформація станом на 08:00 15.11.2025\nНайбільше боєзіткнень — на Покровському напрямку.');
  });

  test('entities decoded, <br> without slash, script and style dropped', () => {
    assert.equal(post(12006).text, 'Увага! "Зброя & техніка": втрати <уточнюються>\nДеталі: example.org/zvedennia');
  });

  test('datetime with an offset is normalised to UTC', () => {
    assert.equal(post(12006).publishedAt, '2025-11-15T07:12:30.000Z');
  });
});

describe('parseChannelPage edge cases', () => {
  test('"No posts found" page: history, no posts, before null, sane', () => {
    const page = parseChannelPage(fixture('no-posts-found.html'));
    assert.deepEqual(page, { posts: [], before: null, hasHistory: true });
    assert.doesNotThrow(() => assertPageSane(page, 'https://t.me/s/GeneralStaffZSU?before=1'));
  });

  test('changed markup: no messages, no history -> ScraperBrokenError', () => {
    const page = parseChannelPage(fixture('changed-markup.html'));
    assert.equal(page.posts.length, 0);
    assert.equal(page.hasHistory, false);
    assert.throws(
      () => assertPageSane(page, 'https://t.me/s/GeneralStaffZSU'),
      (err) => err instanceof ScraperBrokenError && err.message.includes('https://t.me/s/GeneralStaffZSU'),
    );
  });

  test('a page with posts is sane', () => {
    assert.doesNotThrow(() => assertPageSane(parseChannelPage(fixture('channel-page.html')), 'x'));
  });

  test('without a load-more link, before is the smallest id; posts are sorted; newer link ignored', () => {
    const wrap = (id: number, text: string): string =>
      `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="GeneralStaffZSU/${id}"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">${text}</div><div class="tgme_widget_message_footer"><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="#"><time datetime="2024-01-0${id % 9}T07:00:00+00:00" class="time">07:00</time></a></span></div></div></div></div>`;
    const html = `<section class="tgme_channel_history js-message_history">${wrap(30, 'c')}${wrap(10, 'a')}${wrap(20, 'b')}<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/GeneralStaffZSU?after=30" class="tme_messages_more js-messages_more" data-after="30"></a></div></section>`;
    const page = parseChannelPage(html);
    assert.deepEqual(
      page.posts.map((p) => [p.id, p.text]),
      [
        [10, 'a'],
        [20, 'b'],
        [30, 'c'],
      ],
    );
    assert.equal(page.before, 10);
  });

  test('markup whitespace inside text is layout, not content', () => {
    const html = `<div class="tgme_widget_message" data-post="chan/5"><div class="tgme_widget_message_text js-message_text" dir="auto">Перший рядок
        <br/>Другий   рядок
      </div></div>`;
    const [post] = parseChannelPage(html).posts;
    assert.equal(post?.text, 'Перший рядок\nДругий   рядок');
    assert.equal(post?.publishedAt, null);
    assert.equal(post?.edited, false);
  });

  test('messages without a usable data-post are skipped; a message with no text has empty text', () => {
    const html = `<section class="tgme_channel_history"><div class="tgme_widget_message" data-post="broken"></div><div class="tgme_widget_message" data-post="chan/x"></div><div class="tgme_widget_message" data-post="chan/7"><div class="tgme_widget_message_photo_wrap"></div></div></section>`;
    const page = parseChannelPage(html);
    assert.deepEqual(
      page.posts.map((p) => [p.id, p.text]),
      [[7, '']],
    );
  });
});

describe('channel URLs', () => {
  test('pageUrl for t.me and for a local test server', () => {
    assert.equal(pageUrl('https://t.me/s/GeneralStaffZSU'), 'https://t.me/s/GeneralStaffZSU');
    assert.equal(pageUrl('https://t.me/GeneralStaffZSU', 12001), 'https://t.me/s/GeneralStaffZSU?before=12001');
    assert.equal(pageUrl('GeneralStaffZSU'), 'https://t.me/s/GeneralStaffZSU');
    assert.equal(pageUrl('@GeneralStaffZSU', 5), 'https://t.me/s/GeneralStaffZSU?before=5');
    assert.equal(pageUrl('http://127.0.0.1:1234/s/GeneralStaffZSU'), 'http://127.0.0.1:1234/s/GeneralStaffZSU');
    assert.equal(pageUrl('http://127.0.0.1:1234/s/GeneralStaffZSU?before=99', 42), 'http://127.0.0.1:1234/s/GeneralStaffZSU?before=42');
    assert.throws(() => pageUrl('https://t.me/s/GeneralStaffZSU', 0), InputError);
    assert.throws(() => pageUrl('https://t.me/s/GeneralStaffZSU', 1.5), InputError);
  });

  test('channelFromUrl', () => {
    assert.equal(channelFromUrl('https://t.me/s/GeneralStaffZSU'), 'GeneralStaffZSU');
    assert.equal(channelFromUrl('https://t.me/GeneralStaffZSU/12003'), 'GeneralStaffZSU');
    assert.equal(channelFromUrl('t.me/s/GeneralStaffZSU'), 'GeneralStaffZSU');
    assert.equal(channelFromUrl('@GeneralStaffZSU'), 'GeneralStaffZSU');
    assert.equal(channelFromUrl('http://127.0.0.1:1234/s/GeneralStaffZSU?before=3'), 'GeneralStaffZSU');
    assert.throws(() => channelFromUrl('https://example.org/news'), InputError);
    assert.throws(() => channelFromUrl('https://t.me/'), InputError);
  });
});
