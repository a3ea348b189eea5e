import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import {
  FOLDER_LINK_REASON,
  type RealFolders,
  throughRealFolders,
  unreadable,
} from './documentFolder.ts';
import { documentNoise } from './parse/documentNoise.ts';
import { MAX_PDF_BYTES } from './pdf/pdfLimits.ts';

/** Offer documents larger than this are refused (the largest real AVP is ~10 KB). */
export const MAX_DOCUMENT_BYTES = 512 * 1024;

export type DocumentText =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string };

export type DocumentBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function tooBig(size: number, max = MAX_DOCUMENT_BYTES): string {
  return `fichier trop gros (${size} octets, maximum ${max})`;
}

/** The byte cap of a file, by its name: a PDF's (`MAX_PDF_BYTES`), else a text document's. */
export function maxBytesOf(path: string): number {
  return /\.pdf$/i.test(path) ? MAX_PDF_BYTES : MAX_DOCUMENT_BYTES;
}

/** Bytes a UTF-8 sequence needs after a lead byte, or -1 when the byte is not a lead. */
function continuationsNeeded(byte: number): number {
  if ((byte & 0xe0) === 0xc0) return 1;
  if ((byte & 0xf0) === 0xe0) return 2;
  if ((byte & 0xf8) === 0xf0) return 3;
  return -1;
}

/**
 * True when the bytes are UTF-8 (with at least one accented character) cut in
 * the middle of the last character: a file caught while being written, not Latin-1.
 */
function isCutUtf8(bytes: Uint8Array): boolean {
  let start = bytes.length - 1;
  while (start > 0 && bytes.length - start <= 3 && ((bytes[start] ?? 0) & 0xc0) === 0x80)
    start -= 1;
  const needed = continuationsNeeded(bytes[start] ?? 0);
  if (needed < 0 || bytes.length - start - 1 >= needed) return false;
  const head = bytes.subarray(0, start);
  if (!head.some((b) => b >= 0x80)) return false;
  try {
    utf8.decode(head);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes an offer file's bytes: UTF-8 (BOM dropped), else Latin-1 with a
 * warning; binary, empty, oversized, cut-off UTF-8 or noise (mostly blanks or punctuation, or
 * one pattern repeated: see `documentNoise`) is refused with a reason.
 */
export function decodeDocument(bytes: Uint8Array): DocumentText {
  if (bytes.length === 0) return { ok: false, reason: 'fichier vide' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: tooBig(bytes.length) };
  if (bytes.includes(0)) return { ok: false, reason: 'fichier binaire (octet nul)' };
  try {
    const text = utf8.decode(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') return { ok: false, reason: 'fichier vide (blancs seulement)' };
    return notNoise({ ok: true, text, warnings: [] }, bytes);
  } catch {
    if (isCutUtf8(bytes))
      return { ok: false, reason: 'fichier tronqué (caractère UTF-8 incomplet en fin de fichier)' };
    return notNoise(
      { ok: true, text: latin1.decode(bytes), warnings: ['encodage non UTF-8 : lu en Latin-1'] },
      bytes,
    );
  }
}

/** The decoded document, or its refusal when it is noise (see `documentNoise`). */
function notNoise(document: DocumentText & { ok: true }, bytes: Uint8Array): DocumentText {
  const noise = documentNoise(document.text, bytes);
  return noise === null ? document : { ok: false, reason: noise };
}

/**
 * Reads an offer file's bytes, refusing oversized files before reading them. With `root` (the
 * data folder), a file reached through a folder that is a symbolic link is refused too.
 */
export async function readDocumentBytes(
  path: string,
  root?: string,
  folders?: RealFolders,
): Promise<DocumentBytes> {
  // Synchronous on purpose: offer files are small and local, and 20,000 reads
  // take ~0.2 s this way against ~1.3 s through fs/promises (one thread-pool
  // round trip per stat, open, read and close).
  let fd: number;
  try {
    // O_NOFOLLOW: a file swapped for a symbolic link after the folder was listed is refused, not
    // followed (the folder's rule, documentFolder.ts); the checks below are on the open file itself.
    // O_NONBLOCK: a file swapped for a FIFO is opened at once (and refused by fstat), never waited on.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      return { ok: false, reason: 'lien symbolique : jamais suivi' };
    const reason = unreadable(error);
    if (reason === null) throw error;
    return { ok: false, reason };
  }
  try {
    // After the open: a folder of the path swapped for a link before it is caught here.
    if (root !== undefined && !throughRealFolders(root, path, folders))
      return { ok: false, reason: FOLDER_LINK_REASON };
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: 'pas un fichier ordinaire' };
    const max = maxBytesOf(path);
    if (info.size > max) return { ok: false, reason: tooBig(info.size, max) };
    // One byte more than its size: a file still being written is refused (the watcher reads it again
    // once it is stable), never read past what fstat allowed.
    const buffer = Buffer.allocUnsafeSlow(info.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > info.size) return { ok: false, reason: 'fichier modifié pendant sa lecture' };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** Reads and decodes one offer file. */
export async function readDocument(path: string): Promise<DocumentText> {
  const read = await readDocumentBytes(path);
  return read.ok ? decodeDocument(read.bytes) : read;
}
