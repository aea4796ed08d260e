/** docs/configuration.md is generated from the config schema; it must match what the generator writes now. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { configDoc, DOC_PATH, schemaComments } from '../../scripts/config-doc.ts';

describe('docs/configuration.md', () => {
  it('is what node scripts/config-doc.ts generates from src/config/schema.ts (run it after changing the schema)', () => {
    assert.equal(readFileSync(DOC_PATH, 'utf8'), configDoc());
  });

  it('lists every key with a type, a default and a meaning', () => {
    const rows = configDoc().split('\n').filter((l) => l.startsWith('| `'));
    const keys = rows.map((r) => /^\| `([^`]+)`/.exec(r)![1]);
    for (const k of ['redis.url', 'prefix', 'sources[].every', 'subscribers[].chatId (telegram)', 'fetch.allowAddresses', 'worker.shutdownTimeout', 'worker.stalledCheck']) assert.ok(keys.includes(k), k);
    for (const r of rows) {
      const cells = r.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      assert.equal(cells.length, 4, r);
      assert.ok(cells.every((c) => c.length > 0), `an empty cell: ${r}`);
    }
  });

  it('takes meanings and default wording from the doc comments on the schema keys', () => {
    const c = schemaComments(`
      export const configSchema = z.strictObject({
        worker: z.strictObject({
          /** Bound on draining. @default "10s" */
          shutdownTimeout: duration(0).default(10_000),
        }),
      });`);
    assert.deepEqual(c.get('worker.shutdownTimeout'), { text: 'Bound on draining.', defaultText: '"10s"' });
  });
});
