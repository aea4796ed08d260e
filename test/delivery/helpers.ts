/** Shared by the delivery tests: a real Redis with a throwaway prefix, and a local HTTP receiver. */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildAlertMessage } from '../../src/alerts/alert-message.ts';
import type { AlertMessage, RecordAlertInput } from '../../src/alerts/alert-message.ts';

export { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

export function sampleMessage(overrides: Partial<RecordAlertInput> = {}): AlertMessage {
  return buildAlertMessage({
    status: 'confirmed',
    metric: 'personnel',
    date: '2024-05-13',
    value: 1740,
    total: 491080,
    previous: { value: 1380, date: '2023-10-20' },
    source: { id: 'gs-telegram', url: 'https://t.me/GeneralStaffZSU/12345', publishedAt: '2024-05-13T05:12:00.000Z' },
    evidence: [
      {
        url: 'https://example.org/news/1',
        outlet: 'Example News',
        quote: 'Russia lost 1,740 soldiers in the past day, the most since the start of the invasion.',
        publishedAt: '2024-05-13T07:00:00Z',
      },
    ],
    flags: [],
    detectedAt: '2024-05-13T05:13:02.000Z',
    ...overrides,
  });
}

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface Receiver {
  url: string;
  requests: Received[];
  close(): Promise<void>;
}

/** A local receiver on 127.0.0.1:0 that answers with `replies` in turn (the last one repeats). */
export async function startReceiver(replies: Reply[]): Promise<Receiver> {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)] ?? { status: 200 };
      const answer = () => {
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook?token=abc`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const silentLog = { info() {}, warn() {} };

/** Polls until `check` is true or the time is up. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
