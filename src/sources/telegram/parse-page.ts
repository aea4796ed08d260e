/**
 * Parser for one page of a channel's public web preview (t.me/s/<channel>). Pure: HTML in,
 * TelegramPage out. Text is rebuilt from the DOM rather than taken from cheerio's `.text()`,
 * which would drop `<br>` line breaks and keep script/style content.
 */
import type { DomNode } from '../../article/dom.ts';
import { load } from 'cheerio';
import { InputError, ScraperBrokenError } from '../../core/errors.ts';
import type { TelegramPage, TelegramPost } from './types.ts';

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);
/** Block-level tags that start a new line when they appear inside message text. */
const BLOCK_TAGS = new Set(['div', 'p', 'blockquote', 'pre', 'ul', 'ol', 'li', 'tg-spoiler-block']);

function hasClass(node: DomNode, cls: string): boolean {
  const value = node.attribs?.class;
  return value !== undefined && value.split(/\s+/).includes(cls);
}

/** Appends the visible text of `node` to `out`, with `<br>` and block boundaries as "\n". */
function collectText(node: DomNode, out: string[], inPre: boolean): void {
  if (node.type === 'text') {
    const data = node.data ?? '';
    // Raw newlines in markup are layout, not content (Telegram encodes line breaks as <br>);
    // only <pre> keeps them.
    out.push(inPre ? data : data.replace(/[ \t]*[\r\n][ \t\r\n]*/g, ' '));
    return;
  }
  if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return;
  const name = node.name?.toLowerCase();
  if (name === undefined) return;
  if (node.type === 'script' || node.type === 'style' || SKIPPED_TAGS.has(name)) return;
  if (name === 'br') {
    out.push('\n');
    return;
  }
  if (name === 'img') {
    // Some emoji are served as images; their alt is the character.
    if (hasClass(node, 'emoji') && node.attribs?.alt) out.push(node.attribs.alt);
    return;
  }
  const block = BLOCK_TAGS.has(name);
  if (block) newline(out);
  for (const child of node.children ?? []) collectText(child, out, inPre || name === 'pre');
  if (block) newline(out);
}

function newline(out: string[]): void {
  const last = out[out.length - 1];
  if (last !== undefined && !last.endsWith('\n')) out.push('\n');
}

/** Lines right-trimmed, blank lines at both ends removed, the whole trimmed. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

function isInside(node: DomNode, stop: DomNode, cls: string): boolean {
  for (let p = node.parent ?? null; p && p !== stop; p = p.parent ?? null) {
    if (hasClass(p, cls)) return true;
  }
  return false;
}

/**
 * The message's own text element: the outermost `.tgme_widget_message_text` (album captions
 * nest two identical ones), ignoring copies quoted inside a reply or a link preview.
 */
function messageTextNode(candidates: DomNode[], message: DomNode): DomNode | null {
  for (const node of candidates) {
    if (isInside(node, message, 'tgme_widget_message_text')) continue;
    if (isInside(node, message, 'tgme_widget_message_reply')) continue;
    if (isInside(node, message, 'tgme_widget_message_link_preview')) continue;
    return node;
  }
  return null;
}

/** Only the meta's own text nodes, so an author signature reading "edited" cannot match. */
function metaSaysEdited(metas: DomNode[]): boolean {
  for (const el of metas) {
    for (const child of el.children ?? []) {
      if (child.type === 'text' && /\bedited\b/i.test(child.data ?? '')) return true;
    }
  }
  return false;
}

