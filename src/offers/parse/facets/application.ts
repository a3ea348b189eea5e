import table from './application.fr.json' with { type: 'json' };
import { applicationDocuments } from './applicationDocuments.ts';
import { compileBlockLabels, hasPhrase, phrasePattern } from './blockLabels.ts';
import { blockText } from './blockText.ts';
import { firstEmail } from './emailAddresses.ts';
import { type FacetLine, facetLines, foldPhrase, trimValue } from './facetLines.ts';
import type { Sourced } from './sourced.ts';
import { cellText } from '../../feed/text.ts';
import { sectionLabelAtStart } from '../document.ts';
import type { ParseContext } from '../types.ts';

/** Where and how to apply. */
export interface Application {
  /** The address to e-mail the application to, as written. */
  email: string | null;
  /** The postal or drop-off address, as written ("Direction générale, 2 rue ... Cedex"). */
  address: string | null;
  /** The documents to send, in short ("CV détaillé", "lettre de motivation"...). */
  documents: string[];
  /** A web page to apply on (not a form to download). */
  url: string | null;
}

const BLOCK_LABEL = compileBlockLabels(table.labels);
const OPENERS = table.openers.map(foldPhrase);
/** The block's labels alone: a first line that is only one is the block's title, not quoted. */
const LABELS = new Set(table.labels.map(foldPhrase));
const BACK_REFERENCES = table.backReferences.map(foldPhrase);
const ONLINE = table.onlineCues.map(foldPhrase);
const DOWNLOAD = table.downloadCues.map(foldPhrase);
const ADDRESS_LABELS = new Set(table.addressLabels.map(foldPhrase));

function alternatives(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => `(${phrasePattern(p, '\\s+')})`)
    .join('|');
}

/**
 * An item label and its colon: "Voie postale :", "Dépôt physique (adresse) :",
 * "Mail :". Linear: literal words, a bounded parenthesis, single optional blanks.
 */
const ITEM_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}(])(?:${alternatives([...table.addressLabels, ...table.otherLabels])})\\s?(?:\\([^()]{0,30}\\)\\s?)?:`,
  'gu',
);
const ADDRESS_WORDS = table.addressWords.map(foldPhrase);
/** New Caledonian postcodes: 988xx. */
const NC_POSTCODE = /(?<!\d)988\d{2}(?!\d)/;
const URL = /\bhttps?:\/\/[^\s<>()[\]"']+|\bwww\.[^\s<>()[\]"']+/g;

/**
 * The lines of the application block: from its label (or opening sentence) to the next heading
 * or section label (another part of the notice), at most `maxLines`.
 */
function applicationBlock(context: ParseContext): FacetLine[] {
  const lines = facetLines(context);
  const start = lines.findIndex(
    (line) =>
      BLOCK_LABEL(line.marked) !== null || OPENERS.some((opener) => line.folded.includes(opener)),
  );
  if (start === -1) return [];
  const block = lines.slice(start, start + table.maxLines);
  const end = block.findIndex(
    (line, i) => i > 0 && (line.heading || sectionLabelAtStart(line.text) !== null),
  );
  return end === -1 ? block : block.slice(0, end);
}

/** The labelled address items of a line: "Voie postale : Direction générale ... - Mail : ...". */
function addressesIn(line: FacetLine): string[] {
  const found: Array<{ label: string; start: number; end: number }> = [];
  for (const m of line.folded.matchAll(ITEM_LABEL)) {
    const start = m.index ?? 0;
    const before = line.folded.slice(Math.max(0, start - 8), start).trim();
    if (start > 0 && before !== '' && !/[-–;,]$/.test(before)) continue;
    const label = m[0]
      .replace(/\([^()]*\)/, '')
      .replace(/[\s:]+/g, ' ')
      .trim();
    found.push({ label, start, end: start + m[0].length });
  }
  return found.flatMap((item, i) => {
    if (!ADDRESS_LABELS.has(item.label)) return [];
    const value = trimValue(line.text.slice(item.end, found[i + 1]?.start ?? line.text.length));
    const folded = foldPhrase(value);
    if (!/\p{L}/u.test(value) || BACK_REFERENCES.some((b) => hasPhrase(folded, b))) return [];
    return [value];
  });
}

/** An address written alone on the line after "... à :" (no label). */
function addressAfterIntro(line: FacetLine, previous: FacetLine | undefined): string | null {
  if (previous === undefined || !previous.folded.trim().endsWith(':')) return null;
  const value = trimValue(line.text);
  const addressLike =
    NC_POSTCODE.test(value) || ADDRESS_WORDS.some((word) => hasPhrase(line.folded, word));
  return addressLike && /\p{L}/u.test(value) && firstEmail(value) === null ? value : null;
}

function applyUrl(line: FacetLine): string | null {
  if (!ONLINE.some((cue) => hasPhrase(line.folded, cue))) return null;
  if (DOWNLOAD.some((cue) => line.folded.includes(cue))) return null;
  const m = line.raw.match(URL);
  return m?.[0]?.replace(/[.,;:]+$/, '') ?? null;
}

/**
 * Where and how to apply, read in the "Pour répondre à cette offre" block: the
 * e-mail address, the postal or drop-off address (not "même adresse"), the documents
 * to send in short, and a page to apply on; the quote is the whole block as plain text, its
 * links written in full. Null when the document has no such block or the block gives none of them.
 */
export function applicationFacet(context: ParseContext): Sourced<Application> | null {
  const block = applicationBlock(context);
  let email: string | null = null;
  let address: string | null = null;
  let url: string | null = null;
  const written = block.filter((line) => line.text !== '');
  written.forEach((line, i) => {
    if (email === null) {
      email = firstEmail(line.text);
    }
    if (address === null) {
      address = addressesIn(line)[0] ?? addressAfterIntro(line, written[i - 1]);
    }
    url ??= applyUrl(line);
  });
  const { documents } = applicationDocuments(block);
  if (email === null && address === null && url === null && documents.length === 0) return null;
  const labelOnly =
    trimValue(block[0]?.text ?? '') !== '' &&
    LABELS.has(foldPhrase(trimValue(block[0]?.text ?? '')));
  const quote = blockText(labelOnly ? block.slice(1) : block);
  return { value: { email, address, documents, url }, quote, block: true };
}

/**
 * Where to apply from the feed's `collectivite_adresse_depot` and `collectivite_email`
 * cells (the feed lists no documents). Null when both are empty.
 */
export function applicationFromFeed(
  addressCell: string | null | undefined,
  emailCell: string | null | undefined,
): Sourced<Application> | null {
  const address = cellText(addressCell ?? undefined);
  const emailText = cellText(emailCell ?? undefined);
  const email = emailText === null ? null : firstEmail(emailText);
  if (address === null && email === null) return null;
  const quote = [address, emailText].filter((c) => c !== null).join(' ; ');
  return { value: { email, address, documents: [], url: null }, quote };
}
