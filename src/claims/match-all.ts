/**
 * The matches of a global pattern, as `String.prototype.matchAll` gives them, without its copy of
 * the pattern.
 *
 * matchAll clones its RegExp on every call, and V8 runs a fresh clone of a long pattern (the
 * lexicons' alternations: window, speaker and date rules) far slower than the pattern itself:
 * about 8 times over the bench's sentences for the month rule of kind.ts. Here the pattern's own
 * `exec` walks the text, with matchAll's step past an empty match, so the matches and their order
 * are the same. The body of the loop must not run the same pattern (it would move lastIndex).
 */
export function* execAll(re: RegExp, s: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`execAll needs a global pattern: /${re.source}/${re.flags}`);
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0] === '') re.lastIndex = nextIndex(s, re.lastIndex, re.unicode || re.flags.includes('v'));
    yield m;
  }
}

/** The index after `i`: past a whole surrogate pair in a unicode pattern (the spec's AdvanceStringIndex). */
function nextIndex(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
