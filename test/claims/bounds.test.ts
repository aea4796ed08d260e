/** The bounds put on the claim reader's input (src/claims/bounds.ts), and that they hold on any text. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capSentences, capText, checkClaimText, checkDeadline, ExtractionTimeoutError, MAX_CLAIM_TEXT_CHARS, MAX_SENTENCE_CHARS } from '../../src/claims/bounds.ts';
import { extractClaims } from '../../src/claims/extract.ts';
import { normalizeText, splitSentences } from '../../src/claims/sentences.ts';
import { binaryShare } from '../../src/core/binary.ts';
import { randomBytesSeeded, runOnText } from '../support/run-on-text.ts';

describe('claim reader bounds', () => {
  it('capText keeps short texts and cuts long ones at a line break or space', () => {
    assert.equal(capText('short text'), 'short text');
    const long = `${'word '.repeat(30)}\n${'more '.repeat(30)}`;
    const cut = capText(long, 160);
    assert.ok(cut.length <= 160 && long.startsWith(cut));
    assert.ok(cut.endsWith('word') || long[cut.length] === '\n' || long[cut.length] === ' ', JSON.stringify(cut.slice(-10)));
    assert.equal(capText('x'.repeat(500), 100).length, 100, 'no space: a hard cut');
  });

  it('capSentences splits an over-long sentence at clause ends, offsets intact', () => {
    const text = normalizeText(runOnText(5_000));
    const sentences = splitSentences(text);
    assert.equal(sentences.length, 1, 'the run-on text is one sentence');
    const pieces = capSentences(sentences, 400);
    assert.ok(pieces.length >= 12, `${pieces.length} pieces`);
    pieces.forEach((p, i) => {
      assert.ok(p.text.length <= 400, `piece ${i} is ${p.text.length}`);
      assert.equal(text.slice(p.start, p.end), p.text);
      assert.equal(p.index, i);
    });
    // Most pieces end at a clause end (a comma before a space), not in a word.
    const atClause = pieces.slice(0, -1).filter((p) => p.text.endsWith(','));
    assert.ok(atClause.length >= pieces.length - 2, `${atClause.length} of ${pieces.length - 1} end at a comma`);
    // Nothing is lost but the spaces between pieces.
    assert.equal(pieces.map((p) => p.text).join(' '), sentences[0]!.text);
  });

  it('capSentences leaves ordinary sentences as they are', () => {
    const sentences = splitSentences('Russian forces lost 1,110 soldiers, Kyiv said. The figure could not be verified.');
    assert.equal(capSentences(sentences, MAX_SENTENCE_CHARS), sentences);
  });

  it('checkClaimText: too_large over the cap, not_text for random bytes, ok for prose', () => {
    assert.deepEqual(checkClaimText(runOnText(2_000)), { ok: true });
    const big = checkClaimText(runOnText(MAX_CLAIM_TEXT_CHARS + 1));
    assert.equal(big.ok ? null : big.outcome, 'too_large');
    const junk = checkClaimText(randomBytesSeeded(200_000).toString('latin1'));
    assert.equal(junk.ok ? null : junk.outcome, 'not_text');
    assert.ok(binaryShare(runOnText(50_000)) === 0);
    assert.ok(binaryShare(randomBytesSeeded(50_000).toString('utf8')) > 0.3);
  });

  it('a passed deadline stops extraction with ExtractionTimeoutError', () => {
    assert.throws(() => extractClaims(runOnText(20_000), { deadline: Date.now() - 1 }), ExtractionTimeoutError);
    assert.doesNotThrow(() => checkDeadline({}, 'x'));
  });

  it('a 400 KB paragraph without a full stop is read in bounded time, as an article would be', () => {
    // Before the bounds: over 90 s for 200 KB (the cost grew with the cube of the sentence).
    const t0 = performance.now();
    const claims = extractClaims(runOnText(400_000));
    const ms = performance.now() - t0;
    assert.ok(ms < 15_000, `took ${Math.round(ms)} ms`);
    assert.ok(claims.length > 0, 'the text read still gives claims');
    // The quotes come from the first MAX_CLAIM_TEXT_CHARS only.
    assert.ok(claims.every((c) => c.quote.length <= MAX_SENTENCE_CHARS));
  });
});
