/**
 * Patterns compiled to machine code at load.
 *
 * V8 starts a new pattern in its bytecode interpreter and compiles it only once it has been run
 * on a text of 1,000 characters or more (JSRegExp's tier-up). The extractor runs its patterns on
 * sentences, most far shorter, so many stayed interpreted for the life of the process, several
 * times slower: the metric nouns' alternation took 17 ms over the bench's figures interpreted
 * and 5 ms compiled. Two runs on a long blank text (one marks it, the next compiles it) settle it
 * at load; what the pattern matches is unchanged.
 */
const LONG = ' '.repeat(1024);

export function native<R extends RegExp>(re: R): R {
  const at = re.lastIndex;
  for (let k = 0; k < 2; k++) {
    re.lastIndex = 0;
    re.exec(LONG);
  }
  re.lastIndex = at;
  return re;
}
