/**
 * `npm run bench` (and `node bench/schedule.ts` alone): replays the polling policy of the
 * default config's channel over the 90 days of test/fixtures/schedule/gs-post-times.json, next
 * to the fixed 60 s poll it replaced. The same figures as `tallywatch schedule`, from the
 * fixture instead of a store. Writes bench/results/schedule.{json,md}.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config/load.ts';
import { projectPath } from '../src/core/paths.ts';
import { formatWindow, learnWindow, replaySchedule } from '../src/schedule/index.ts';
import type { ReplayResult } from '../src/schedule/index.ts';

export interface ScheduleBenchResult {
  schema: 'tallywatch.bench.schedule/v1';
  date: string;
  data: string;
  /** The default config's channel: learned window, dense and sparse polls. */
  policy: ReplayResult & { window: string | null; config: Record<string, unknown> };
  /** The same post times polled every 60 s around the clock (the schedule before). */
  fixed60s: ReplayResult;
}

export function benchSchedule(): ScheduleBenchResult {
  const fixture = JSON.parse(readFileSync(projectPath('test', 'fixtures', 'schedule', 'gs-post-times.json'), 'utf8')) as { about: string; posts: string[] };
  const times = fixture.posts.map((p) => Date.parse(p));
  const config = loadConfig({ file: projectPath('config', 'default.yaml'), env: {} });
  const channel = config.sources.find((s) => s.primary && s.type === 'telegram')!;
  const w = learnWindow(times.slice(0, -90).slice(-60));
  return {
    schema: 'tallywatch.bench.schedule/v1',
    date: new Date().toISOString(),
    data: fixture.about,
    policy: { ...replaySchedule(channel, times), window: w ? `${formatWindow(w)}, learned` : null, config: { window: channel.window, every: channel.every, dense: channel.dense, sparse: channel.sparse } },
    fixed60s: replaySchedule({ type: 'telegram', primary: true, every: 60_000, window: 'off' }, times),
  };
}

export function scheduleMarkdown(r: ScheduleBenchResult): string {
  const row = (name: string, x: ReplayResult) => `| ${name} | ${x.requestsPerDay} | ${x.delayMedianS} s | ${x.delayP95S} s | ${x.delayMaxS} s |`;
  return [
    `# Polling schedule replay (${r.date.slice(0, 10)})`,
    '',
    `${r.policy.days} days, ${r.policy.reports} morning reports. ${r.data}`,
    '',
    '| schedule | requests/day to t.me | delay median | delay p95 | delay max |',
    '| --- | ---: | ---: | ---: | ---: |',
    row(`report window (${r.policy.window ?? 'none'}), dense 15 s, sparse 5 min`, r.policy),
    row('fixed 60 s (before)', r.fixed60s),
    '',
  ].join('\n');
}

if (import.meta.main) {
  const r = benchSchedule();
  const md = scheduleMarkdown(r);
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('schedule.json', dir), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(new URL('schedule.md', dir), md);
  process.stdout.write(`${md}\nwritten: bench/results/schedule.json, bench/results/schedule.md\n`);
}
