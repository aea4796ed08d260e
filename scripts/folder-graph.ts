/**
 * The folder graph of the worker's own code, read from its import statements with TypeScript's
 * parser (type-only imports count: a type edge ties two folders as surely as a value edge).
 * A folder is the first level under src/ (src/fetch, src/store, …) plus jobs/.
 *
 *   node scripts/folder-graph.ts            prints the edges, then any cycles (exit 1 if some)
 *   node scripts/folder-graph.ts --json     the same as JSON
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ImportEdge {
  /** Repository-relative paths, with "/" separators. */
  from: string;
  to: string;
  typeOnly: boolean;
}

export interface FolderGraph {
  files: string[];
  imports: ImportEdge[];
  /** folder → folders it imports from (never itself). */
  edges: Map<string, Set<string>>;
}

const ROOTS = ['src', 'jobs'];

/** The folder a repository-relative file belongs to, or null for files outside src/ and jobs/. */
export function folderOf(file: string): string | null {
  const parts = file.split('/');
  if (parts[0] === 'jobs') return 'jobs';
  if (parts[0] !== 'src' || parts.length < 2) return null;
  // A file directly under src/ (none today) is its own folder, "src".
  return parts.length === 2 ? 'src' : `src/${parts[1]}`;
}

function listTs(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) listTs(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
}

/** Module specifiers of a file: static imports and re-exports (type-only flagged), dynamic import('…'). */
export function importsOf(source: string, fileName = 'x.ts'): { specifier: string; typeOnly: boolean }[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const allNamedTypes = !!clause && !clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly);
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: !!clause?.isTypeOnly || allNamedTypes });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      out.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      // import('../x.ts').Foo in a type position
      out.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Reads every .ts file under src/ and jobs/ of `repo` and builds the file and folder edges. */
export function buildFolderGraph(repo: string): FolderGraph {
  const abs: string[] = [];
  for (const root of ROOTS) listTs(join(repo, root), abs);
  const files = abs.map((f) => toPosix(relative(repo, f))).sort();
  const imports: ImportEdge[] = [];
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file)!;
    if (!edges.has(from)) edges.set(from, new Set());
    for (const { specifier, typeOnly } of importsOf(readFileSync(join(repo, file), 'utf8'), file)) {
      if (!specifier.startsWith('.')) continue; // packages and node: builtins are not folders of ours
      const target = toPosix(relative(repo, resolve(repo, dirname(file), specifier)));
      imports.push({ from: file, to: target, typeOnly });
      const to = folderOf(target);
      if (to && to !== from) edges.get(from)!.add(to);
    }
  }
  return { files, imports, edges };
}

/**
 * The folders caught in cycles: the strongly connected components with more than one folder
 * (Tarjan), each sorted. Empty when the folder graph is acyclic.
 */
export function tangledFolders(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])])].sort();
  const strong = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) components.push(comp.sort());
    }
  };
  for (const v of nodes) if (!idx.has(v)) strong(v);
  return components;
}

/**
 * Concrete cycles, e.g. ["src/app", "jobs", "src/app"]: every pair of folders that import each
 * other, then a shortest cycle through each tangled folder no pair covers. Empty when the graph
 * is acyclic.
 */
export function findCycles(edges: Map<string, Set<string>>): string[][] {
  const seen = new Set<string>();
  const covered = new Set<string>();
  const cycles: string[][] = [];
  for (const [a, tos] of [...edges].sort()) {
    for (const b of [...tos].sort()) {
      if (a < b && edges.get(b)?.has(a)) {
        cycles.push([a, b, a]);
        seen.add([`${a}>${b}`, `${b}>${a}`].sort().join(' '));
        covered.add(a).add(b);
      }
    }
  }
  for (const comp of tangledFolders(edges)) {
    for (const start of comp) {
      if (covered.has(start)) continue;
      const cycle = cycleThrough(start, comp, edges);
      cycle.forEach((f) => covered.add(f));
      // The same loop found from another of its folders: compare as a rotation-free set of edges.
      const id = cycle.slice(0, -1).map((f, i) => `${f}>${cycle[i + 1]}`).sort().join(' ');
      if (seen.has(id)) continue;
      seen.add(id);
      cycles.push(cycle);
    }
  }
  return cycles;
}

/** A shortest cycle through `start`, staying inside its component (breadth-first). */
function cycleThrough(start: string, comp: string[], edges: Map<string, Set<string>>): string[] {
  const inside = new Set(comp);
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of [...(edges.get(v) ?? [])].sort()) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(prev.get(path[0]!)!);
        return [...path, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...comp, start];
}

/** The file-level imports behind one folder edge, for messages that say where to look. */
export function importsBetween(graph: FolderGraph, from: string, to: string): ImportEdge[] {
  return graph.imports.filter((e) => folderOf(e.from) === from && folderOf(e.to) === to);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const graph = buildFolderGraph(repo);
  const cycles = findCycles(graph.edges);
  if (process.argv.includes('--json')) {
    const edges = Object.fromEntries([...graph.edges].map(([k, v]) => [k, [...v].sort()]));
    process.stdout.write(`${JSON.stringify({ edges, cycles }, null, 2)}\n`);
  } else {
    for (const [from, tos] of [...graph.edges].sort()) process.stdout.write(`${from} -> ${[...tos].sort().join(', ') || '(nothing)'}\n`);
    for (const tangle of tangledFolders(graph.edges)) process.stdout.write(`\ntangled: ${tangle.join(', ')}\n`);
    for (const cycle of cycles) {
      process.stdout.write(`\ncycle: ${cycle.join(' -> ')}\n`);
      for (let i = 0; i + 1 < cycle.length; i++) {
        for (const e of importsBetween(graph, cycle[i]!, cycle[i + 1]!)) process.stdout.write(`  ${e.from} imports ${e.to}${e.typeOnly ? ' (type)' : ''}\n`);
      }
    }
  }
  if (cycles.length) process.exitCode = 1;
}
