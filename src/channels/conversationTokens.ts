import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Conversation identities issued by the server: `<uuid>.<hmac>`. A client can
 * keep its token to continue its conversation, but cannot make one up or
 * take another's.
 */
export class ConversationTokens {
  private readonly secret: Buffer;

  constructor(secret: string | null) {
    this.secret = secret === null ? randomBytes(32) : Buffer.from(secret, 'utf8');
  }

  private sign(id: string): string {
    return createHmac('sha256', this.secret).update(id).digest('base64url');
  }

  issue(): string {
    const id = randomUUID();
    return `${id}.${this.sign(id)}`;
  }

  /** The conversation id inside a valid token, or null. */
  verify(token: string): string | null {
    const dot = token.indexOf('.');
    if (dot <= 0 || token.length > 200) return null;
    const id = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.sign(id));
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }
}
