/**
 * Parses corpus files for corpus.test.ts inside a worker thread, so the test can bound each
 * parse in time and memory (a hang or an out-of-memory is a result, not a stuck test run).
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { decodeFeedBytes } from '../../src/feed-format/decode.ts';
import { FeedParseError } from '../../src/feed-format/errors.ts';
import { inflateIfGzip } from '../../src/feed-format/inflate.ts';
import { parseFeed } from '../../src/feed-format/parse.ts';

export interface CorpusJob {
  path: string;
  file: string;
  contentType?: string | undefined;
}

export interface CorpusResult {
  file: string;
  outcome: 'ok' | 'feed_error' | 'other_error';
  kind?: string;
  message?: string;
  items?: number;
  /** The output contains /etc/passwd content, or Object.prototype was polluted. */
  unsafe?: string;
  ms: number;
}

/** What the gzip cap is in production terms: the client's decompressed-size cap, generously. */
const GUNZIP_CAP = 64 * 1024 * 1024;

function run(job: CorpusJob): CorpusResult {
  const t0 = performance.now();
  const done = (r: Omit<CorpusResult, 'file' | 'ms'>): CorpusResult => ({ file: job.file, ms: performance.now() - t0, ...r });
  try {
    const body = inflateIfGzip(readFileSync(job.path), GUNZIP_CAP);
    const decoded = decodeFeedBytes(body, job.contentType);
    const feed = parseFeed(decoded.text, `https://feeds.example.net/${job.file}`);
    const json = JSON.stringify(feed);
    let unsafe: string | undefined;
    if (/root:[^:]*:0:0:/.test(json)) unsafe = 'contains /etc/passwd';
    if ((({}) as Record<string, unknown>).polluted !== undefined) unsafe = 'Object.prototype polluted';
    return done({ outcome: 'ok', items: feed.items.length, ...(unsafe ? { unsafe } : {}) });
  } catch (err) {
    if (err instanceof FeedParseError) return done({ outcome: 'feed_error', kind: err.kind, message: err.message.slice(0, 200) });
    return done({ outcome: 'other_error', message: err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err) });
  }
}

parentPort?.on('message', (job: CorpusJob) => {
  parentPort?.postMessage(run(job));
});
