/** Shared by the delivery tests: a real Redis with a throwaway prefix, and a local HTTP receiver. */
import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { buildAlertMessage, buildAlertMessageV2 } from '../../src/alerts/alert-message.ts';
import type { AlertMessage, AlertMessageV2, RecordAlertInput, RecordAlertInputV2 } from '../../src/alerts/alert-message.ts';
import { createBackoffStrategy, DELIVERY_BACKOFF } from '../../src/delivery/deliver.ts';

export { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

export function sampleMessage(overrides: Partial<RecordAlertInput> = {}): AlertMessage {
  return buildAlertMessage({
    status: 'confirmed',
    metric: 'personnel',
    date: '2024-05-13',
    value: 1740,
    total: 484030,
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

/** The same record as sampleMessage, as a v2 alert with the press claimants and the outlet's figure. */
export function sampleMessageV2(overrides: Partial<RecordAlertInputV2> = {}): AlertMessageV2 {
  return buildAlertMessageV2({
    status: 'confirmed',
    metric: 'personnel',
    date: '2024-05-13',
    value: 1740,
    total: 484030,
    previous: { value: 1380, date: '2023-10-20' },
    source: { id: 'gs-telegram', url: 'https://t.me/GeneralStaffZSU/12345', publishedAt: '2024-05-13T05:12:00.000Z' },
    claimants: ['ua_other'],
    evidence: [
      {
        value: 1740,
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

export interface RetriedJob {
  state: string;
  attemptsMade: number;
  returnvalue: unknown;
  failedReason: string | undefined;
  stacktrace: string[];
}

/**
 * Runs `work` as one BullMQ job with `attempts` and the delivery backoff (fast base, but
 * a receiver's retry-after is honoured as in production), and returns how it ended.
 */
export async function runWithRetries(
  connection: Redis,
  prefix: string,
  queueName: string,
  attempts: number,
  work: (attempt: number) => Promise<unknown>,
): Promise<RetriedJob> {
  const strategy = createBackoffStrategy({ baseMs: 20, capMs: 100 });
  const queue = new Queue(queueName, { connection, prefix });
  const worker = new Worker(queueName, async (job) => work(job.attemptsMade + 1), {
    connection,
    prefix,
    settings: { backoffStrategy: strategy },
  });
  worker.on('error', () => {});
  try {
    const added = await queue.add('deliver', {}, { attempts, backoff: DELIVERY_BACKOFF });
    let state = '';
    await waitFor(
      async () => {
        state = (await queue.getJobState(added.id!)) as string;
        return state === 'completed' || state === 'failed';
      },
      15_000,
      `job ${added.id} to finish`,
    );
    const job = (await queue.getJob(added.id!))!;
    return { state, attemptsMade: job.attemptsMade, returnvalue: job.returnvalue, failedReason: job.failedReason, stacktrace: job.stacktrace ?? [] };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
}
