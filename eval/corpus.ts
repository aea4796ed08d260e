/**
 * Reads the labelled corpus (seeds, dev and written) at run time, and puts each story in the
 * tune part or the test part. The texts stay where they are: the project keeps no copy of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldClaim {
  claimant: string;
  subject: string;
  metric: string;
  kind: string;
  value: number;
  qualifier: string;
  period_days: number | null;
  as_of: string | null;
  record: boolean;
  quote: string;
  note?: string;
}

export type CorpusSet = 'seeds' | 'dev' | 'written';
export type Part = 'tune' | 'test';

export interface Article {
  id: string;
  split: CorpusSet;
  /** tune: looked at while building the extractor; test: only measured. Fixed per story. */
  part: Part;
  lang: string;
  story: string;
  url: string | null;
  text: string;
  gold: GoldClaim[];
}

interface LabelLine {
  id: string;
  file?: string;
  url: string | null;
  lang: string;
  story: string;
  claims: GoldClaim[];
}

export function corpusDir(): string {
  return join(process.env.TALLYWATCH_SHARED ?? '/work/shared', 'corpus');
}

function readLabels(path: string): LabelLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelLine);
}

/** A dev article file: "URL: …", "QUERY: …", a blank line, then the text. Only the text is the article. */
function articleBody(raw: string): string {
  const lines = raw.split('\n');
  let i = 0;
  while (i < lines.length && /^(?:URL|QUERY):/.test(lines[i] as string)) i++;
  while (i < lines.length && (lines[i] as string).trim() === '') i++;
  return lines.slice(i).join('\n');
}

// The share of stories, by a hash of the story id, that goes to the test part. The salt and the
// share are fixed: changing them moves texts the extractor was tuned on into the test part.
const TEST_SHARE = 40;
const SALT = 'tallywatch-eval-split-v1';

/** The part a story belongs to: a stable hash, so copies of one story stay together. */
export function partOf(story: string): Part {
  const h = createHash('sha256').update(`${SALT}:${story}`).digest();
  return h.readUInt32BE(0) % 100 < TEST_SHARE ? 'test' : 'tune';
}

interface SetLayout {
  set: CorpusSet;
  file: (l: LabelLine) => string;
  /** dev and written files start with a URL/QUERY header that is not article text. */
  header: boolean;
}

const LAYOUT: readonly SetLayout[] = [
  { set: 'seeds', file: (l) => join('seeds', l.file ?? `${l.id}.txt`), header: false },
  { set: 'dev', file: (l) => join('dev', 'articles', `${l.id}.txt`), header: true },
  { set: 'written', file: (l) => join('written', 'articles', `${l.id}.txt`), header: true },
];

/** The corpus's articles, or null when it is not there. */
export function loadCorpus(dir = corpusDir()): Article[] | null {
  if (!existsSync(dir)) return null;
  const out: Article[] = [];
  for (const { set, file, header } of LAYOUT) {
    const labels = join(dir, set, 'labels.jsonl');
    if (!existsSync(labels)) continue;
    for (const l of readLabels(labels)) {
      const path = join(dir, file(l));
      if (!existsSync(path)) continue;
      const raw = readFileSync(path, 'utf8');
      const url = l.url !== null && /^https?:/.test(l.url) ? l.url : null;
      out.push({ id: l.id, split: set, part: partOf(l.story), lang: l.lang, story: l.story, url, text: header ? articleBody(raw) : raw, gold: l.claims });
    }
  }
  return out;
}
