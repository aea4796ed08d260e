/**
 * Long texts for the bounds tests and measurements: news prose about losses, written for this
 * project, run together with commas and no full stop, as a page of one endless paragraph
 * reads; and random bytes. Both are generated from a seed, so every run sees the same input.
 */
import { mulberry32 } from '../../bench/stats.ts';

const CLAUSES = [
  'Russian forces lost {n} soldiers killed or wounded over the past day, the General Staff said',
  'bringing the count since the invasion to {big}',
  'Ukrainian units also destroyed {s} tanks, {s} armoured vehicles and {s} artillery systems',
  'according to the defence ministry in Kyiv',
  'Moscow, for its part, claimed its troops killed {n} Ukrainian servicemen in a single day',
  'the earlier one-day high of {n}, set in May, still stands',
  'British intelligence said Russia was averaging {n} casualties a day so far this month',
  'heavy fighting continued near the river crossing where small groups pressed infantry attacks',
  'officials in the region said the shelling damaged a bridge and two schools overnight',
  'the figures could not be independently verified',
];

/** About `chars` characters of figures-laden prose, clauses joined by commas and never ended. */
export function runOnText(chars: number, seed = 7): string {
  const rnd = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const clause = CLAUSES[Math.floor(rnd() * CLAUSES.length)]!
      .replace(/\{n\}/g, () => String(600 + Math.floor(rnd() * 1400)))
      .replace(/\{big\}/g, () => (400_000 + Math.floor(rnd() * 300_000)).toLocaleString('en-US'))
      .replace(/\{s\}/g, () => String(1 + Math.floor(rnd() * 60)));
    parts.push(clause);
    length += clause.length + 2;
  }
  return parts.join(', ').slice(0, chars);
}

/** `bytes` pseudo-random bytes (not cryptographic: the same on every run). */
export function randomBytesSeeded(bytes: number, seed = 11): Buffer {
  const rnd = mulberry32(seed);
  const out = Buffer.allocUnsafe(bytes);
  for (let i = 0; i < bytes; i += 4) out.writeUInt32LE(Math.floor(rnd() * 4_294_967_296), Math.min(i, bytes - 4));
  return out;
}
