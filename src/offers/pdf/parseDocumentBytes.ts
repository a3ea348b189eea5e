import type { ParseOutcome } from '../parseCache.ts';
import { parseBytes, parseDecoded, type ParseFn } from '../parse/parseBytes.ts';
import { parseOfferDocument } from '../parse/index.ts';
import { MAX_DOCUMENT_BYTES } from '../readDocument.ts';
import { pdfTextRuns } from './pdfText.ts';
import { readingOrder } from './readingOrder.ts';

/** True for a document read as a PDF (by its name, as the folder's listing picks documents). */
export function isPdfSource(source: string): boolean {
  return /\.pdf$/i.test(source);
}

/**
 * The text of a PDF in reading order (see `readingOrder.ts`), or why it is refused: encrypted,
 * corrupt, truncated, without text, too big or too long (see `pdfText.ts`).
 */
export async function pdfDocumentText(
  bytes: Uint8Array,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const read = await pdfTextRuns(bytes);
  if (!read.ok) return read;
  const text = readingOrder(read.runs).join('\n');
  if (text.length > MAX_DOCUMENT_BYTES)
    return {
      ok: false,
      reason: `texte du PDF trop long (${text.length} caractères, maximum ${MAX_DOCUMENT_BYTES})`,
    };
  return { ok: true, text };
}

/** A PDF's outcome: its text in reading order through the same parser as a text document. */
export async function parsePdfBytes(
  bytes: Uint8Array,
  source: string,
  parse: ParseFn = parseOfferDocument,
): Promise<ParseOutcome> {
  const document = await pdfDocumentText(bytes);
  return document.ok
    ? parseDecoded({ text: document.text, warnings: [] }, source, parse)
    : document;
}

/** Any document's outcome, by its name: a PDF (`parsePdfBytes`) or a text file (`parseBytes`). */
export async function parseDocumentBytes(
  bytes: Uint8Array,
  source: string,
  parse: ParseFn = parseOfferDocument,
): Promise<ParseOutcome> {
  return isPdfSource(source)
    ? parsePdfBytes(bytes, source, parse)
    : parseBytes(bytes, source, parse);
}
