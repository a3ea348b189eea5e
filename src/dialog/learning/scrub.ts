import { withoutInvisible } from '../../text/invisible.ts';
import { normalize } from '../../text/normalize.ts';
import { SCRUB_PATTERNS } from './scrubPatterns.ts';

/** Longest text kept for learning: enough for a question, too short for a life story. */
export const MAX_SCRUBBED_LENGTH = 160;

/**
 * A user's message made fit to keep: without invisible format characters, normalised
 * (lower case, no accents, spaces collapsed), stripped of e-mails, links, IBANs, card
 * numbers, birth dates, phone numbers, long numbers (RIDET, social security), street
 * addresses and names (see {@link SCRUB_PATTERNS}), then capped at
 * {@link MAX_SCRUBBED_LENGTH} characters on a word boundary.
 *
 * @example
 * scrubPersonalData('Je m’appelle Jean Dupont, mon tel 26 77 98'); // "je m'appelle <nom>, mon tel <tel>"
 */
export function scrubPersonalData(text: string): string {
  // Invisible characters (zero-widths, bidi overrides) would hide a datum from the patterns.
  let scrubbed = normalize(withoutInvisible(text));
  for (const { pattern, replacement } of SCRUB_PATTERNS)
    scrubbed = scrubbed.replace(pattern, replacement);
  scrubbed = scrubbed.replace(/\s+/g, ' ').trim();
  if (scrubbed.length <= MAX_SCRUBBED_LENGTH) return scrubbed;
  const cut = scrubbed.slice(0, MAX_SCRUBBED_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_SCRUBBED_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
