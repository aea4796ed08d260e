/** The CLI as a user runs it: a child process, JSON on stdout, errors on stderr, exit codes. */
import assert from 'node:assert/strict';
import * as childProcess from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Redis } from 'ioredis';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { renderReport } from '../support/render/render.ts';
import { parseSeriesCsv, rowsToReports } from '../../src/report/series-csv.ts';
import { startFakeChannel } from '../support/fake-channel.ts';
import type { FakeChannel } from '../support/fake-channel.ts';
import { childEnv } from '../support/child-env.ts';
import { connect, deletePrefix, REDIS_URL, testPrefix } from '../support/redis.ts';

const FIXTURE = join(PROJECT_ROOT, 'test/fixtures/series/2024-04-25_2024-05-16.csv');

/** Async so the fake channel in this process keeps answering while the CLI runs. */
function cli(args: string[], input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = childProcess.spawn(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], { cwd: PROJECT_ROOT, env: childEnv({ REDIS_URL }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code: number | null) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

describe('tallywatch CLI', { timeout: 120_000 }, () => {
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'tw-cli-'));
  let redis: Redis;
  let channel: FakeChannel;
  let config: string;

  before(async () => {
    redis = connect();
    channel = await startFakeChannel({ pageSize: 10 });
    for (const day of rowsToReports(parseSeriesCsv(readFileSync(FIXTURE, 'utf8')))) {
      channel.addPost({ text: 'Оперативна інформація: тривають бої.', publishedAt: `${day.date}T04:00:00Z` });
      channel.addPost({ text: renderReport(day, { lang: 'en' }), publishedAt: `${day.date}T05:30:00Z` });
    }
    config = join(dir, 'tw.json');
    writeFileSync(config, JSON.stringify({ prefix, sources: [{ id: 'gs', type: 'telegram', url: channel.url, primary: true }], fetch: { allowPrivateNetworks: true }, records: { baseline: '2024-04-26' } }));
  });
  after(async () => {
    await channel.close();
    await deletePrefix(redis, prefix);
    redis.disconnect();
  });

  it('parse-report reads stdin and files, one JSON line each; a non-report is null', async () => {
    const text = renderReport({ date: '2024-05-13', figures: { personnel: { total: 484_030, delta: 1_740 }, tanks: { total: 7_485, delta: 31 }, afv: { total: 14_417, delta: 42 }, artillery: { total: 12_487, delta: 15 }, mlrs: { total: 1_070, delta: 4 } } }, { lang: 'uk' });
    const file = join(dir, 'report.txt');
    writeFileSync(file, text);
    const res = await cli(['parse-report', file]);
    assert.equal(res.code, 0, res.stderr);
    const [first] = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(first.report.date, '2024-05-13');
    assert.deepEqual(first.report.figures.personnel, { total: 484_030, delta: 1_740 });
    const stdin = await cli(['parse-report'], 'Слава Україні! Дякуємо захисникам.');
    assert.deepEqual(JSON.parse(stdin.stdout), { file: '-', report: null });
  });

  it('backfill runs to completion; series and records read the store', async () => {
    const back = await cli(['backfill', '--config', config, '--page-delay', '0']);
    assert.equal(back.code, 0, back.stderr);
    assert.equal(JSON.parse(back.stdout).complete, true);
    const records = JSON.parse((await cli(['records', '--json', '--config', config])).stdout);
    assert.ok(records.some((r: { metric: string; date: string; value: number; status: string }) => r.metric === 'personnel' && r.date === '2024-05-13' && r.value === 1_740 && r.status === 'historical'));
    const series = JSON.parse((await cli(['series', '--metric', 'personnel', '--json', '--config', config])).stdout);
    assert.equal(series.find((p: { date: string }) => p.date === '2024-05-13')?.total, 484_030);
    const sources = JSON.parse((await cli(['sources', '--config', config])).stdout);
    assert.equal(sources[0].backfill.done, true);
  });

  it('errors name what is wrong and exit non-zero, with nothing on stdout', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ sources: [{ id: 'gs', type: 'telegram', url: 'https://t.me/s/x', every: 'soon' }] }));
    const r1 = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'records', '--json', '--config', bad], { encoding: 'utf8', env: childEnv() });
    assert.notEqual(r1.status, 0);
    assert.equal(r1.stdout, '');
    assert.match(r1.stderr, /sources\[0\]\.every: not a duration/);
    const r2 = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'series', '--metric', 'horses', '--config', config], { encoding: 'utf8', env: childEnv({ REDIS_URL }) });
    assert.equal(r2.status, 2);
    assert.match(r2.stderr, /--metric: unknown metric "horses"/);
    const r3 = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'import-series', join(dir, 'missing.csv'), '--config', config], { encoding: 'utf8', env: childEnv({ REDIS_URL }) });
    assert.equal(r3.status, 1);
    assert.match(r3.stderr, /cannot read .*missing\.csv/);
  });
});
