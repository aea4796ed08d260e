/**
 * One extractor over every benchmark page, in a process of its own so neither extractor's heap
 * or JIT state affects the other's timing:
 *
 *   node bench/article/child.ts <ours|readability> <bench dir> <passes> <result file>
 *
 * Pages are decompressed before timing. Each pass runs every page once, one at a time, with the
 * event loop turning between pages as in a worker; only the last pass is timed and its outputs
 * kept, so the earlier passes are warm-up.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../src/article/extract.ts';

export interface ChildResult {
  extractor: string;
  outputs: Record<string, { articleBody: string }>;
  /** Parse + extraction time of the timed pass, per page id. */
  ms: Record<string, number>;
  errors: Record<string, string>;
  /** Peak resident set of the process, bytes. */
  maxRssBytes: number;
  methods?: Record<string, number>;
}

type Extract = (html: string, url: string) => string;

function ours(): { extract: Extract; methods: Record<string, number> } {
  const methods: Record<string, number> = {};
  return {
    methods,
    extract: (html, url) => {
      const r = extractArticle(html, url);
      methods[r.method] = (methods[r.method] ?? 0) + 1;
      return r.text;
    },
  };
}

/** Elements after which the baseline's text gets a line break (the benchmark README's variant). */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

interface LNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<LNode>;
}

function blockText(root: LNode): string {
  let out = '';
  const walk = (node: LNode) => {
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (BLOCKS.has(node.nodeName)) out += '\n';
  };
  walk(root);
  return out;
}

async function readability(): Promise<{ extract: Extract }> {
  // Dev dependencies, loaded only here: the product never imports them.
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return {
    extract: (html) => {
      const { document } = parseHTML(html);
      const article = new Readability(document as never).parse();
      if (!article?.content) return '';
      const { document: doc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      return blockText(doc.body as unknown as LNode);
    },
  };
}

async function main(): Promise<void> {
  const [name, dir, passesArg, outFile] = process.argv.slice(2);
  if (!name || !dir || !outFile) throw new Error('usage: child.ts <ours|readability> <bench dir> <passes> <result file>');
  const passes = Math.max(1, Number(passesArg) || 3);
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const pages = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html.gz'.length);
      return { id, url: gt[id]?.url ?? '', html: gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8') };
    });

  let methods: Record<string, number> | undefined;
  let extract: Extract;
  if (name === 'ours') {
    const o = ours();
    extract = o.extract;
    methods = o.methods;
  } else if (name === 'readability') {
    extract = (await readability()).extract;
  } else {
    throw new Error(`unknown extractor ${name}`);
  }

  const result: ChildResult = { extractor: name, outputs: {}, ms: {}, errors: {}, maxRssBytes: 0 };
  for (let pass = 1; pass <= passes; pass++) {
    const timed = pass === passes;
    if (timed && methods) for (const k of Object.keys(methods)) delete methods[k];
    for (const page of pages) {
      let text = '';
      const t0 = performance.now();
      try {
        text = extract(page.html, page.url);
      } catch (err) {
        if (timed) result.errors[page.id] = (err as Error).message;
      }
      const ms = performance.now() - t0;
      if (timed) {
        result.outputs[page.id] = { articleBody: text };
        result.ms[page.id] = ms;
      }
      await new Promise((r) => setImmediate(r));
    }
  }
  if (methods) result.methods = methods;
  result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
  writeFileSync(outFile, JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    process.stderr.write(`${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
