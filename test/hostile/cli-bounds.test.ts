/**
 * `tallywatch extract` and `tallywatch article` on inputs no article is like: 20 MB of random
 * bytes, 20 MB and 4.5 MB of one endless paragraph. Each must answer within 10 s and 500 MB of
 * peak RSS, with an outcome that says why there is no claim or text. Before the bounds, extract
 * on 20 MB of random bytes had not answered after 60 s (650 MB), and on 200 KB of such prose
 * after 90 s. Peak RSS is read with GNU time when /usr/bin/time is there.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { randomBytesSeeded, runOnText } from '../support/run-on-text.ts';
import { report } from './support.ts';

const TIME_BOUND_MS = 10_000;
const RSS_BOUND_MIB = 500;
const GNU_TIME = '/usr/bin/time';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssMiB: number | null;
}

function cli(args: string[], dir: string): Promise<Run> {
  const main = join(PROJECT_ROOT, 'src/cli/main.ts');
  const timeFile = join(dir, 'time.txt');
  const withTime = existsSync(GNU_TIME);
  const [cmd, argv] = withTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, process.execPath, main, ...args]] : [process.execPath, [main, ...args]];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const kb = withTime ? Number(/(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'))?.[1]) : NaN;
      resolve({ code, stdout, stderr, ms, peakRssMiB: Number.isFinite(kb) ? Math.round(kb / 1024) : null });
    });
  });
}

describe('extract and article on 20 MB inputs answer within 10 s and 500 MB', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tw-cli-bounds-'));
  const files = {
    random: join(dir, 'random-20mb.bin'),
    prose: join(dir, 'endless-20mb.txt'),
    page: join(dir, 'endless-4.5mb.html'),
  };
  writeFileSync(files.random, randomBytesSeeded(20_000_000));
  writeFileSync(files.prose, runOnText(20_000_000));
  writeFileSync(files.page, `<!DOCTYPE html><html><head><title>Endless</title></head><body><p>${runOnText(4_500_000)}</p></body></html>`);
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: { command: 'extract' | 'article'; input: keyof typeof files; outcome: string | null }[] = [
    { command: 'extract', input: 'random', outcome: 'not_text' },
    { command: 'article', input: 'random', outcome: 'not_article' },
    { command: 'extract', input: 'prose', outcome: 'too_large' },
    { command: 'extract', input: 'page', outcome: 'too_large' },
    // A page of text is an article, however long: its text comes back (cut to what is read).
    { command: 'article', input: 'page', outcome: null },
  ];
  for (const c of cases) {
    it(`${c.command} on ${c.input} (${files[c.input].split('/').at(-1)})`, async () => {
      const run = await cli([c.command, files[c.input]], dir);
      const line = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { outcome?: string; message?: string; claims?: unknown[]; text?: string };
      report({ case: `tallywatch ${c.command} on ${files[c.input].split('/').at(-1)}`, bound_ms: TIME_BOUND_MS, took_ms: Math.round(run.ms), kind: line.outcome ?? 'article', ok: true, ...(run.peakRssMiB !== null ? { heap_mb: run.peakRssMiB } : {}) });
      assert.ok(run.ms < TIME_BOUND_MS, `took ${Math.round(run.ms)} ms`);
      if (run.peakRssMiB !== null) assert.ok(run.peakRssMiB < RSS_BOUND_MIB, `peak RSS ${run.peakRssMiB} MiB`);
      if (c.outcome === null) {
        assert.equal(run.code, 0, run.stderr);
        assert.equal(line.outcome, undefined);
        assert.ok((line.text?.length ?? 0) > 1_000_000, 'the page text is returned');
      } else {
        assert.equal(run.code, 1, 'exit code 1: the input was not read');
        assert.equal(line.outcome, c.outcome);
        assert.ok(line.message && run.stderr.includes(line.message), `the message is on stderr: ${run.stderr}`);
        if (c.command === 'extract') assert.deepEqual(line.claims, []);
        else assert.equal(line.text, '');
      }
    });
  }

  it('an ordinary article still gives its claims', async () => {
    const run = await cli(['extract', join(PROJECT_ROOT, 'test/fixtures/news/outlet-a-1030.html')], dir);
    assert.equal(run.code, 0, run.stderr);
    const line = JSON.parse(run.stdout) as { claims: { value: number }[] };
    assert.ok(line.claims.some((cl) => cl.value === 1_030));
  });
});
