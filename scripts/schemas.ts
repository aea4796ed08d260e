/**
 * Generates schemas/*.json, the message contracts for consumers in other languages, from
 * the zod schemas in src/domain/ (z.toJSONSchema, draft 2020-12). Descriptions, $id, title,
 * the cross-field rules JSON Schema can state (allOf) and those it cannot ($comment) are
 * the schemas' own metadata, so the files never say something the code does not.
 * test/delivery/schemas.test.ts fails when a committed file differs from what this writes.
 *
 *   node scripts/schemas.ts            write schemas/*.json
 *   node scripts/schemas.ts --check    exit 1 if any file differs from what would be written
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../src/core/paths.ts';
import { AlertMessageSchema, AlertMessageV2Schema } from '../src/domain/alert.ts';
import { ClaimMessageSchema } from '../src/domain/claim.ts';

/** Each published contract and the file it is written to (its name carries the version). */
export const SCHEMA_FILES: ReadonlyArray<{ file: string; schema: z.ZodType }> = [
  { file: 'alert.v1.json', schema: AlertMessageSchema },
  { file: 'alert.v2.json', schema: AlertMessageV2Schema },
  { file: 'claim.v1.json', schema: ClaimMessageSchema },
];

/** Identity and prose first, as a reader looks for them; then the shape; then the shared definitions. */
const KEY_ORDER = ['$schema', '$id', 'title', 'description', 'type', 'additionalProperties', 'required', 'properties', 'allOf', '$comment', '$defs'];

export function schemaPath(file: string): string {
  return projectPath('schemas', file);
}

/** The JSON Schema of one contract, as the text written to its file. */
export function schemaText(schema: z.ZodType): string {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (k in generated) ordered[k] = generated[k];
  for (const [k, v] of Object.entries(generated)) if (!(k in ordered)) ordered[k] = v;
  if (typeof ordered.$id !== 'string' || typeof ordered.title !== 'string') {
    // Consumers resolve and cache by $id: a contract without one must not be published.
    throw new TypeError('a published schema needs an $id and a title in its .meta()');
  }
  return `${formatJson(ordered)}\n`;
}

/**
 * JSON with two-space indents, except that any value fitting on the rest of its line (an
 * enum, a small subschema) is written on one. `column` is where the value starts.
 */
export function formatJson(value: unknown, indent = '', column = indent.length): string {
  const oneLine = inline(value);
  if (column + oneLine.length <= 110 || value === null || typeof value !== 'object') return oneLine;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + formatJson(v, inner, head.length);
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Every file that would be written, by name. */
export function generateSchemas(): Map<string, string> {
  return new Map(SCHEMA_FILES.map(({ file, schema }) => [file, schemaText(schema)]));
}

/** The files whose committed text differs from the generated one. */
export function staleSchemas(): string[] {
  const stale: string[] = [];
  for (const [file, text] of generateSchemas()) {
    let current: string | null;
    try {
      current = readFileSync(schemaPath(file), 'utf8');
    } catch {
      current = null;
    }
    if (current !== text) stale.push(file);
  }
  return stale;
}

if (import.meta.main) {
  if (process.argv.includes('--check')) {
    const stale = staleSchemas();
    if (stale.length > 0) {
      console.error(`schemas out of date (run npm run schemas): ${stale.join(', ')}`);
      process.exit(1);
    }
  } else {
    for (const [file, text] of generateSchemas()) writeFileSync(schemaPath(file), text);
    console.log(`wrote ${SCHEMA_FILES.length} schemas to schemas/`);
  }
}
