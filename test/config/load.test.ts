import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, redactConfig } from '../../src/config/load.ts';
import { ConfigError } from '../../src/core/errors.ts';

function expectConfigError(fn: () => unknown, key: string, why: RegExp) {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`);
    assert.equal(err.context.key, key);
    assert.match(err.message, why);
    return true;
  });
}

describe('loadConfig', () => {
  it('loads the shipped default: the real General Staff channel, primary, every 60 s', () => {
    const cfg = loadConfig({ env: {} });
    const gs = cfg.sources.find((s) => s.primary);
    assert.equal(gs?.url, 'https://t.me/s/GeneralStaffZSU');
    assert.equal(gs?.type, 'telegram');
    assert.equal(gs?.every, 60_000);
    assert.equal(cfg.prefix, 'tallywatch');
    assert.equal(cfg.fetch.allowPrivateNetworks, false);
    assert.equal(cfg.records.baseline, '2022-04-26');
  });

  it('applies REDIS_URL, TALLYWATCH_PREFIX, PORT and LOG_LEVEL over the file', () => {
    const cfg = loadConfig({ env: { REDIS_URL: 'redis://10.0.0.5:6380', TALLYWATCH_PREFIX: 'tenant-a', PORT: '9090', LOG_LEVEL: 'debug' } });
    assert.equal(cfg.redis.url, 'redis://10.0.0.5:6380');
    assert.equal(cfg.prefix, 'tenant-a');
    assert.equal(cfg.http.port, 9090);
    assert.equal(cfg.log.level, 'debug');
  });

  it('names the key and the reason for a wrong value', () => {
    expectConfigError(() => loadConfig({ env: {}, raw: { sources: [{ id: 'gs', type: 'telegram', url: 'https://t.me/s/x', every: 'soon' }] } }), 'sources[0].every', /not a duration/);
    expectConfigError(() => loadConfig({ env: {}, raw: { sources: [{ id: 'gs', type: 'fax', url: 'https://t.me/s/x' }] } }), 'sources[0].type', /telegram|rss/);
    expectConfigError(() => loadConfig({ env: {}, raw: { records: { baseline: '2022-13-01' } } }), 'records.baseline', /YYYY-MM-DD/);
    expectConfigError(() => loadConfig({ env: {}, raw: { subscribers: [{ id: 'a', type: 'webhook', url: 'not a url' }] } }), 'subscribers[0].url', /http/);
    expectConfigError(() => loadConfig({ env: {}, raw: { fetch: { allowPrivateNetwork: true } } }), 'fetch', /allowPrivateNetwork/);
    expectConfigError(() => loadConfig({ env: { PORT: 'eighty' }, raw: {} }), 'PORT', /port/);
    expectConfigError(() => loadConfig({ env: {}, raw: { fetch: { allowAddresses: ['10.8.0.0/16', 'intranet'] } } }), 'fetch.allowAddresses[1]', /IP address or CIDR/);
    assert.deepEqual(loadConfig({ env: {}, raw: { fetch: { allowAddresses: ['10.8.0.0/16', 'fd00::1'] } } }).fetch.allowAddresses, ['10.8.0.0/16', 'fd00::1']);
  });

  it('Redis Cluster: seed nodes from REDIS_URL, and a hash-tagged prefix required', () => {
    const seeds = 'redis://:pw@10.0.0.1:7000,redis://10.0.0.2:7000';
    const cfg = loadConfig({ env: { REDIS_URL: seeds, REDIS_CLUSTER: 'true', TALLYWATCH_PREFIX: '{tw}' }, raw: {} });
    assert.deepEqual(cfg.redis, { url: seeds, cluster: true });
    assert.equal(JSON.stringify(redactConfig(cfg)).includes(':pw@'), false, 'the password is redacted');
    expectConfigError(() => loadConfig({ env: { REDIS_URL: seeds, REDIS_CLUSTER: '1' }, raw: {} }), 'prefix', /hash tag/);
    expectConfigError(() => loadConfig({ env: { REDIS_URL: seeds }, raw: {} }), 'redis.url', /only with redis.cluster/);
    expectConfigError(() => loadConfig({ env: { REDIS_CLUSTER: 'yes' }, raw: {} }), 'REDIS_CLUSTER', /true or false/);
  });

  it('refuses two primary sources and duplicate ids', () => {
    const src = (id: string) => ({ id, type: 'telegram', url: 'https://t.me/s/x', primary: true });
    expectConfigError(() => loadConfig({ env: {}, raw: { sources: [src('a'), src('b')] } }), 'sources', /primary/);
    expectConfigError(() => loadConfig({ env: {}, raw: { sources: [src('a'), { ...src('a'), primary: false }] } }), 'sources[1].id', /duplicate/);
  });

  it('takes secrets from the environment and never shows them', () => {
    const raw = { subscribers: [{ id: 'desk', type: 'webhook', url: 'https://hooks.example.org/tw', secretEnv: 'DESK_SECRET' }] };
    const cfg = loadConfig({ env: { DESK_SECRET: 's3cr3t-value' }, raw });
    assert.equal(cfg.subscribers[0]?.secret, 's3cr3t-value');
    assert.doesNotMatch(JSON.stringify(redactConfig(cfg)), /s3cr3t-value/);
    expectConfigError(() => loadConfig({ env: {}, raw }), 'subscribers[0].secretEnv', /DESK_SECRET is not set/);
  });

  it('reads JSON and YAML files and reports a syntax error with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'twcfg-'));
    const json = join(dir, 'c.json');
    writeFileSync(json, JSON.stringify({ prefix: 'from-json' }));
    assert.equal(loadConfig({ file: json, env: {} }).prefix, 'from-json');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'sources: [oops\n');
    expectConfigError(() => loadConfig({ file: bad, env: {} }), '(file)', /bad\.yaml is not valid YAML/);
  });
});
