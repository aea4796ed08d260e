/** The figures in the bench READMEs are the ones in the results files (node scripts/bench-docs.ts writes them). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { articleBlock, BLOCKS, replaceBlock } from '../../scripts/bench-docs.ts';
import { projectPath } from '../../src/core/paths.ts';

describe('bench READMEs', () => {
  for (const { file, name, render } of BLOCKS) {
    it(`${file}: the ${name} block matches its results file`, () => {
      const text = readFileSync(projectPath(...file.split('/')), 'utf8');
      assert.equal(text, replaceBlock(text, name, render()), `${file} is out of date: run node scripts/bench-docs.ts`);
    });
  }

  it('a figure changed in the results file shows as drift', () => {
    const results = JSON.parse(readFileSync(projectPath('bench', 'results', 'article-extraction.json'), 'utf8'));
    const text = readFileSync(projectPath('bench', 'article', 'README.md'), 'utf8');
    results.extractors[0].msMedian = 99.99;
    assert.notEqual(replaceBlock(text, 'article-results', articleBlock(results)), text);
    assert.match(articleBlock(results), /\| ours \| [\d.]+ ± [\d.]+ \| [\d.]+ \| [\d.]+ \| 99\.99 \|/);
  });
});
