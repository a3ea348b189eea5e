import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSynthetic, type SyntheticOptions } from './generate.ts';

/**
 * Writes synthetic offers as AVP `.txt` documents (one file per offer, named by
 * reference like `data/offers`) into a folder, created if needed.
 *
 * @returns how many documents were written.
 */
export async function writeSyntheticDocuments(
  dir: string,
  options: SyntheticOptions,
): Promise<number> {
  await mkdir(dir, { recursive: true });
  const offers = generateSynthetic(options);
  const BATCH = 256;
  for (let i = 0; i < offers.length; i += BATCH) {
    await Promise.all(
      offers.slice(i, i + BATCH).map((s) => writeFile(join(dir, s.fileName), s.document, 'utf8')),
    );
  }
  return offers.length;
}
