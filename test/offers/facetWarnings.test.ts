import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocuments } from '../../src/offers/checkDocuments.ts';
import { facetWarnings } from '../../src/offers/facetWarnings.ts';
import { OFFER_FIELD_KEYS } from '../../src/offers/fields/offerFields.ts';
import { loadCatalog } from '../../src/offers/loadCatalog.ts';
import type { Offer } from '../../src/offers/offer.ts';

/** A small document: a reference, dates, and the lines given. */
const documentWith = (number: string, lines: string[]) =>
  [
    '# Agent comptable',
    '',
    `Référence: 3134-25-${number}/SR du 02 juin 2025`,
    '',
    'Employeur : Province Sud',
    '',
    ...lines.flatMap((line) => [line, '']),
    'Date de dépôt de l’offre : lundi 02 juin 2025',
    '',
    'Date limite de candidature : vendredi 27 juin 2025',
    '',
    '# Missions :',
    '',
    '- tenir la comptabilité.',
    '',
  ].join('\n');

let dir: string;
let seed: Offer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'avp-facet-warnings-'));
  const documents: Record<string, string[]> = {
    'lieu.txt': ['Direction de l’Emploi et du Logement', 'Lieu de travail : Bâtiment Atlantide'],
    'direction.txt': ['Direction : Finances', 'Lieu de travail : Koné'],
    'ducos.txt': ['Direction de l’Emploi et du Logement', 'Lieu de travail : ZI Ducos'],
    'muet.txt': [],
  };
  let n = 900;
  for (const [name, lines] of Object.entries(documents))
    await writeFile(join(dir, name), documentWith(String((n += 1)), lines));
  seed = (await loadCatalog('data/offers', new Date())).byRef('3134-25-0833/SR')!.offer;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('check: facet warnings on small documents', () => {
  it('warns (never refuses) of a place without commune and a direction without a name', async () => {
    const report = await checkDocuments(dir);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(byPath['lieu.txt']).toMatchObject({ status: 'warning', error: null });
    expect(byPath['lieu.txt']!.suspicious).toContain(
      'lieu de travail sans commune reconnue : « Bâtiment Atlantide »',
    );
    expect(byPath['direction.txt']).toMatchObject({ status: 'warning', error: null });
    expect(byPath['direction.txt']!.suspicious).toEqual([
      'direction sans nom canonique (« Direction de … ») : « Direction finances »',
    ]);
    // A quarter is a commune's: no doubt. A document that says nothing: no doubt either.
    expect(byPath['ducos.txt']).toMatchObject({ status: 'ok', suspicious: [] });
    expect(byPath['muet.txt']).toMatchObject({ status: 'ok', suspicious: [] });
    expect(report.summary).toMatchObject({ warnings: 2, errors: 0 });
  });

  it('says nothing of the seeds and the 20 real offers', async () => {
    for (const folder of ['data/offers', 'test/fixtures/real-avp']) {
      const catalog = await loadCatalog(folder, new Date());
      for (const { offer } of catalog.entries) expect(facetWarnings(offer)).toEqual([]);
    }
  });
});

describe('facetWarnings: the contact, when the table has it', () => {
  const keys = [...OFFER_FIELD_KEYS, 'contact'];
  const withContact = (contact: unknown) => ({ ...seed, contact }) as unknown as Offer;

  it.each([
    [{ name: 'Le chef de service', phone: null, email: null }, ['« Le chef de service »']],
    [{ name: null, phone: '', email: null }, ['contact sans téléphone ni courriel']],
    [{ name: 'Le chef', phone: '26 82 12', email: null }, []],
    [{ name: 'Le chef', phone: null, email: 'chef@example.nc' }, []],
    [null, []],
    ['texte', []],
  ])('%j', (contact, expected) => {
    const warnings = facetWarnings(withContact(contact), keys);
    expect(warnings).toHaveLength(expected.length);
    for (const [i, part] of expected.entries()) expect(warnings[i]).toContain(part);
  });

  it('is not read while the table has no contact field', () => {
    const keysWithout = OFFER_FIELD_KEYS.filter((key) => key !== ('contact' as string));
    expect(
      facetWarnings(withContact({ name: 'X', phone: null, email: null }), keysWithout),
    ).toEqual([]);
  });
});
