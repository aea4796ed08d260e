/** schemas/*.json are generated from the zod schemas in src/domain/ (scripts/schemas.ts); they must not drift. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { formatJson, generateSchemas, SCHEMA_FILES, schemaPath, schemaText, staleSchemas } from '../../scripts/schemas.ts';
import { ALERT_SCHEMA_ID, ALERT_V2_SCHEMA_ID } from '../../src/domain/alert.ts';
import { CLAIM_SCHEMA_ID } from '../../src/domain/claim.ts';

describe('generated JSON Schemas', () => {
  test('every committed schemas/*.json is what npm run schemas writes now (run it after changing src/domain/)', () => {
    for (const [file, text] of generateSchemas()) {
      assert.equal(readFileSync(schemaPath(file), 'utf8'), text, `schemas/${file} is stale: run npm run schemas`);
    }
    assert.deepEqual(staleSchemas(), []);
  });

  test('a drifted file is noticed', () => {
    // The same check the first test makes, against a schema that has gained a field.
    const { schema } = SCHEMA_FILES[0]!;
    const changed = (schema as z.ZodObject).extend({ extra: z.string() }).meta(schema.meta() ?? {});
    assert.notEqual(schemaText(changed), generateSchemas().get(SCHEMA_FILES[0]!.file));
  });

  test('each file keeps the $id, title and schema id its consumers resolve it by', () => {
    const expected: Record<string, { $id: string; title: RegExp; schema: string }> = {
      'alert.v1.json': { $id: 'urn:tallywatch:schema:alert:v1', title: /version 1$/, schema: ALERT_SCHEMA_ID },
      'alert.v2.json': { $id: 'urn:tallywatch:schema:alert:v2', title: /version 2$/, schema: ALERT_V2_SCHEMA_ID },
      'claim.v1.json': { $id: 'urn:tallywatch:schema:claim:v1', title: /version 1$/, schema: CLAIM_SCHEMA_ID },
    };
    assert.deepEqual([...generateSchemas().keys()].sort(), Object.keys(expected).sort());
    for (const [file, text] of generateSchemas()) {
      const json = JSON.parse(text);
      const want = expected[file]!;
      assert.equal(json.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(json.$id, want.$id);
      assert.match(json.title, want.title);
      assert.equal(json.properties.schema.const, want.schema);
      assert.equal(json.additionalProperties, false);
      assert.ok(json.description.length > 100, `${file} has its prose`);
      // Compiles under ajv's strict mode: no unknown keyword or ill-typed rule.
      new Ajv2020({ allErrors: true, strict: true }).compile(json);
    }
  });

  test('closed at every level, and the cross-field rules JSON Schema can state are there', () => {
    const objects = (node: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> => {
      if (Array.isArray(node)) for (const n of node) objects(n, out);
      else if (node !== null && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (o.type === 'object') out.push(o);
        for (const v of Object.values(o)) objects(v, out);
      }
      return out;
    };
    for (const [file, text] of generateSchemas()) {
      for (const o of objects(JSON.parse(text))) assert.equal(o.additionalProperties, false, `${file}: an open object`);
    }
    const v2 = JSON.parse(generateSchemas().get('alert.v2.json')!);
    assert.equal(v2.allOf.length, 5);
    assert.equal(v2.properties.claimants.uniqueItems, true);
    assert.equal(v2.properties.flags.uniqueItems, true);
    assert.match(v2.$comment, /lossDate is date minus one day/);
  });

  test('the formatter writes valid JSON, short values on one line', () => {
    const value = { a: [1, 2], b: { c: 'x'.repeat(200) }, d: null };
    assert.deepEqual(JSON.parse(formatJson(value)), value);
    assert.match(formatJson(value), /"a": \[1, 2\]/);
  });
});
