/**
 * The part of a client address the rate limits count by. An IPv6 host usually holds a whole /64 and can pick any
 * address in it, so counting by the full address would give it 2^64 fresh counters: IPv6 addresses are counted by
 * their /64. IPv4 addresses (and IPv4 written as IPv6, ::ffff:192.0.2.1) are counted as they are.
 */
import { isIPv6 } from 'node:net';

export function rateLimitSubject(address: string): string {
  const mappedIPv4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mappedIPv4?.[1]) return mappedIPv4[1];
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ('2001:db8::1' → 2001, db8, 0, … 1). */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = Array.from({ length: 8 - headGroups.length - tailGroups.length }, () => '0');
  return [...headGroups, ...missing, ...tailGroups].map((group) =>
    (Number.parseInt(group, 16) || 0).toString(16),
  );
}
