import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../messaging/constantTime.ts';

/** Why a request was refused, or `ok`. */
export type WebexSignatureCheck = 'ok' | 'missing' | 'malformed' | 'invalid';

/** Hex HMAC-SHA1 of the raw body with the webhook secret (Webex's `X-Spark-Signature`). */
export function webexSignature(webhookSecret: string, rawBody: Buffer): string {
  return createHmac('sha1', webhookSecret).update(rawBody).digest('hex');
}

/**
 * Verifies `X-Spark-Signature` against the raw body as received (the stock
 * adapter hashes a re-serialisation of the parsed JSON instead). Length check,
 * then constant-time comparison. Pure; never throws.
 */
export function verifyWebexSignature(
  webhookSecret: string,
  signature: string | null,
  rawBody: Buffer,
): WebexSignatureCheck {
  if (signature === null || signature === '') return 'missing';
  if (!/^[0-9a-f]{40}$/i.test(signature)) return 'malformed';
  return constantTimeEqual(signature.toLowerCase(), webexSignature(webhookSecret, rawBody))
    ? 'ok'
    : 'invalid';
}
