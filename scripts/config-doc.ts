/**
 * Generates docs/configuration.md from the config schema: every key with its type and default
 * from the zod schema itself, and its meaning from the doc comment on that key in
 * src/config/schema.ts. test/docs/configuration-doc.test.ts fails when the file drifts.
 *
 *   node scripts/config-doc.ts            write docs/configuration.md
 *   node scripts/config-doc.ts --check    exit 1 if it differs from what would be written
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { configSchema } from '../src/config/schema.ts';
import { projectPath } from '../src/core/paths.ts';

export const DOC_PATH = projectPath('docs', 'configuration.md');
const SCHEMA_PATH = projectPath('src', 'config', 'schema.ts');

/** The variables of schema.ts whose object keys are config keys, and where they sit. */
const ROOTS: Record<string, string> = { configSchema: '', sourceSchema: 'sources[]', subscriberBase: 'subscribers[]', subscriberSchema: 'subscribers[]' };

interface Comment {
  text: string;
  defaultText?: string;
}

/** Doc comments of schema.ts by key path ("fetch.timeout", "sources[].every"). */
export function schemaComments(source = readFileSync(SCHEMA_PATH, 'utf8')): Map<string, Comment> {
  const file = ts.createSourceFile('schema.ts', source, ts.ScriptTarget.Latest, true);
  const out = new Map<string, Comment>();
  const visit = (node: ts.Node, root: string | undefined, chain: string[], variant?: string) => {
    // A subscriber type's own object: `type: z.literal('slack')` names the variant of its keys.
    if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) {
        const m = ts.isPropertyAssignment(p) && p.name.getText(file) === 'type' ? /^z\.literal\('(\w+)'\)$/.exec(p.initializer.getText(file)) : null;
        if (m) variant = m[1];
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      const r = ROOTS[node.name.text];
      if (r !== undefined) root = r;
      // `const alertSchema = …` documents the subscribers' alertSchema key.
      if (node.name.text === 'alertSchema') record('subscribers[].alertSchema', node.parent.parent);
    }
    if (ts.isShorthandPropertyAssignment(node) && root !== undefined) {
      record(join(root, [...chain, node.name.text]) + (variant ? ` (${variant})` : ''), node);
      return;
    }
    if (ts.isPropertyAssignment(node) && root !== undefined) {
      const name = node.name.getText(file).replace(/^['"]|['"]$/g, '');
      const next = [...chain, name];
      record(join(root, next) + (variant ? ` (${variant})` : ''), node);
      ts.forEachChild(node, (c) => visit(c, root, next, variant));
      return;
    }
    ts.forEachChild(node, (c) => visit(c, root, chain, variant));
  };
  const record = (path: string, node: ts.Node) => {
    const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
    const doc = docs?.[docs.length - 1];
    if (!doc) return;
    const text = (ts.getTextOfJSDocComment(doc.comment) ?? '').replace(/\s+/g, ' ').trim();
    const tag = doc.tags?.find((t) => t.tagName.text === 'default');
    const defaultText = tag ? (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/\s+/g, ' ').trim() : undefined;
    out.set(path, { text, ...(defaultText ? { defaultText } : {}) });
  };
  visit(file, undefined, []);
  return out;
}

const join = (root: string, chain: string[]) => [root, ...chain].filter(Boolean).join('.').replace(/\.\[/g, '[');

interface Row {
  key: string;
  type: string;
  default: string;
  meaning: string;
}

type Def = { type: string; [k: string]: any };
const def = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A readable type for a leaf schema. */
function typeOf(schema: unknown): string {
  const d = def(schema);
  switch (d.type) {
    case 'default':
    case 'prefault':
    case 'optional':
      return typeOf(d.innerType);
    case 'pipe':
      // Durations: a union of number and string, transformed to milliseconds.
      return def(d.in).type === 'union' && def(d.out).type === 'transform' ? 'duration (ms, or "60s", "5m", "1h")' : typeOf(d.in);
    case 'union':
      return d.options.map(typeOf).join(' | ');
    case 'enum':
      return Object.values(d.entries as Record<string, string>).map((v) => `"${v}"`).join(' \\| ');
    case 'literal':
      return (d.values as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
    case 'array':
      return ['object', 'union'].includes(unwrap(d.element).type) ? 'list of mappings (keys below)' : `list of ${typeOf(d.element)}`;
    case 'number':
      return (d.checks ?? []).some((c: unknown) => def(c).format === 'safeint') ? 'integer' : 'number';
    case 'string':
      return d.format === 'url' ? 'URL' : 'string';
    default:
      return d.type;
  }
}

function defaultOf(schema: unknown): unknown {
  const d = def(schema);
  if (d.type === 'default') return typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
  if (d.type === 'optional' || d.type === 'prefault') return undefined;
  return undefined;
}

/** Unwraps default/prefault/optional to the schema that has the shape. */
function unwrap(schema: unknown): Def {
  let d = def(schema);
  while (d.type === 'default' || d.type === 'prefault' || d.type === 'optional') d = def(d.innerType);
  return d;
}

function rows(schema: unknown, path: string, comments: Map<string, Comment>, out: Row[], variant?: string): void {
  const d = unwrap(schema);
  if (d.type === 'object') {
    for (const [key, child] of Object.entries(d.shape as Record<string, unknown>)) {
      const p = path ? `${path}.${key}` : key;
      const inner = unwrap(child);
      if (inner.type === 'object') rows(child, p, comments, out, variant);
      else if (inner.type === 'array' && ['object', 'union'].includes(unwrap(inner.element).type)) {
        out.push(row(p, child, comments, variant));
        rows(inner.element, `${p}[]`, comments, out, variant);
      } else out.push(row(p, child, comments, variant));
    }
  } else if (d.type === 'union' && d.discriminator) {
    // Subscribers: keys common to every type once, then each type's own.
    const shapes = (d.options as unknown[]).map((o) => unwrap(o).shape as Record<string, unknown>);
    const common = Object.keys(shapes[0]!).filter((k) => shapes.every((s) => k in s) && k !== d.discriminator);
    out.push({ key: `${path}.${d.discriminator}`, type: shapes.map((s) => typeOf(s[d.discriminator])).join(' \\| '), default: '(required)', meaning: 'the kind of subscriber; the keys below marked with a type apply to it only' });
    for (const k of common) {
      if (shapes.every((s) => typeOf(s[k]) === typeOf(shapes[0]![k]))) out.push(row(`${path}.${k}`, shapes[0]![k], comments));
    }
    shapes.forEach((s) => {
      const kind = String(def(s[d.discriminator]).values[0]);
      for (const [k, child] of Object.entries(s)) {
        if (k === d.discriminator || (common.includes(k) && shapes.every((o) => typeOf(o[k]) === typeOf(shapes[0]![k])))) continue;
        out.push(row(`${path}.${k}`, child, comments, kind));
      }
    });
  }
}

function row(key: string, schema: unknown, comments: Map<string, Comment>, variant?: string): Row {
  const c = (variant ? comments.get(`${key} (${variant})`) : undefined) ?? comments.get(key);
  const d = def(schema);
  const value = defaultOf(schema);
  const required = d.type !== 'default' && d.type !== 'optional' && d.type !== 'prefault';
  const shown = c?.defaultText ? c.defaultText : value !== undefined ? JSON.stringify(value) : required ? '(required)' : '(none)';
  return { key: variant ? `${key} (${variant})` : key, type: typeOf(schema), default: shown, meaning: c?.text ?? '' };
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\\\\\|/g, '\\|');

export function configDoc(): string {
  const comments = schemaComments();
  const out: Row[] = [];
  rows(configSchema, '', comments, out);
  const lines = [
    '# Configuration reference',
    '',
    '<!-- Generated by `node scripts/config-doc.ts` from src/config/schema.ts; do not edit by hand. -->',
    '',
    'One file, YAML or JSON: `--config FILE`, else the environment variable `TALLYWATCH_CONFIG`, else',
    '[`config/default.yaml`](../config/default.yaml). Every key is optional unless marked (required).',
    'Unknown keys are errors. Durations are milliseconds or strings such as `"60s"`, `"5m"`, `"1h"`.',
    'Environment overrides: `REDIS_URL`, `REDIS_CLUSTER`, `TALLYWATCH_PREFIX`, `PORT`, `LOG_LEVEL`.',
    '',
    '| key | type | default | meaning |',
    '| --- | --- | --- | --- |',
    ...out.map((r) => `| \`${r.key}\` | ${esc(r.type)} | ${esc(r.default)} | ${esc(r.meaning)} |`),
    '',
  ];
  return lines.join('\n');
}

if (import.meta.main) {
  const text = configDoc();
  if (process.argv.includes('--check')) {
    const current = readFileSync(DOC_PATH, 'utf8');
    if (current !== text) {
      process.stderr.write(`${DOC_PATH} is out of date: run node scripts/config-doc.ts\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(DOC_PATH, text);
    process.stdout.write(`wrote ${DOC_PATH}\n`);
  }
}
