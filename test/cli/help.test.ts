/** Per-command help, and options checked per command. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkOptions, commandHelp, COMMANDS } from '../../src/cli/help.ts';
import { UsageError } from '../../src/cli/io.ts';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { childEnv } from '../support/child-env.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', env: childEnv() });

describe('tallywatch COMMAND --help', () => {
  it('every command has its usage, each of its options and one example', () => {
    for (const [name, c] of Object.entries(COMMANDS)) {
      const text = commandHelp(name);
      assert.match(text, new RegExp(`^usage: tallywatch ${name}\\b`), name);
      for (const option of Object.keys(c.options)) assert.match(text, new RegExp(`^  --${option}\\b`, 'm'), `${name} --${option}`);
      assert.match(text, /^  --config FILE/m);
      assert.match(text, new RegExp(`\\nexample:\\n  tallywatch ${name}\\b`), name);
    }
  });

  it('the CLI prints the command help for COMMAND --help and help COMMAND, exit 0', () => {
    const a = cli('extract', '--help');
    assert.equal(a.status, 0, a.stderr);
    assert.equal(a.stdout, `${commandHelp('extract')}\n`);
    assert.match(a.stdout, /--published DATE/);
    assert.doesNotMatch(a.stdout, /commands:/, 'not the global usage');
    assert.equal(cli('help', 'import-series').stdout, `${commandHelp('import-series')}\n`);
  });

  it('an unknown option, or one of another command, is an error naming it (exit 2, nothing on stdout)', () => {
    const unknown = cli('sources', '--verbose');
    assert.equal(unknown.status, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /^tallywatch: sources: Unknown option '--verbose'\nusage: tallywatch sources/);
    const other = cli('parse-report', '--failed');
    assert.equal(other.status, 2);
    assert.match(other.stderr, /^tallywatch: parse-report: unknown option --failed\nusage: tallywatch parse-report/);
    assert.throws(() => checkOptions('records', ['json', 'metric']), (e: unknown) => e instanceof UsageError && /records: unknown option --metric/.test(e.message));
    assert.doesNotThrow(() => checkOptions('records', ['json', 'config']));
  });
});

describe('tallywatch extract --lang', () => {
  it('takes a language code, and a bad one is an error naming it (exit 2, nothing on stdout)', () => {
    const text = "Russia lost 1,230 soldiers over the past day, Ukraine's General Staff said.";
    const ok = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'extract', '--lang', 'en', '--published', '2024-11-19'], { encoding: 'utf8', env: childEnv(), input: text });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as { claims: { value: number }[] }).claims[0]?.value, 1230);
    const bad = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'extract', '--lang', '12'], { encoding: 'utf8', env: childEnv(), input: text });
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /--lang: expected a language code/);
  });
});
