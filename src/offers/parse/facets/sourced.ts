/**
 * A fact read from a document, with the document's own words it came from, so an answer can
 * quote them ("Lieu de travail : Agence OPT KONE et son annexe").
 */
export interface Sourced<T> {
  value: T;
  /** The line (or sentence) of the document the value was read from, trimmed, as written. */
  quote: string;
  /**
   * True when the quote is a whole block of lines (the application block) rather than one line:
   * it keeps up to `MAX_BLOCK_QUOTE_LENGTH` characters and is cut only at a line's end.
   */
  block?: boolean;
}
