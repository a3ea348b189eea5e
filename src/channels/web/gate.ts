import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { addressKey } from '../addressKey.ts';
import type { ConversationTokens } from '../conversationTokens.ts';
import { originAllowed, readIdentity, refuseUpgrade } from './handshake.ts';
import { WEB_MESSAGES } from './messages.ts';
import { ConnectionCounter, TokenBuckets } from './tokenBucket.ts';
import type { WebLimits, WebLogger, WebSession } from './types.ts';

export interface GateOptions {
  logger: WebLogger;
  tokens: ConversationTokens;
  limits: WebLimits;
  allowedOrigins?: readonly string[];
  clientIp?: (req: http.IncomingMessage) => string;
  /** Write the client's address in the refusal warnings (`LOG_CLIENT_IP`); off by default. */
  logClientIp?: boolean;
  now?: () => number;
}

/** What passes the gate: the socket's session and the key of its client address (`addressKey`). */
export interface Admitted {
  session: WebSession;
  address: string;
}

/** A refused Origin is logged cut to this length (the header is the client's). */
const LOGGED_ORIGIN_CHARS = 100;

/** The checks of the web channel: who may open a socket, and who may send one more message. */
export interface Gate {
  /** Checks Origin, token, rate and connection cap; refuses the upgrade itself (403, 401, 429) and returns null. */
  admitUpgrade(req: http.IncomingMessage, socket: Duplex): Admitted | null;
  /** Takes one message from the conversation's and the address's buckets; false over either limit. */
  admitMessage(admitted: Admitted): boolean;
}

/** Builds the gate; its buckets and counters live as long as the channel. */
export function createGate(options: GateOptions): Gate {
  const { logger, tokens, limits, now = Date.now, logClientIp = false } = options;
  const clientIp =
    options.clientIp ?? ((req: http.IncomingMessage) => req.socket.remoteAddress ?? 'inconnue');
  const sessionBuckets = new TokenBuckets(limits.sessionMessagesPerMinute, now);
  const ipBuckets = new TokenBuckets(limits.ipMessagesPerMinute, now);
  const counter = new ConnectionCounter(limits.maxConnectionsPerIp);
  return {
    admitUpgrade(req, socket) {
      const ip = clientIp(req);
      const who = logClientIp ? { ip } : {};
      if (!originAllowed(req, options.allowedOrigins ?? [])) {
        const origin = req.headers.origin?.slice(0, LOGGED_ORIGIN_CHARS);
        logger.warn({ ...who, origin }, 'web: origin refused');
        refuseUpgrade(socket, 403, WEB_MESSAGES.forbiddenOrigin);
        return null;
      }
      const identity = readIdentity(req, tokens);
      if (!identity.ok) {
        refuseUpgrade(socket, 401, WEB_MESSAGES.badHandshake);
        return null;
      }
      const address = addressKey(ip);
      if (!ipBuckets.take(address) || !counter.acquire(address)) {
        logger.warn(who, 'web: connection over the limits');
        refuseUpgrade(socket, 429, WEB_MESSAGES.tooManyConnections);
        return null;
      }
      socket.once('close', () => counter.release(address));
      const { id, token } =
        identity.conversationId === null || identity.token === null
          ? tokens.issueIdentity('web')
          : { id: identity.conversationId, token: identity.token };
      return {
        address,
        session: {
          conversation: `web:${id}`,
          token,
          resumed: identity.conversationId !== null,
          renewed: identity.refused,
        },
      };
    },
    admitMessage({ session, address }) {
      return sessionBuckets.take(session.conversation) && ipBuckets.take(address);
    },
  };
}
