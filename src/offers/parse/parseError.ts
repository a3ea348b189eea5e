/** Thrown when a document cannot be an offer (no reference, no title). */
export class ParseError extends Error {
  constructor(
    message: string,
    /** The file the document came from. */
    readonly source: string,
  ) {
    super(`${source} : ${message}`);
    this.name = 'ParseError';
  }
}
