/**
 * Refuses connections to addresses a public fetcher has no business reaching:
 * loopback, private and link-local networks (cloud metadata lives at 169.254.169.254),
 * CGNAT, multicast and reserved space, in IPv4 and IPv6.
 *
 * The check runs on resolved addresses, inside the socket's DNS lookup, so it cannot be
 * bypassed by a hostname that resolves to a private address (or re-resolves differently
 * later: DNS rebinding), and it runs again for every redirect hop because every new
 * connection goes through it. Node skips `lookup` for literal IPs, so callers must also
 * run `checkLiteralHost` on the URL's hostname before dispatching.
 */
import { BlockList, isIP, isIPv4 } from 'node:net';
import * as dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';

const blocked = new BlockList();

// IPv4 ranges that are never a public web server.
const V4_RANGES: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast
];

// IPv6 ranges; those that embed an IPv4 address (mapped, NAT64, 6to4) are handled
// separately so that only embedded private addresses are refused.
const V6_RANGES: Array<[string, number]> = [
  ['::', 96], // unspecified, loopback, deprecated IPv4-compatible
  ['::ffff:0:0:0', 96], // SIIT IPv4-translated, not routed publicly
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard-only
  ['2001::', 32], // Teredo: tunnels to arbitrary IPv4 endpoints
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
];

for (const [net, prefix] of V4_RANGES) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of V6_RANGES) blocked.addSubnet(net, prefix, 'ipv6');

/** Expands an IPv6 address (with optional trailing dotted quad) into eight 16-bit groups. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip;
  const lastColon = text.lastIndexOf(':');
  const quad = text.slice(lastColon + 1);
  if (quad.includes('.')) {
    // Rewrite a trailing a.b.c.d as two hex groups so one parser handles both forms.
    if (!isIPv4(quad)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = quad.split('.').map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((h) => (/^[0-9a-f]{1,4}$/i.test(h) ? Number.parseInt(h, 16) : Number.NaN)));
  const head = parse(halves[0] ?? '');
  const rest = halves.length === 2 ? parse(halves[1] ?? '') : [];
  const known = head.length + rest.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  const groups = halves.length === 2 ? [...head, ...new Array<number>(8 - known).fill(0), ...rest] : head;
  if (groups.some((g) => Number.isNaN(g))) return null;
  return groups;
}

function v4FromGroups(hi: number, lo: number): string {
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

/** The IPv4 address an IPv6 address carries (mapped, NAT64 well-known prefix, 6to4), if any. */
function embeddedIPv4(groups: number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  // ::ffff:a.b.c.d
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) return v4FromGroups(g6, g7);
  // 64:ff9b::a.b.c.d
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return v4FromGroups(g6, g7);
  // 2002:aabb:ccdd::/48
  if (g0 === 0x2002) return v4FromGroups(g1, g2);
  return null;
}

/** Strips brackets and an IPv6 zone id ("fe80::1%eth0"), which BlockList does not accept. */
function bareAddress(ip: string): string {
  let s = ip.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone !== -1) s = s.slice(0, zone);
  return s;
}

/**
 * True when `ip` is in a range a public fetcher must not reach. Anything that is not a
 * valid IP address counts as blocked: the guard fails closed.
 */
export function isBlockedAddress(ip: string): boolean {
  const addr = bareAddress(ip);
  const family = isIP(addr);
  if (family === 4) return blocked.check(addr, 'ipv4');
  if (family !== 6) return true;
  const groups = ipv6Groups(addr);
  if (!groups) return true;
  const v4 = embeddedIPv4(groups);
  if (v4 !== null) return blocked.check(v4, 'ipv4');
  return blocked.check(addr, 'ipv6');
}

/** Raised (inside the socket's lookup, or before dispatch) for a refused address. */
export class BlockedAddressError extends Error {
  readonly code = 'ERR_TALLYWATCH_BLOCKED_ADDRESS';
  readonly hostname: string;
  readonly addresses: string[];

