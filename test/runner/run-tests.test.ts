/**
 * scripts/run-tests.mjs: a failing test fails the run and leaves no process behind; a hook
 * that never settles fails the run at the global timeout, naming the test still open; a file
 * that ends early fails the run, naming what never ran; every result of a long file is counted.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { track } from '../support/children.ts';

/** This file runs under node:test; a runner started from it must not think it is a test file. */
function runnerEnv(set: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...set };
  delete env.NODE_TEST_CONTEXT;
  return env;
}

function runner(file: string, env: Record<string, string>): Promise<{ code: number | null; out: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = track(spawn(process.execPath, ['scripts/run-tests.mjs', file], { cwd: PROJECT_ROOT, env: runnerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out, ms: Date.now() - started }));
  });
}

/** Running, not a zombie waiting for init to reap it. */
const alive = (pid: number): boolean => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};
/** SIGKILL is delivered asynchronously: give the kernel a moment. */
async function deadWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

describe('the test runner', { timeout: 60_000 }, () => {
  it('fails the run when a test fails, and kills the child process the test left open', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'tw-runner-')), 'pid');
    const r = await runner('test/fixtures/runner/fails-and-leaks.fixture.ts', { RUNNER_PID_FILE: pidFile, TEST_GLOBAL_TIMEOUT_MS: '30000', TEST_LINGER_MS: '1000' });
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /made to fail/);
    assert.match(r.out, /fails-and-leaks\.fixture\.ts: its process was still running 1000 ms after its last test/);
    assert.ok(r.ms < 25_000, `the failing file ended in ${r.ms} ms despite its open server`);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    assert.ok(pid > 0);
    assert.equal(await deadWithin(pid, 2_000), true, `child ${pid} was left running`);
  });

  it('a hook that never settles fails the run at the global timeout and names the open test', async () => {
    const r = await runner('test/fixtures/runner/hangs-in-after.fixture.ts', { TEST_GLOBAL_TIMEOUT_MS: '3000' });
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /exceeded its global timeout of 3000 ms; still open:/);
    assert.match(r.out, /hangs-in-after\.fixture\.ts: a suite whose after hook never returns/);
    assert.ok(r.ms < 20_000, `ended in ${r.ms} ms`);
  });

  it('a file whose process exits early with status 0 fails the run, naming the tests that never ended', async () => {
    const r = await runner('test/fixtures/runner/exits-early.fixture.ts', {});
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /the run is not complete/);
    assert.match(r.out, /exits-early\.fixture\.ts: +ends the process half-way: announced but never ran to an end/);
    assert.match(r.out, /exits-early\.fixture\.ts: a suite that never runs: announced but never ran to an end/);
  });

  it('counts every result of a long file, its last suite included', async () => {
    const r = await runner('test/fixtures/runner/many-tests.fixture.ts', {});
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /ℹ tests 400\n/);
    assert.match(r.out, /✔ the last suite 99 /);
    assert.doesNotMatch(r.out, /not complete/);
  });
});
