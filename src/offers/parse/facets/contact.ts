import appTable from './application.fr.json' with { type: 'json' };
import { compileBlockLabels, phrasePattern } from './blockLabels.ts';
import table from './contact.fr.json' with { type: 'json' };
import { findEmails, firstEmail } from './emailAddresses.ts';
import { type FacetLine, facetLines, foldPhrase, trimValue } from './facetLines.ts';
import { findPhones, joinPhones } from './phoneNumbers.ts';
import type { Sourced } from './sourced.ts';
import { cellText } from '../../feed/text.ts';
import { foldSameLength } from '../frenchDate.ts';
import type { ParseContext } from '../types.ts';

/** The person to contact about the post (not the application address). */
export interface Contact {
  /** The person or function as written ("Le chef de projet", "Cheffe de section énergie"). */
  name: string | null;
  /** Their number(s) as printed, several joined by " / " ("(+687) 26 82 12 / (+687) 92 82 02"). */
  phone: string | null;
  email: string | null;
}

const CONTACT_LABEL = compileBlockLabels(table.labels);
const WEAK_LABEL = compileBlockLabels(table.weakLabels);
const APPLICATION_LABEL = compileBlockLabels(appTable.labels);
const APPLICATION_OPENERS = appTable.openers.map(foldPhrase);

function startPattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p, '\\s+'))
    .join('|');
  return new RegExp(`^(?:${alternatives})(?![a-z0-9])[\\s:,.;*-]*`);
}

const TAIL = startPattern(table.labelTails);
const LEAD_IN = startPattern(table.leadIns);
const PHONE_LABEL = new RegExp(
  `(?<![a-z0-9])(?:${[...table.phoneLabels, ...table.emailLabels]
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p, '\\s+'))
    .join('|')})(?![a-z0-9])\\.?\\s?:?`,
);
const TRAILER = new RegExp(
  `(?:^|\\s)(?:${table.nameTrailers
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p, '\\s+'))
    .join('|')})$`,
);

/** Strips the starts of a line that are not the contact: label remains, introductions. */
function stripLeading(text: string): string {
  let rest = text;
  for (let n = 0; n < 4; n++) {
    const folded = foldSameLength(rest);
    const m = TAIL.exec(folded) ?? LEAD_IN.exec(folded);
    if (m === null || m[0].length === 0) break;
    rest = rest.slice(m[0].length);
  }
  return rest.replace(/^[\s:*,;–-]+/, '');
}

/** The name written before the first number, number label or address of a line. */
function nameIn(text: string): string | null {
  const folded = foldSameLength(text);
  const cuts = [
    PHONE_LABEL.exec(folded)?.index,
    findPhones(text)[0]?.index,
    findEmails(text)[0]?.index,
  ].filter((i): i is number => i !== undefined);
  let name = trimValue(text.slice(0, cuts.length > 0 ? Math.min(...cuts) : text.length));
  for (let n = 0; n < 2; n++) {
    const trailer = TRAILER.exec(foldSameLength(name));
    if (trailer === null) break;
    name = trimValue(name.slice(0, trailer.index));
  }
  name = name.replace(/[(\s]+$/, '');
  return /\p{L}.*\p{L}/u.test(name) ? name : null;
}

function endsBlock(context: ParseContext, line: FacetLine): boolean {
  const first = context.doc.hits[line.index]?.[0];
  return (
    line.heading ||
    (first?.atLineStart === true && first.kind === 'section') ||
    APPLICATION_LABEL(line.marked) !== null ||
    APPLICATION_OPENERS.some((opener) => line.folded.includes(opener))
  );
}

/** The lines of the contact block: the label's line (its rest) and the lines after it. */
function contactBlock(
  context: ParseContext,
): { weak: boolean; lines: Array<{ text: string; line: FacetLine }> } | null {
  const lines = facetLines(context);
  for (const line of lines) {
    const strong = CONTACT_LABEL(line.marked);
    const rest = strong ?? WEAK_LABEL(line.marked);
    if (rest === null) continue;
    const block = [{ text: rest, line }];
    for (let i = line.index + 1; i < lines.length && block.length < table.maxLines; i++) {
      const next = lines[i];
      if (next === undefined || next.text === '') continue;
      if (endsBlock(context, next)) break;
      block.push({ text: next.text, line: next });
    }
    return { weak: strong === null, lines: block };
  }
  return null;
}

/**
 * The person to contact about the post, read in the "Contact et informations
 * complémentaires" block: the function or name written before the number, the
 * numbers as printed (several joined by " / ") and an e-mail address. Null when the
 * document has no such block or the block names nobody and gives no number (or, under
 * a weaker title such as "Renseignements", gives neither number nor address).
 */
export function contactFacet(context: ParseContext): Sourced<Contact> | null {
  const found = contactBlock(context);
  if (found === null) return null;
  const block = found.lines;
  let name: string | null = null;
  let nameLine: FacetLine | null = null;
  let phoneLine: FacetLine | null = null;
  const phones: string[] = [];
  let email: string | null = null;
  for (const { text, line } of block) {
    const rest = stripLeading(text);
    const found = findPhones(rest).map((p) => p.value);
    if (found.length > 0) phoneLine ??= line;
    phones.push(...found);
    email ??= firstEmail(rest);
    if (name === null) {
      name = nameIn(rest);
      if (name !== null) nameLine = line;
    }
  }
  const phone = joinPhones(phones);
  if (phone === null && email === null && (name === null || found.weak)) return null;
  const quoted = phoneLine ?? nameLine ?? block[0]?.line;
  return { value: { name, phone, email }, quote: quoted?.raw ?? '' };
}

/**
 * The contact from the feed's `contact`, `contact_telephone` and `contact_email` cells:
 * the name as written, the numbers found in the telephone cell (or the cell itself when
 * it holds digits but no NC number), the first e-mail address. Null when all are empty.
 */
export function contactFromFeed(
  nameCell: string | null | undefined,
  phoneCell: string | null | undefined,
  emailCell: string | null | undefined,
): Sourced<Contact> | null {
  const name = cellText(nameCell ?? undefined);
  const phoneText = cellText(phoneCell ?? undefined);
  const emailText = cellText(emailCell ?? undefined);
  const phone =
    phoneText === null
      ? null
      : (joinPhones(findPhones(phoneText).map((p) => p.value)) ??
        (/\d/.test(phoneText) ? phoneText : null));
  const email = emailText === null ? null : firstEmail(emailText);
  if (name === null && phone === null && email === null) return null;
  const quote = [name, phoneText, emailText].filter((c) => c !== null).join(' ; ');
  return { value: { name, phone, email }, quote };
}
