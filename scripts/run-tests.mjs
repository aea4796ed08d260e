// Runs the test files one at a time (they share one Redis and two cores) with a per-test
// timeout and a global timeout for the whole run, and fails the run, naming what is wrong, when:
// - a hook or test never settles (the global timeout names the tests still open);
// - a file's process lingers after its last test (a socket or timer left open): it is
//   stopped after TEST_LINGER_MS and the run fails, naming the file;
// - a file's process ends with tests it announced never settled, or reports no test at all
//   (a stray process.exit, or output cut off at exit).
// No `forceExit`: under process isolation it drops the tail of a file's results before the
// parent reads them (nodejs/node#64833), so runs reported fewer tests than ran, at exit 0.
//
//   node scripts/run-tests.mjs [FILE…]     (default: every test/**/*.test.ts)
//   TEST_TIMEOUT_MS (default 120000), TEST_GLOBAL_TIMEOUT_MS (default 1800000),
//   TEST_LINGER_MS (default 10000)
import { readdirSync, readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const perTestMs = Number(process.env.TEST_TIMEOUT_MS ?? 120_000);
const globalMs = Number(process.env.TEST_GLOBAL_TIMEOUT_MS ?? 30 * 60_000);
const lingerMs = Number(process.env.TEST_LINGER_MS ?? 10_000);

const args = process.argv.slice(2);
const files = args.length > 0 ? args : (await Array.fromAsync(glob('test/**/*.test.ts'))).sort();
const rel = (f) => relative(process.cwd(), f ?? '?');

const controller = new AbortController();
const key = (e) => `${e.file ?? '?'}\u0000${e.nesting}\u0000${e.name}`;
/** The entry the parent runner makes for each test file, as opposed to a test in it. */
const isFileEntry = (e) => e.file !== undefined && e.nesting === 0 && resolve(e.name) === resolve(e.file);

/** Tests started and not yet finished, with when they started: what a hang is in. */
const open = new Map();
/** Tests announced minus tests settled, by key (a name may repeat, hence counts). */
const unsettled = new Map();
/** Per running file: how many of its announced tests have not settled, and its linger timer. */
const running = new Map();
/** Files that began, and files that reported at least one test of their own. */
const begun = new Set();
const reporting = new Set();
const problems = [];

function count(e, by) {
  const k = key(e);
  const n = (unsettled.get(k)?.n ?? 0) + by;
  if (n === 0) unsettled.delete(k);
  else unsettled.set(k, { file: e.file, name: e.name, nesting: e.nesting, n });
  const file = running.get(e.file);
  if (file === undefined) return;
  file.pending += by;
  clearTimeout(file.timer);
  if (file.pending === 0) file.timer = setTimeout(() => stopLingering(e.file), lingerMs).unref();
}

/** The runner's child processes running `file` (Linux: read from /proc). */
function childrenRunning(file) {
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
      const argv = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (ppid === process.pid && argv.some((a) => a !== '' && resolve(a) === file)) pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function stopLingering(file) {
  problems.push(`${rel(file)}: its process was still running ${lingerMs} ms after its last test (a socket, timer or child left open); stopped`);
  process.exitCode = 1;
  for (const pid of childrenRunning(file)) {
    // SIGTERM first so the file's exit handlers (test/support/children.ts) stop what it started.
    process.kill(pid, 'SIGTERM');
    setTimeout(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 2_000).unref();
  }
}

const stream = run({ files, concurrency: 1, isolation: 'process', timeout: perTestMs, signal: controller.signal });

stream.on('test:dequeue', (e) => {
  if (!isFileEntry(e)) return;
  begun.add(e.file);
  running.set(e.file, { pending: 0, timer: undefined });
});
stream.on('test:complete', (e) => {
  if (!isFileEntry(e)) return;
  clearTimeout(running.get(e.file)?.timer);
  running.delete(e.file);
});
stream.on('test:enqueue', (e) => {
  if (!isFileEntry(e)) count(e, 1);
});
stream.on('test:start', (e) => open.set(key(e), { file: e.file, name: e.name, nesting: e.nesting, since: Date.now() }));
const settle = (e) => {
  open.delete(key(e));
  if (isFileEntry(e)) return;
  reporting.add(e.file);
  count(e, -1);
};
stream.on('test:pass', settle);
stream.on('test:fail', (e) => {
  settle(e);
  process.exitCode = 1;
});

const watchdog = setTimeout(() => {
  const names = [...open.values()]
    .sort((a, b) => a.nesting - b.nesting)
    .map((t) => `  ${rel(t.file)}: ${'  '.repeat(t.nesting)}${t.name} (open ${Math.round((Date.now() - t.since) / 1000)} s)`);
  const files = [...running.keys()].map(rel).join(', ') || '?';
  process.stderr.write(`\ntest run exceeded its global timeout of ${globalMs} ms; still open:\n${names.join('\n') || `  (no test open: a file did not exit: ${files})`}\n`);
  process.exitCode = 1;
  controller.abort();
  // The runner stops its children on abort; do not wait on one that ignores it.
  setTimeout(() => process.exit(1), 10_000).unref();
}, globalMs);

stream.compose(spec).pipe(process.stdout);
stream.on('end', () => {
  clearTimeout(watchdog);
  for (const t of unsettled.values()) {
    if (t.n > 0) problems.push(`${rel(t.file)}: ${'  '.repeat(t.nesting)}${t.name}: announced but never ran to an end (did the file's process exit early?)`);
  }
  for (const f of begun) {
    if (!reporting.has(f)) problems.push(`${rel(f)}: reported no test at all (did its process exit before its output was read?)`);
  }
  if (problems.length > 0) {
    process.stderr.write(`\nthe run is not complete:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
});
