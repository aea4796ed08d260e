/**
 * `tallywatch article` on a page nested past the depth limit: the text the chosen body
 * leaves out is reported in the output (`cut`), not silently dropped.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_DEPTH } from '../../src/article/dom.ts';
import { nestingCut } from '../../src/article/nesting-cut.ts';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { childEnv } from '../support/child-env.ts';

/** `levels` nested <div>s, each with a sentence of its own before the next opens. */
function nestedPage(levels: number): string {
  let html = '<html><head><title>Losses, level by level</title></head><body><article>';
  for (let i = 0; i < levels; i++) html += `<div>Level ${i}: the General Staff put personnel losses at 1,740 on 13 May 2024. `;
  return `${html}${'</div>'.repeat(levels)}</article></body></html>`;
}

const article = (html: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'tw-nest-')), 'page.html');
  writeFileSync(file, html);
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/main.ts'), 'article', file], { encoding: 'utf8', env: childEnv() });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { text: string; cut?: { reason: string; maxDepth: number; charsLeftOut: number } };
};

describe('deeply nested HTML in tallywatch article', () => {
  it('within the limit: nothing flattened, no cut reported', () => {
    const a = article(nestedPage(MAX_DEPTH - 100));
    assert.match(a.text, /Level \d+:/);
    assert.equal('cut' in a, false);
  });

  it('past the limit: the output says how much text was left out', () => {
    const a = article(nestedPage(MAX_DEPTH + 100));
    const kept = a.text.match(/Level \d+:/g)?.length ?? 0;
    assert.ok(kept < MAX_DEPTH + 100, 'this shape still loses levels (if it stops, the cut report is moot)');
    assert.equal(a.cut?.reason, 'nesting');
    assert.equal(a.cut?.maxDepth, MAX_DEPTH);
    const sentence = 'Level 0: the General Staff put personnel losses at 1,740 on 13 May 2024. '.length;
    assert.ok(a.cut!.charsLeftOut >= (MAX_DEPTH + 100 - kept - 1) * (sentence - 4), `left out ${a.cut!.charsLeftOut} chars for ${MAX_DEPTH + 100 - kept} levels`);
  });

  it('flattened with all text kept is not a cut', () => {
    const html = `<html><body><article><p>${'Opening paragraph with enough words to be body text. '.repeat(4)}</p>${'<div>'.repeat(MAX_DEPTH + 50)}<p>Deep: 1,740 personnel on 13 May 2024.</p>${'</div>'.repeat(MAX_DEPTH + 50)}</article></body></html>`;
    assert.equal(nestingCut(html, `${'Opening paragraph with enough words to be body text. '.repeat(4)}\n\nDeep: 1,740 personnel on 13 May 2024.`), undefined);
  });
});
