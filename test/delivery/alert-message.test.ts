import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
// The named export: the default import type-checks as the module namespace under NodeNext.
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  ALERT_SCHEMA_ID,
  AlertMessageSchema,
  buildAlertMessage,
  recordEventId,
} from '../../src/alerts/alert-message.ts';
import { CATEGORY_KEYS } from '../../src/core/categories.ts';
import { sampleMessage } from './helpers.ts';

const jsonSchema = JSON.parse(readFileSync(new URL('../../schemas/alert.v1.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(jsonSchema);

function bothAccept(value: unknown): void {
  assert.equal(validate(value), true, JSON.stringify(validate.errors));
  assert.equal(AlertMessageSchema.safeParse(value).success, true);
}

function bothReject(value: unknown): void {
  assert.equal(validate(value), false, 'JSON Schema accepted it');
  assert.equal(AlertMessageSchema.safeParse(value).success, false, 'zod accepted it');
}

describe('alert message v1', () => {
  test('the builder gives the documented shape and text', () => {
    const m = sampleMessage();
    assert.equal(m.schema, ALERT_SCHEMA_ID);
    assert.equal(m.id, 'record:personnel:2024-05-13');
    assert.equal(m.type, 'record.confirmed');
    assert.equal(m.status, 'confirmed');
    assert.equal(m.lossDate, '2024-05-12');
    assert.equal(m.total, 491080);
    assert.deepEqual(m.previous, { value: 1380, date: '2023-10-20' });
    assert.equal(m.evidence[0]?.publishedAt, '2024-05-13T07:00:00.000Z');
    assert.equal(
      m.text,
      'New daily record: personnel 1,740 on 2024-05-12 (General Staff report of 2024-05-13); previous record 1,380 on 2023-10-19',
    );
    assert.deepEqual(Object.keys(m), [
      'schema', 'id', 'type', 'status', 'metric', 'date', 'lossDate', 'value', 'total',
      'previous', 'source', 'evidence', 'flags', 'detectedAt', 'text',
    ]);
  });

  test('built messages of every status validate against schemas/alert.v1.json', () => {
    bothAccept(sampleMessage());
    bothAccept(sampleMessage({ status: 'reported', total: null, previous: null, evidence: [] }));
    bothAccept(sampleMessage({ status: 'contradicted', value: 900, flags: ['total_delta_mismatch', 'total_delta_mismatch'] }));
    bothAccept(sampleMessage({ metric: 'air_defense', value: 7, total: null, previous: { value: 6, date: '2022-06-01' }, source: { id: 'gs-telegram', url: 'https://t.me/x/1' } }));
    // round trip through JSON, as a consumer receives it
    bothAccept(JSON.parse(JSON.stringify(sampleMessage())));
  });

  test('invalid messages are rejected by both schemas', () => {
    const good = sampleMessage();
    bothReject({ ...good, metric: 'soldiers', id: 'record:soldiers:2024-05-13' });
    const { id: _dropped, ...noId } = good;
    bothReject(noId);
    bothReject({ ...good, extra: true });
    bothReject({ ...good, type: 'record.reported' });
    bothReject({ ...good, value: 0 });
    bothReject({ ...good, detectedAt: '2024-05-13 05:13' });
    bothReject({ ...good, source: { ...good.source, token: 'x' } });
    bothReject({ ...good, schema: 'tallywatch.alert/v2' });
  });

  test('zod also enforces the rules JSON Schema can only describe', () => {
    const good = sampleMessage();
    for (const bad of [
      { ...good, id: recordEventId('tanks', good.date) },
      { ...good, lossDate: good.date },
      { ...good, previous: { value: 1800, date: '2023-10-20' } },
    ]) {
      assert.equal(validate(bad), true);
      assert.equal(AlertMessageSchema.safeParse(bad).success, false);
    }
    assert.throws(() => sampleMessage({ previous: { value: 1740, date: '2023-10-20' } }));
  });

  test('the JSON Schema lists the same metrics and fields as the code', () => {
    assert.deepEqual(jsonSchema.properties.metric.enum, [...CATEGORY_KEYS]);
    assert.deepEqual([...jsonSchema.required].sort(), Object.keys(AlertMessageSchema.shape).sort());
    assert.deepEqual(Object.keys(jsonSchema.properties).sort(), Object.keys(AlertMessageSchema.shape).sort());
    assert.match(jsonSchema.$id, /v1/);
    assert.equal(jsonSchema.additionalProperties, false);
  });

  test('the builder keeps evidence and quotes within bounds', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      url: `https://example.org/${i}`,
      outlet: 'o',
      quote: 'q'.repeat(5000),
      publishedAt: null,
    }));
    const m = buildAlertMessage({
      status: 'confirmed',
      metric: 'tanks',
      date: '2023-01-02',
      value: 20,
      source: { id: 'gs-telegram', url: 'https://t.me/GeneralStaffZSU/1' },
      evidence: [...many, ...many],
    });
    assert.equal(m.evidence.length, 20);
    assert.equal(m.evidence[0]?.quote.length, 1000);
    assert.equal(m.previous, null);
    assert.match(m.text, /no earlier record$/);
    bothAccept(m);
  });
});
