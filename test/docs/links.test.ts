/**
 * Every relative link in the README, docs/, the bench docs, eval/README.md and the comments of
 * config/*.yaml resolves: the file exists, and an #anchor names a heading of that file.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1]!)));
}

/** Markdown links [text](target) outside code blocks, relative ones only. */
export function markdownLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** Repository files named in inline code (`eval/tsconfig.json`): a path under a top folder, with an extension, no pattern. */
export function codePaths(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/`((?:src|test|docs|eval|bench|config|schemas|scripts|examples|jobs|demo)\/[\w./-]+\.[a-z]{2,5})`/g)].map((m) => m[1]!).filter((p) => !/[*{}<>]/.test(p));
}

/** Repository paths named in YAML comments (docs/x.md, config/…, schemas/…), relative to the root. */
export function yamlCommentPaths(text: string): string[] {
  const comments = text.split('\n').flatMap((l) => (/#(.*)$/.exec(l.replace(/"[^"]*"|'[^']*'/g, '')) ?? []).slice(1));
  return comments.flatMap((c) => [...c.matchAll(/(?:^|[\s(`])((?:docs|config|schemas|examples|bench|eval|src|test)\/[\w./-]*[\w/])/g)].map((m) => m[1]!));
}

const files = (dir: string, ext: string): string[] =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? (f === 'results' ? [] : files(p, ext)) : p.endsWith(ext) ? [p] : [];
  });

function broken(file: string, target: string): string | undefined {
  const [path, anchor] = target.split('#') as [string, string | undefined];
  const dest = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
  if (!existsSync(dest)) return `${relative(PROJECT_ROOT, file)}: ${target} (no such file)`;
  if (anchor && dest.endsWith('.md') && !anchors(dest).has(anchor)) return `${relative(PROJECT_ROOT, file)}: ${target} (no heading #${anchor})`;
  return undefined;
}

describe('relative links in the docs', () => {
  it('finds links, anchors and YAML comment paths (the checker itself)', () => {
    assert.deepEqual(markdownLinks('see [a](docs/a.md#x), [b](https://x.org), `[c](no.md)` and\n```\n[d](no.md)\n```'), ['docs/a.md#x']);
    assert.equal(slug('Scale-out: N replicas and Redis Cluster'), 'scale-out-n-replicas-and-redis-cluster');
    assert.deepEqual(yamlCommentPaths('# docs/configuration.md lists them\nurl: "https://x/docs/no.md" # and schemas/alert.v1.json'), ['docs/configuration.md', 'schemas/alert.v1.json']);
  });

  const md = [join(PROJECT_ROOT, 'README.md'), ...files(join(PROJECT_ROOT, 'docs'), '.md'), ...files(join(PROJECT_ROOT, 'bench'), '.md'), ...files(join(PROJECT_ROOT, 'eval'), '.md'), ...files(join(PROJECT_ROOT, 'examples'), '.md'), ...files(join(PROJECT_ROOT, 'src'), '.md')];
  it(`every relative link in ${md.length} Markdown files resolves`, () => {
    const bad = md.flatMap((f) => markdownLinks(readFileSync(f, 'utf8')).flatMap((t) => broken(f, t) ?? []));
    assert.deepEqual(bad, []);
  });

  it('every repository file named in inline code in those files exists', () => {
    const bad = md.flatMap((f) => codePaths(readFileSync(f, 'utf8')).filter((p) => !existsSync(join(PROJECT_ROOT, p)) && !existsSync(resolve(dirname(f), p))).map((p) => `${relative(PROJECT_ROOT, f)}: ${p}`));
    assert.deepEqual(bad, []);
  });

  const yaml = [...files(join(PROJECT_ROOT, 'config'), '.yaml'), ...files(join(PROJECT_ROOT, 'examples'), '.yaml'), join(PROJECT_ROOT, 'compose.yaml')];
  it('every path named in the comments of config/*.yaml, examples/*.yaml and compose.yaml exists', () => {
    const bad = yaml.flatMap((f) => yamlCommentPaths(readFileSync(f, 'utf8')).filter((p) => !existsSync(join(PROJECT_ROOT, p))).map((p) => `${relative(PROJECT_ROOT, f)}: ${p}`));
    assert.deepEqual(bad, []);
  });
});
