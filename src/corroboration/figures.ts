/**
 * Comparing a claimed figure with the series' figure: what a qualifier allows, what counts as
 * a rounding and what as a misquote. Pure arithmetic on non-negative integers.
 */
import type { Qualifier } from '../claims/types.ts';

/** "about N": within 5% of N (at least 2 units, so "about 10 tanks" allows 8 to 12). */
export const ABOUT_TOLERANCE = 0.05;
/** A lower bound ("more than N") is a plausible reading of a figure within 10% above N. */
export const BOUND_SLACK = 0.1;
/** A misquote: within 1% of the true figure, or one slipped digit. */
export const MISQUOTE_TOLERANCE = 0.01;

const aboutSlack = (value: number): number => Math.max(value * ABOUT_TOLERANCE, 2);

/**
 * Whether the claim, taken as true, allows the series' figure: equality for `exact`, the
 * tolerance for `about`, the bound for `more_than` (which also allows equality: "over 1,030"
 * written for exactly 1,030) and `at_least`.
 */
export function allows(qualifier: Qualifier, value: number, expected: number): boolean {
  switch (qualifier) {
    case 'exact':
      return expected === value;
    case 'about':
      return Math.abs(expected - value) <= aboutSlack(value);
    case 'more_than':
    case 'at_least':
      return expected >= value;
  }
}

/**
 * Whether the series' figure is a plausible source of the claim, for dating a claim by its
 * value: stricter than `allows` for bounds ("more than 1,000" reads 1,030, not 1,950).
 */
export function plausible(qualifier: Qualifier, value: number, expected: number): boolean {
  if (qualifier === 'more_than' || qualifier === 'at_least') {
    return expected >= value && expected <= value + Math.max(value * BOUND_SLACK, 2);
  }
  return allows(qualifier, value, expected);
}

/**
 * The granularity (10, 100, 1000, …) to which `expected` rounds or truncates to `value`, the
 * finest one first; null when it does not. 1,030 → 1,000 is a rounding to 100.
 */
export function roundedTo(value: number, expected: number): number | null {
  if (value === expected || value <= 0) return null;
  for (let g = 10; g <= expected; g *= 10) {
    if (Math.round(expected / g) * g === value || Math.floor(expected / g) * g === value) return g;
  }
  return null;
}

/** One digit other than the first differs, or two neighbouring digits are swapped. */
export function digitSlip(value: number, expected: number): boolean {
  const a = String(value);
  const b = String(expected);
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return diff[0] !== 0;
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

/** A figure a little off the true one: within 1%, or a slipped digit. */
export function nearMiss(value: number, expected: number): boolean {
  if (value === expected || expected <= 0) return false;
  return Math.abs(value - expected) <= expected * MISQUOTE_TOLERANCE || digitSlip(value, expected);
}

const NUMBER = new Intl.NumberFormat('en-US');

/** 1030 → "1,030". */
export function fmt(n: number): string {
  return NUMBER.format(n);
}

export function describeQualifier(qualifier: Qualifier, value: number): string {
  switch (qualifier) {
    case 'exact':
      return fmt(value);
    case 'about':
      return `about ${fmt(value)}`;
    case 'more_than':
      return `more than ${fmt(value)}`;
    case 'at_least':
      return `at least ${fmt(value)}`;
  }
}
