import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, readDocumentBytes } from '../../src/offers/readDocument.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'avp-read-'));
  await writeFile(join(dir, 'offre.txt'), 'Référence : 3134-25-0833/SR');
  await writeFile(join(dir, 'vide.txt'), '');
  await writeFile(join(dir, 'enorme.txt'), Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 'a'));
  await writeFile(join(dir, 'pile.txt'), Buffer.alloc(MAX_DOCUMENT_BYTES, 'a'));
  await mkdir(join(dir, 'dossier.txt'));
  await symlink(join(dir, 'offre.txt'), join(dir, 'lien.txt'));
  await symlink('/etc/hostname', join(dir, 'dehors.txt'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readDocumentBytes: the file itself, never through a link, never past the cap', () => {
  it.each([
    [
      'a regular file',
      'offre.txt',
      { ok: true, size: Buffer.byteLength('Référence : 3134-25-0833/SR') },
    ],
    ['an empty file', 'vide.txt', { ok: true, size: 0 }],
    ['a file at the cap', 'pile.txt', { ok: true, size: MAX_DOCUMENT_BYTES }],
    ['a file over the cap', 'enorme.txt', { ok: false, reason: /Ko|octets|trop/ }],
    ['a folder', 'dossier.txt', { ok: false, reason: /pas un fichier ordinaire/ }],
    ['a link to a file of the folder', 'lien.txt', { ok: false, reason: /lien symbolique/ }],
    ['a link out of the folder', 'dehors.txt', { ok: false, reason: /lien symbolique/ }],
  ])('%s', async (_name, file, expected) => {
    const read = await readDocumentBytes(join(dir, file));
    expect(read.ok).toBe(expected.ok);
    if (read.ok && 'size' in expected) expect(read.bytes.length).toBe(expected.size);
    if (!read.ok && 'reason' in expected) expect(read.reason).toMatch(expected.reason);
  });
});
