import placesTable from './lexicon/places.json' with { type: 'json' };
import communeFacts from './lexicon/communeFacts.fr.json' with { type: 'json' };
import { normalizeWords } from './normalize.ts';

/** A province of New Caledonia. */
export type ProvinceId = 'sud' | 'nord' | 'iles';

export interface Commune {
  name: string;
  province: ProvinceId;
}

/** One way of writing a place, normalised, and what it designates. */
export interface PlaceForm {
  /** Normalised words, e.g. `tuo cemuhi`. */
  form: string;
  commune: Commune | null;
  province: ProvinceId;
  /** True for province names ("dans le nord"). */
  isProvince: boolean;
  /** The quarter or landmark as the table writes it ("Ducos", "PK5"); null for a commune or province name. */
  quarter?: string;
}

interface CommuneRow {
  name: string;
  province: string;
  aliases: string[];
  quarters: string[];
}

function asProvince(id: string): ProvinceId {
  if (id === 'sud' || id === 'nord' || id === 'iles') return id;
  throw new Error(`province inconnue dans places.json : ${id}`);
}

/** The communes, in the table's order. */
export const COMMUNES: readonly Commune[] = (placesTable.communes as CommuneRow[]).map((row) => ({
  name: row.name,
  province: asProvince(row.province),
}));

export const PROVINCE_NAMES: Record<ProvinceId, string> = Object.fromEntries(
  placesTable.provinces.map((p) => [p.id, p.name]),
) as Record<ProvinceId, string>;

function buildForms(): PlaceForm[] {
  const forms: PlaceForm[] = [];
  (placesTable.communes as CommuneRow[]).forEach((row, index) => {
    const commune = COMMUNES[index]!;
    for (const written of [row.name, ...row.aliases]) {
      forms.push({
        form: normalizeWords(written),
        commune,
        province: commune.province,
        isProvince: false,
      });
    }
    for (const written of row.quarters) {
      forms.push({
        form: normalizeWords(written),
        commune,
        province: commune.province,
        isProvince: false,
        quarter: written,
      });
    }
  });
  for (const province of placesTable.provinces) {
    for (const written of province.aliases) {
      forms.push({
        form: normalizeWords(written),
        commune: null,
        province: asProvince(province.id),
        isProvince: true,
      });
    }
  }
  return forms;
}

/** Every known way of writing a commune, quarter or province. */
export const PLACE_FORMS: readonly PlaceForm[] = buildForms();

/** The commune named in an offer's place of work ("... 2 rue Paul Montchovet - Nouméa" → Nouméa), if any. */
export function communeOfLocation(location: string | null): Commune | null {
  if (location === null) return null;
  const words = ` ${normalizeWords(location)} `;
  let best: PlaceForm | null = null;
  for (const form of PLACE_FORMS) {
    if (form.commune === null) continue;
    if (words.includes(` ${form.form} `) && (best === null || form.form.length > best.form.length))
      best = form;
  }
  return best?.commune ?? null;
}

/** A group of communes users name as one ("le Grand Nouméa"). */
export interface Area {
  name: string;
  communes: readonly Commune[];
}

/** One way of writing an area, normalised. */
export interface AreaForm {
  form: string;
  area: Area;
}

const COMMUNE_BY_NAME = new Map(COMMUNES.map((c) => [normalizeWords(c.name), c]));

function communeByName(name: string): Commune {
  const commune = COMMUNE_BY_NAME.get(normalizeWords(name));
  if (commune === undefined) throw new Error(`commune inconnue dans places.json : ${name}`);
  return commune;
}

/** Every way of writing an area of places.json ("grand noumea" → Nouméa, Dumbéa, Mont-Dore, Païta). */
export const AREA_FORMS: readonly AreaForm[] = placesTable.areas.flatMap((row) => {
  const area: Area = { name: row.name, communes: row.communes.map(communeByName) };
  return [row.name, ...row.forms].map((written) => ({ form: normalizeWords(written), area }));
});

/** Official names of communeFacts.fr.json ("Le Mont-Dore") → the commune of places.json. */
const OFFICIAL_NAMES = new Map(
  Object.entries(communeFacts.officialNames).map(([name, official]) => [
    normalizeWords(official),
    communeByName(name),
  ]),
);

/**
 * Landmarks and zones of communeFacts.fr.json ("PK5", "Numbo", "Médipôle") as quarter forms: the
 * places users name that the place of work prints. Kept apart from {@link PLACE_FORMS}, which the
 * classifier's features and {@link communeOfLocation} read.
 */
export const LANDMARK_FORMS: readonly PlaceForm[] = Object.entries(
  communeFacts.landmarks as Record<string, string[]>,
).flatMap(([official, written]) => {
  const commune = OFFICIAL_NAMES.get(normalizeWords(official)) ?? communeByName(official);
  return written.map((quarter) => ({
    form: normalizeWords(quarter),
    commune,
    province: commune.province,
    isProvince: false,
    quarter,
  }));
});

/** A quarter's forms compared without spaces: "PK 5" and "PK5" are one place. */
const compact = (form: string) => form.replace(/ /g, '');

/** Every normalised form of a quarter or landmark, by its compact form. */
const QUARTER_FORMS = new Map<string, string[]>();
for (const form of [...PLACE_FORMS, ...LANDMARK_FORMS]) {
  if (form.quarter === undefined) continue;
  const key = compact(form.form);
  QUARTER_FORMS.set(key, [...(QUARTER_FORMS.get(key) ?? []), form.form]);
}

/**
 * True when a place of work names the quarter ("CENTAL - 1 rue Eiffel ZI Ducos - Nouméa" holds
 * "Ducos"; "PK 5" holds "PK5"), as whole words, accents and case ignored.
 */
export function locationHoldsQuarter(location: string | null, quarter: string): boolean {
  if (location === null) return false;
  const words = ` ${normalizeWords(location)} `;
  const asked = normalizeWords(quarter);
  const forms = QUARTER_FORMS.get(compact(asked)) ?? [asked];
  return forms.some((form) => words.includes(` ${form} `));
}
