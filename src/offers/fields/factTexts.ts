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
export function teamText(team: TeamCounts | null): string | null | typeof STATED_NONE {
  if (team === null) return null;
  const { direct, indirect } = team;
  if (direct === null && indirect === null) return STATED_NONE;
  if (direct === 0 && (indirect === 0 || indirect === null)) return 'aucun agent encadré';
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
