import facts from '../../../text/lexicon/communeFacts.fr.json' with { type: 'json' };
import placesTable from '../../../text/lexicon/places.json' with { type: 'json' };
import { normalizeWords } from '../../../text/normalize.ts';

/** A province of New Caledonia, by its official name. */
export type ProvinceName = 'Province Sud' | 'Province Nord' | 'Province des îles Loyauté';

/** A commune of New Caledonia: its official name ("Le Mont-Dore") and its province. */
export interface CommuneEntry {
  name: string;
  province: ProvinceName;
}

/** What a written form designates. */
export type FormMeaning =
  /** A commune, by its name or another name of it ("Koné", "Drehu", "NOUMEA"). */
  | { kind: 'name'; commune: CommuneEntry }
  /** A commune, through a quarter, zone, landmark or postcode in it ("PK5", "Koutio", "98841"). */
  | { kind: 'inside'; commune: CommuneEntry }
  /** A province named as such ("Province Nord"). */
  | { kind: 'province'; province: ProvinceName }
  /** Words that contain a commune's name without designating it ("Grand Nouméa"). */
  | { kind: 'notCommune' }
  /** A form two communes share: never read (null rather than a guess). */
  | { kind: 'ambiguous' };

const PROVINCE_IDS = ['sud', 'nord', 'iles'] as const;
type ProvinceId = (typeof PROVINCE_IDS)[number];

function provinceName(id: string): ProvinceName {
  if (!PROVINCE_IDS.includes(id as ProvinceId))
    throw new Error(`province inconnue dans les lexiques de lieux : ${id}`);
  return facts.provinceNames[id as ProvinceId] as ProvinceName;
}

interface CommuneRow {
  name: string;
  province: string;
  aliases: string[];
  quarters: string[];
}

const officialNames: Record<string, string> = facts.officialNames;
const rows = placesTable.communes as CommuneRow[];

/** The 33 communes, by official name, in places.json's order. */
export const COMMUNE_ENTRIES: readonly CommuneEntry[] = rows.map((row) => ({
  name: officialNames[row.name] ?? row.name,
  province: provinceName(row.province),
}));

const byOfficialName = new Map(COMMUNE_ENTRIES.map((c) => [c.name, c]));

function communeNamed(name: string): CommuneEntry {
  const commune = byOfficialName.get(name);
  if (commune === undefined) throw new Error(`commune inconnue dans communeFacts : ${name}`);
  return commune;
}

function buildForms(): Map<string, FormMeaning> {
  const forms = new Map<string, FormMeaning>();
  const ignored = new Set(facts.ignoredForms.forms.map(normalizeWords));
  const add = (written: string, meaning: FormMeaning): void => {
    const form = normalizeWords(written);
    if (form === '' || ignored.has(form)) return;
    const known = forms.get(form);
    const same =
      known !== undefined &&
      'commune' in known &&
      'commune' in meaning &&
      known.commune === meaning.commune;
    if (known === undefined) forms.set(form, meaning);
    else if (same && meaning.kind === 'name') forms.set(form, meaning);
    else if (!same) forms.set(form, { kind: 'ambiguous' });
  };
  rows.forEach((row, index) => {
    const commune = COMMUNE_ENTRIES[index]!;
    for (const written of [row.name, commune.name, ...row.aliases])
      add(written, { kind: 'name', commune });
  });
  rows.forEach((row, index) => {
    const commune = COMMUNE_ENTRIES[index]!;
    const landmarks = (facts.landmarks as Record<string, string[]>)[commune.name] ?? [];
    for (const written of [...row.quarters, ...landmarks])
      add(written, { kind: 'inside', commune });
  });
  for (const name of Object.keys(facts.landmarks)) communeNamed(name);
  for (const [id, written] of Object.entries(facts.provinceForms))
    for (const form of written)
      forms.set(normalizeWords(form), { kind: 'province', province: provinceName(id) });
  for (const form of facts.notCommunes.forms)
    forms.set(normalizeWords(form), { kind: 'notCommune' });
  return forms;
}

/** Every written form of a commune, quarter, landmark or province, normalised (`pk5`, `noumea`). */
export const PLACE_MEANINGS: ReadonlyMap<string, FormMeaning> = buildForms();

/** The most words a form has ("place des cocotiers", "province des iles loyaute"). */
export const MAX_FORM_WORDS = Math.max(
  ...[...PLACE_MEANINGS.keys()].map((f) => f.split(' ').length),
);

/** New Caledonian postcodes known for sure ("98841" → Nouméa); others are never guessed. */
export const POSTCODES: ReadonlyMap<string, CommuneEntry> = new Map(
  Object.entries(facts.postalCodes.codes).map(([code, name]) => [code, communeNamed(name)]),
);

function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalizeWords));
}

/** Words a street name starts with ("rue", "route"...): a commune after them names the street. */
export const STREET_WORDS = wordSet(facts.streetWords.words);
/** Articles between a street word and its name ("rue de la ..."). */
export const STREET_ARTICLES = wordSet(facts.streetWords.articles);
/** Words saying a place is named without its name ("et son annexe"). */
export const COMPANION_WORDS = wordSet(facts.companionWords.words);
/** Words a line made of a place may carry besides the names ("cedex", "et"). */
export const FILLER_WORDS = wordSet(facts.fillerWords.words);

/** The sentences saying where the post is based: cue phrases, subjects, joiners. */
export const POSTING = {
  cues: facts.postingSentences.cues.map((cue) => normalizeWords(cue).split(' ')),
  subjects: facts.postingSentences.subjects.map((s) => normalizeWords(s).split(' ')),
  leadWords: facts.postingSentences.leadWords,
  joiners: wordSet(facts.postingSentences.joiners),
} as const;
