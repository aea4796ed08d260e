/** Shared by the hostile-input tests: bomb payloads, a backpressure-aware writer, and a measured run. */
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Transform } from 'node:stream';
import { reliability } from '../support/reliability.ts';

/** Compresses `size` zero bytes by streaming, so the plain bytes never sit in memory. */
export async function compressZeros(size: number, compressor: Transform): Promise<Buffer> {
  const block = Buffer.alloc(1024 * 1024);
  let left = size;
  const zeros = new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, block.length);
      left -= n;
      this.push(n === block.length ? block : block.subarray(0, n));
    },
  });
  const out: Buffer[] = [];
  await pipeline(zeros, compressor, async (source: AsyncIterable<Buffer>) => {
    for await (const c of source) out.push(c);
  });
  return Buffer.concat(out);
}

/**
 * Writes `next()` chunks until it returns null or the client goes away, waiting for
 * drain so a slow reader never makes the server buffer the whole payload.
 */
export function writeStream(res: ServerResponse, next: () => Buffer | string | null): void {
  const pump = (): void => {
    for (;;) {
      if (res.destroyed || res.writableEnded) return;
      const chunk = next();
      if (chunk === null) return void res.end();
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
  };
  res.once('close', () => res.removeAllListeners('drain'));
  pump();
}

export interface Measured<T> {
  result: PromiseSettledResult<T>;
  tookMs: number;
  /** Highest heapUsed seen while it ran, minus heapUsed at the start. */
  heapGrowth: number;
  /** Longest a 10 ms timer was late while it ran: how long the event loop was blocked. */
  maxLagMs: number;
}

/** Runs `fn`, sampling the heap and event-loop lag every 10 ms. */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  let maxLagMs = 0;
  let last = performance.now();
  const sampler = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 10);
    last = now;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 10);
  const t0 = performance.now();
  const [result] = await Promise.allSettled([fn()]);
  const tookMs = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { result: result as PromiseSettledResult<T>, tookMs, heapGrowth: peak - heap0, maxLagMs };
}

/** One line per case for docs/reliability.md. */
export function report(line: { case: string; bound_ms: number; took_ms: number; kind: string | null; ok: boolean; heap_mb?: number; max_lag_ms?: number }): void {
  reliability({ area: '1 hostile HTTP', ...line });
}

export const MiB = 1024 * 1024;
