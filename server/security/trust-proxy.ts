/**
 * TRUST_PROXY: which X-Forwarded-For entries name the client. Either the number of proxies in front of Tinjau (the
 * client is the address the outermost of them saw), or the proxies' own addresses and CIDR ranges (entries are
 * skipped from the right while they are one of those). Never "trust everything": the leftmost entry is whatever
 * the client wrote, so trusting it would let anyone choose the address every rate limit counts by.
 */
import { isIP } from 'node:net';

/** A hop count (0: no proxy, the socket's address is the client) or the proxies' addresses/CIDRs. */
export type TrustProxy = number | readonly string[];

/** Names @fastify/proxy-addr knows for the usual private ranges. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

export class TrustProxyError extends Error {}

export function parseTrustProxy(value: string): TrustProxy {
  const trimmed = value.trim();
  // 'false' was the documented default when the setting was a boolean; it still means no proxy.
  if (trimmed === '' || trimmed.toLowerCase() === 'false') return 0;
  if (trimmed.toLowerCase() === 'true') {
    throw new TrustProxyError(
      'TRUST_PROXY=true would trust every X-Forwarded-For entry, and any client can write those. Give the number of proxies in front of Tinjau (e.g. TRUST_PROXY=1) or their addresses (e.g. TRUST_PROXY=10.0.0.5,10.0.1.0/24).',
    );
  }
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    if (hops > 10)
      throw new TrustProxyError(`TRUST_PROXY ${hops} is not a plausible number of proxies; at most 10.`);
    return hops;
  }
  const entries = trimmed.split(',').map((entry) => entry.trim());
  const invalid = entries.filter((entry) => !isProxyAddress(entry));
  if (invalid.length > 0) {
    throw new TrustProxyError(
      `TRUST_PROXY must be a number of proxies or a comma-separated list of proxy addresses or CIDR ranges; "${invalid.join('", "')}" is not an address or range.`,
    );
  }
  return entries;
}

function isProxyAddress(entry: string): boolean {
  if (namedRanges.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Fastify's trustProxy option for a setting. */
export function fastifyTrustProxy(
  setting: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return [...setting];
  if (setting === 0) return false;
  // Fastify 5 reads a bare number as "trust nothing", so the hop count is a function: the socket's peer is hop 0,
  // the rightmost X-Forwarded-For entry hop 1; an entry is believed only while it was written by a trusted proxy.
  return (_address, hop) => hop < setting;
}
