/**
 * Renders t.me/s channel pages with the structure Telegram serves (history section, load-more
 * links, message wraps with data-post, bubble, text, footer meta), for the fake channel server
 * and parser tests. Only the parts a scraper reads are reproduced faithfully; avatars and the
 * bubble tail are reduced to short stand-ins.
 */

export interface RenderPost {
  id: number;
  /** Plain text; "\n" becomes <br/>, emoji become Telegram's <i class="emoji"> markup. */
  text: string;
  /** ISO instant. */
  publishedAt: string;
  edited?: boolean;
}

export interface RenderOptions {
  channel: string;
  /** Renders the "load older" link with this data-before (null/undefined: no older posts). */
  before?: number | null;
  /** Renders the "load newer" link with this data-after (null/undefined: no newer posts). */
  after?: number | null;
  /** Channel title shown in the header and author line. @default "Генеральний штаб ЗСУ" */
  title?: string;
}

// Flags (regional-indicator pairs) and pictographs with optional variation selector, skin tone
// and zero-width-joiner sequences: what Telegram wraps as one emoji image.
const EMOJI = /\p{Regional_Indicator}\p{Regional_Indicator}|\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*/gu;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Telegram writes "!" as a numeric reference; kept so parsers meet it.
  '!': '&#33;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'!]/g, (c) => ESCAPES[c] ?? c);
}

/** Telegram names emoji images by the UTF-8 bytes in hex, without the U+FE0F selector. */
function emojiImageName(emoji: string): string {
  return Buffer.from(emoji.replace(/\uFE0F/g, ''), 'utf8').toString('hex').toUpperCase();
}

function renderEmoji(emoji: string): string {
  return `<i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/${emojiImageName(emoji)}.png')"><b>${emoji}</b></i>`;
}

/** Message text as Telegram marks it up. */
export function renderMessageText(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  let html = '';
  let last = 0;
  for (const match of normalised.matchAll(EMOJI)) {
    html += escapeHtml(normalised.slice(last, match.index)) + renderEmoji(match[0]);
    last = match.index + match[0].length;
  }
  html += escapeHtml(normalised.slice(last));
  return html.replace(/\n/g, '<br/>');
}

function telegramDatetime(iso: string): { datetime: string; clock: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new TypeError(`publishedAt is not a date: ${iso}`);
  const text = d.toISOString();
  return { datetime: `${text.slice(0, 19)}+00:00`, clock: text.slice(11, 16) };
}

function viewsLabel(id: number): string {
  const views = 40_000 + ((id * 7919) % 400_000);
  return `${(views / 1000).toFixed(1)}K`;
}

const BUBBLE_TAIL =
  '<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.8,15.2 7.1,12.2 5.9,9.2 C5,6.9 3.5,4.7 1.3,2.7 C0.9,2.4 0.9,1.7 1.3,1.3 C1.5,1.1 1.7,1 2,1 L8,1 Z"></path></g></svg></i>';

function renderPost(post: RenderPost, channel: string, title: string): string {
  const { datetime, clock } = telegramDatetime(post.publishedAt);
  const link = `https://t.me/${channel}/${post.id}`;
  const view = Buffer.from(JSON.stringify({ c: channel, p: post.id })).toString('base64url');
  const initial = escapeHtml([...title][0] ?? 'T');
  return (
    `<div class="tgme_widget_message_wrap js-widget_message_wrap">` +
    `<div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="${channel}/${post.id}" data-view="${view}">` +
    `<div class="tgme_widget_message_user"><a href="https://t.me/${channel}"><i class="tgme_widget_message_user_photo bgcolor2" data-content="${initial}"><img src="https://cdn4.telesco.pe/file/fake-avatar.jpg"></i></a></div>` +
    `<div class="tgme_widget_message_bubble">${BUBBLE_TAIL}` +
    `<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/${channel}"><span dir="auto">${escapeHtml(title)}</span></a></div>` +
    `<div class="tgme_widget_message_text js-message_text" dir="auto">${renderMessageText(post.text)}</div>` +
    `<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">` +
    `<span class="tgme_widget_message_views">${viewsLabel(post.id)}</span><span class="copyonly"> views</span>` +
    `<span class="tgme_widget_message_meta">${post.edited ? 'edited &nbsp;' : ''}<a class="tgme_widget_message_date" href="${link}"><time datetime="${datetime}" class="time">${clock}</time></a></span>` +
    `</div></div></div></div></div>\n`
  );
}

/** A whole t.me/s page: `posts` in the order given (oldest first, as Telegram lists them). */
export function renderChannelPage(posts: readonly RenderPost[], opts: RenderOptions): string {
  const channel = opts.channel;
  const title = opts.title ?? 'Генеральний штаб ЗСУ';
  const parts: string[] = [
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n',
    `<title>${escapeHtml(title)} – Telegram</title>\n`,
    `<meta name="viewport" content="width=device-width, initial-scale=1.0">\n`,
    `<meta property="og:title" content="${escapeHtml(title)}">\n<meta property="og:site_name" content="Telegram">\n`,
    '<link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">\n',
    '<script>var TWidgetAuthUrl = false;</script>\n</head>\n',
    '<body class="widget_frame_base tgme_webpage_channel emoji_image no_transitions">\n',
    `<header class="tgme_header search_collapsed"><div class="tgme_header_info"><div class="tgme_header_title"><span dir="auto">${escapeHtml(title)}</span></div><div class="tgme_header_counter">1.25M subscribers</div></div></header>\n`,
    `<main class="tgme_main" data-url="/s/${channel}">\n<div class="tgme_container">\n`,
    '<section class="tgme_channel_history js-message_history">\n',
  ];
  if (opts.before != null) {
    parts.push(
      `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/${channel}?before=${opts.before}" class="tme_messages_more js-messages_more" data-before="${opts.before}"></a></div>\n`,
    );
  }
  if (posts.length === 0) {
    parts.push(
      '<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message_centered"><div class="tme_no_messages_found">No posts found</div></div></div>\n',
    );
  }
  for (const post of posts) parts.push(renderPost(post, channel, title));
  if (opts.after != null) {
    parts.push(
      `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/${channel}?after=${opts.after}" class="tme_messages_more js-messages_more" data-after="${opts.after}"></a></div>\n`,
    );
  }
  parts.push('</section>\n</div>\n</main>\n<script>TWidgetConversation.init();</script>\n</body>\n</html>\n');
  return parts.join('');
}

/** What t.me shows instead of the preview when it is unavailable: no messages, no history section. */
export function renderChannelCard(channel: string, title = 'Генеральний штаб ЗСУ'): string {
  return (
    `<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>Telegram: View @${channel}</title></head>\n` +
    `<body class="no_transition"><div class="tgme_page_wrap"><div class="tgme_page">` +
    `<div class="tgme_page_title"><span dir="auto">${escapeHtml(title)}</span></div>` +
    `<div class="tgme_page_action"><a class="tgme_action_button_new" href="tg://resolve?domain=${channel}">View in Telegram</a></div>` +
    `</div></div></body>\n</html>\n`
  );
}
