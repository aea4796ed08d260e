/**
 * The done-check of the record rules on the real series (skipped when ../shared is
 * absent): a channel carrying every report since 2022-02-24, backfilled, and the
 * series CSV imported with its recounts, must both give exactly the record days of
 * gs-records.csv, and nothing else.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import { importSeriesCommand } from '../../src/cli/commands/import-series.ts';
import { recordRows } from '../../src/queries/records.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { renderReport, styleForDate } from '../support/render/render.ts';
import { parseRecountsCsv, parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { backfillChannel } from '../../src/pipeline/backfill-channel.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { shared } from '../support/shared.ts';

const DATA = shared('data');
const present = existsSync(join(DATA, 'gs-series.csv')) && existsSync(join(DATA, 'gs-records.csv'));

function expectedRecords(): string[] {
  const [, ...lines] = readFileSync(join(DATA, 'gs-records.csv'), 'utf8').trim().split('\n');
  return lines.map((l) => l.split(',').slice(0, 3).join('|')).sort();
}

describe('record days over the whole series', { skip: present ? false : 'no ../shared/data here', timeout: 300_000 }, () => {
  let redis: Redis;
  const prefixes: string[] = [];
  let channel: FakeChannel;

  before(async () => {
    redis = connect();
  });
  after(async () => {
    await channel?.close();
    for (const p of prefixes) await deletePrefix(redis, p);
    redis.disconnect();
  });

  const ctxFor = (channelUrl: string) => {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const config = loadConfig({
      env: {},
      raw: {
        prefix,
        redis: { url: REDIS_URL },
        sources: [{ id: 'gs', type: 'telegram', url: channelUrl, primary: true }],
        fetch: { allowPrivateNetworks: true },
        backfill: { pageDelay: 0, maxPages: 5000 },
      },
    });
    return createContext(config, redis, createLogger('silent'));
  };

  it('backfilled from a channel with every report (and other posts), gives exactly gs-records.csv', async (t) => {
    const rows = parseSeriesCsv(readFileSync(join(DATA, 'gs-series.csv'), 'utf8'));
    const recounts = parseRecountsCsv(readFileSync(join(DATA, 'gs-data-quality.csv'), 'utf8'));
    channel = await startFakeChannel({ pageSize: 20 });
    for (const [i, day] of rowsToReports(rows, recounts).entries()) {
      if (i % 3 === 0) channel.addPost({ text: 'Ранкове зведення: ситуація на фронті залишається складною.', publishedAt: `${day.date}T04:00:00Z` });
      // Ukrainian as on the channel; every third day in English, every fifth bilingual.
      const lang = i % 5 === 0 ? 'bilingual' : i % 3 === 0 ? 'en' : 'uk';
      channel.addPost({ text: renderReport(day, { lang, style: styleForDate(day.date) }), publishedAt: `${day.date}T05:30:00Z` });
    }
    const ctx = ctxFor(channel.url);
    t.after(() => ctx.http.close());
    const result = await backfillChannel(ctx, ctx.config.sources[0]!, async () => assert.fail('history must not notify'));
    assert.equal(result.complete, true, result.note);
    // It stops at the page that reaches before the baseline: every report from the baseline on is read.
    const sinceBaseline = rows.filter((r) => r.date >= '2022-04-26').length;
    assert.ok(result.reports >= sinceBaseline && result.reports < sinceBaseline + 20, `read ${result.reports} reports`);
    assert.ok(result.oldestDate! < '2022-04-26');
    const got = (await recordRows(ctx)).map((r) => `${r.metric}|${r.date}|${r.value}`).sort();
    assert.deepEqual(got, expectedRecords());
  });

  it('imported from the CSV with its recounts, gives the same record days', async (t) => {
    const ctx = ctxFor('https://t.me/s/GeneralStaffZSU');
    t.after(() => ctx.http.close());
    const res = await importSeriesCommand(ctx, join(DATA, 'gs-series.csv'), join(DATA, 'gs-data-quality.csv'));
    assert.equal(res.historyComplete, true);
    const got = (await recordRows(ctx)).map((r) => `${r.metric}|${r.date}|${r.value}`).sort();
    assert.deepEqual(got, expectedRecords());
  });
});
