/** What a user says of their own residence in New Caledonia. */
export type ResidenceClaim =
  | { kind: 'years'; years: number }
  | { kind: 'since'; year: number }
  | { kind: 'citizen' };

const YEARS = /\b(\d{1,2})\s*(?:ans|an|annees|annee)\b/;
const SINCE_YEAR =
  /\b(?:depuis|arrive|arrivee|arrives|installe|installee|ici en|en)\s+(19[5-9]\d|20[0-4]\d)\b/;
const CITIZEN =
  /\b(citoyen|citoyenne|citoyennete|ne ici|nee ici|natif|native|ne en nouvelle caledonie|nee en nouvelle caledonie|caldoche|kanak)\b/;

/**
 * Reads a residence claim in normalised words: "j'habite ici depuis 7 ans",
 * "je suis arrivé en 2019", "je suis né ici". Null when none is stated.
 */
export function findResidenceClaim(normalizedText: string): ResidenceClaim | null {
  if (CITIZEN.test(normalizedText)) return { kind: 'citizen' };
  const years = YEARS.exec(normalizedText);
  if (years) return { kind: 'years', years: Number(years[1]) };
  const since = SINCE_YEAR.exec(normalizedText);
  if (since) return { kind: 'since', year: Number(since[1]) };
  return null;
}

/** Whole years of residence a claim gives on a Nouméa day (a year of arrival counts the years completed at most). */
export function residenceYears(claim: ResidenceClaim, today: string): number | null {
  if (claim.kind === 'years') return claim.years;
  if (claim.kind === 'since') return Math.max(0, Number(today.slice(0, 4)) - claim.year - 1);
  return null;
}
