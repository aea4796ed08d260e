/** Assertions on extracted claims: a claim with these fields is there, or nothing is. */
import assert from 'node:assert/strict';
import { extractClaims } from '../../src/claims/extract.ts';
import type { Claim, ExtractOptions } from '../../src/claims/types.ts';

export type Expect = Partial<Omit<Claim, 'quote'>>;

function show(c: Claim): string {
  return `${c.claimant} ${c.subject} ${c.metric} ${c.kind} ${c.value} ${c.qualifier} days=${c.periodDays} asOf=${c.asOf} record=${c.record}`;
}

function matches(c: Claim, e: Expect): boolean {
  return (Object.keys(e) as (keyof Expect)[]).every((k) => c[k] === e[k]);
}

/** Extracts and checks that each expectation is met by exactly one claim; returns the claims. */
export function expectClaims(text: string, opts: ExtractOptions, ...expected: Expect[]): Claim[] {
  const claims = extractClaims(text, opts);
  for (const e of expected) {
    const hits = claims.filter((c) => matches(c, e));
    assert.equal(hits.length, 1, `expected one claim ${JSON.stringify(e)}, got:\n${claims.map(show).join('\n') || '(none)'}`);
  }
  return claims;
}

/** Extracts and checks that the claims are exactly these (by the given fields), in any order. */
export function expectOnly(text: string, opts: ExtractOptions, ...expected: Expect[]): Claim[] {
  const claims = expectClaims(text, opts, ...expected);
  assert.equal(claims.length, expected.length, `expected ${expected.length} claims, got:\n${claims.map(show).join('\n') || '(none)'}`);
  return claims;
}

export function expectNone(text: string, opts: ExtractOptions = {}): void {
  const claims = extractClaims(text, opts);
  assert.deepEqual(claims.map(show), [], 'expected no claims');
}
