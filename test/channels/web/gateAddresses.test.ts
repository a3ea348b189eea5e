import type http from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConversationTokens } from '../../../src/channels/conversationTokens.ts';
import { createGate } from '../../../src/channels/web/gate.ts';
import { silentLogger } from './harness.ts';

/** [first address, second address, second admitted?] with one socket allowed per address. */
const CASES: Array<[string, string, boolean]> = [
  ['2001:db8:1234:5600::1', '2001:db8:1234:5600::2', false],
  ['2001:db8:1234:5600::1', '2001:db8:1234:56ff::9', false], // same /56, other /64
  ['2001:db8:1234:5600::1', '2001:db8:1234:5700::1', true], // two different /56
  ['203.0.113.7', '::ffff:203.0.113.7', false],
  ['203.0.113.7', '203.0.113.8', true],
];

const upgrade = (ip: string) => ({
  req: { headers: {}, socket: { remoteAddress: ip } } as unknown as http.IncomingMessage,
  socket: new PassThrough(),
});

describe('web gate: addresses grouped as the HTTP limit groups them', () => {
  it.each(CASES)('%s then %s: second admitted %s', (first, second, admitted) => {
    const gate = createGate({
      logger: silentLogger,
      tokens: new ConversationTokens('un secret de test assez long pour signer'),
      limits: { sessionMessagesPerMinute: 10, ipMessagesPerMinute: 10, maxConnectionsPerIp: 1 },
      clientIp: (req) => req.socket.remoteAddress ?? '',
      now: () => 0,
    });
    const a = upgrade(first);
    expect(gate.admitUpgrade(a.req, a.socket)).not.toBeNull();
    const b = upgrade(second);
    expect(gate.admitUpgrade(b.req, b.socket) !== null).toBe(admitted);
  });
});
