import employersTable from './employers.fr.json' with { type: 'json' };
import familiesTable from './families.fr.json' with { type: 'json' };
import { COMMUNES, type Commune } from '../../text/places.ts';

/** A family of jobs: its titles (head × specialty), corps, and plausible missions and requirements. */
export interface JobFamily {
  id: string;
  heads: string[];
  specialties: string[];
  corps: string[];
  respnc: string;
  /** Kinds of employers that recruit it (keys of `EMPLOYER_KINDS`). */
  employers: string[];
  missions: string[];
  requirements: string[];
}

/** An employer template; `{commune}` / `{COMMUNE}` stand for the commune of the post. */
export interface EmployerTemplate {
  name: string;
  /** The upper-case line printed under the reference (`PROVINCE SUD`). */
  banner: string;
  /** Communes where it recruits (repeated = more likely); `*` means any of the 33. */
  communes: string[];
  addresses: string[];
  directions: string[];
}

/** The job families of `families.fr.json`. */
export const JOB_FAMILIES: readonly JobFamily[] = familiesTable.families;

/** Employer templates by kind (`province`, `gouvernement`, `commune`, `cafat`, `opt`, `hopital`, `congres`). */
export const EMPLOYER_KINDS: Readonly<Record<string, readonly EmployerTemplate[]>> =
  employersTable.kinds;

const byName = new Map(COMMUNES.map((c) => [c.name, c]));

/** The communes an employer template recruits in, as `Commune`s (unknown names fail loudly). */
export function communesOf(template: EmployerTemplate): Commune[] {
  if (template.communes.includes('*')) return [...COMMUNES];
  return template.communes.map((name) => {
    const commune = byName.get(name);
    if (commune === undefined) throw new Error(`commune inconnue dans employers.fr.json : ${name}`);
    return commune;
  });
}

/** Fills `{commune}` and `{COMMUNE}` in a template string. */
export function fillCommune(template: string, commune: Commune): string {
  return template
    .replaceAll('{commune}', commune.name)
    .replaceAll('{COMMUNE}', commune.name.toUpperCase());
}
