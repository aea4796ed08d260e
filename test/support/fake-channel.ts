/**
 * A fake t.me/s server for tests, the demo and the benchmark. Serves
 * `GET /s/<channel>` (newest page), `?before=<id>` (older) and `?after=<id>` (newer) with
 * Telegram's markup. Posts are kept in an id-sorted array so a page costs a binary search
 * plus `pageSize` renders, which keeps a 10,000-post backfill fast.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderChannelCard, renderChannelPage } from './render-channel-page.ts';
import type { RenderPost } from './render-channel-page.ts';

export type BrokenMode = 'none' | 'no-markup' | 'http-500';

export interface FakeChannelOptions {
  /** @default "GeneralStaffZSU" */
  channel?: string;
  /** Posts per page, like Telegram. @default 20 */
  pageSize?: number;
}

export interface FakeChannel {
  /** http://127.0.0.1:PORT/s/<channel> */
  url: string;
  /** Adds a post and returns its id; without `id`, one more than the largest so far. */
  addPost(p: { id?: number; text: string; publishedAt: string }): number;
  /** Replaces a post's text and shows the "edited" marker. */
  editPost(id: number, text: string): void;
  /** 'no-markup': 200 without messages or history section; 'http-500': a server error. */
  setBroken(mode: BrokenMode): void;
  /** Holds every later response this long before answering (a slow source; 0 answers at once). */
  setDelay(ms: number): void;
  /** Every request received, in order: path with query, and Date.now() at arrival. */
  requests: { path: string; at: number }[];
  close(): Promise<void>;
}

/** Index of the first element of sorted `ids` that is >= `value`. */
function lowerBound(ids: readonly number[], value: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ids[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export async function startFakeChannel(opts: FakeChannelOptions = {}): Promise<FakeChannel> {
  const channel = opts.channel ?? 'GeneralStaffZSU';
  const pageSize = opts.pageSize ?? 20;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new TypeError(`pageSize must be a positive integer, got ${pageSize}`);

  const ids: number[] = [];
  const posts = new Map<number, RenderPost>();
  const requests: { path: string; at: number }[] = [];
  let broken: BrokenMode = 'none';
  let delayMs = 0;

  /** The page for a request: posts [start, end) of `ids`, with older/newer links as Telegram sets them. */
  function page(before: number | null, after: number | null): string {
    let start: number;
    let end: number;
    if (before !== null) {
      end = lowerBound(ids, before);
      start = Math.max(0, end - pageSize);
    } else if (after !== null) {
      start = lowerBound(ids, after + 1);
      end = Math.min(ids.length, start + pageSize);
    } else {
      end = ids.length;
      start = Math.max(0, end - pageSize);
    }
    const shown: RenderPost[] = [];
    for (let i = start; i < end; i++) shown.push(posts.get(ids[i] as number) as RenderPost);
    const first = shown[0];
    const last = shown[shown.length - 1];
    return renderChannelPage(shown, {
      channel,
      before: first && start > 0 ? first.id : null,
      after: last && end < ids.length ? last.id : null,
    });
  }

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, at: Date.now() });
    const url = new URL(path, 'http://fake.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    // Telegram usernames are case-insensitive.
    if (url.pathname.toLowerCase() !== `/s/${channel.toLowerCase()}`) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    if (broken === 'http-500') {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal server error');
      return;
    }
    const html =
      broken === 'no-markup'
        ? renderChannelCard(channel)
        : page(positiveInt(url.searchParams.get('before')), positiveInt(url.searchParams.get('after')));
    const body = Buffer.from(html, 'utf8');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(body.length),
      'cache-control': 'no-store',
    });
    const send = () => res.end(req.method === 'HEAD' ? undefined : body);
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;

  return {
    url: `http://127.0.0.1:${port}/s/${channel}`,
    requests,
    addPost(p) {
      const id = p.id ?? (ids.length > 0 ? (ids[ids.length - 1] as number) + 1 : 1);
      if (!Number.isSafeInteger(id) || id < 1) throw new TypeError(`post id must be a positive integer, got ${id}`);
      if (posts.has(id)) throw new Error(`post ${id} already exists`);
      if (Number.isNaN(Date.parse(p.publishedAt))) throw new TypeError(`publishedAt is not a date: ${p.publishedAt}`);
      posts.set(id, { id, text: p.text, publishedAt: p.publishedAt, edited: false });
      // Appending is the common case; an out-of-order id is inserted where it belongs.
      if (ids.length === 0 || id > (ids[ids.length - 1] as number)) ids.push(id);
      else ids.splice(lowerBound(ids, id), 0, id);
      return id;
    },
    editPost(id, text) {
      const post = posts.get(id);
      if (!post) throw new Error(`no post ${id}`);
      post.text = text;
      post.edited = true;
    },
    setBroken(mode) {
      broken = mode;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      return closing;
    },
  };
}
