import { timingSafeEqual } from 'node:crypto';

/**
 * Compares two strings in constant time for equal lengths; different lengths
 * are refused first (`timingSafeEqual` throws on them).
 */
export function constantTimeEqual(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

/** The single value of a header, or null when absent or repeated. */
export function singleHeader(value: string | string[] | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