  constructor(hostname: string, addresses: string[], literal = false) {
    super(
      literal
        ? `${hostname} is not a public address`
        : `${hostname} resolves only to non-public addresses (${addresses.join(', ') || 'none'})`,
    );
    this.name = 'BlockedAddressError';
    this.hostname = hostname;
    this.addresses = addresses;
  }
}

/** Finds a BlockedAddressError anywhere in an error's cause chain (undici may wrap it). */
export function findBlockedAddressError(err: unknown): BlockedAddressError | null {
  let e: unknown = err;
  for (let depth = 0; depth < 8 && e; depth++) {
    if (e instanceof BlockedAddressError) return e;
    if (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ERR_TALLYWATCH_BLOCKED_ADDRESS') {
      return e as BlockedAddressError;
    }
    if (e instanceof AggregateError) {
      for (const inner of e.errors) {
        const found = findBlockedAddressError(inner);
        if (found) return found;
      }
    }
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

export interface AddressPolicy {
  /** Skip the guard entirely (tests against local servers, trusted deployments). @default false */
  allowPrivateNetworks?: boolean;
  /**
   * Addresses or CIDR ranges exempt from the guard even when private networks are refused,
   * e.g. an internal webhook receiver ("10.1.2.3", "10.8.0.0/16", "fd00::/8").
   * @default []
   */
  allowAddresses?: string[];
}

/** True for an IP address or a CIDR range ("10.8.0.0/16") that allowAddresses accepts. */
export function isAddressOrRange(entry: string): boolean {
  try {
    createAddressPolicy({ allowAddresses: [entry] });
    return true;
  } catch {
    return false;
  }
}

/** Builds the predicate the guard applies: blocked, and not explicitly allowed. */
export function createAddressPolicy(policy: AddressPolicy = {}): (ip: string) => boolean {
  if (policy.allowPrivateNetworks) return () => false;
  const allow = new BlockList();
  for (const entry of policy.allowAddresses ?? []) {
    const [net, prefixText] = entry.split('/');
    const addr = bareAddress(net ?? '');
    const family = isIP(addr);
    if (family === 0) throw new TypeError(`allowAddresses: not an address or CIDR range: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) allow.addAddress(addr, type);
    else allow.addSubnet(addr, Number(prefixText), type);
  }
  return (ip: string) => {
    if (!isBlockedAddress(ip)) return false;
    const addr = bareAddress(ip);
    const family = isIP(addr);
    if (family === 0) return true;
    return !allow.check(addr, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * For a URL hostname that is a literal IP (Node's connect skips `lookup` for those):
 * throws BlockedAddressError when the policy refuses it. Hostnames pass through, since
 * their check happens at connect time.
 */
export function checkLiteralHost(hostname: string, isRefused: (ip: string) => boolean): void {
  const addr = bareAddress(hostname);
  if (isIP(addr) === 0) return;
  if (isRefused(addr)) throw new BlockedAddressError(hostname, [addr], true);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** The shape of `dns.lookup` used with `{ all: true }`; injectable for tests. */
export type Resolver = (hostname: string, options: LookupOptions & { all: true }, callback: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolver: Resolver = (hostname, options, callback) => dns.lookup(hostname, options, callback);

/**
 * A `lookup` for `net.connect`/`tls.connect` (undici's `connect` option): resolves with
 * the system resolver (or `resolver`), drops refused addresses, and fails with
 * BlockedAddressError when none remain. Supports both `all: true` (used by Node's
 * happy-eyeballs) and single-address callers.
 */
export function createGuardedLookup(policy: AddressPolicy & { resolver?: Resolver } = {}) {
  const isRefused = createAddressPolicy(policy);
  const resolver = policy.resolver ?? systemResolver;
  return function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
    resolver(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) {
        callback(err, []);
        return;
      }
      const allowed = addresses.filter((a) => !isRefused(a.address));
      if (allowed.length === 0) {
        callback(new BlockedAddressError(hostname, addresses.map((a) => a.address)), []);
        return;
      }
      if (options.all) {
        callback(null, allowed);
        return;
      }
      const first = allowed[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** The guard with default policy (no private networks), ready for `connect: { lookup }`. */
export const guardedLookup = createGuardedLookup();
