import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeFeedBytes } from '../../src/feed-format/decode.ts';
import { fixtureBytes } from './helpers.ts';

const UK_TITLE = 'Київ, Львів, Харків: ґ є ї і — перевірка кодування';

describe('decodeFeedBytes', () => {
  test('windows-1251 declared only in the XML prolog', () => {
    const bytes = fixtureBytes('gs-losses-uk.rss.xml', 'windows-1251');
    assert.ok(!bytes.toString('utf8').includes(UK_TITLE), 'the bytes are not UTF-8');
    const d = decodeFeedBytes(bytes);
    assert.equal(d.charset, 'windows-1251');
    assert.ok(d.text.includes(UK_TITLE));
    assert.deepEqual(d.warnings, []);
  });

  test('KOI8-R declared only in the HTTP header', () => {
    const bytes = fixtureBytes('gs-losses-ru.rss.xml', 'koi8-r');
    const d = decodeFeedBytes(bytes, 'application/rss+xml; charset=KOI8-R');
    assert.equal(d.charset, 'koi8-r');
    assert.ok(d.text.includes('потери противника за сутки'));
    assert.ok(d.text.includes('ёжик'));
  });

  test('the HTTP charset wins over the prolog', () => {
    const bytes = fixtureBytes('gs-losses-uk.rss.xml', 'windows-1251', { declare: 'iso-8859-1' });
    const d = decodeFeedBytes(bytes, 'text/xml; charset="windows-1251"');
    assert.equal(d.charset, 'windows-1251');
    assert.ok(d.text.includes(UK_TITLE));
  });

  test('UTF-8 BOM: stripped, and it wins over a contradicting header', () => {
    const bytes = fixtureBytes('gs-losses-uk.rss.xml', 'utf-8', { bom: true });
    assert.equal(bytes[0], 0xef);
    const d = decodeFeedBytes(bytes, 'application/xml; charset=windows-1251');
    assert.equal(d.charset, 'utf-8');
    assert.ok(d.text.startsWith('<?xml'));
    assert.ok(d.text.includes(UK_TITLE));
  });

  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    test(`${enc} with BOM`, () => {
      const d = decodeFeedBytes(fixtureBytes('gs-losses-uk.rss.xml', enc, { declare: 'utf-16', bom: true }));
      assert.equal(d.charset, enc);
      assert.ok(d.text.startsWith('<?xml'));
      assert.ok(d.text.includes(UK_TITLE));
    });
  }

  test('UTF-16LE without BOM is recognised by its NUL bytes', () => {
    const d = decodeFeedBytes(fixtureBytes('gs-losses-uk.rss.xml', 'utf-16le', { declare: 'utf-16' }), 'text/xml; charset=utf-8');
    assert.equal(d.charset, 'utf-16le');
    assert.ok(d.text.includes(UK_TITLE));
    assert.equal(d.warnings.length, 1);
  });

  test('UTF-8 bytes labelled windows-1251 are read as UTF-8, with a warning', () => {
    const d = decodeFeedBytes(fixtureBytes('gs-losses-uk.rss.xml', 'utf-8', { declare: 'windows-1251' }));
    assert.equal(d.charset, 'utf-8');
    assert.ok(d.text.includes(UK_TITLE));
    assert.match(d.warnings[0] ?? '', /valid UTF-8/);
  });

  test('undeclared windows-1251 is guessed, with a warning; undeclared Latin-1 too', () => {
    const cyr = decodeFeedBytes(fixtureBytes('gs-losses-uk.rss.xml', 'windows-1251', { declare: null }));
    assert.equal(cyr.charset, 'windows-1251');
    assert.ok(cyr.text.includes(UK_TITLE));
    assert.match(cyr.warnings[0] ?? '', /guessed windows-1251/);
    const latin = decodeFeedBytes(iconv.encode('<rss version="2.0"><channel><title>Café naïve à Kyïv</title></channel></rss>', 'latin1'));
    assert.equal(latin.charset, 'windows-1252');
    assert.ok(latin.text.includes('Café naïve à Kyïv'));
  });

  test('an unknown charset falls back to UTF-8 with a warning', () => {
    const d = decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss version="2.0"><channel><title>Ok</title></channel></rss>'));
    assert.equal(d.charset, 'utf-8');
    assert.match(d.warnings[0] ?? '', /unknown charset "x-klingon"/);
  });

  test('an unknown HTTP charset gives way to the prolog', () => {
    const d = decodeFeedBytes(fixtureBytes('gs-losses-uk.rss.xml', 'windows-1251'), 'application/rss+xml; charset=x-unknown');
    assert.equal(d.charset, 'windows-1251');
    assert.ok(d.text.includes(UK_TITLE));
    assert.equal(d.warnings.length, 1);
  });

  test('ISO-8859-x and GB2312 through iconv-lite', () => {
    const cyr = iconv.encode('<?xml version="1.0" encoding="ISO-8859-5"?><rss><channel><title>Новини</title></channel></rss>', 'iso-8859-5');
    assert.ok(decodeFeedBytes(cyr).text.includes('Новини'));
    const zh = iconv.encode('<?xml version="1.0" encoding="gb2312"?><rss><channel><title>乌克兰新闻</title></channel></rss>', 'gb2312');
    const d = decodeFeedBytes(zh);
    assert.equal(d.charset, 'gb18030');
    assert.ok(d.text.includes('乌克兰新闻'));
  });

  test('<meta charset> of an HTML page', () => {
    const html = iconv.encode('<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Помилка</title></head></html>', 'windows-1251');
    const d = decodeFeedBytes(html);
    assert.equal(d.charset, 'windows-1251');
    assert.ok(d.text.includes('Помилка'));
  });

  test('invalid UTF-8 is replaced, not fatal', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Київ '), Buffer.from([0xc3, 0x28]), Buffer.from('</title></channel></rss>')]);
    const d = decodeFeedBytes(bytes);
    assert.equal(d.charset, 'utf-8');
    assert.ok(d.text.includes('Київ \ufffd('));
    assert.match(d.warnings[0] ?? '', /U\+FFFD/);
  });

  test('junk before the document is stripped', () => {
    const php = '\n<b>Warning</b>: Cannot modify header information in /var/www/feed.php on line 3\n<?xml version="1.0"?><rss version="2.0"/>';
    assert.equal(decodeFeedBytes(Buffer.from(php)).text, '<?xml version="1.0"?><rss version="2.0"/>');
    assert.equal(decodeFeedBytes(Buffer.from('  \r\n<rss/>')).text, '<rss/>');
    assert.equal(decodeFeedBytes(Buffer.from('\ufeff\n {"version":"https://jsonfeed.org/version/1.1"}')).text, '{"version":"https://jsonfeed.org/version/1.1"}');
    assert.equal(decodeFeedBytes(Buffer.alloc(0)).text, '');
  });
});

describe('charsetFromContentType', () => {
  test('quotes, spaces and case', () => {
    assert.equal(charsetFromContentType("application/atom+xml;charset='gb2312'"), 'gb2312');
    assert.equal(charsetFromContentType('application/rss+xml;charset= "us-ascii"'), 'us-ascii');
    assert.equal(charsetFromContentType('application/xml;charset = us-ascii'), 'us-ascii');
    assert.equal(charsetFromContentType('text/xml; Charset=Windows-1251; foo=bar'), 'windows-1251');
    assert.equal(charsetFromContentType('text/xml'), null);
    assert.equal(charsetFromContentType(undefined), null);
  });
});
