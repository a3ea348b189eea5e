/**
 * Offer references: `3134-25-0833/SR` is the normalised form
 * (3134 is the DRHFPNC prefix, 25 the year, 0833 the sequence number, SR the suffix).
 */
const PREFIX = '3134';

/** A reference anywhere in a text: `3134-25-0833/SR`, `3134 - 26 - 712 /SR`, `3134-25-0977-SR`. */
export const REFERENCE_PATTERN =
  /\b(\d{4})\s*[-‐‑–]\s*(\d{2})\s*[-‐‑–]\s*(\d{3,4})\s*(?:[/-]\s*([A-Za-z]{2}))?(?![\d])/;

const SHORT = /^\s*(?:n°\s*)?(\d{2})\s*[-‐‑–]\s*(\d{3,4})\s*$/i;

/**
 * Normalises an offer reference, padding the sequence number to 4 digits.
 *
 * @example
 * normalizeReference('3134-26-712/SR') // '3134-26-0712/SR'
 * normalizeReference('26-0712')        // '3134-26-0712/SR'
 * normalizeReference('bonjour')        // null
 * @returns the normalised reference, or null when the text is not a reference.
 */
export function normalizeReference(raw: string): string | null {
  const short = SHORT.exec(raw);
  if (short) return `${PREFIX}-${short[1]}-${(short[2] ?? '').padStart(4, '0')}/SR`;
  const full = REFERENCE_PATTERN.exec(raw.trim());
  if (full?.index !== 0 || full[1] !== PREFIX) return null;
  const rest = raw.trim().slice(full[0].length);
  if (/^\s*\S/.test(rest) && !/^\s*(du|\.|,|\))/i.test(rest)) return null;
  const suffix = (full[4] ?? 'SR').toUpperCase();
  return `${PREFIX}-${full[2]}-${(full[3] ?? '').padStart(4, '0')}/${suffix}`;
}

const SHORT_IN_TEXT = /(?<![\d-])(\d{2})\s*[-‐‑–]\s*(\d{3,4})(?![\d/-])/;

/**
 * The first reference written anywhere in a text, normalised, with where it ends;
 * null when none. With `allowShort`, a short `26-0712` counts too (for a text known
 * to hold a reference, such as the "Référence" line).
 */
export function findReference(
  text: string,
  allowShort = false,
): { reference: string; end: number } | null {
  const re = new RegExp(REFERENCE_PATTERN.source, 'g');
  for (const match of text.matchAll(re)) {
    if (match[1] !== PREFIX) continue;
    const reference = normalizeReference(match[0]);
    if (reference) return { reference, end: (match.index ?? 0) + match[0].length };
  }
  const short = allowShort ? SHORT_IN_TEXT.exec(text) : null;
  const reference = short ? normalizeReference(short[0]) : null;
  return short && reference ? { reference, end: short.index + short[0].length } : null;
}
