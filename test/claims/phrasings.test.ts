/**
 * Phrasings written for these tests in the ways coverage words its figures (not copied from any
 * article): each line of phrasings/*.tsv is what every claim of the sentence must be, a tab, and
 * the sentence. Adding a phrasing is adding a line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { extractClaims } from '../../src/claims/extract.ts';

function rows(name: string): [string, string][] {
  return readFileSync(new URL(`./phrasings/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
}

const opts = { published: '2024-11-20' };

describe('the window each phrasing gives', () => {
  for (const [kind, text] of rows('kinds.tsv')) {
    test(`${kind}: ${text}`, () => {
      const claims = extractClaims(text, opts);
      assert.ok(claims.length > 0, 'no claim');
      assert.deepEqual(claims.map((c) => c.kind), claims.map(() => kind));
    });
  }
});

describe('who speaks and whose losses', () => {
  for (const [want, text] of rows('speakers.tsv')) {
    test(`${want}: ${text}`, () => {
      const claims = extractClaims(text, opts);
      assert.ok(claims.length > 0, 'no claim');
      assert.deepEqual(claims.map((c) => `${c.claimant} ${c.subject}`), claims.map(() => want));
    });
  }
});

describe('numbers that are not losses', () => {
  for (const [, text] of rows('negatives.tsv')) {
    test(text, () => {
      assert.deepEqual(extractClaims(text, opts).map((c) => `${c.metric} ${c.value}`), []);
    });
  }
});

describe('numbers in words, approximations and marks', () => {
  for (const [want, text] of rows('numbers.tsv')) {
    test(`${want}: ${text}`, () => {
      const [value, qualifier] = want.split(' ');
      const claim = extractClaims(text, opts).find((c) => c.value === Number(value));
      assert.ok(claim !== undefined, `no claim of ${value}`);
      assert.equal(claim.qualifier, qualifier);
    });
  }
});

describe('new records and old ones', () => {
  for (const [want, text] of rows('records.tsv')) {
    test(`${want}: ${text}`, () => {
      const [value, record, kind = 'daily'] = want.split(' ');
      const claim = extractClaims(text, { published: '2024-11-29' }).find((c) => c.value === Number(value));
      assert.ok(claim !== undefined, `no claim of ${value}`);
      assert.equal(claim.kind, kind);
      assert.equal(String(claim.record), record);
    });
  }
});

describe('what each equipment noun counts', () => {
  for (const [want, text] of rows('metrics.tsv')) {
    test(`${want}: ${text}`, () => {
      const [metric, value] = want.split(' ');
      const claim = extractClaims(text, opts).find((c) => c.value === Number(value) && c.metric === metric);
      assert.ok(claim !== undefined, `no ${metric} claim of ${value}`);
    });
  }
});
