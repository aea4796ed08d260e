/**
 * Redis Cluster: two worker processes on a three-node cluster (redis.cluster, hash-tagged
 * prefix) take a new record post to one alert, and every key they wrote, BullMQ's included,
 * sits in the one slot of the prefix's hash tag.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { faultWorld, probe, RECORD_ID } from '../support/fault-world.ts';
import type { FaultWorld } from '../support/fault-world.ts';
import { privateCluster } from '../support/private-cluster.ts';
import type { PrivateCluster } from '../support/private-cluster.ts';
import { reliability } from '../support/reliability.ts';
import { startWorkerProcess, waitFor } from '../support/worker-process.ts';
import type { WorkerProcess } from '../support/worker-process.ts';

describe('Redis Cluster (e2e)', { timeout: 120_000 }, () => {
  let cluster: PrivateCluster;
  let world: FaultWorld;
  const workers: WorkerProcess[] = [];

  before(async () => {
    cluster = await privateCluster(3);
    world = await faultWorld(cluster.url, { cluster: true });
    await world.importHistory();
  });

  after(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await cluster?.stop();
    await world?.close();
  });

  it('two workers on a three-node cluster: one alert, every key in the prefix slot', async () => {
    const t0 = Date.now();
    for (let i = 0; i < 2; i++) workers.push(startWorkerProcess(world.configFile));
    const ports = await Promise.all(workers.map((w) => w.port));
    await waitFor('both ready', async () => ((await Promise.all(ports.map((p) => probe(p, '/readyz')))).every((r) => r.status === 200) ? true : undefined), 30_000, 200);

    world.postRecord();
    await waitFor('the alert', () => (world.hook.requests.length >= 1 ? true : undefined), 30_000);
    const alertMs = Date.now() - t0;
    await new Promise((r) => setTimeout(r, 3_000)); // room for a duplicate
    assert.deepEqual(world.deliveryIds(), [RECORD_ID]);

    // Where the keys are: each node's own keys under the prefix, and their slots.
    const perNode: number[] = [];
    const slots = new Set<number>();
    for (const node of cluster.nodes) {
      const direct = new Redis(node.url, { maxRetriesPerRequest: 1 });
      try {
        const keys: string[] = [];
        let cursor = '0';
        do {
          const [next, batch] = await direct.scan(cursor, 'MATCH', `${world.prefix}:*`, 'COUNT', 500);
          keys.push(...batch);
          cursor = next;
        } while (cursor !== '0');
        perNode.push(keys.length);
        for (const k of keys.slice(0, 50)) slots.add(Number(await direct.call('CLUSTER', 'KEYSLOT', k)));
      } finally {
        direct.disconnect();
      }
    }
    assert.equal(perNode.filter((n) => n > 0).length, 1, `keys on one node only: ${perNode.join('/')}`);
    assert.equal(slots.size, 1, `one slot: ${[...slots].join(',')}`);
    assert.ok(perNode.reduce((a, b) => a + b, 0) > 20, 'the store and the queues both wrote keys');
    for (const w of workers.splice(0)) assert.equal(await w.stop('SIGTERM'), 0);

    reliability({
      area: '5 scale-out',
      case: 'Redis Cluster: three nodes, two workers, prefix {…}',
      took_ms: Date.now() - t0,
      alert_ms: alertMs,
      deliveries: world.hook.requests.length,
      keys_per_node: perNode.join('/'),
      slots_used: slots.size,
      ok: true,
    });
  });
});
