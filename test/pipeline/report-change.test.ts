/**
 * A report that replaces the stored one for its date is logged in one line naming each
 * figure that changed, from what to what (after import-series, the channel's reported (+N)
 * replaces the CSV's difference of totals).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { createContext } from '../../src/app/services.ts';
import type { AppContext } from '../../src/app/services.ts';
import { loadConfig } from '../../src/config/load.ts';
import { createLogger } from '../../src/core/logger.ts';
import { ingestPost } from '../../src/pipeline/ingest-report.ts';
import { figureChanges, reportChangeMessage } from '../../src/pipeline/report-change.ts';
import { renderReport } from '../support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';
import { storedReport } from '../support/reports.ts';

const FIXTURE = new URL('../fixtures/series/2024-04-25_2024-05-16.csv', import.meta.url);

describe('report change messages', () => {
  it('names each changed figure with both values; unchanged ones are left out', () => {
    const before = storedReport({ date: '2024-05-13', personnel: [484_030, 1_720], tanks: [7_485, 31] });
    const after = storedReport({ date: '2024-05-13', personnel: [484_030, 1_740], tanks: [7_485, 31], afv: [14_417, 42] });
    assert.equal(figureChanges(before, after), 'personnel 484,030 (+1,720) → 484,030 (+1,740); afv absent → 14,417 (+42)');
    assert.equal(figureChanges(before, before), '');
    assert.equal(
      reportChangeMessage({ ...before, origin: 'import' }, { ...after, origin: 'channel' }),
      'report 2024-05-13 changed (the channel report replaces the imported row): personnel 484,030 (+1,720) → 484,030 (+1,740); afv absent → 14,417 (+42)',
    );
    assert.match(reportChangeMessage({ ...before, origin: 'channel' }, { ...after, origin: 'channel' }), /^report 2024-05-13 changed \(an edited post gave other figures\): personnel/);
  });

  describe('from ingestPost (real Redis)', () => {
    const prefix = testPrefix();
    let redis: Redis;
    let ctx: AppContext;
    const lines: string[] = [];
    before(() => {
      redis = connect();
      const sink = new Writable({ write: (c, _e, cb) => void (lines.push(...String(c).split('\n').filter(Boolean)), cb()) });
      ctx = createContext(loadConfig({ env: {}, raw: { prefix, redis: { url: REDIS_URL } } }), redis, createLogger('warn', sink));
    });
    after(async () => {
      await ctx?.http.close();
      await deletePrefix(redis, prefix);
      redis.disconnect();
    });

    it('a channel post over an imported row logs one warning saying what changed', async () => {
      // A whole day from the series fixture, imported; the channel's post gives another (+N) for personnel.
      const day = rowsToReports(parseSeriesCsv(readFileSync(FIXTURE, 'utf8'))).find((d) => d.date === '2024-05-13')!;
      const importedFigures = structuredClone(day.figures);
      importedFigures.personnel = { total: importedFigures.personnel!.total, delta: 1_720 };
      await ctx.reports.save({ ...storedReport({ date: day.date }), figures: importedFigures, origin: 'import', figuresHash: 'import' });
      const channelFigures = structuredClone(importedFigures);
      channelFigures.personnel = { total: importedFigures.personnel.total, delta: 1_740 };
      const text = renderReport({ date: day.date, figures: channelFigures }, { lang: 'uk' });
      const total = importedFigures.personnel.total.toLocaleString('en-US');
      const post = { id: 77, channel: 'GeneralStaffZSU', url: 'https://t.me/GeneralStaffZSU/77', publishedAt: '2024-05-13T05:30:00.000Z', text, edited: false, forwarded: false, service: false };
      const deps = { reports: ctx.reports, events: ctx.events, baseline: '2024-04-26', enqueueNotify: async () => {}, log: ctx.log };
      const res = await ingestPost(post, 'gs', deps);
      assert.equal(res.status, 'changed');
      const warnings = lines.map((l) => JSON.parse(l) as { msg: string }).filter((l) => l.msg.startsWith('report 2024-05-13 changed'));
      assert.deepEqual(warnings.map((w) => w.msg), [`report 2024-05-13 changed (the channel report replaces the imported row): personnel ${total} (+1,720) → ${total} (+1,740)`]);
    });
  });
});
