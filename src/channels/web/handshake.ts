import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ConversationTokens } from '../conversationTokens.ts';

/** The subprotocol the widget asks for; its token travels as a second one, `token.<token>`. */
export const SUBPROTOCOL = 'avp.v1';
export const TOKEN_PROTOCOL_PREFIX = 'token.';

/**
 * Whether the page that opens the socket may do so: same origin as the
 * request's Host, or listed in the configuration. A request without `Origin`
 * is not from a browser page (browsers always send it) and is let through:
 * it gets its own identity like anyone else.
 */
export function originAllowed(req: http.IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === req.headers.host;
  } catch {
    return false;
  }
}

/** What the handshake says about identity: the offered protocols are well formed, and the token (if any) is ours. */
export type HandshakeIdentity =
  | {
      ok: true;
      conversationId: string | null;
      token: string | null;
      /** A token was presented and refused (unknown secret, expired, other channel): say so. */
      refused: boolean;
    }
  | { ok: false };

/**
 * Reads `Sec-WebSocket-Protocol: avp.v1, token.<token>`. Absent token: a new
 * identity will be issued. A token that fails its signature, has expired or
 * was issued by another channel (the API) also gets a new identity (never the
 * one it names). More than one token, or a list that is
 * not ours: refused.
 */
export function readIdentity(
  req: http.IncomingMessage,
  tokens: ConversationTokens,
): HandshakeIdentity {
  const header = req.headers['sec-websocket-protocol'];
  if (header === undefined) return { ok: true, conversationId: null, token: null, refused: false };
  if (header.length > 400) return { ok: false };
  const offered = header.split(',').map((p) => p.trim());
  const given = offered.filter((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  if (given.length > 1 || !offered.includes(SUBPROTOCOL)) return { ok: false };
  const token = given[0]?.slice(TOKEN_PROTOCOL_PREFIX.length);
  const conversationId = token === undefined ? null : tokens.verify(token, 'web');
  return {
    ok: true,
    conversationId,
    token: conversationId === null ? null : (token ?? null),
    refused: token !== undefined && conversationId === null,
  };
}

/** Answers an upgrade request with a plain HTTP refusal (JSON, French) and closes the socket. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 429, message: string): void {
  const reasons = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'Too Many Requests' } as const;
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${reasons[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
