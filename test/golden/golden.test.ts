/**
 * Golden snapshots: captures of t.me/s pages, feeds and General Staff reports (written for
 * this project in the shapes real ones take, with real figures), each beside its expected
 * parse in `<file>.expected.json`. A parser change that alters any output fails here with the
 * difference; when the change is intended, `npm run test:update-snapshots` rewrites the
 * expected files, and the diff is reviewed like code.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { parseFeed } from '../../src/feed-format/parse.ts';
import { parseReport } from '../../src/report/parse.ts';
import { parseChannelPage } from '../../src/sources/telegram/parse-page.ts';

const ROOT = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
const feedUrls = JSON.parse(readFileSync(join(ROOT, 'feeds', 'sources.json'), 'utf8')) as Record<string, string>;

const kinds: { dir: string; accepts: RegExp; parse: (text: string, file: string) => unknown }[] = [
  { dir: 'telegram', accepts: /\.html$/, parse: (text) => parseChannelPage(text) },
  {
    dir: 'feeds',
    accepts: /\.(xml|json)$/,
    parse: (text, file) => {
      const url = feedUrls[file];
      if (!url) throw new Error(`feeds/sources.json has no URL for ${file}`);
      return parseFeed(text, url);
    },
  },
  // A report capture is named after its post date, which the parser takes as the publication day.
  { dir: 'reports', accepts: /\.txt$/, parse: (text, file) => parseReport(text, { published: file.slice(0, 10) }) },
];

/** Through JSON, as the expected file holds it (dates as strings, no undefined). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

describe('golden snapshots', () => {
  for (const kind of kinds) {
    const files = readdirSync(join(ROOT, kind.dir)).filter((f) => kind.accepts.test(f) && f !== 'sources.json' && !f.endsWith('.expected.json')).sort();
    it(`${kind.dir}: at least two captures`, () => assert.ok(files.length >= 2, files.join(', ')));
    for (const file of files) {
      it(`${kind.dir}/${file}`, () => {
        const actual = plain(kind.parse(readFileSync(join(ROOT, kind.dir, file), 'utf8'), file));
        const expectedFile = join(ROOT, kind.dir, `${file}.expected.json`);
        if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
        assert.ok(existsSync(expectedFile), `no ${kind.dir}/${file}.expected.json: run npm run test:update-snapshots and review it`);
        assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
      });
    }
  }
});
