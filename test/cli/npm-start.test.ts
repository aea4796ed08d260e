/**
 * `npm start` under a process manager: a SIGTERM to npm must end the worker, not orphan it.
 * npm runs the script through `sh -c`, and dash does not pass the signal on to a child it
 * forked; the script execs the worker so the worker is the one that gets it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { track } from '../support/children.ts';
import { childEnv } from '../support/child-env.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { waitFor, writeConfig } from '../support/worker-process.ts';

const SHUTDOWN_MS = 5_000;

/** Pids of processes whose command line mentions `needle` (here: this test's config file). */
function processesWith(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (cmdline.includes(needle) && !/^\d+ \(.*\) Z/.test(state)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

describe('npm start', { timeout: 90_000 }, () => {
  const prefix = testPrefix();
  const redis = connect();
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  const built = existsSync(join(PROJECT_ROOT, 'dist/src/cli/main.js'));
  const cases: { name: string; args: (config: string) => string[]; drained: RegExp }[] = [
    // The script execs the worker: npm passes the SIGTERM straight to it.
    { name: 'npm start', args: (config) => ['start', '--silent', '--', '--config', config], drained: /"signal":"SIGTERM","msg":"draining"/ },
    // npx keeps its sh -c: the worker notices that its parent is gone and drains.
    { name: 'npx tallywatch start', args: (config) => ['exec', '--', 'tallywatch', 'start', '--config', config], drained: /"signal":"(SIGTERM|parent exited)","msg":"draining"/ },
  ];
  for (const c of cases) {
    it(`a SIGTERM to ${c.name} ends the worker within worker.shutdownTimeout`, { skip: !built && 'dist/ not built (npm ci builds it)' }, async (t) => {
      const dir = mkdtempSync(join(tmpdir(), 'tw-npm-start-'));
      const config = writeConfig(dir, 'npm-start.json', {
        prefix,
        redis: { url: REDIS_URL },
        http: { port: 0, host: '127.0.0.1' },
        sources: [{ id: 'gs', type: 'telegram', url: 'http://127.0.0.1:9/s/x', every: '1h', primary: true }],
        backfill: { onStart: false },
        worker: { shutdownTimeout: `${SHUTDOWN_MS}ms` },
      });
      const npmCli = process.env.npm_execpath;
      const [cmd, args] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
      const npm = track(spawn(cmd, [...args, ...c.args(config)], { cwd: PROJECT_ROOT, env: childEnv({ LOG_LEVEL: 'info' }), stdio: ['ignore', 'pipe', 'pipe'] }));
      t.after(() => {
        for (const pid of processesWith(config)) process.kill(pid, 'SIGKILL');
      });
      let out = '';
      npm.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      npm.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      const npmExit = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
      await waitFor('the worker to start', () => (out.includes('tallywatch starting') ? true : undefined), 60_000);
      assert.ok(processesWith(config).length >= 1, 'the worker runs with the config on its command line');

      const sent = Date.now();
      npm.kill('SIGTERM');
      await npmExit;
      await waitFor('no process left with the config', () => (processesWith(config).length === 0 ? true : undefined), SHUTDOWN_MS, 50).catch(() => {
        throw new Error(`still running ${SHUTDOWN_MS} ms after SIGTERM: pids ${processesWith(config).join(', ')}`);
      });
      assert.ok(Date.now() - sent <= SHUTDOWN_MS + 500, `ended in ${Date.now() - sent} ms`);
      assert.match(out, c.drained, 'the worker itself drained');
    });
  }
});
