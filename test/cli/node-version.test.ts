/** The CLI on the wrong Node: one line saying Node 24 is needed and how to get it, exit 1. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { nodeVersionProblem } from '../../src/cli/node-version.ts';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { childEnv } from '../support/child-env.ts';

const SYSTEM_NODE = '/usr/bin/node';
const systemMajor = (): number | undefined => {
  if (!existsSync(SYSTEM_NODE)) return undefined;
  const r = spawnSync(SYSTEM_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.split('.')[0]) : undefined;
};

describe('node version check', () => {
  it('accepts Node 24 and names the fix for any other', () => {
    assert.equal(nodeVersionProblem('v24.21.0'), undefined);
    for (const v of ['v20.20.2', 'v22.1.0', 'v25.0.0']) {
      const line = nodeVersionProblem(v)!;
      assert.match(line, new RegExp(`needs Node 24, this is Node ${v.replace(/\./g, '\\.')}`));
      assert.match(line, /nvm install 24/);
      assert.doesNotMatch(line, /\n/);
    }
  });

  it('main.ts checks before it loads anything else: a faked old version gets the one line, not the usage', () => {
    const fake = 'data:text/javascript,Object.defineProperty(process,"version",{value:"v20.20.2"})';
    const r = spawnSync(process.execPath, ['--import', fake, join(PROJECT_ROOT, 'src/cli/main.ts'), '--help'], { encoding: 'utf8', env: childEnv() });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.deepEqual(r.stderr.trim().split('\n'), [nodeVersionProblem('v20.20.2')]);
  });

  const major = systemMajor();
  const built = existsSync(join(PROJECT_ROOT, 'dist/src/cli/main.js'));
  it(`the built CLI on this machine's own Node (${major ?? 'none'}) prints the one line instead of a stack trace`, { skip: (major === undefined || major === 24 || !built) && 'needs a non-24 /usr/bin/node and a built dist/' }, () => {
    const r = spawnSync(SYSTEM_NODE, [join(PROJECT_ROOT, 'dist/src/cli/main.js'), 'sources'], { encoding: 'utf8', env: childEnv() });
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /tallywatch needs Node 24/);
  });
});
