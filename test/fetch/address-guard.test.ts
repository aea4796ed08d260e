import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import {
  BlockedAddressError,
  checkLiteralHost,
  createAddressPolicy,
  createGuardedLookup,
  isBlockedAddress,
} from '../../src/fetch/address-guard.ts';
import type { Resolver } from '../../src/fetch/address-guard.ts';

describe('isBlockedAddress', () => {
  const blocked: Record<string, string[]> = {
    'this network 0/8': ['0.0.0.0', '0.1.2.3'],
    'private 10/8': ['10.0.0.1', '10.255.255.255'],
    'CGNAT 100.64/10': ['100.64.0.1', '100.127.255.254'],
    'loopback 127/8': ['127.0.0.1', '127.1.2.3'],
    'link-local and metadata': ['169.254.0.1', '169.254.169.254'],
    'private 172.16/12': ['172.16.0.1', '172.31.255.255'],
    'private 192.168/16': ['192.168.0.1', '192.168.255.255'],
    'documentation and benchmarking': ['192.0.2.10', '198.51.100.7', '203.0.113.9', '198.18.0.1', '192.0.0.8'],
    'multicast and reserved': ['224.0.0.1', '239.255.255.250', '240.0.0.1', '255.255.255.255'],
    'IPv6 loopback and unspecified': ['::1', '::', '0:0:0:0:0:0:0:1', '[::1]'],
    'IPv6 unique local fc00::/7': ['fc00::1', 'fd12:3456:789a::1'],
    'IPv6 link-local fe80::/10': ['fe80::1', 'febf::1', 'fe80::1%eth0'],
    'IPv6 multicast and documentation': ['ff02::1', '2001:db8::1'],
    'IPv4-mapped private': ['::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:10.0.0.1'],
    'NAT64 and 6to4 embedding private': ['64:ff9b::10.0.0.1', '2002:c0a8:0101::1'],
    'not an address (fails closed)': ['localhost', '', '1.2.3', '::g', '256.1.1.1'],
  };
  const allowed: Record<string, string[]> = {
    'public IPv4': ['8.8.8.8', '1.1.1.1', '149.154.167.99', '100.128.0.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '223.255.255.255'],
    'public IPv6': ['2001:4860:4860::8888', '2606:4700:4700::1111', '2a00:1450::1'],
    'IPv4-mapped public': ['::ffff:8.8.8.8', '::ffff:95a:a763'],
    'NAT64 and 6to4 embedding public': ['64:ff9b::8.8.8.8', '2002:0808:0808::1'],
  };
  for (const [range, ips] of Object.entries(blocked)) {
    test(`blocks ${range}`, () => {
      for (const ip of ips) assert.equal(isBlockedAddress(ip), true, ip);
    });
  }
  for (const [range, ips] of Object.entries(allowed)) {
    test(`allows ${range}`, () => {
      for (const ip of ips) assert.equal(isBlockedAddress(ip), false, ip);
    });
  }
});

describe('policy and literal hosts', () => {
  test('allowPrivateNetworks disables the guard', () => {
    const refuse = createAddressPolicy({ allowPrivateNetworks: true });
    assert.equal(refuse('127.0.0.1'), false);
    assert.equal(refuse('169.254.169.254'), false);
  });

  test('allowAddresses exempts addresses and ranges only', () => {
    const refuse = createAddressPolicy({ allowAddresses: ['10.8.0.0/16', '127.0.0.1', 'fd00::/8'] });
    assert.equal(refuse('10.8.4.2'), false);
    assert.equal(refuse('10.9.0.1'), true);
    assert.equal(refuse('127.0.0.1'), false);
    assert.equal(refuse('127.0.0.2'), true);
    assert.equal(refuse('fd00::5'), false);
    assert.equal(refuse('169.254.169.254'), true);
    assert.equal(refuse('8.8.8.8'), false);
    assert.throws(() => createAddressPolicy({ allowAddresses: ['intranet'] }), TypeError);
  });

  test('checkLiteralHost refuses blocked literal IPs and ignores names', () => {
    const refuse = createAddressPolicy();
    assert.throws(() => checkLiteralHost('169.254.169.254', refuse), BlockedAddressError);
    assert.throws(() => checkLiteralHost('[::ffff:a00:1]', refuse), BlockedAddressError);
    assert.doesNotThrow(() => checkLiteralHost('8.8.8.8', refuse));
    assert.doesNotThrow(() => checkLiteralHost('t.me', refuse));
  });
});

describe('guarded lookup', () => {
  const table: Record<string, LookupAddress[]> = {
    'public.test': [{ address: '149.154.167.99', family: 4 }],
    'private.test': [
      { address: '10.0.0.1', family: 4 },
      { address: 'fd00::1', family: 6 },
    ],
    'mixed.test': [
      { address: '192.168.0.7', family: 4 },
      { address: '2001:67c:4e8::1', family: 6 },
    ],
  };
  const resolver: Resolver = (hostname, _options, callback) => {
    const found = table[hostname];
    if (found) callback(null, found);
    else callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  };

  function lookupAll(lookup: ReturnType<typeof createGuardedLookup>, hostname: string): Promise<LookupAddress[]> {
    return new Promise((resolve, reject) => {
      lookup(hostname, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses as LookupAddress[])));
    });
  }

  test('passes public addresses, in both callback shapes', async () => {
    const lookup = createGuardedLookup({ resolver });
    assert.deepEqual(await lookupAll(lookup, 'public.test'), table['public.test']);
    const single = await new Promise<[string, number | undefined]>((resolve, reject) => {
      lookup('public.test', {}, (err, address, family) => (err ? reject(err) : resolve([address as string, family])));
    });
    assert.deepEqual(single, ['149.154.167.99', 4]);
  });

  test('refuses names that resolve only to blocked addresses', async () => {
    const lookup = createGuardedLookup({ resolver });
    await assert.rejects(lookupAll(lookup, 'private.test'), (err) => {
      assert.ok(err instanceof BlockedAddressError);
      assert.deepEqual(err.addresses, ['10.0.0.1', 'fd00::1']);
      return true;
    });
  });

  test('drops the blocked addresses of a mixed answer', async () => {
    const lookup = createGuardedLookup({ resolver });
    assert.deepEqual(await lookupAll(lookup, 'mixed.test'), [{ address: '2001:67c:4e8::1', family: 6 }]);
  });

  test('passes resolver errors through', async () => {
    const lookup = createGuardedLookup({ resolver });
    await assert.rejects(lookupAll(lookup, 'nowhere.test'), /ENOTFOUND/);
  });

  test('allows everything when private networks are allowed', async () => {
    const lookup = createGuardedLookup({ resolver, allowPrivateNetworks: true });
    assert.deepEqual(await lookupAll(lookup, 'private.test'), table['private.test']);
  });
});
