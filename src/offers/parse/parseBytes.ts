import type { Offer } from '../offer.ts';
import { offerIssues } from '../offerSchema.ts';
import { packBody } from '../packedBody.ts';
import type { ParseOutcome } from '../parseCache.ts';
import { decodeDocument } from '../readDocument.ts';
import { visibleOffer } from '../visibleOffer.ts';
import { parseOfferDocument } from './index.ts';

/** Turns a decoded document into an offer (the real parser by default; tests count calls). */
export type ParseFn = (text: string, source: string) => Offer;

/** An error's message without the `source : ` prefix a ParseError carries. */
export function errorReason(error: unknown, source: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${source} : `) ? message.slice(source.length + 3) : message;
}

/**
 * Decodes, parses, cleans of invisible characters ({@link visibleOffer}) and checks one document's bytes against the offer schema: a served offer
 * (body deflated), or why not. Runs in the parse worker threads (see `parsePool.ts`).
 */
export function parseBytes(
  bytes: Uint8Array,
  source: string,
  parse: ParseFn = parseOfferDocument,
): ParseOutcome {
  const document = decodeDocument(bytes);
  return document.ok ? parseDecoded(document, source, parse) : document;
}

/**
 * Parses a decoded document's text (a text file's, or the lines read from a PDF), cleans it of
 * invisible characters and checks it against the offer schema: the one path of every format.
 */
export function parseDecoded(
  document: { text: string; warnings: readonly string[] },
  source: string,
  parse: ParseFn = parseOfferDocument,
): ParseOutcome {
  let offer: Offer;
  try {
    const parsed = parse(document.text, source);
    // Cleaned before it is checked and packed: a title of controls only is empty, a packed body clean.
    offer = visibleOffer({ ...parsed, warnings: [...document.warnings, ...parsed.warnings] });
  } catch (error) {
    return { ok: false, reason: errorReason(error, source) };
  }
  const issues = offerIssues(offer);
  // A served offer keeps its body deflated (see packedBody.ts); a refused one is only reported.
  return issues.length === 0
    ? { ok: true, offer: packBody(offer) }
    : { ok: false, reason: `offre invalide : ${issues.join(' ; ')}`, invalid: offer };
}
