/**
 * A local news site for the load benchmarks: many outlets, each on its own loopback address
 * (127.0.x.y, one politeness key per outlet, since the worker spaces requests per registrable
 * domain and an IP address is its own), each with several RSS feeds whose items link to
 * article pages on the same outlet, plus an allow-all robots.txt.
 *
 * Feeds answer conditional GETs: a poll that sends the current ETag gets 304 unless the feed
 * has news. Whether it has news is drawn per poll (`updateChance`), so the share of 200s does
 * not depend on how fast the worker polls. Every request is logged (time, kind, feed) for the
 * caller to count over a window of its choosing.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleTitle, renderArticle, renderFeed } from './news-content.ts';
import type { FeedItemRef } from './news-content.ts';
import { mulberry32 } from './stats.ts';

export interface FeedSiteOptions {
  outlets: number;
  feedsPerOutlet: number;
  /** Items listed in each feed response, newest first. */
  itemsPerFeed: number;
  /** Chance, per poll, that the feed has news since the last one. */
  updateChance: number;
  /** New items per piece of news. */
  itemsPerUpdate: number;
  /** No news after this many new items in all, counted per listing feed (the items a feed starts with do not count). */
  maxNewItems?: number;
  /**
   * Each new article is also listed by this many other feeds of its outlet (the next ones in
   * the outlet's list), as a site's front-page and section feeds share articles. @default 0
   */
  crossPost?: number;
  /** Asked before each piece of news: false holds news back (the soak keeps the worker's backlog bounded with it). */
  gate?: () => boolean;
  /** Items with the same story number tell the same day's figures (as many outlets report one update). */
  itemsPerStory?: number;
  seed?: number;
}

/** What each logged request was. */
export const REQ = { feed200: 0, feed304: 1, article: 2, robots: 3, notFound: 4 } as const;
type ReqKind = (typeof REQ)[keyof typeof REQ];

export interface SiteFeed {
  index: number;
  outlet: number;
  url: string;
  /** The items it lists now (the ones a worker that has already read the feed has seen). */
  items: readonly FeedItemRef[];
  etag: string;
  lastModified: string;
}

export interface FeedSite {
  feeds: SiteFeed[];
  /** Parallel arrays, one entry per request: arrival (Date.now()), kind, feed index (-1 for robots/404). */
  log: { at: number[]; kind: ReqKind[]; feed: number[] };
  /** New items published so far (not counting the ones the feeds started with). */
  published(): number;
  close(): Promise<void>;
}

const NAMES = ['Kyiv Wire', 'Dnipro Herald', 'Lviv Courier', 'Black Sea Post', 'Kharkiv Today', 'Odesa Daily', 'Front Line News', 'Eastern Tribune'];

