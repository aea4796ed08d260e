/** The literal gate (src/claims/literal-gate.ts): pieces every match must hold, and never a sentence turned away that the pattern matches. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstChars, foldForGate, gateOf, mayMatch, requiredPieces, startKeys } from '../../src/claims/literal-gate.ts';

describe('literal gate', () => {
  it('takes a required literal run of each alternative, cut to five letters', () => {
    assert.deepEqual(requiredPieces('on average|averag\\p{L}*|every single day'), ['on av', 'avera', 'every']);
    assert.deepEqual(requiredPieces('\\d+ days|weeks'), [' days', 'weeks']);
  });

  it('drops an optional letter, and a piece that holds another', () => {
    assert.deepEqual(requiredPieces('tanks?|tank trucks'), ['tank']);
  });

  it('reads through a required group, and skips optional groups and lookarounds', () => {
    // "in" and "during" are shorter than the month names' group, which is the better gate.
    assert.deepEqual(requiredPieces('(?:in|during) (?:the month of )?(?:jan|feb)(?! ago)'), ['jan', 'feb']);
  });

  it('gives no gate when an alternative has no literal of two letters', () => {
    assert.equal(requiredPieces('x?y'), null);
    assert.equal(requiredPieces('(?:a|)b|tanks'), null);
    assert.equal(gateOf('x?y'), null);
    assert.ok(mayMatch(null, 'anything'));
  });

  it('folds case, and final sigma as a case-insensitive pattern does', () => {
    assert.equal(foldForGate('Last WEEK'), 'last week');
    assert.ok(mayMatch(gateOf('πόλεμος'), foldForGate('ΠΌΛΕΜΟΣ')));
  });

  it('never turns away a sentence the pattern itself matches', () => {
    const patterns = [
      'a day on average|on average|averag\\p{L}*|(?:a|per|each|every) (?:single )?day(?! ago| earlier)',
      '(?:in|over|during) the (?:past|last) (\\d{1,3}|two|three) (?:days|weeks)',
      'since (?:the )?(?:start|beginning) of (?:the )?(?:full-scale )?(?:war|invasion)',
      'з початку (?:повномасштабного )?вторгнення|за добу|минулої доби',
      'monthly(?! (?:summary|report))|щомісяця',
    ];
    const sentences = [
      'Russia lost 1,200 troops in the past 24 hours, averaging about 1,000 a day.',
      'Over the last two weeks the toll rose.',
      'SINCE THE START OF THE FULL-SCALE INVASION, 700,000 troops.',
      'За добу ворог втратив 1 950 осіб; з початку вторгнення — 723 000.',
      'The monthly figure was 45,860; a Monthly Summary came later.',
      'Nothing here names a window at all.',
    ];
    let checked = 0;
    for (const p of patterns) {
      const re = new RegExp(`(?<![\\p{L}\\d])(?:${p})(?![\\p{L}])`, 'iu');
      const gate = gateOf(p);
      assert.notEqual(gate, null, `pattern ${p} should have a gate`);
      for (const s of sentences) {
        if (re.test(s)) {
          checked++;
          assert.ok(mayMatch(gate, foldForGate(s)), `gate of ${p} turned away ${s}`);
        }
      }
      assert.equal(mayMatch(gate, foldForGate('Nothing here names a window at all.')), false, `gate of ${p} let an unrelated sentence through`);
    }
    assert.ok(checked >= 5, `only ${checked} matching pairs`);
  });

  it('works out the characters a match may begin with, through optional groups and lookarounds', () => {
    const sorted = (p: string) => [...(firstChars(p) ?? ['(none)'])].sort();
    assert.deepEqual(sorted('tanks?|(?:military |armou?red )?vehicles'), ['a', 'm', 't', 'v']);
    assert.deepEqual(sorted('(?<!the )Panzer|\\.50 cal'), ['.', 'p']);
    // Unknown when a class, \p{L} or an empty match may begin it.
    assert.equal(firstChars('[st]anks'), null);
    assert.equal(firstChars('\\p{L}+ tanks'), null);
    assert.equal(firstChars('(?:a|)b?'), null);
  });

  it('looks a character up by the case forms a case-insensitive pattern matches', () => {
    const f = firstChars('σκάφη|kyiv') ?? new Set<string>();
    for (const ch of ['Σ', 'ς', 'K', '\u212a']) assert.ok(startKeys(ch).some((k) => f.has(k)), ch);
    assert.ok(!startKeys('x').some((k) => f.has(k)));
  });
});
