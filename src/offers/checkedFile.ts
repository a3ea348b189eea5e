import { createHash } from 'node:crypto';

/**
 * A persisted file's integrity envelope: a 48-byte header, then the payload.
 *
 * | bytes | holds |
 * | --- | --- |
 * | 0–7 | magic `AVPCACHE` (ASCII) |
 * | 8–11 | format version, uint32 big-endian |
 * | 12–15 | payload length, uint32 big-endian |
 * | 16–47 | SHA-256 of bytes 0–15 then of the payload |
 *
 * Any flipped, missing or extra byte, in the header or the payload, fails the check.
 */
export const HEADER_BYTES = 48;
const MAGIC = Buffer.from('AVPCACHE', 'ascii');

function digest(head: Uint8Array, payload: Uint8Array): Buffer {
  return createHash('sha256').update(head).update(payload).digest();
}

/** The header to write before `payload`. */
export function checkedHeader(version: number, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(version, 8);
  header.writeUInt32BE(payload.length, 12);
  digest(header.subarray(0, 16), payload).copy(header, 16);
  return header;
}

/**
 * The payload of a checked file, or why it cannot be trusted. `stale` marks an intact file of
 * another format version, to be replaced without alarm; every other refusal is damage.
 */
export function checkedPayload(
  bytes: Buffer,
  version: number,
): { ok: true; payload: Buffer } | { ok: false; reason: string; stale: boolean } {
  if (bytes.length === 0) return { ok: false, reason: 'fichier vide', stale: false };
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return { ok: false, reason: 'en-tête absent ou abîmé', stale: false };
  const length = bytes.readUInt32BE(12);
  const payload = bytes.subarray(HEADER_BYTES);
  if (payload.length !== length)
    return {
      ok: false,
      reason: `longueur ${payload.length} octets, ${length} annoncés (fichier tronqué ou rallongé)`,
      stale: false,
    };
  if (!digest(bytes.subarray(0, 16), payload).equals(bytes.subarray(16, HEADER_BYTES)))
    return { ok: false, reason: 'somme de contrôle SHA-256 fausse', stale: false };
  const found = bytes.readUInt32BE(8);
  if (found !== version)
    return { ok: false, reason: `format ${found}, ${version} attendu`, stale: true };
  return { ok: true, payload };
}
