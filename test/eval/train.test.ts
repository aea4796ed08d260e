/** npm run train as a user runs it: it measures unless told to write, and a bad sample is an error naming it. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { childEnv } from '../support/child-env.ts';

const WEIGHTS = join(PROJECT_ROOT, 'src/claims/learned/weights.ts');
const train = (args: string[], shared: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'eval/train.ts'), ...args], { encoding: 'utf8', env: childEnv({ TALLYWATCH_SHARED: shared }), cwd: PROJECT_ROOT });

// Two short texts of our own, with the 2024-11-12 and 2023-02-07 daily figures, labelled as the corpus labels them.
const SAMPLE = [
  {
    id: 's1', lang: 'en', published: '2024-11-12', part: 'train', url: null,
    text: 'Russia lost 1,950 soldiers over the past day, the General Staff of Ukraine said on Tuesday, the most in a single day since the invasion began.',
    claims: [{ claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1950, qualifier: 'exact', period_days: 1, as_of: '2024-11-12', record: true, quote: 'Russia lost 1,950 soldiers over the past day' }],
  },
  {
    id: 's2', lang: 'en', published: '2023-02-07', part: 'test', url: null,
    text: 'Kyiv said on Tuesday that 1,030 Russian soldiers had been killed in the previous 24 hours.',
    claims: [{ claimant: 'ua_general_staff', subject: 'ru', metric: 'personnel', kind: 'daily', value: 1030, qualifier: 'exact', period_days: 1, as_of: '2023-02-07', record: false, quote: '1,030 Russian soldiers had been killed in the previous 24 hours' }],
  },
];

describe('npm run train', () => {
  const none = mkdtempSync(join(tmpdir(), 'tw-train-none-'));

  it('with nothing to train on says so and exits 0, leaving the weights alone', () => {
    const before = readFileSync(WEIGHTS, 'utf8');
    const r = train([], none);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /nothing to train on/);
    assert.equal(readFileSync(WEIGHTS, 'utf8'), before);
  });

  it('measures a sample without --write, skipping its test rows, and never replaces the weights', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-train-'));
    writeFileSync(join(dir, 'labels.jsonl'), `${SAMPLE.map((s) => JSON.stringify(s)).join('\n')}\n`);
    const before = readFileSync(WEIGHTS, 'utf8');
    const r = train(['--extra', dir], none);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`${dir} \\(1 texts\\)`));
    assert.match(r.stdout, /measured only/);
    assert.equal(readFileSync(WEIGHTS, 'utf8'), before);
  });

  it('a sample line that is not JSON is an error naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-train-bad-'));
    writeFileSync(join(dir, 'labels.jsonl'), `${JSON.stringify(SAMPLE[0])}\n{not json\n`);
    const r = train(['--extra', dir], none);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(`${join(dir, 'labels.jsonl')} line 2 is not JSON`));
  });
});
