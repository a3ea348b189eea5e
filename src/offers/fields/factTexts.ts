import { STATED_NONE } from './fieldSpec.ts';

/** The people a post supervises, as the offer gives them. */
export interface TeamCounts {
  direct: number | null;
  indirect: number | null;
}

function agents(count: number, how: string): string {
  return `${count} agent${count > 1 ? 's' : ''} ${how}`;
}

/**
 * The team as a sentence: `{ direct: 4, indirect: 20 }` → "4 agents encadrés directement et 20
 * indirectement"; both 0 → "aucun agent encadré"; both not stated ("/") → `STATED_NONE`.
 */
/** How a team of nobody is said: a stated value that states no team. */
export const NO_TEAM = 'aucun agent encadré';

export function teamText(team: TeamCounts | null): string | null | typeof STATED_NONE {
  if (team === null) return null;
  const { direct, indirect } = team;
  if (direct === null && indirect === null) return STATED_NONE;
  if (direct === 0 && (indirect === 0 || indirect === null)) return NO_TEAM;
  const parts: string[] = [];
  if (direct !== null)
    parts.push(
      direct === 0 ? 'aucun agent encadré directement' : agents(direct, 'encadrés directement'),
    );
  if (indirect !== null)
    parts.push(indirect === 0 ? 'aucun indirectement' : `${indirect} indirectement`);
  else parts.push('indirects non précisés');
  return parts.join(' et ');
}

/** The team on the card and the page: the sentence, "non précisé" for "/". */
export function teamShown(team: TeamCounts | null): string | null {
  const said = teamText(team);
  return said === STATED_NONE ? 'non précisé (« / »)' : said;
}

/** A list of alternatives as one text: `['cadre d'exploitation', 'contrôleur']` → "cadre d'exploitation ou contrôleur". */
export function eitherOf(items: readonly string[]): string | null {
  return items.length ? items.join(' ou ') : null;
}

/** A list of names as one text: "Koné, Pouembout". */
export function listed(items: readonly string[]): string | null {
  return items.length ? items.join(', ') : null;
}

/** A driving licence as the offer gives it. */
export interface LicenceFacts {
  categories: readonly string[];
  required: boolean;
}

/** The licence as one text: "permis B exigé", "permis B ou C souhaité", "permis de conduire exigé". */
export function licenceText(licence: LicenceFacts | null): string | null {
  if (licence === null) return null;
  const which = licence.categories.length
    ? `permis ${licence.categories.join(' ou ')}`
    : 'permis de conduire';
  return `${which} ${licence.required ? 'exigé' : 'souhaité'}`;
}

/** A contact as the offer gives it. */
export interface ContactFacts {
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** The contact as one text: "Le chef de projet, tél. 26 82 12, courriel x@opt.nc". */
export function contactText(contact: ContactFacts | null): string | null {
  if (contact === null) return null;
  const parts = [
    contact.name,
    contact.phone === null ? null : `tél. ${contact.phone}`,
    contact.email === null ? null : `courriel ${contact.email}`,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}

/** Where to apply as the offer gives it. */
export interface ApplicationFacts {
  email: string | null;
  address: string | null;
  documents: readonly string[];
  url: string | null;
}

/** Where to apply as one text: "par courriel à x@gouv.nc ; par courrier à … ; pièces : CV, lettre". */
export function applicationText(application: ApplicationFacts | null): string | null {
  if (application === null) return null;
  const parts = [
    application.email === null ? null : `par courriel à ${application.email}`,
    application.address === null ? null : `par courrier ou dépôt à ${application.address}`,
    application.url === null ? null : `en ligne sur ${application.url}`,
    application.documents.length ? `pièces : ${application.documents.join(', ')}` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' ; ') : null;
}

/** When the post is to be filled, as the offer gives it. */
export interface StartFacts {
  text: string;
  iso: string | null;
}

/**
 * The start as one text: the wording, then its day in long form when it names one and does not
 * already read as it: "à compter du 1er octobre 2026 (jeudi 1 octobre 2026)".
 */
export function startText(
  start: StartFacts | null,
  longDay: (iso: string) => string,
): string | null {
  if (start === null) return null;
  if (start.iso === null) return start.text;
  const long = longDay(start.iso);
  return start.text.toLowerCase() === long.toLowerCase() ? start.text : `${start.text} (${long})`;
}
