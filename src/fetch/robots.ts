import robotsParserModule from 'robots-parser';
import type { RobotsCache } from '../store/robots-cache.ts';
import { FetchError } from '../core/errors.ts';
import type { HttpClient } from './http-client.ts';

interface RobotRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
}
// The package is CommonJS (module.exports = function); its typings declare an ES default.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => RobotRules;

/** robots.txt of an origin, cached in Redis for a day (or an hour after a failure). */
export function createRobots(http: HttpClient, cache: RobotsCache, userAgent: string) {
  async function rules(origin: string): Promise<string> {
    const cached = await cache.get(origin);
    if (cached !== null) return cached;
    let body: string;
    let ttl = 86_400;
    try {
      const res = await http.get(`${origin}/robots.txt`, { maxBytes: 512 * 1024, timeoutMs: 10_000 });
      body = res.status === 200 ? res.body.toString('utf8') : '';
    } catch (err) {
      // A refused address is the caller's verdict on the URL, not the site's robots.txt: nothing to cache.
      if (err instanceof FetchError && err.kind === 'blocked_address') throw err;
      if (err instanceof FetchError && err.kind === 'http_status' && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429) {
        // No robots.txt (4xx): everything is allowed.
        body = '';
      } else {
        // Unreachable or 5xx: assume everything is disallowed for now (RFC 9309), retry in an hour.
        body = 'User-agent: *\nDisallow: /\n';
        ttl = 3600;
      }
    }
    await cache.set(origin, body, ttl);
    return body;
  }

  // Concurrent article jobs in one process share one fetch of an origin's robots.txt.
  const inflight = new Map<string, Promise<string>>();
  const shared = (origin: string): Promise<string> => {
    let p = inflight.get(origin);
    if (!p) {
      p = rules(origin).finally(() => inflight.delete(origin));
      inflight.set(origin, p);
    }
    return p;
  };

  return {
    async isAllowed(url: string): Promise<boolean> {
      const origin = new URL(url).origin;
      const robots = robotsParser(`${origin}/robots.txt`, await shared(origin));
      return robots.isAllowed(url, userAgent) !== false;
    },
  };
}

export type Robots = ReturnType<typeof createRobots>;
