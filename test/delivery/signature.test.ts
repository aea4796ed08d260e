import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signBody, verifySignature } from '../../src/delivery/signature.ts';

const secret = 's3cret-key';
const body = JSON.stringify({ id: 'record:personnel:2024-05-13', text: 'Втрати ворога — 1 740' });

test('a signature verifies over the same bytes', () => {
  const sig = signBody(secret, body);
  assert.match(sig, /^sha256=[0-9a-f]{64}$/);
  assert.equal(verifySignature(secret, body, sig), true);
  assert.equal(verifySignature(secret, Buffer.from(body, 'utf8'), sig), true, 'string and its UTF-8 bytes sign alike');
  assert.equal(signBody(secret, Buffer.from(body)), sig);
});

test('tampering, a wrong secret or a malformed header fail without throwing', () => {
  const sig = signBody(secret, body);
  assert.equal(verifySignature(secret, body.replace('1 740', '1 741'), sig), false);
  assert.equal(verifySignature(secret, `${body} `, sig), false);
  assert.equal(verifySignature('other', body, sig), false);
  assert.equal(verifySignature(secret, body, sig.slice(0, -1)), false);
  assert.equal(verifySignature(secret, body, sig.replace('sha256=', 'sha1=')), false);
  assert.equal(verifySignature(secret, body, `sha256=${'zz'.repeat(32)}`), false);
  assert.equal(verifySignature(secret, body, ''), false);
  assert.equal(verifySignature(secret, body, undefined), false);
  const flipped = sig.slice(0, -1) + (sig.endsWith('0') ? '1' : '0');
  assert.equal(verifySignature(secret, body, flipped), false);
});
