/** The caps of a PDF document (no import: the main thread reads them without loading pdf.js). */

/**
 * PDF documents larger than this are refused before they are opened. An official AVP is one to
 * three pages of text (~50–150 KB, with a logo); 5 MB leaves room for scanned logos and
 * embedded fonts while keeping a thread's memory (128 MB heap) far from its cap.
 */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
/** PDF documents with more pages than this are refused (an AVP has 1–3). */
export const MAX_PDF_PAGES = 20;
/** Fewer visible characters than this: no text layer (a scanned document), refused. */
export const MIN_PDF_TEXT_CHARS = 20;
