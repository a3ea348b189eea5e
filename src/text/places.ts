import placesTable from './lexicon/places.json' with { type: 'json' };
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
    for (const written of [row.name, ...row.aliases, ...row.quarters]) {
      forms.push({
        form: normalizeWords(written),
        commune,
        province: commune.province,
        isProvince: false,
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
