import type { FacetLine } from './facetLines.ts';

/**
 * A markdown link: its text up to the next `[` or `]`, its target without blanks or nested
 * parentheses beyond one level. Linear (each `[` starts at most one bounded scan).
 */
const LINK = /\[([^\][]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/g;

/** A link written in full: the address alone when the text is the address, else "text (address)". */
function linkInFull(text: string, target: string): string {
  const address = target.replace(/^mailto:/i, '');
  const shown = text.trim();
  if (shown === '' || shown.toLowerCase() === address.toLowerCase()) return address;
  return `${shown} (${address})`;
}

/**
 * One written line of a document as plain text: links written in full (a channel can make the
 * addresses clickable), markdown escapes, emphasis and heading marks removed, a bullet as "• ".
 */
export function plainLine(line: FacetLine): string {
  const text = line.raw
    .replace(LINK, (_, text: string, target: string) => linkInFull(text, target))
    .replace(/\\([\\'"*_#[\]()<>.-])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(?=\S)([^*]*\S)\*(?=$|[\s.,;:)])/g, '$1$2')
    .replace(/^[\s#>]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "*Les candidatures…*" is emphasis, not a bullet: a markdown "*" bullet is followed by a blank.
  const bullet = line.bullet && !/^\s*\*\S/.test(line.raw);
  return bullet ? `• ${text.replace(/^(?:[-–•●▪◦*]|\d+[.)])\s*/, '')}` : text;
}

/** The written lines of a block as plain text, one per line (blank lines dropped). */
export function blockText(lines: readonly FacetLine[]): string {
  return lines
    .map(plainLine)
    .filter((line) => line !== '' && line !== '•')
    .join('\n');
}
