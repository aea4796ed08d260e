import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kindFeatures, kindScores, KINDS, trainKind } from '../../eval/experiments/kind-model.ts';
import type { TrainExample } from '../../eval/experiments/kind-model.ts';
import { readLocated } from '../../src/claims/extract.ts';

const toy: TrainExample[] = [
  ...Array.from({ length: 20 }, (): TrainExample => ({ features: ['L:past', 'R:day'], kind: 'daily' })),
  ...Array.from({ length: 20 }, (): TrainExample => ({ features: ['L:total', 'mag=2'], kind: 'cumulative' })),
  ...Array.from({ length: 10 }, (): TrainExample => ({ features: ['L:averag'], kind: 'average' })),
];

test('the window model learns cues that separate the kinds, the same weights on every run', () => {
  const a = trainKind(toy, { epochs: 10 });
  const b = trainKind(toy, { epochs: 10 });
  assert.deepEqual(a, b);
  const best = (f: string[]): string => {
    const p = kindScores(a, f);
    return KINDS[p.indexOf(Math.max(...p))] as string;
  };
  assert.equal(best(['R:day']), 'daily');
  assert.equal(best(['L:total']), 'cumulative');
  assert.equal(best(['L:averag']), 'average');
  const p = kindScores(a, ['unknown-feature']);
  assert.ok(Math.abs(p.reduce((x, y) => x + y, 0) - 1) < 1e-9);
});

test('the features of a figure are the words of its clause, its size against a day and the window words', () => {
  const read = readLocated('Ukraine said on Monday that Russia had lost 1,180 troops over the past day; its total stands at 650,000.', { published: '2024-06-03', lang: 'en' });
  assert.ok(read !== null);
  const day = read.located.find((l) => l.claim.value === 1180);
  const total = read.located.find((l) => l.claim.value === 650_000);
  assert.ok(day !== undefined && total !== undefined);
  const fd = kindFeatures(day, read.sentences);
  const ft = kindFeatures(total, read.sentences);
  assert.ok(fd.includes('R:past') && fd.includes('near=daily') && fd.includes('mag=-1'));
  // The semicolon ends the day's clause: "total" is the next figure's word, not this one's.
  assert.ok(!fd.includes('R:total'));
  assert.ok(ft.includes('L:total') && ft.includes('mag=4') === false && ft.includes('mag=3'));
});
