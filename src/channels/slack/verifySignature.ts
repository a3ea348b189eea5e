import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../messaging/constantTime.ts';

/** Slack refuses requests whose timestamp is further than this from now; so do we. */
export const SLACK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/** Why a request was refused, or `ok`. */
export type SlackSignatureCheck = 'ok' | 'missing' | 'malformed' | 'stale' | 'invalid';

export interface SlackSignatureInput {
  signingSecret: string;
  /** `X-Slack-Request-Timestamp` (Unix seconds), null when absent. */
  timestamp: string | null;
  /** `X-Slack-Signature` (`v0=<hex>`), null when absent. */
  signature: string | null;
  /** The body exactly as received. */
  rawBody: Buffer;
  /** The injected clock's instant. */
  now: Date;
}

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function slackSignature(signingSecret: string, timestamp: string, rawBody: Buffer): string {
  const hmac = createHmac('sha256', signingSecret)
    .update(`v0:${timestamp}:`, 'utf8')
    .update(rawBody);
  return `v0=${hmac.digest('hex')}`;
}

/**
 * Verifies a Slack request signature (v0): timestamp within 5 minutes of
 * `now`, then a constant-time comparison after a length check. Pure; never throws.
 */
export function verifySlackSignature({
  signingSecret,
  timestamp,
  signature,
  rawBody,
  now,
}: SlackSignatureInput): SlackSignatureCheck {
  if (timestamp === null || signature === null || signature === '') return 'missing';
  if (!/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/i.test(signature)) return 'malformed';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SLACK_TIMESTAMP_WINDOW_SECONDS)
    return 'stale';
  return constantTimeEqual(
    signature.toLowerCase(),
    slackSignature(signingSecret, timestamp, rawBody),
  )
    ? 'ok'
    : 'invalid';
}
