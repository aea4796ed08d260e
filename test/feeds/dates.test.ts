import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parseFeedDate } from '../../src/feed-format/feed-dates.ts';
import { shared } from '../support/shared.ts';

const ODD_DATES = shared('bench', 'feeds', 'illformed', 'written', 'edge', 'odd-dates-rss.xml');

describe('parseFeedDate', () => {
  const cases: Array<[string, string | null]> = [
    ['Mon, 06 Jan 2025 10:00:00 GMT', '2025-01-06T10:00:00.000Z'],
    ['Mon, 06 Jan 2025 12:00:00 +0200', '2025-01-06T10:00:00.000Z'],
    ['Mon, 06 Jan 2025 13:00:00 MSK', '2025-01-06T10:00:00.000Z'],
    ['Mon, 06 Jan 2025 12:00:00 EET', '2025-01-06T10:00:00.000Z'],
    ['Mon, 07 Jul 2025 13:00:00 EEST', '2025-07-07T10:00:00.000Z'],
    ['Mon, 06 Jan 2025 05:00:00 EST', '2025-01-06T10:00:00.000Z'],
    ['Mon, 06 Jan 2025 13:00:00 GMT+3', '2025-01-06T10:00:00.000Z'],
    ['Mon, 06 Jan 25 10:00 UT', '2025-01-06T10:00:00.000Z'],
    ['Monday, 6 January 2025 10:00:00 Z', '2025-01-06T10:00:00.000Z'],
    ['Thu, 01 Jan 98 00:00:00 GMT', '1998-01-01T00:00:00.000Z'],
    ['2025-01-06T12:00:00+02:00', '2025-01-06T10:00:00.000Z'],
    ['2025-01-06T10:00:00.123456Z', '2025-01-06T10:00:00.123Z'],
    ['2025-01-06 10:00:00 +0000', '2025-01-06T10:00:00.000Z'],
    ['20250106T100000Z', '2025-01-06T10:00:00.000Z'],
    ['2025-01-06', '2025-01-06T00:00:00.000Z'],
    ['Jan 6, 2025 5:00 AM EST', '2025-01-06T10:00:00.000Z'],
    ['Mon Jan 06 2025 12:00:00 GMT+0200 (Eastern European Standard Time)', '2025-01-06T10:00:00.000Z'],
    ['Mon Jan  6 10:00:00 2025', '2025-01-06T10:00:00.000Z'],
    ['06.01.2025 10:00', '2025-01-06T10:00:00.000Z'],
    ['13/01/2025', '2025-01-13T00:00:00.000Z'],
    ['01/13/2025', '2025-01-13T00:00:00.000Z'],
    ['6 січня 2025 10:00', '2025-01-06T10:00:00.000Z'],
    ['24 лютого 2022 р., 05:00', '2022-02-24T05:00:00.000Z'],
    ['6 января 2025 г., 10:00', '2025-01-06T10:00:00.000Z'],
    // Epoch seconds and milliseconds are told apart by magnitude.
    ['1736157600', '2025-01-06T10:00:00.000Z'],
    ['1736157600000', '2025-01-06T10:00:00.000Z'],
    // Impossible or unreadable.
    ['Mon, 31 Feb 2025 10:00:00 GMT', null],
    ['2025-02-29', null],
    ['2025-13-45T10:00:00Z', null],
    ['Mon, 06 Jan 2025 25:00:00 GMT', null],
    ['Sun, 31 Dec 9999 23:59:59 -9999', null],
    ['Mon, 06 Jan 2025 10:00:00 XYZ', null],
    ['01/06/2025 10:00 AM', null],
    ['yesterday', null],
    ['', null],
    ['   ', null],
    ['12345', null],
  ];
  for (const [raw, expected] of cases) {
    test(JSON.stringify(raw), () => assert.equal(parseFeedDate(raw), expected));
  }

  test('a leap day exists in leap years only', () => {
    assert.equal(parseFeedDate('2024-02-29T12:00:00Z'), '2024-02-29T12:00:00.000Z');
    assert.equal(parseFeedDate('29 Feb 2023 12:00 GMT'), null);
  });

  test('zone-less dates are UTC whatever the process time zone', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Europe/Kyiv', 'America/New_York', 'UTC']) {
        process.env.TZ = tz;
        assert.equal(parseFeedDate('Mon, 06 Jan 2025 10:00:00'), '2025-01-06T10:00:00.000Z', tz);
        assert.equal(parseFeedDate('2025-01-06T10:00:00'), '2025-01-06T10:00:00.000Z', tz);
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  test('non-strings are null', () => {
    assert.equal(parseFeedDate(null), null);
    assert.equal(parseFeedDate(undefined), null);
  });
});

describe('the corpus file of 32 date formats', { skip: !existsSync(ODD_DATES) && 'corpus not present' }, () => {
  test('every unambiguous expectation is met; the rest follow our policy', () => {
    const xml = readFileSync(ODD_DATES, 'utf8');
    const items = [...xml.matchAll(/<item>[\s\S]*?<title>(.*?)<\/title>[\s\S]*?(?:<pubDate>(.*?)<\/pubDate>)?<description>expected: (.*?)<\/description>/g)];
    assert.equal(items.length, 32);
    // Our answers where the file leaves the choice open (see the policy in dates.ts).
    const policy: Record<string, string | null> = {
      'no zone (ambiguous)': '2025-01-06T10:00:00.000Z',
      'ISO without zone': '2025-01-06T10:00:00.000Z',
      slashes: '2025-01-06T10:00:00.000Z',
      'US m/d/y': null,
      'Russian month name': '2025-01-06T13:00:00.000Z',
      'Ukrainian month name': '2025-01-06T13:00:00.000Z',
    };
    let checked = 0;
    for (const [, title = '', raw = '', expectation = ''] of items) {
      const got = parseFeedDate(raw);
      if (title in policy) {
        assert.equal(got, policy[title], title);
      } else if (/^\d{4}-\d\d-\d\dT[\d:.]+Z/.test(expectation)) {
        assert.equal(got, expectation.slice(0, 24), `${title}: ${raw}`);
      } else {
        assert.equal(got, null, `${title}: ${raw} (${expectation})`);
      }
      checked++;
    }
    assert.equal(checked, 32);
  });
});
