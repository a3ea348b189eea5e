/**
 * The positioned text runs of a PDF, read with pdf.js (through `unpdf`, its build that runs
 * without a browser or a worker file), under caps: bytes, pages, and text found. Runs in the
 * parse worker threads (see `parsePool.ts`), whose time budget bounds how long it may take.
 */
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { MAX_PDF_BYTES, MAX_PDF_PAGES, MIN_PDF_TEXT_CHARS } from './pdfLimits.ts';
import type { TextRun } from './readingOrder.ts';

export { MAX_PDF_BYTES, MAX_PDF_PAGES, MIN_PDF_TEXT_CHARS } from './pdfLimits.ts';

/** Where the end-of-file marker must be: the PDF standard allows it within the last 1,024 bytes. */
const EOF_WINDOW = 1024;

export type PdfRuns = { ok: true; runs: TextRun[]; pages: number } | { ok: false; reason: string };

const ascii = new TextDecoder('latin1');

/** Why bytes are not a complete PDF (header, end marker), or null. */
function shapeProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'fichier vide';
  if (bytes.length > MAX_PDF_BYTES)
    return `PDF trop gros (${bytes.length} octets, maximum ${MAX_PDF_BYTES})`;
  if (!ascii.decode(bytes.subarray(0, EOF_WINDOW)).includes('%PDF-'))
    return 'pas un PDF (en-tête %PDF- absent)';
  if (!ascii.decode(bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW))).includes('%%EOF'))
    return 'PDF tronqué (marque de fin %%EOF absente)';
  return null;
}

/** A French reason for what pdf.js threw while opening or reading a document. */
function pdfError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return 'PDF protégé par un mot de passe : illisible';
  if (name === 'InvalidPDFException') return 'PDF invalide ou corrompu';
  const message = error instanceof Error ? error.message : String(error);
  return `PDF illisible (${message.slice(0, 200)})`;
}

/**
 * Loads pdf.js (a 1.6 MB module: ~0.3 s from the bundle, seconds under tsx). The parse worker
 * calls it before it starts its first PDF, so the load never counts against a document's time budget.
 */
export async function loadPdfReader(): Promise<void> {
  await getResolvedPDFJS();
}

/** The text runs of every page of a PDF, or why it is refused (never throws). */
export async function pdfTextRuns(bytes: Uint8Array): Promise<PdfRuns> {
  const problem = shapeProblem(bytes);
  if (problem !== null) return { ok: false, reason: problem };
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // A copy: pdf.js may take the buffer over, and the caller's bytes are hashed for the cache.
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    if (pdf.numPages > MAX_PDF_PAGES)
      return {
        ok: false,
        reason: `PDF trop long (${pdf.numPages} pages, maximum ${MAX_PDF_PAGES})`,
      };
    const runs: TextRun[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
        const size = item.height > 0 ? item.height : Math.hypot(a, b);
        runs.push({ text: item.str, x, y, width: item.width, size, page: number });
      }
      page.cleanup();
    }
    const visible = runs.reduce((n, run) => n + run.text.replace(/\s/g, '').length, 0);
    if (visible < MIN_PDF_TEXT_CHARS)
      return { ok: false, reason: 'PDF sans texte (document scanné ?) : illisible sans OCR' };
    return { ok: true, runs, pages: pdf.numPages };
  } catch (error) {
    return { ok: false, reason: pdfError(error) };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
