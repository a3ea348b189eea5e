import { deflateRawSync } from 'node:zlib';

/**
 * Least share of letters and digits in a document's characters. Real AVPs have 76–80 % (the
 * rest is blanks, punctuation and markdown); under half, the document is mostly blanks,
 * punctuation or markup, whatever offer it may hold at its top.
 */
export const MIN_WORD_SHARE = 0.5;

/**
 * Size from which a document is checked for repetition: three times the largest real AVP
 * (~10 KB). Below it, checking costs more than it could catch.
 */
export const REPETITION_CHECK_BYTES = 32 * 1024;

/**
 * Least deflated-to-raw size ratio of a document over `REPETITION_CHECK_BYTES`. Real AVPs deflate
 * to 43–49 % (level 1); a run of one character or a block repeated to fill the file deflates to
 * 0.5–3 %.
 */
export const MIN_DEFLATE_RATIO = 0.1;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many UTF-16 units of `text` are letters or digits (ASCII at once; the rest, rarer, by class). */
function wordCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) count += 1;
    } else if (WORD_CHAR.test(text.charAt(i))) count += 1;
  }
  return count;
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/**
 * Why a decoded document is noise rather than an offer, or null when it may be one: mostly
 * blanks or punctuation (see `MIN_WORD_SHARE`), or a large document that is one pattern
 * repeated (see `MIN_DEFLATE_RATIO`). Linear in the text; deflates only large documents.
 *
 * @param bytes the document's bytes, when at hand (deflated for the repetition check).
 */
export function documentNoise(text: string, bytes?: Uint8Array): string | null {
  const share = text.length === 0 ? 0 : wordCharacters(text) / text.length;
  if (share < MIN_WORD_SHARE)
    return `document presque vide ou illisible (${percent(share)} de lettres et chiffres, minimum ${percent(MIN_WORD_SHARE)})`;
  const raw = bytes ?? Buffer.from(text);
  if (raw.length < REPETITION_CHECK_BYTES) return null;
  const ratio = deflateRawSync(raw, { level: 1 }).length / raw.length;
  if (ratio < MIN_DEFLATE_RATIO)
    return `document répétitif (${raw.length} octets qui se compressent à ${percent(ratio)}, minimum ${percent(MIN_DEFLATE_RATIO)})`;
  return null;
}
