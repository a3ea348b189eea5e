/** Turning raw feed bytes into text, refusing what is not text. */

/** The text of a feed, or why there is none. */
export type DecodedFeed = { text: string; note: string | null } | { text: null; reason: string };

const SAMPLE = 64 * 1024;

/** True when the bytes look binary: a NUL byte, or more than 1 % control characters, in the first 64 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control += 1;
  }
  return control > sample.length / 100;
}

/**
 * Decodes a feed: UTF-8 (BOM dropped), or Windows-1252 for a file re-saved by a
 * spreadsheet (with a note saying so); refuses binary content and anything over `maxBytes`.
 */
export function decodeFeed(input: string | Uint8Array, maxBytes: number): DecodedFeed {
  const bytes = typeof input === 'string' ? null : input;
  const size = bytes ? bytes.byteLength : Buffer.byteLength(input as string, 'utf8');
  if (size > maxBytes)
    return { text: null, reason: `trop volumineux : ${size} octets (maximum ${maxBytes})` };
  if (bytes === null) return { text: (input as string).replace(/^\uFEFF/, ''), note: null };
  if (looksBinary(bytes)) return { text: null, reason: 'contenu binaire, ni CSV ni JSON' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
      note: null,
    };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'pas en UTF-8 : lu comme Windows-1252',
    };
  }
}

/** `json` when the text starts with `{` or `[` (after spaces), `csv` otherwise. */
export function detectFormat(text: string): 'json' | 'csv' {
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}
