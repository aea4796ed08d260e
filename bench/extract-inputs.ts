/**
 * Inputs of the extraction throughput section: article pages (the project's fixtures, plus the
 * shared article-extraction benchmark's pages when that folder is there) and texts for the claim
 * extractor (each page's extracted text, as the worker hands it on, plus the shared loss-claim
 * corpus's development articles when there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectPath } from '../src/core/paths.ts';
import { sharedDir } from './data.ts';

export type InputSet = 'fixtures' | 'shared';

export interface PageInput {
  set: InputSet;
  name: string;
  url: string;
  html: string;
}

export interface TextInput {
  set: InputSet;
  name: string;
  text: string;
  url?: string;
}

export interface ExtractInputs {
  pages: PageInput[];
  /** Texts read as they are (the corpus); page texts are added by the caller after extraction. */
  texts: TextInput[];
  /** Which folders were read, for the output. */
  used: string[];
}

const FIXTURE_DIRS = [projectPath('test', 'fixtures', 'articles'), projectPath('test', 'fixtures', 'news')];

export function loadExtractInputs(): ExtractInputs {
  const pages: PageInput[] = [];
  const texts: TextInput[] = [];
  const used: string[] = [];
  for (const dir of FIXTURE_DIRS) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    for (const f of files) pages.push({ set: 'fixtures', name: f, url: `https://news.example/${f.replace(/\.html$/, '')}`, html: readFileSync(join(dir, f), 'utf8') });
    used.push(`${dir} (${files.length} pages)`);
  }

  const shared = sharedDir();
  const benchDir = join(shared, 'bench', 'article-extraction');
  if (existsSync(join(benchDir, 'html'))) {
    const gt = existsSync(join(benchDir, 'ground-truth.json')) ? (JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>) : {};
    const files = readdirSync(join(benchDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
    for (const f of files) {
      const id = f.slice(0, -'.html.gz'.length);
      pages.push({ set: 'shared', name: id, url: gt[id]?.url ?? `https://page.example/${id}`, html: gunzipSync(readFileSync(join(benchDir, 'html', f))).toString('utf8') });
    }
    used.push(`${benchDir} (${files.length} pages)`);
  }

  const corpusDir = join(shared, 'corpus', 'dev', 'articles');
  if (existsSync(corpusDir)) {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) {
      // "URL: …", "QUERY: …", a blank line, then the text.
      const raw = readFileSync(join(corpusDir, f), 'utf8');
      const url = /^URL:\s*(\S+)/m.exec(raw)?.[1];
      const body = raw.replace(/^URL:.*\n(QUERY:.*\n)?\n?/, '');
      texts.push({ set: 'shared', name: f, text: body, ...(url ? { url } : {}) });
    }
    used.push(`${corpusDir} (${files.length} texts)`);
  }
  return { pages, texts, used };
}
