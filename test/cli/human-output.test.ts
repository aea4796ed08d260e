import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forPeople, TABLES } from '../../src/cli/human.ts';
import { formatDuration, progressLine, timeLeftMs } from '../../src/cli/progress.ts';
import { renderTable } from '../../src/cli/table.ts';

describe('tables for people', () => {
  it('aligns columns, right-aligns numbers and cuts long cells', () => {
    const text = renderTable(
      [
        { header: 'METRIC', value: (r: { m: string; v: number; q: string }) => r.m },
        { header: 'VALUE', value: (r) => r.v, align: 'right' },
        { header: 'QUOTE', value: (r) => r.q, max: 12 },
      ],
      [
        { m: 'personnel', v: 1960, q: 'Russia lost 1,960 soldiers' },
        { m: 'tanks', v: 7, q: 'short' },
      ],
    );
    assert.equal(text, ['METRIC     VALUE  QUOTE', 'personnel  1,960  Russia lost…', 'tanks          7  short'].join('\n'));
  });

  it('shows a dash for an empty cell and keeps a quote on one line', () => {
    const text = renderTable([{ header: 'A', value: (r: { a: string | null }) => r.a }], [{ a: null }, { a: 'two\nlines' }]);
    assert.equal(text, 'A\n-\ntwo lines');
  });

  it('gives records the columns a person reads', () => {
    const t = TABLES.records!;
    const text = renderTable(t.columns, [{ metric: 'personnel', date: '2024-05-13', value: 1740, previous: { value: 1320, date: '2024-04-29' }, status: 'historical', notified: false }]);
    assert.equal(text.split('\n')[1], 'personnel  2024-05-13  +1,740  +1,320 (2024-04-29)  historical');
  });

  it('is JSON with --json or when stdout is not a terminal', () => {
    assert.equal(forPeople(undefined, { isTTY: true }), true);
    assert.equal(forPeople(true, { isTTY: true }), false);
    assert.equal(forPeople(undefined, { isTTY: false }), false);
    assert.equal(forPeople(undefined, {}), false);
  });
});

describe('progress on stderr', () => {
  it('estimates the time left from the pace so far', () => {
    assert.equal(timeLeftMs(10_000, 0.25), 30_000);
    assert.equal(timeLeftMs(500, 0.5), null, 'too early to judge');
    assert.equal(timeLeftMs(10_000, null), null);
    assert.equal(timeLeftMs(10_000, 1), 0);
    assert.equal(formatDuration(30_000), '30s');
    assert.equal(formatDuration(125_000), '2m05s');
  });

  it('writes one rewritten line to a terminal, and nothing to a pipe', () => {
    const written: string[] = [];
    let t = 0;
    const tty = { isTTY: true, columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const line = progressLine(tty, () => t)!;
    t = 2_000;
    line.update('import-series: 500/1000 rows, at 2023-07-01', 0.5);
    line.done();
    assert.deepEqual(written, ['\r\x1b[2Kimport-series: 500/1000 rows, at 2023-07-01 50%, about 2s left', '\n']);
    assert.equal(progressLine({ isTTY: false } as NodeJS.WriteStream), null);
  });
});
