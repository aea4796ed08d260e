import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedParseError } from '../../src/feed-format/errors.ts';
import { assertLinearMarkup } from '../../src/feed-format/markup-guard.ts';
import { fixtureText } from './helpers.ts';

describe('assertLinearMarkup', () => {
  test('well-formed feeds, CDATA with HTML and comments pass', () => {
    for (const name of ['gs-losses-uk.rss.xml', 'atom-one-bad-date.atom.xml', 'rdf-news.rdf.xml']) assertLinearMarkup(fixtureText(name));
    assertLinearMarkup(`<rss><channel><description><![CDATA[${'if (a < b) x = 1; '.repeat(10_000)}]]></description><!-- ${'<'.repeat(10_000)} --></channel></rss>`);
  });

  test('a few stray "<" in text pass', () => {
    assertLinearMarkup(`<rss><channel><title>a < b and c < d</title>${'<item><title>x</title></item>'.repeat(1000)}</channel></rss>`);
  });

  test('runs of unclosed "<" are refused once the budget is spent', () => {
    assert.throws(() => assertLinearMarkup(`<title>${'<'.repeat(20_000)}`, 1_000_000), (err) => err instanceof FeedParseError && err.kind === 'malformed');
  });
});
