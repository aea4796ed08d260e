/**
 * Reads the labelled corpus (seeds and dev) at run time. The texts stay where they are: the
 * project keeps no copy of them.
 */
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

export interface Article {
  id: string;
  split: 'seeds' | 'dev';
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

/** The corpus's articles, or null when it is not there. */
export function loadCorpus(dir = corpusDir()): Article[] | null {
  if (!existsSync(dir)) return null;
  const out: Article[] = [];
  const seeds = join(dir, 'seeds', 'labels.jsonl');
  if (existsSync(seeds)) {
    for (const l of readLabels(seeds)) {
      const file = join(dir, 'seeds', l.file ?? `${l.id}.txt`);
      if (!existsSync(file)) continue;
      out.push({ id: l.id, split: 'seeds', lang: l.lang, story: l.story, url: l.url, text: readFileSync(file, 'utf8'), gold: l.claims });
    }
  }
  const dev = join(dir, 'dev', 'labels.jsonl');
  if (existsSync(dev)) {
    for (const l of readLabels(dev)) {
      const file = join(dir, 'dev', 'articles', `${l.id}.txt`);
      if (!existsSync(file)) continue;
      out.push({ id: l.id, split: 'dev', lang: l.lang, story: l.story, url: l.url, text: articleBody(readFileSync(file, 'utf8')), gold: l.claims });
    }
  }
  return out;
}
