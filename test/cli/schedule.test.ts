/** `tallywatch schedule`: replays the policy over the stored post times (real Redis, the CLI as a process). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { createReportStore } from '../../src/store/report-store.ts';
import { storeKeys } from '../../src/store/keys.ts';
import { childEnv } from '../support/child-env.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const posts = (JSON.parse(readFileSync(new URL('../fixtures/schedule/gs-post-times.json', import.meta.url), 'utf8')) as { posts: string[] }).posts;

describe('tallywatch schedule (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let dir: string;
  let config: string;
  before(async () => {
    redis = connect();
    dir = mkdtempSync(join(tmpdir(), 'tw-schedule-'));
    config = join(dir, 'config.yaml');
    writeFileSync(config, `prefix: ${prefix}\nsources:\n  - id: gs\n    type: telegram\n    url: https://t.me/s/GeneralStaffZSU\n    primary: true\n    every: 60s\n    dense: 15s\n    sparse: 5m\n`);
    const reports = createReportStore(redis, storeKeys(prefix));
    // One stored channel report per post; an imported one (no post time) is left out of the replay.
    for (const [i, at] of posts.entries()) {
      const date = at.slice(0, 10);
      await reports.save({ date, origin: 'channel', sourceId: 'gs', postId: 1000 + i, url: null, publishedAt: at, lang: 'uk', figures: {}, other: {}, textHash: null, figuresHash: `h${i}`, live: false, ingestedAt: at, flags: [] });
    }
    await reports.save({ date: '2026-01-01', origin: 'import', sourceId: null, postId: null, url: null, publishedAt: null, lang: null, figures: {}, other: {}, textHash: null, figuresHash: 'imp', live: false, ingestedAt: '2026-01-02T00:00:00Z', flags: [] });
  });
  after(async () => {
    await deletePrefix(redis, prefix);
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--json prints exactly days, requestsPerDay, delayMedianS, delayP95S, within the bars', () => {
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'schedule', '--json', '--config', config], { encoding: 'utf8', env: childEnv({ REDIS_URL }) });
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as Record<string, number>;
    assert.deepEqual(Object.keys(json), ['days', 'requestsPerDay', 'delayMedianS', 'delayP95S']);
    assert.equal(json.days, 90);
    assert.ok(json.delayMedianS! <= 10 && json.delayP95S! <= 30 && json.requestsPerDay! <= 1500, r.stdout);
  });

  it('a feed cannot be replayed: says why, exit code not 0', () => {
    writeFileSync(config, `prefix: ${prefix}\nsources:\n  - id: wire\n    type: rss\n    url: https://example.org/feed.xml\n`);
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'schedule', '--json', '--config', config], { encoding: 'utf8', env: childEnv({ REDIS_URL }) });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /no primary telegram source/);
  });
});
