import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Catalog, type CatalogProblem } from './catalog.ts';
import type { Offer } from './offer.ts';
import { parseOfferDocument } from './parse/index.ts';
import { readDocument } from './readDocument.ts';

const DOCUMENT_EXTENSIONS = /\.(md|txt)$/i;

async function listDocuments(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.test(e.name) && !/^readme\.md$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Reads and parses one file into an offer, or says why it cannot. */
export async function loadOfferFile(path: string, root: string): Promise<{ offer: Offer } | { problem: CatalogProblem }> {
  const source = relative(root, path);
  try {
    const document = await readDocument(path);
    if (!document.ok) return { problem: { path: source, reason: document.reason } };
    const offer = parseOfferDocument(document.text, source);
    return { offer: { ...offer, warnings: [...document.warnings, ...offer.warnings] } };
  } catch (error) {
    return { problem: { path: source, reason: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Loads every `.md`/`.txt` offer document below a folder. A file that cannot be
 * read or parsed is reported as a problem with its path and reason; it never
 * stops the others. A reference seen twice keeps the first file (sorted by path).
 */
export async function loadCatalog(dir: string, loadedAt: Date): Promise<Catalog> {
  const offers: Offer[] = [];
  const problems: CatalogProblem[] = [];
  const seen = new Map<string, string>();
  for (const path of await listDocuments(dir)) {
    const result = await loadOfferFile(path, dir);
    if ('problem' in result) {
      problems.push(result.problem);
      continue;
    }
    const first = seen.get(result.offer.reference);
    if (first !== undefined) {
      problems.push({ path: result.offer.source, reason: `référence ${result.offer.reference} déjà lue dans ${first}` });
      continue;
    }
    seen.set(result.offer.reference, result.offer.source);
    offers.push(result.offer);
  }
  return new Catalog(offers, problems, loadedAt);
}
