import { describe, expect, it } from 'vitest';
import { addressKey } from '../../src/channels/addressKey.ts';

/** [address, key]: IPv4 by full address, IPv6 by its /56, IPv4-mapped IPv6 as IPv4. */
const KEYS: Array<[string, string]> = [
  ['203.0.113.7', '203.0.113.7'],
  ['::ffff:203.0.113.7', '203.0.113.7'],
  ['::ffff:cb00:7107', '203.0.113.7'],
  ['2001:db8:1234:5600::1', '2001:db8:1234:5600::/56'],
  ['2001:db8:1234:56ff:ffff:ffff:ffff:ffff', '2001:db8:1234:5600::/56'],
  ['2001:DB8:1234:5678::9', '2001:db8:1234:5600::/56'],
  ['::1', '::/56'],
  ['inconnue', 'inconnue'],
  ['', ''],
];

/** [a, b, same bucket?] */
const PAIRS: Array<[string, string, boolean]> = [
  ['2001:db8:1234:5600::1', '2001:db8:1234:56ab:cd::2', true],
  ['2001:db8:1234:5600::1', '2001:db8:1234:5700::1', false], // two different /56
  ['2001:db8:1234:5600::1', '2001:db8:1235:5600::1', false],
  ['203.0.113.7', '::ffff:203.0.113.7', true],
  ['203.0.113.7', '203.0.113.8', false], // IPv4: every address its own bucket
  ['203.0.113.7', '2001:db8::203.0.113.7', false],
];

describe('addressKey', () => {
  it.each(KEYS)('%s → %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it.each(PAIRS)('%s and %s share a bucket: %s', (a, b, same) => {
    expect(addressKey(a) === addressKey(b)).toBe(same);
  });

  it('never throws on what a socket or a proxy header may give', () => {
    for (const odd of ['fe80::1%eth0', '1.2.3.4:80', '[::1]', '::ffff:999.1.1.1', 'x'.repeat(500)])
      expect(typeof addressKey(odd)).toBe('string');
  });
});
