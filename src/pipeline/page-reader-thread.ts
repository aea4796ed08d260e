/** Worker-thread side of page-reader.ts: reads one page per message and posts the reading back. */
import { parentPort } from 'node:worker_threads';
import { readPage } from './read-page.ts';
import type { PageInput } from './read-page.ts';

parentPort!.on('message', (msg: { id: number; input: PageInput }) => {
  try {
    parentPort!.postMessage({ id: msg.id, reading: readPage(msg.input) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: { message: (err as Error).message, stack: (err as Error).stack } });
  }
});

// Loaded: the reader starts a page's deadline only now.
parentPort!.postMessage({ ready: true });
