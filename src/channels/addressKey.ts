import { ipKeyGenerator } from 'express-rate-limit';

/** IPv6 clients are grouped by this prefix: one home or one small site usually gets a /56. */
export const IPV6_PREFIX_BITS = 56;

/**
 * The rate-limit key of a client address, the same for HTTP and WebSocket limits: an IPv4
 * address is its own key, an IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) is keyed as the
 * IPv4 one, and an IPv6 address by its /56 (`2001:db8:1234:5600::/56`), since one subscriber
 * holds a whole prefix and could otherwise take a fresh bucket per address. Anything else
 * (`inconnue`) is its own key. Never throws.
 */
export function addressKey(address: string): string {
  try {
    return ipKeyGenerator(address, IPV6_PREFIX_BITS);
  } catch {
    return address;
  }
}
