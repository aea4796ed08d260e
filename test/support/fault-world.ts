/**
 * The common scene of the fault tests: a fake channel whose latest post is the
 * 2024-05-16 report, a webhook receiver, a config pointing at a private Redis, and
 * (on demand) the complete history imported from the fixture series.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from '../../src/app/services.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { renderReport } from './render/render.ts';
import { connectRedisOnce } from '../../src/store/redis.ts';
import { startReceiver } from '../delivery/helpers.ts';
import type { Receiver, Reply } from '../delivery/helpers.ts';
import { startFakeChannel } from './fake-channel.ts';
import type { FakeChannel } from './fake-channel.ts';
import { testPrefix } from './redis.ts';
export { reliability } from './reliability.ts';
import { writeConfig } from './worker-process.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));
export const SECRET = 'fault-webhook-secret';
/** The delivery id of the one alert a fault test expects. */
export const RECORD_ID = 'record:personnel:2024-05-17:confirmed:desk';
/** The fixture's personnel record before 2024-05-17 is 1,740; this beats it. */
const RECORD_DELTA = 2_050;

export interface FaultWorld {
  dir: string;
  prefix: string;
  channel: FakeChannel;
  hook: Receiver;
  configFile: string;
  /** Imports the fixture series (history complete through 2024-05-16); returns its last figures. */
  importHistory(): Promise<void>;
  /** Posts the 2024-05-17 report with a record personnel figure. */
  postRecord(): void;
  /** Delivery ids the webhook saw, one per request. */
  deliveryIds(): string[];
  close(): Promise<void>;
}

/** `cluster`: redisUrl lists a Redis Cluster's seed nodes; the prefix is then hash-tagged. */
export async function faultWorld(redisUrl: string, opts: { replies?: Reply[]; shutdownTimeout?: string; cluster?: boolean } = {}): Promise<FaultWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'tw-fault-'));
  /** Figures of the last fixture day, as the channel's 2024-05-16 post carries them (read after import). */
  let lastFigures: Record<string, { total: number; delta: number }> | undefined;
  const prefix = opts.cluster ? `{${testPrefix()}}` : testPrefix();
  const channel = await startFakeChannel({});
  const hook = await startReceiver(opts.replies ?? [{ status: 200 }]);
  const configFile = writeConfig(dir, 'tallywatch.json', {
    prefix,
    redis: { url: redisUrl, cluster: opts.cluster ?? false },
    http: { port: 0, host: '127.0.0.1' },
    log: { level: 'info' },
    sources: [{ id: 'gs', type: 'telegram', url: channel.url, every: '1s', primary: true }],
    subscribers: [{ id: 'desk', type: 'webhook', url: hook.url, secret: SECRET }],
    fetch: { allowPrivateNetworks: true, timeout: '5s', domainSpacing: 0 },
    backfill: { onStart: false },
    records: { baseline: '2024-04-26' },
    delivery: { attempts: 8, backoff: '300ms', maxBackoff: '1s' },
    worker: { shutdownTimeout: opts.shutdownTimeout ?? '5s' },
  });
  return {
    dir,
    prefix,
    channel,
    hook,
    configFile,
    async importHistory() {
      const redis = await connectRedisOnce({ url: redisUrl, cluster: opts.cluster ?? false });
      try {
        const ctx = createContext(loadConfig({ file: configFile, env: {} }), redis, createLogger('silent'));
        const res = await importSeriesCommand(ctx, FIXTURE);
        if (!res.historyComplete) throw new Error('import left the history incomplete');
        lastFigures = (await ctx.reports.get('2024-05-16'))!.figures as typeof lastFigures;
        await ctx.http.close();
      } finally {
        redis.disconnect();
      }
      channel.addPost({ text: renderReport({ date: '2024-05-16', figures: lastFigures as never }, { lang: 'uk' }), publishedAt: '2024-05-16T05:30:00Z' });
    },
    postRecord() {
      if (!lastFigures) throw new Error('importHistory first');
      const figures = structuredClone(lastFigures);
      figures.personnel = { total: figures.personnel!.total + RECORD_DELTA, delta: RECORD_DELTA };
      channel.addPost({ text: renderReport({ date: '2024-05-17', figures: figures as never }, { lang: 'uk' }), publishedAt: '2024-05-17T05:35:00Z' });
    },
    deliveryIds: () => hook.requests.map((r) => String(r.headers['x-tallywatch-delivery'])),
    async close() {
      await channel.close();
      await hook.close();
    },
  };
}

/** GET http://127.0.0.1:port/path → status (0 when nothing answers) and parsed JSON body if any. */
export async function probe(port: number, path: string): Promise<{ status: number; body: any }> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5_000) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

