import { readFile, stat } from 'node:fs/promises';

/** Offer documents larger than this are refused (the largest real AVP is ~10 KB). */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

export type DocumentText = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * Decodes an offer file's bytes: UTF-8 (BOM dropped), else Latin-1 with a
 * warning; binary, empty or oversized content is refused with a reason.
 */
export function decodeDocument(bytes: Uint8Array): DocumentText {
  if (bytes.length === 0) return { ok: false, reason: 'fichier vide' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: `fichier trop gros (${bytes.length} octets, maximum ${MAX_DOCUMENT_BYTES})` };
  if (bytes.includes(0)) return { ok: false, reason: 'fichier binaire (octet nul)' };
  try {
    const text = utf8.decode(bytes).replace(/^\uFEFF/, '');
    return { ok: true, text, warnings: [] };
  } catch {
    return { ok: true, text: latin1.decode(bytes), warnings: ['encodage non UTF-8 : lu en Latin-1'] };
  }
}

/** Reads and decodes one offer file. */
export async function readDocument(path: string): Promise<DocumentText> {
  const info = await stat(path);
  if (info.size > MAX_DOCUMENT_BYTES) return { ok: false, reason: `fichier trop gros (${info.size} octets, maximum ${MAX_DOCUMENT_BYTES})` };
  return decodeDocument(await readFile(path));
}
