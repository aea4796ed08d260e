/**
 * A private redis-server for fault tests: its own port (and, if asked, its own data
 * directory), so a test can stop, restart or starve it without touching the shared
 * Redis on 6379. Every server started here is killed when the test process exits.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface PrivateRedis {
  port: number;
  url: string;
  /** Starts redis-server on `port` (again, after stop) and waits until it answers. */
  start(): Promise<void>;
  /** Sends `signal` (SIGTERM: a clean shutdown) and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  running(): boolean;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/** A port that was free a moment ago: listen on 0, read it, close. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

/** True when something on 127.0.0.1:port answers a PING: +PONG, or -NOAUTH from a server with a password. */
async function pongs(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = new Socket();
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.once('error', () => done(false));
    sock.connect(port, '127.0.0.1', () => sock.write('PING\r\n'));
    sock.once('data', (d: Buffer) => done(/^(\+PONG|-NOAUTH)/.test(d.toString('utf8'))));
  });
}

/**
 * `args` are extra redis-server options, e.g. ['--maxmemory', '2mb'] or
 * ['--appendonly', 'yes', '--dir', dir]; later options override the defaults
 * (no RDB snapshots, no AOF, loopback only).
 */
export async function privateRedis(args: string[] = [], port?: number): Promise<PrivateRedis> {
  const p = port ?? (await freePort());
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const argv = ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', ...args];
  const self: PrivateRedis = {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    async start() {
      if (self.running()) throw new Error('private redis already running');
      let log = '';
      const c = spawn('redis-server', argv, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = c;
      live.add(c);
      c.stdout!.on('data', (d: Buffer) => void (log = (log + d.toString('utf8')).slice(-4000)));
      c.stderr!.on('data', (d: Buffer) => void (log = (log + d.toString('utf8')).slice(-4000)));
      exited = new Promise((resolve) => c.once('exit', () => (live.delete(c), resolve())));
      const deadline = Date.now() + 10_000;
      while (!(await pongs(p))) {
        if (!self.running()) throw new Error(`redis-server on ${p} exited at start: ${log}`);
        if (Date.now() > deadline) throw new Error(`redis-server on ${p} did not answer within 10 s: ${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop(signal = 'SIGTERM') {
      if (!self.running()) return;
      child!.kill(signal);
      await exited;
    },
  };
  return self;
}
