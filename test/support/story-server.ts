/** A local news site with one article (`/story`) that states one daily figure: for tests that ingest an article. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The article: Ukraine's General Staff, 1,240 Russian personnel over the past day, published 2024-02-10. */
export const STORY_PAGE = `<html lang="en"><head><meta property="og:site_name" content="Dnipro Courier"><meta property="article:published_time" content="2024-02-10T07:00:00Z"></head><body><article><h1>Losses</h1><p>Ukraine's General Staff said 1,240 Russian soldiers were killed or wounded over the past day.</p><p>The figure could not be verified independently.</p></article></body></html>`;

export interface StoryServer {
  /** Starts it on a free loopback port. */
  listen(): Promise<void>;
  /** The article's address (after listen). */
  storyUrl(): string;
  close(): void;
}

/** Serves STORY_PAGE at /story, an empty robots.txt, and 404 for anything else. */
export function createStoryServer(): StoryServer {
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.end('');
    if (req.url !== '/story') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY_PAGE);
  });
  return {
    storyUrl: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`,
    listen: () => new Promise<void>((r) => server.listen(0, '127.0.0.1', r)),
    close: () => void server.close(),
  };
}
