/** Runs `tallywatch start` as a real child process and reads its JSON log lines. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { track } from './children.ts';
import { childEnv } from './child-env.ts';

export interface WorkerProcess {
  child: ChildProcess;
  port: Promise<number>;
  logs: Record<string, unknown>[];
  /** Everything the process wrote, stdout and stderr, as text. */
  output(): string;
  /** SIGTERM (or another signal), then the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function writeConfig(dir: string, name: string, config: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

export function startWorkerProcess(configFile: string, env: Record<string, string> = {}): WorkerProcess {
  const child = track(spawn(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'start', '--config', configFile], {
    cwd: PROJECT_ROOT,
    // Only what the test sets: the config file says which Redis and prefix, not the user's shell.
    env: childEnv({ LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
  const logs: Record<string, unknown>[] = [];
  let buf = '';
  let stderr = '';
  const chunks: string[] = [];
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      chunks.push(chunk.toString('utf8'));
      buf += chunk.toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === 'tallywatch starting') resolve(entry.port as number);
        } catch {
          // not a log line
        }
      }
    });
    child.stderr!.on('data', (c: Buffer) => {
      chunks.push(c.toString('utf8'));
      stderr += c.toString('utf8');
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${stderr.slice(-2000)}`)));
  });
  port.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    port,
    logs,
    output: () => chunks.join(''),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
