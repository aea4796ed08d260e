import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const FIXTURES = new URL('../fixtures/feeds/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/**
 * A fixture encoded to `encoding` with iconv-lite. `%ENCODING%` in the prolog is replaced by
 * `declare` (or the prolog's encoding attribute removed when `declare` is null).
 */
export function fixtureBytes(name: string, encoding: string, opts: { declare?: string | null; bom?: boolean } = {}): Buffer {
  let text = fixtureText(name);
  if (opts.declare === null) text = text.replace(/ encoding="%ENCODING%"/, '');
  else text = text.replace('%ENCODING%', opts.declare ?? encoding);
  return iconv.encode(text, encoding, { addBOM: opts.bom ?? false });
}
