/**
 * Writes test/fixtures/schedule/gs-post-times.json: 150 days of morning-report post times for
 * the replay tests and the bench. Node 24: `node scripts/gs-post-times.ts [gs-series.csv]`.
 *
 * No stored run of the channel's real post times was at hand, so the times are modelled on the
 * ones that were: the report days are the last 150 dates of the real daily series
 * (/work/shared/data/gs-series.csv), and each day's time is one of the real observed publication
 * times below, moved by up to ±12 min, with one day in fifty posted late (11:00-13:30).
 * Seeded, so the file is the same on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { zonedInstant } from '../src/schedule/clock.ts';

/** Kyiv times of day of real General Staff loss-report publications, and where each was seen. */
const OBSERVED = [
  ['06:00', 'mil.gov.ua 2022-04-12'],
  ['07:30', 'mil.gov.ua 2022-04-26'],
  ['06:45', 'mil.gov.ua 2022-04-30'],
  ['06:00', 'mil.gov.ua 2022-06-01'],
  ['09:25', 'mil.gov.ua 2022-07-08'],
  ['09:05', 'mil.gov.ua 2022-08-09'],
  ['09:00', 'mil.gov.ua 2022-08-10'],
  ['08:12', 't.me/s/GeneralStaffZSU 2024-05-13 (test/fixtures/golden/telegram)'],
] as const;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const csv = process.argv[2] ?? '/work/shared/data/gs-series.csv';
const dates = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!).slice(-150);
const random = mulberry32(12);
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const posts = dates.map((date) => {
  const late = random() < 0.02;
  const minute = late ? 660 + random() * 150 : minutes(OBSERVED[Math.floor(random() * OBSERVED.length)]![0]) + (random() * 24 - 12);
  return new Date(Math.round(zonedInstant(date, minute, 'Europe/Kyiv') / 1000) * 1000).toISOString();
});
const out = {
  about: 'Modelled post times of the General Staff morning report (see scripts/gs-post-times.ts): real report dates, times drawn from real observed publication times ±12 min, 2% late.',
  observed: OBSERVED.map(([time, where]) => ({ time, where })),
  posts,
};
writeFileSync(new URL('../test/fixtures/schedule/gs-post-times.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
process.stdout.write(`${posts.length} posts, ${dates[0]} to ${dates[dates.length - 1]}\n`);
