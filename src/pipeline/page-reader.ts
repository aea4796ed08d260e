/**
 * Reads article pages (read-page.ts) in worker threads, so the event loop stays free (BullMQ
 * renews job locks, /healthz answers) however long a page takes, and with a deadline: a thread
 * still reading after `timeoutMs` is terminated and the page's outcome is `timeout`; one that
 * runs out of its heap gives `too_large`. Threads start on first use and do not keep the
 * process alive while idle.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TallywatchError } from '../core/errors.ts';
import type { PageInput, PageReading } from './read-page.ts';

export interface PageReaderOptions {
  /** Threads reading at once; more pages wait their turn (their deadline starts when read). */
  threads: number;
  timeoutMs: number;
  /** Heap of each thread; past it the page is too large. */
  maxHeapMb?: number;
}

export interface PageReader {
  /** `timeoutMs` overrides the reader's deadline for this page. */
  read(input: PageInput, timeoutMs?: number): Promise<PageReading>;
  /**
   * Starts the threads now: a thread loads its modules in a second or more on a busy machine,
   * and the first article jobs would hold their worker slots meanwhile.
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

// The entry beside this file, .ts when run from source, .js when built.
const ENTRY = new URL(`./page-reader-thread${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

interface Task {
  input: PageInput;
  timeoutMs: number;
  resolve(r: PageReading): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Resolves when the thread has loaded its modules: a deadline does not count that time. */
  ready: Promise<void>;
}

export function createPageReader(opts: PageReaderOptions): PageReader {
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 1024 } });
    worker.unref();
    const ready = new Promise<void>((resolve) => {
      const onReady = (msg: { ready?: boolean }) => {
        if (!msg.ready) return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
      // A thread that dies while loading fails its first read through the exit handler.
      worker.once('exit', () => resolve());
    });
    const slot = { worker, busy: false, ready };
    slots.push(slot);
    return slot;
  };
  const drop = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    void slot.worker.terminate();
  };

  const run = (slot: Slot, task: Task) => {
    slot.busy = true;
    // Referenced while it works: a pending read keeps the process up.
    slot.worker.ref();
    const id = nextId++;
    let settled = false;
    const finish = (done: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      if (keep) {
        slot.busy = false;
        slot.worker.unref();
      } else drop(slot);
      done();
      pump();
    };
    const onMessage = (msg: { id: number; reading?: PageReading; error?: { message: string } }) => {
      if (msg.id !== id) return;
      if (msg.reading) finish(() => task.resolve(msg.reading!), true);
      else finish(() => task.reject(new TallywatchError('page_read_failed', `reading the page failed: ${msg.error?.message}`, { url: task.input.url })), true);
    };
    const onError = (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => task.resolve({ outcome: 'too_large', reason: `reading the page needed more than the ${opts.maxHeapMb ?? 1024} MB heap allowed` }), false);
      else finish(() => task.reject(new TallywatchError('page_read_failed', `page reader thread failed: ${err.message}`, { url: task.input.url }, { cause: err })), false);
    };
    const onExit = (code: number) => finish(() => task.reject(new TallywatchError('page_read_failed', `page reader thread exited (${code})`, { url: task.input.url })), false);
    let timer: NodeJS.Timeout | undefined;
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    void slot.ready.then(() => {
      if (settled) return;
      timer = setTimeout(() => finish(() => task.resolve({ outcome: 'timeout', reason: `reading the page took over ${task.timeoutMs} ms` }), false), task.timeoutMs);
      slot.worker.postMessage({ id, input: task.input });
    });
  };

  const pump = () => {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((s) => !s.busy) ?? (slots.length < opts.threads ? spawn() : null);
      if (!slot) return;
      run(slot, queue.shift()!);
    }
  };

  return {
    read(input, timeoutMs = opts.timeoutMs) {
      if (closed) return Promise.reject(new TallywatchError('page_reader_closed', 'the page reader is closed', { url: input.url }));
      return new Promise<PageReading>((resolve, reject) => {
        queue.push({ input, timeoutMs, resolve, reject });
        pump();
      });
    },
    async warm() {
      while (!closed && slots.length < opts.threads) spawn();
      await Promise.all(slots.map((s) => s.ready));
    },
    async close() {
      closed = true;
      for (const t of queue.splice(0)) t.reject(new TallywatchError('page_reader_closed', 'the page reader is closed', { url: t.input.url }));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