/** Outlet `i` lives on 127.0.(1 + i / 250).(1 + i % 250): all of 127/8 is loopback on Linux. */
export function outletAddress(i: number): string {
  if (i >= 250 * 254) throw new RangeError('too many outlets for 127.0.0.0/8 as laid out here');
  return `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
}

interface FeedState {
  feed: SiteFeed;
  /** Every article this feed's outlet published through it, by sequence number (its URL says which). */
  all: FeedItemRef[];
  /** What the feed lists, oldest first: its own articles and those shared from sibling feeds. */
  listing: FeedItemRef[];
  version: number;
  updated: Date;
}

export async function startFeedSite(opts: FeedSiteOptions): Promise<FeedSite> {
  const rand = mulberry32(opts.seed ?? 0xfeed);
  const itemsPerStory = opts.itemsPerStory ?? 200;
  const maxNew = opts.maxNewItems ?? Infinity;
  const log: FeedSite['log'] = { at: [], kind: [], feed: [] };
  const note = (kind: ReqKind, feed: number) => {
    log.at.push(Date.now());
    log.kind.push(kind);
    log.feed.push(feed);
  };
  let counter = 0;
  let newItems = 0;
  const states: FeedState[] = [];
  let port = 0;

  const origin = (outlet: number) => `http://${outletAddress(outlet)}:${port}`;
  const outletName = (outlet: number) => `${NAMES[outlet % NAMES.length]} ${Math.floor(outlet / NAMES.length) + 1}`;
  /** A new article of `st`'s, listed by `st` and by `crossPost` sibling feeds; returns the feeds whose listing changed. */
  const publish = (st: FeedState, at: Date): FeedState[] => {
    const seq = st.all.length;
    const story = Math.floor(counter++ / itemsPerStory);
    const link = `${origin(st.feed.outlet)}/a/${st.feed.index}/${seq}`;
    const item = { guid: link, link, title: articleTitle(story, st.feed.outlet), publishedAt: at, story };
    st.all.push(item);
    const first = st.feed.outlet * opts.feedsPerOutlet;
    const listers = [st];
    for (let k = 1; k <= Math.min(opts.crossPost ?? 0, opts.feedsPerOutlet - 1); k++) {
      const other = states[first + ((st.feed.index - first + k) % opts.feedsPerOutlet)];
      if (other) listers.push(other);
    }
    for (const l of listers) l.listing.push(item);
    return listers;
  };
  const refresh = (st: FeedState, at: Date) => {
    st.version++;
    st.updated = at;
    st.feed.items = st.listing.slice(-opts.itemsPerFeed).reverse();
    st.feed.etag = `"f${st.feed.index}-v${st.version}"`;
    st.feed.lastModified = at.toUTCString();
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = req.url ?? '/';
    let m: RegExpExecArray | null;
    if ((m = /^\/feeds\/(\d+)\.xml$/.exec(path)) && states[Number(m[1])]) {
      const st = states[Number(m[1])]!;
      if (newItems < maxNew && rand() < opts.updateChance && (opts.gate?.() ?? true)) {
        const now = new Date();
        const changed = new Set<FeedState>();
        for (let i = 0; i < opts.itemsPerUpdate && newItems < maxNew; i++) {
          const listers = publish(st, now);
          newItems += listers.length;
          for (const l of listers) changed.add(l);
        }
        for (const l of changed) refresh(l, now);
      }
      const f = st.feed;
      const sentTag = req.headers['if-none-match'];
      const sentDate = req.headers['if-modified-since'];
      const fresh = sentTag !== undefined ? sentTag === f.etag : sentDate !== undefined && Date.parse(sentDate) >= Date.parse(f.lastModified);
      if (fresh) {
        note(REQ.feed304, f.index);
        res.writeHead(304, { etag: f.etag, 'last-modified': f.lastModified }).end();
        return;
      }
      note(REQ.feed200, f.index);
      const body = renderFeed({ outletName: outletName(f.outlet), siteUrl: `${origin(f.outlet)}/`, feedName: `section ${f.index % opts.feedsPerOutlet}`, items: f.items, updated: st.updated });
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: f.etag, 'last-modified': f.lastModified }).end(body);
      return;
    }
    if ((m = /^\/a\/(\d+)\/(\d+)$/.exec(path)) && states[Number(m[1])]?.all[Number(m[2])]) {
      const st = states[Number(m[1])]!;
      const item = st.all[Number(m[2])]!;
      note(REQ.article, st.feed.index);
      const html = renderArticle({ outletName: outletName(st.feed.outlet), story: item.story, outlet: st.feed.outlet, publishedAt: item.publishedAt });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    if (path === '/robots.txt') {
      note(REQ.robots, -1);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    note(REQ.notFound, -1);
    res.writeHead(404).end();
  };

  // One server per outlet address, all on the port the first one got.
  const servers: http.Server[] = [];
  const listen = (server: http.Server, host: string, p: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  for (let o = 0; o < opts.outlets; o++) {
    // Keep-alive longer than the worker's pool keeps idle sockets, so connections are reused, not raced.
    const server = http.createServer({ keepAliveTimeout: 60_000 }, handle);
    port = await listen(server, outletAddress(o), port);
    servers.push(server);
  }

  // Every feed first, then their first items (shared ones included), then the validators.
  const start = new Date(Date.now() - 3_600_000);
  for (let o = 0; o < opts.outlets; o++) {
    for (let j = 0; j < opts.feedsPerOutlet; j++) {
      const index = states.length;
      states.push({ feed: { index, outlet: o, url: `${origin(o)}/feeds/${index}.xml`, items: [], etag: '', lastModified: '' }, all: [], listing: [], version: 0, updated: start });
    }
  }
  for (const st of states) for (let i = 0; i < opts.itemsPerFeed; i++) publish(st, new Date(start.getTime() + i * 60_000));
  for (const st of states) refresh(st, start);

  return {
    feeds: states.map((s) => s.feed),
    log,
    published: () => newItems,
    async close() {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((r) => {
              s.closeAllConnections();
              s.close(() => r());
            }),
        ),
      );
    },
  };
}
