/** `tallywatch sources`: feeds have no backfill; a channel's history completed by import-series counts as done. */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { sourcesCommand } from '../../src/queries/sources.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url));

describe('sources: backfill state (real Redis)', () => {
  const prefix = testPrefix();
  let redis: Redis;
  let ctx: AppContext;
  before(() => {
    redis = connect();
    const raw = {
      prefix,
      redis: { url: REDIS_URL },
      records: { baseline: '2024-04-26' },
      sources: [
        { id: 'gs', type: 'telegram', url: 'https://t.me/s/GeneralStaffZSU', primary: true },
        { id: 'wire', type: 'rss', url: 'https://example.org/feed.xml' },
      ],
    };
    ctx = createContext(loadConfig({ env: {}, raw }), redis, createLogger('silent'));
  });
  after(async () => {
    await ctx?.http.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('before any history: the channel is not done, the feed has no backfill at all', async () => {
    const [gs, wire] = await sourcesCommand(ctx);
    assert.equal(gs!.backfill?.done, false);
    assert.equal(wire!.backfill, null);
  });

  it('after import-series completed the history: the channel shows done, and says how', async () => {
    const imported = await importSeriesCommand(ctx, FIXTURE);
    assert.equal(imported.historyComplete, true);
    const [gs, wire] = await sourcesCommand(ctx);
    assert.equal(gs!.backfill?.done, true);
    assert.match(gs!.backfill?.note ?? '', /^history complete via import:.*2024-04-25_2024-05-16\.csv \(2024-04-25 to 2024-05-16\); no channel backfill needed$/);
    assert.equal(wire!.backfill, null);
  });
});
