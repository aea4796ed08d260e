/**
 * A private three-node Redis Cluster for tests (no replicas): three redis-server processes in
 * cluster mode on free ports, joined with `redis-cli --cluster create`. Killed when the test
 * process exits, like privateRedis.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { privateRedis } from './private-redis.ts';
import type { PrivateRedis } from './private-redis.ts';

const run = promisify(execFile);

export interface PrivateCluster {
  nodes: PrivateRedis[];
  /** Seed URLs, comma-separated, as redis.url takes them with redis.cluster. */
  url: string;
  stop(): Promise<void>;
}

export async function privateCluster(size = 3): Promise<PrivateCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'tw-cluster-'));
  const nodes: PrivateRedis[] = [];
  for (let i = 0; i < size; i++) {
    const node = await privateRedis(['--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${i}.conf`), '--dir', dir, '--cluster-node-timeout', '2000']);
    await node.start();
    nodes.push(node);
  }
  const addresses = nodes.map((n) => `127.0.0.1:${n.port}`);
  await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'], { timeout: 30_000 });
  // Every node must agree the cluster is whole before clients are pointed at it.
  const deadline = Date.now() + 20_000;
  for (const n of nodes) {
    for (;;) {
      const { stdout } = await run('redis-cli', ['-p', String(n.port), 'cluster', 'info']);
      if (stdout.includes('cluster_state:ok')) break;
      if (Date.now() > deadline) throw new Error(`cluster not ok on ${n.port}: ${stdout}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    nodes,
    url: nodes.map((n) => n.url).join(','),
    async stop() {
      await Promise.all(nodes.map((n) => n.stop('SIGKILL')));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
