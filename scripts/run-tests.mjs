// Runs the test files one at a time (they share one Redis and two cores) with a per-test
// timeout, and a global timeout for the whole run: a hook or a leaked handle that never
// settles fails the run and names the tests still open instead of hanging it.
//
//   node scripts/run-tests.mjs [FILE…]     (default: every test/**/*.test.ts)
//   TEST_TIMEOUT_MS (default 120000), TEST_GLOBAL_TIMEOUT_MS (default 1800000)
import { glob } from 'node:fs/promises';
import { relative } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const perTestMs = Number(process.env.TEST_TIMEOUT_MS ?? 120_000);
const globalMs = Number(process.env.TEST_GLOBAL_TIMEOUT_MS ?? 30 * 60_000);

const args = process.argv.slice(2);
const files = args.length > 0 ? args : (await Array.fromAsync(glob('test/**/*.test.ts'))).sort();

const controller = new AbortController();
/** Tests started and not yet finished, by file and name, with when they started. */
const open = new Map();
const key = (e) => `${e.file ?? '?'}\u0000${e.nesting}\u0000${e.name}`;

const stream = run({
  files,
  concurrency: 1,
  isolation: 'process',
  timeout: perTestMs,
  // A file whose tests are done but which still holds a socket or timer exits anyway.
  forceExit: true,
  signal: controller.signal,
});

stream.on('test:start', (e) => open.set(key(e), { file: e.file, name: e.name, nesting: e.nesting, since: Date.now() }));
stream.on('test:pass', (e) => open.delete(key(e)));
stream.on('test:fail', (e) => {
  open.delete(key(e));
  process.exitCode = 1;
});

const watchdog = setTimeout(() => {
  const names = [...open.values()]
    .sort((a, b) => a.nesting - b.nesting)
    .map((t) => `  ${relative(process.cwd(), t.file ?? '?')}: ${'  '.repeat(t.nesting)}${t.name} (open ${Math.round((Date.now() - t.since) / 1000)} s)`);
  process.stderr.write(`\ntest run exceeded its global timeout of ${globalMs} ms; still open:\n${names.join('\n') || '  (no test open: a file did not exit)'}\n`);
  process.exitCode = 1;
  controller.abort();
  // The runner stops its children on abort; do not wait on one that ignores it.
  setTimeout(() => process.exit(1), 10_000).unref();
}, globalMs);

stream.compose(spec).pipe(process.stdout);
stream.on('end', () => clearTimeout(watchdog));