function isoOrNull(datetime: string | undefined): string | null {
  if (!datetime) return null;
  const ms = Date.parse(datetime);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function positiveInt(text: string | undefined): number | null {
  if (text === undefined || !/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Parses one t.me/s page. Messages without a readable `data-post` are skipped. */
export function parseChannelPage(html: string): TelegramPage {
  const $ = load(html);
  const byId = new Map<number, TelegramPost>();

  $('.tgme_widget_message[data-post]').each((_, el) => {
    const message = el as unknown as DomNode;
    const dataPost = (message.attribs?.['data-post'] ?? '').trim();
    const slash = dataPost.lastIndexOf('/');
    const channel = dataPost.slice(0, slash);
    const id = positiveInt(dataPost.slice(slash + 1));
    if (slash <= 0 || id === null || byId.has(id)) return;

    const $message = $(el);
    const textNode = messageTextNode($message.find('.tgme_widget_message_text').toArray() as unknown as DomNode[], message);
    const parts: string[] = [];
    if (textNode) collectText(textNode, parts, false);

    const footer = $message.find('.tgme_widget_message_footer');
    const scope = footer.length > 0 ? footer : $message;
    const datetime = scope.find('a.tgme_widget_message_date time[datetime]').first().attr('datetime');

    byId.set(id, {
      id,
      channel,
      url: `https://t.me/${channel}/${id}`,
      publishedAt: isoOrNull(datetime),
      text: tidy(parts.join('')),
      edited: metaSaysEdited($message.find('.tgme_widget_message_meta').toArray() as unknown as DomNode[]),
      forwarded: $message.find('.tgme_widget_message_forwarded_from').length > 0,
      service: $message.hasClass('service_message'),
    });
  });

  const posts = [...byId.values()].sort((a, b) => a.id - b.id);
  const more = positiveInt($('a.tme_messages_more[data-before]').first().attr('data-before'));
  const before = more ?? posts[0]?.id ?? null;
  const hasHistory = $('section.tgme_channel_history, .tgme_channel_history').length > 0;
  return { posts, before, hasHistory };
}

/**
 * Throws ScraperBrokenError when a page shows neither posts nor the history section: the
 * markup changed or the response is not a channel page. An empty channel still has the
 * section ("No posts found"), so this never fires for "no news".
 */
export function assertPageSane(page: TelegramPage, url: string): void {
  if (page.posts.length === 0 && !page.hasHistory) {
    throw new ScraperBrokenError(`${url}: no channel posts and no history section; the t.me/s markup may have changed`, {
      url,
    });
  }
}

const CHANNEL_NAME = /^[A-Za-z0-9_-]{1,64}$/;
const TME_HOSTS = new Set(['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me']);

/**
 * The channel username in a channel reference: "https://t.me/s/Name", "https://t.me/Name",
 * "t.me/s/Name", "@Name", "Name", or a test server's "http://127.0.0.1:1234/s/Name".
 */
export function channelFromUrl(ref: string): string {
  const text = ref.trim();
  const bare = text.startsWith('@') ? text.slice(1) : text;
  if (CHANNEL_NAME.test(bare)) return bare;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch (cause) {
    throw new InputError(`not a Telegram channel reference: ${JSON.stringify(ref)}`, { ref }, { cause });
  }
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const name = segments[0] === 's' ? segments[1] : TME_HOSTS.has(url.hostname) ? segments[0] : undefined;
  if (name === undefined || !CHANNEL_NAME.test(name)) {
    throw new InputError(`no channel name in ${JSON.stringify(ref)}`, { ref });
  }
  return name;
}

/**
 * URL of a preview page: `https://t.me/s/<channel>`, or `?before=<id>` for older posts.
 * A non-Telegram base (a local fake server) keeps its origin: `http://127.0.0.1:1234/s/<channel>`.
 */
export function pageUrl(channelUrl: string, before?: number): string {
  const channel = channelFromUrl(channelUrl);
  let origin = 'https://t.me';
  if (/^https?:\/\//i.test(channelUrl.trim())) {
    const url = new URL(channelUrl.trim());
    if (!TME_HOSTS.has(url.hostname)) origin = url.origin;
  }
  const base = `${origin}/s/${channel}`;
  if (before === undefined) return base;
  if (!Number.isSafeInteger(before) || before <= 0) {
    throw new InputError(`before must be a positive integer message id, got ${before}`, { before });
  }
  return `${base}?before=${before}`;
}
