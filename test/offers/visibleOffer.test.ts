import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/offers/catalog.ts';
import { parseBytes } from '../../src/offers/loadCatalog.ts';
import type { Offer } from '../../src/offers/offer.ts';
import { packBody, packedBodyOf } from '../../src/offers/packedBody.ts';
import { invisibleRemovedWarning, visibleOffer } from '../../src/offers/visibleOffer.ts';
import { offerWith } from '../support/offerWith.ts';

const RLO = '\u202E';
const PDF = '\u202C';

const clean: Offer = offerWith({
  reference: '3134-25-0833/SR',
  title: 'Chargé(e) de relation à l’usager',
  employer: 'Province Sud',
  corps: ['rédacteur'],
  direction: 'Direction de l’économie',
  location: 'Nouméa',
  residence: { text: 'au moins égale à 10 ans', years: 10 },
  residenceRequired: true,
  publishedOn: '2025-06-01',
  deadline: '2025-06-30',
  deadlineNote: 'Modification de la date de clôture',
  startDate: { text: 'Immédiatement', iso: null },
  respncJob: 'Agent d’accueil',
  missions: ['Accueillir le public « œuvres sociales »', 'Salaire\u00A0: 250\u202F000 XPF'],
  requirements: ['Bac+2'],
  body: 'Missions : accueillir le public… 🌴',
  source: 'a.txt',
});

/** [field, hostile value, what is kept]. */
const FIELDS: Array<[keyof Offer, unknown, unknown]> = [
  ['title', `Agent ${RLO}exe.pdf${PDF}`, 'Agent exe.pdf'],
  ['employer', 'Province\u2067 Sud\u2069', 'Province Sud'],
  ['corps', 'Rédac\u200Bteur', 'Rédacteur'],
  ['direction', '\u200FDirection', 'Direction'],
  ['location', 'Nouméa\u061C', 'Nouméa'],
  ['deadlineNote', 'Report\uFEFF', 'Report'],
  [
    'startDate',
    { text: `${RLO}1er juillet`, iso: '2026-07-01' },
    { text: '1er juillet', iso: '2026-07-01' },
  ],
  [
    'contact',
    { name: `Chef${RLO}`, phone: '26 82 12', email: null },
    { name: 'Chef', phone: '26 82 12', email: null },
  ],
  ['respncJob', 'Agent\u00AD', 'Agent'],
  ['residence', { text: `10 ans${RLO}`, years: 10 }, { text: '10 ans', years: 10 }],
  ['missions', ['a', `b${RLO}`], ['a', 'b']],
  ['requirements', ['\u2066Bac'], ['Bac']],
  ['body', `Corps ${RLO}txet`, 'Corps txet'],
];

describe('visibleOffer', () => {
  it('returns a clean offer as it is (French text, accents, no-break spaces untouched)', () => {
    expect(visibleOffer(clean)).toBe(clean);
    const packed = packBody(clean);
    expect(visibleOffer(packed)).toBe(packed);
  });

  it.each(FIELDS)('cleans %s and says so in a warning', (field, hostile, kept) => {
    const offer = visibleOffer({ ...clean, [field]: hostile });
    expect(offer[field]).toEqual(kept);
    expect(offer.warnings).toEqual([invisibleRemovedWarning([field])]);
    const { [field]: _, warnings: __, ...others } = offer;
    const { [field]: _c, warnings: __c, ...cleanOthers } = clean;
    expect(others).toEqual(cleanOthers);
  });

  it('keeps a packed body packed, and cleans the other fields', () => {
    const packed = packBody({ ...clean, title: `${RLO}Agent` });
    const offer = visibleOffer(packed);
    expect(offer.title).toBe('Agent');
    expect(packedBodyOf(offer)).toBe(packedBodyOf(packed));
  });

  it('is applied by the catalog to every offer it is given', () => {
    const catalog = new Catalog([{ ...clean, title: `${RLO}Agent` }, clean], [], new Date(0));
    expect(catalog.entries.map((e) => e.offer.title)).toEqual(['Agent', clean.title]);
    expect(catalog.entries[1]?.offer).toBe(clean);
  });
});

const DOCUMENT = (title: string) =>
  new TextEncoder().encode(`# ${title}

Référence : 3134-25-0833/SR du 20 mai 2025

Employeur : Province Sud

Date de dépôt de l’offre : mardi 20 mai 2025

Date limite de candidature : vendredi 20 juin 2025

# Missions :

- Accueil ${RLO}cilbup${PDF}
`);

describe('a document with invisible characters', () => {
  it('is served cleaned, its packed body included, with a warning', () => {
    const outcome = parseBytes(DOCUMENT(`Agent ${RLO}exe.pdf${PDF}`), 'a.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.offer.title).toBe('Agent exe.pdf');
    expect(outcome.offer.missions).toEqual(['Accueil cilbup']);
    expect(outcome.offer.body).not.toMatch(/[\u202A-\u202E]/);
    expect(outcome.offer.body).toContain('Agent exe.pdf');
    expect(outcome.offer.warnings).toEqual([
      invisibleRemovedWarning(['title', 'missions', 'body']),
    ]);
  });

  it('is refused, with its reason, when its title is made of controls only', () => {
    const outcome = parseBytes(DOCUMENT(`${RLO}${PDF}\u200B`), 'a.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/title/);
  });
});
