import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** The channels that issue conversation tokens; a token is good on its own channel only. */
export type TokenChannel = 'rest' | 'web';

/** How long a token is accepted after its issue, when not configured: a working day (12 h). */
export const DEFAULT_TOKEN_TTL_MS = 12 * 60 * 60_000;

/** A token issued this far in the future (clocks of two instances apart) is still accepted. */
const CLOCK_SKEW_MS = 60_000;

/** Bound into every signature, so a signature made for another format never verifies. */
const FORMAT = 'avp.conversation.v2';

const TOKEN =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(rest|web)\.(\d{1,15})\.([\w-]{43})$/;

/** Why a token was not accepted (for logs and tests); the client only ever sees a fresh identity. */
export type TokenRefusal = 'malformed' | 'signature' | 'channel' | 'expired';

export type TokenCheck = { ok: true; id: string } | { ok: false; reason: TokenRefusal };

export interface TokenOptions {
  /** How long a token is accepted after its issue (`CONVERSATION_TOKEN_TTL_MINUTES`). */
  ttlMs?: number;
  /** The wall clock in milliseconds, never the bot's business clock (`BOT_NOW`). Real time by default. */
  now?: () => number;
}

/**
 * Conversation identities issued by the server: `<uuid>.<channel>.<issued ms>.<hmac>`, the HMAC
 * (SHA-256, base64url) over the format, id, channel and issue time. A client keeps its token to
 * continue its conversation on the channel that issued it, until the TTL; it cannot make one up,
 * take another's, move it to the other channel or make it younger.
 */
export class ConversationTokens {
  private readonly secret: Buffer;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(secret: string | null, options: TokenOptions = {}) {
    this.secret = secret === null ? randomBytes(32) : Buffer.from(secret, 'utf8');
    this.ttlMs = options.ttlMs ?? DEFAULT_TOKEN_TTL_MS;
    if (!(this.ttlMs > 0 && Number.isFinite(this.ttlMs)))
      throw new Error(`ConversationTokens: TTL must be a positive number of ms (${this.ttlMs})`);
    this.now = options.now ?? Date.now;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(`${FORMAT}|${payload}`).digest('base64url');
  }

  /** A new identity for `channel`, issued now. */
  issue(channel: TokenChannel): string {
    return this.issueIdentity(channel).token;
  }

  /** A new identity for `channel`, issued now: its conversation id and its token. */
  issueIdentity(channel: TokenChannel): { id: string; token: string } {
    const id = randomUUID();
    const payload = `${id}.${channel}.${Math.floor(this.now())}`;
    return { id, token: `${payload}.${this.sign(payload)}` };
  }

  /** Whether `token` is a genuine, unexpired token of `channel`, and its conversation id if so. */
  check(token: string, channel: TokenChannel): TokenCheck {
    const parts = token.length <= 200 ? TOKEN.exec(token) : null;
    if (parts === null) return { ok: false, reason: 'malformed' };
    const [, id, issuedOn, issuedAt, signature] = parts as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    const expected = Buffer.from(this.sign(`${id}.${issuedOn}.${issuedAt}`));
    if (!timingSafeEqual(Buffer.from(signature), expected))
      return { ok: false, reason: 'signature' };
    if (issuedOn !== channel) return { ok: false, reason: 'channel' };
    const age = this.now() - Number(issuedAt);
    if (age >= this.ttlMs || age < -CLOCK_SKEW_MS) return { ok: false, reason: 'expired' };
    return { ok: true, id };
  }

  /** The conversation id inside a genuine, unexpired token of `channel`, or null. */
  verify(token: string, channel: TokenChannel): string | null {
    const result = this.check(token, channel);
    return result.ok ? result.id : null;
  }
}
