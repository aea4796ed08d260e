import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
// The named export: the default import type-checks as the module namespace under NodeNext.
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  ALERT_SCHEMA_ID,
  ALERT_V2_SCHEMA_ID,
  AlertEvidenceV2Schema,
  AlertMessageSchema,
  AlertMessageV2Schema,
  buildAlertMessage,
  CLAIMANT_KEYS,
  parseAnyAlertMessage,
  recordEventId,
  toAlertV1,
  toAlertV2,
} from '../../src/alerts/alert-message.ts';
import { CATEGORY_KEYS } from '../../src/core/categories.ts';
import { sampleMessage, sampleMessageV2 } from './helpers.ts';

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
    assert.equal(m.total, 484030);
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

const jsonSchemaV2 = JSON.parse(readFileSync(new URL('../../schemas/alert.v2.json', import.meta.url), 'utf8'));
const validateV2 = ajv.compile(jsonSchemaV2);

function bothAcceptV2(value: unknown): void {
  assert.equal(validateV2(value), true, JSON.stringify(validateV2.errors));
  assert.equal(AlertMessageV2Schema.safeParse(value).success, true, JSON.stringify(AlertMessageV2Schema.safeParse(value).error?.issues));
}

function bothRejectV2(value: unknown): void {
  assert.equal(validateV2(value), false, 'JSON Schema v2 accepted it');
  assert.equal(AlertMessageV2Schema.safeParse(value).success, false, 'zod v2 accepted it');
}

describe('alert message v2 (v1 plus followUp, claimants, evidence values)', () => {
  test('the builder gives v1 with the three additions', () => {
    const m = sampleMessageV2();
    assert.equal(m.schema, ALERT_V2_SCHEMA_ID);
    assert.equal(m.followUp, false);
    assert.deepEqual(m.claimants, ['ua_general_staff', 'ua_other'], 'a confirmed record is the General Staff\'s claim');
    assert.deepEqual(m.evidence[0], {
      value: 1740,
      url: 'https://example.org/news/1',
      outlet: 'Example News',
      quote: 'Russia lost 1,740 soldiers in the past day, the most since the start of the invasion.',
      publishedAt: '2024-05-13T07:00:00.000Z',
    });
    assert.deepEqual(Object.keys(m), [
      'schema', 'id', 'type', 'status', 'followUp', 'metric', 'date', 'lossDate', 'value', 'total',
      'previous', 'source', 'claimants', 'evidence', 'flags', 'detectedAt', 'text',
    ]);
    // Claimants are the extractor's keys, once each; unknown ones are dropped.
    assert.deepEqual(sampleMessageV2({ status: 'reported', claimants: ['other', 'other', 'bbc', 'ua_other'] }).claimants, ['other', 'ua_other']);
  });

  test('built messages of every status validate against schemas/alert.v2.json', () => {
    bothAcceptV2(sampleMessageV2());
    bothAcceptV2(sampleMessageV2({ followUp: true }));
    bothAcceptV2(sampleMessageV2({ status: 'reported', total: null, previous: null, claimants: ['ua_other', 'other'] }));
    bothAcceptV2(sampleMessageV2({ status: 'reported', claimants: [], evidence: [] }));
    bothAcceptV2(
      sampleMessageV2({
        status: 'contradicted',
        value: 900,
        followUp: true,
        evidence: [{ value: 1900, url: 'https://example.org/2', outlet: 'o', quote: 'q', publishedAt: null }, { url: 'https://example.org/3', outlet: 'p', quote: '' }],
      }),
    );
    bothAcceptV2(JSON.parse(JSON.stringify(sampleMessageV2())));
  });

  test('invalid v2 messages are rejected by both schemas', () => {
    const good = sampleMessageV2();
    bothRejectV2({ ...good, schema: 'tallywatch.alert/v1' });
    const { followUp: _f, ...noFollowUp } = good;
    bothRejectV2(noFollowUp);
    const { claimants: _c, ...noClaimants } = good;
    bothRejectV2(noClaimants);
    bothRejectV2({ ...good, claimants: ['ua_other'] }); // confirmed without the General Staff
    bothRejectV2({ ...good, claimants: ['ua_general_staff', 'bbc'] });
    bothRejectV2({ ...good, claimants: ['ua_general_staff', 'ua_general_staff'] });
    bothRejectV2({ ...sampleMessageV2({ status: 'reported' }), followUp: true }); // reported is always first
    bothRejectV2({ ...good, evidence: [{ ...good.evidence[0], value: undefined }] });
    bothRejectV2({ ...good, evidence: [{ ...good.evidence[0], value: -1 }] });
    bothRejectV2({ ...good, extra: 1 });
  });

  test('v1 stays closed: a v2 message is not a v1 message, and the v1 view is exactly v1', () => {
    const v2 = sampleMessageV2();
    assert.equal(validate(v2), false);
    const v1 = toAlertV1(v2);
    bothAccept(v1);
    assert.deepEqual(v1, sampleMessage(), 'the v1 view equals the v1 builder\'s message for the same record');
    assert.deepEqual(Object.keys(v1), Object.keys(sampleMessage()));
  });

  test('a v1 alert lifts to v2: General Staff for confirmed, nobody otherwise, evidence values unknown', () => {
    const lifted = toAlertV2(sampleMessage());
    bothAcceptV2(lifted);
    assert.deepEqual(lifted.claimants, ['ua_general_staff']);
    assert.equal(lifted.followUp, false);
    assert.equal(lifted.evidence[0]?.value, null);
    const reported = toAlertV2(sampleMessage({ status: 'reported' }), { claimants: ['ua_other'] });
    bothAcceptV2(reported);
    assert.deepEqual(reported.claimants, ['ua_other']);
    const followUp = toAlertV2(sampleMessageV2({ status: 'contradicted', value: 900 }), { followUp: true });
    bothAcceptV2(followUp);
    assert.deepEqual(parseAnyAlertMessage(JSON.parse(JSON.stringify(followUp))), followUp);
    assert.deepEqual(parseAnyAlertMessage(sampleMessage()), sampleMessage());
  });

  test('the v2 JSON Schema lists the same metrics, claimants and fields as the code', () => {
    assert.deepEqual(jsonSchemaV2.properties.metric.enum, [...CATEGORY_KEYS]);
    assert.deepEqual(jsonSchemaV2.properties.claimants.items.enum, [...CLAIMANT_KEYS]);
    assert.deepEqual(jsonSchemaV2.required, Object.keys(AlertMessageV2Schema.shape));
    assert.deepEqual(Object.keys(jsonSchemaV2.properties), Object.keys(AlertMessageV2Schema.shape));
    assert.deepEqual(jsonSchemaV2.properties.evidence.items.required.sort(), Object.keys(AlertEvidenceV2Schema.shape).sort());
    assert.equal(jsonSchemaV2.additionalProperties, false);
    assert.equal(jsonSchemaV2.properties.evidence.items.additionalProperties, false);
    // v2 is v1 plus exactly three fields.
    assert.deepEqual(
      Object.keys(jsonSchemaV2.properties).filter((k) => !(k in jsonSchema.properties)),
      ['followUp', 'claimants'],
    );
    assert.deepEqual(jsonSchemaV2.$defs, jsonSchema.$defs);
  });
});
