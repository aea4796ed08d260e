/**
 * The folders of src/ (first level) and jobs/ import each other one way only, and only the entry
 * point imports the composition root src/app/. Read from the import statements (type-only ones
 * included) by scripts/folder-graph.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/core/paths.ts';
import { buildFolderGraph, findCycles, importsBetween, importsOf } from '../../scripts/folder-graph.ts';

/**
 * The files that may import src/app/: the CLI's main module, whose `start` command starts the
 * worker and whose other commands get their context from the same composition root.
 */
const ENTRY_POINTS = new Set(['src/cli/main.ts']);

describe('folder graph', () => {
  const graph = buildFolderGraph(PROJECT_ROOT);

  it('reads the import statements it is given, type-only and re-exports included', () => {
    const found = importsOf(`import type { A } from './a.ts';\nimport { type B } from '../b.ts';\nexport { C } from './c.ts';\nimport x from 'node:fs';\nconst d = await import('./d.ts');\ntype E = import('./e.ts').E;`);
    assert.deepEqual(found, [
      { specifier: './a.ts', typeOnly: true },
      { specifier: '../b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: 'node:fs', typeOnly: false },
      { specifier: './d.ts', typeOnly: false },
      { specifier: './e.ts', typeOnly: true },
    ]);
  });

  it('finds a cycle when there is one, and names its folders', () => {
    const edges = new Map([
      ['jobs', new Set(['src/app'])],
      ['src/app', new Set(['src/store', 'jobs'])],
      ['src/store', new Set<string>()],
      ['src/a', new Set(['src/b'])],
      ['src/b', new Set(['src/c'])],
      ['src/c', new Set(['src/a'])],
    ]);
    assert.deepEqual(findCycles(edges), [
      ['jobs', 'src/app', 'jobs'],
      ['src/a', 'src/b', 'src/c', 'src/a'],
    ]);
  });

  it('sees the whole tree: jobs/ and every folder of src/', () => {
    assert.ok(graph.files.includes('src/cli/main.ts'));
    assert.ok(graph.files.some((f) => f.startsWith('jobs/')));
    for (const folder of ['jobs', 'src/app', 'src/store', 'src/pipeline', 'src/sources']) assert.ok(graph.edges.has(folder), folder);
  });

  it('has no import cycle between folders', () => {
    const cycles = findCycles(graph.edges);
    const explain = cycles.map((cycle) => {
      const lines = cycle.slice(0, -1).flatMap((from, i) => importsBetween(graph, from, cycle[i + 1]!).map((e) => `    ${e.from} imports ${e.to}${e.typeOnly ? ' (type only)' : ''}`));
      return `  ${cycle.join(' -> ')}\n${lines.join('\n')}`;
    });
    assert.deepEqual(cycles, [], `import cycles between folders:\n${explain.join('\n')}`);
  });

  it('imports src/app/ only from the entry point', () => {
    const offenders = graph.imports.filter((e) => e.to.startsWith('src/app/') && !e.from.startsWith('src/app/') && !ENTRY_POINTS.has(e.from));
    assert.deepEqual(offenders.map((e) => `${e.from} imports ${e.to}`), []);
  });
});
