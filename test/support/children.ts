/**
 * Child processes a test file started, killed when that file's process ends however it
 * ends: a normal exit, or the runner's SIGTERM when the file lingers after its last test or
 * the run times out. A failing test then leaves no worker behind.
 */
import type { ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();
let installed = false;

function killAll(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.once('exit', killAll);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(signal === 'SIGTERM' ? 143 : 130);
    });
  }
}

/** Registers `child` to be killed when this process ends; returns it. */
export function track<T extends ChildProcess>(child: T): T {
  install();
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
