import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../../src/offers/parse/draft.ts';
import { COMMUNE_ENTRIES, POSTCODES } from '../../../../src/offers/parse/facets/communeForms.ts';
import { communesOfPlace } from '../../../../src/offers/parse/facets/communesOfPlace.ts';
import { readCommunes } from '../../../../src/offers/parse/facets/readCommunes.ts';

const ROOT = join(import.meta.dirname, '../../../..');

interface Truth {
  file: string;
  reference: string;
  communes: string[] | null;
  province: string | null;
  quotes: Record<string, string>;
}

const truths: Truth[] = readFileSync(join(ROOT, 'test/fixtures/facets/truth.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Truth);

function documentPath(truth: Truth): string {
  return truth.file.startsWith('26-')
    ? join(ROOT, 'test/fixtures/real-avp', truth.file)
    : join(ROOT, 'data/offers', `${truth.reference.replace('/', '-')}.txt`);
}

function read(text: string) {
  return readCommunes(createContext(text, 'test.md'));
}

describe('readCommunes on the 25 documents', () => {
  it.each(truths.map((t) => [t.file, t] as const))('%s', (_file, truth) => {
    const found = read(readFileSync(documentPath(truth), 'utf8'));
    expect(found?.value.communes ?? null).toEqual(truth.communes);
    expect(found?.value.province ?? null).toEqual(truth.province);
    if (truth.communes !== null) expect(found?.quote).toBe(truth.quotes.communes);
  });
});

describe('communesOfPlace on place texts', () => {
  const sud = 'Province Sud';
  const nord = 'Province Nord';
  const iles = 'Province des îles Loyauté';
  it.each([
    ['Nouméa', ['Nouméa'], sud],
    ['NOUMEA CEDEX', ['Nouméa'], sud],
    ['Koné', ['Koné'], nord],
    ['Kone', ['Koné'], nord],
    ['KONE', ['Koné'], nord],
    ['Agence OPT KONE et son annexe', ['Koné'], nord],
    ['Koné et Pouembout', ['Koné', 'Pouembout'], nord],
    ['Koné / Pouembout', ['Koné', 'Pouembout'], nord],
    ['Koné - Pouembout', ['Koné', 'Pouembout'], nord],
    ['CENTAL - 1 rue Eiffel ZI Ducos - Nouméa', ['Nouméa'], sud],
    ['1 rue Eiffel ZI Ducos', ['Nouméa'], sud],
    ['206 rue Jacques IEKAWE PK5 - 98841', ['Nouméa'], sud],
    ['PK 6', ['Nouméa'], sud],
    ['PK5 - 98841', ['Nouméa'], sud],
    ['Immeuble WARUNA II Port Plaisance', ['Nouméa'], sud],
    ['Agences de Nouméa - Agglomération', ['Nouméa'], sud],
    ['Nouville', ['Nouméa'], sud],
    ['Vallée-des-Colons', ['Nouméa'], sud],
    ['Magenta', ['Nouméa'], sud],
    ['Anse Vata', ['Nouméa'], sud],
    ['Baie des Citrons', ['Nouméa'], sud],
    ['Quartier Latin', ['Nouméa'], sud],
    ['Faubourg Blanchot', ['Nouméa'], sud],
    ['Rivière Salée', ['Nouméa'], sud],
    ['Montravel', ['Nouméa'], sud],
    ['Normandie', ['Nouméa'], sud],
    ['Tina', ['Nouméa'], sud],
    ['Médipôle de Koutio', ['Dumbéa'], sud],
    ['Koutio', ['Dumbéa'], sud],
    ['98830 Dumbéa', ['Dumbéa'], sud],
    ['Boulari', ['Le Mont-Dore'], sud],
    ['Mont-Dore', ['Le Mont-Dore'], sud],
    ['Le Mont-Dore', ['Le Mont-Dore'], sud],
    ['Aéroport de La Tontouta', ['Païta'], sud],
    ['Vao', ["L'Île-des-Pins"], sud],
    ["L'Île-des-Pins", ["L'Île-des-Pins"], sud],
    ['Wé', ['Lifou'], iles],
    ['Wé - Lifou', ['Lifou'], iles],
    ['Tadine', ['Maré'], iles],
    ['Fayaoué', ['Ouvéa'], iles],
    ['BP 41 - 98860 Koné', ['Koné'], nord],
    ['98825', ['Pouembout'], nord],
    ['Usine de Vavouto', ['Voh'], nord],
    ['Poya', ['Poya'], nord],
    ['12 rue de Nouméa, Koutio', ['Dumbéa'], sud],
    ['Route du Mont-Dore, Magenta', ['Nouméa'], sud],
    ['Hôtel de la Province Sud, Nouméa', ['Nouméa'], sud],
    ['Hôtel de la province Nord', ['Koné'], nord],
    ['Hôtel de la province des îles Loyauté', ['Lifou'], iles],
    ['Direction de la province Nord', [], nord],
    ['Nouméa et Koné', ['Nouméa', 'Koné'], null],
    ['Province Nord', [], nord],
    ['Province des îles Loyauté', [], iles],
  ])('%s', (text, communes, province) => {
    expect(communesOfPlace(text)).toEqual({ communes, province });
  });

  it.each([
    [''],
    ['/'],
    ['Siège'],
    ['Agence Entreprise'],
    ['Paris'],
    ['Sydney, Australie'],
    // A street named after a commune says where the street goes, not where it is.
    ['12 rue de Nouméa'],
    ['Route de Païta'],
    ['avenue du Mont-Dore'],
    // The Grand Nouméa is four communes: naming it names none of them.
    ['Agences du Grand Nouméa'],
    // A postcode not in the table is never guessed (98899 is no commune's).
    ['BP 12 - 98899'],
    // An INSEE-like number inside a longer number is no postcode.
    ['Tél. 988001'],
    // Too generic: there is a centre-ville in every commune.
    ['Centre-ville'],
    // Words near a commune's name are not that commune.
    ['Nouméas'],
    ['Konéville'],
  ])('%s → null', (text) => {
    expect(communesOfPlace(text)).toBeNull();
  });
});

describe('readCommunes on small documents', () => {
  const head = '# Chef de projet\n\nRéférence : 3134-25-0001/SR du 2 juin 2025\n\n';

  it('reads a place of work continued on the next line', () => {
    const found = read(`${head}Lieu de travail : Agence Entreprise - 9 rue Galliéni\n\n-NOUMEA\n`);
    expect(found).toEqual({
      value: { communes: ['Nouméa'], province: 'Province Sud' },
      quote: '-NOUMEA',
    });
  });

  it('completes an unnamed annex with a displaced place line', () => {
    const text = `${head}Lieu de travail : Agence OPT KONE et son annexe\n\nMissions\n\nGérer.\n\nPouembout\n`;
    expect(read(text)?.value).toEqual({
      communes: ['Koné', 'Pouembout'],
      province: 'Province Nord',
    });
  });

  it('completes a place of work naming no commune with a displaced place line, quoted', () => {
    const text = `${head}Lieu de travail : 206 rue Jacques Iekawe\n\nMissions\n\nGérer.\n\nNOUMEA CEDEX\n`;
    expect(read(text)).toEqual({
      value: { communes: ['Nouméa'], province: 'Province Sud' },
      quote: 'NOUMEA CEDEX',
    });
  });

  it('ignores a stand-alone commune line when the place of work is complete', () => {
    const text = `${head}Lieu de travail : Koné\n\nMissions\n\nGérer.\n\nPouembout\n`;
    expect(read(text)?.value.communes).toEqual(['Koné']);
  });

  it('ignores displaced lines that are not only a place', () => {
    const text = `${head}Lieu de travail : Agence et son annexe\n\nDéplacements à Pouembout\n\n- Koumac\n`;
    expect(read(text)).toBeNull();
  });

  it('reads a sentence saying where the post is based when there is no place of work', () => {
    const text = `${head}Missions :\n\nL'agent sera basé sur Hienghène et devra couvrir certaines communes : Ouégoa, Pweevo (Pouébo) et Touho.\n`;
    expect(read(text)).toEqual({
      value: { communes: ['Hienghène'], province: 'Province Nord' },
      quote:
        "L'agent sera basé sur Hienghène et devra couvrir certaines communes : Ouégoa, Pweevo (Pouébo) et Touho.",
    });
  });

  it.each([
    ['Le poste est basé à Koné et Pouembout.', ['Koné', 'Pouembout']],
    ["Le poste est basé à l'agence OPT de Wé.", ['Lifou']],
    ['Vous serez affecté(e) à Koutio, avec des déplacements à Nouméa.', ['Dumbéa']],
  ])('posting sentence: %s', (sentence, communes) => {
    expect(read(`${head}Missions :\n\n${sentence}\n`)?.value.communes).toEqual(communes);
  });

  it.each([
    // Other agents, not the post (plural, no subject that is the post).
    ["Environ 55 agents sont basés à l'Hôtel de la province Nord et au centre de Touho."],
    // The service, not the post.
    ['Le service est basé à Nouméa.'],
    // Places the post covers, not where it is based.
    ['Déplacements fréquents à Koné, Voh et Koumac.'],
    // A cue, but the places named after it belong to another clause.
    ['Le poste est basé au sein de la direction, en lien avec les agences de Koné.'],
  ])('no posting sentence: %s', (sentence) => {
    expect(read(`${head}Missions :\n\n${sentence}\n`)).toBeNull();
  });

  it('says nothing for a document that names no place', () => {
    expect(read(`${head}Employeur : Province Sud\n\nMissions :\n\nGérer.\n`)).toBeNull();
  });

  it('says nothing for a place of work written "/"', () => {
    expect(read(`${head}Lieu de travail : /\n\nMissions :\n\nGérer.\n`)).toBeNull();
  });
});

describe('the place lexicons', () => {
  it('has the 33 communes under their official names', () => {
    expect(COMMUNE_ENTRIES).toHaveLength(33);
    const names = COMMUNE_ENTRIES.map((c) => c.name);
    expect(names).toContain('Le Mont-Dore');
    expect(names).toContain("L'Île-des-Pins");
    expect(new Set(names).size).toBe(33);
  });

  it('maps every postcode to a commune of its province', () => {
    expect(POSTCODES.get('98841')?.name).toBe('Nouméa');
    expect(POSTCODES.get('98809')?.name).toBe('Le Mont-Dore');
    for (const code of POSTCODES.keys()) expect(code).toMatch(/^988\d\d$/);
  });

  it('reads a long text in linear time', () => {
    const text = `${'PK5 rue de '.repeat(40_000)}Nouméa`;
    const start = performance.now();
    expect(communesOfPlace(text)?.communes).toEqual(['Nouméa']);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it('reads a long document of posting cues in linear time', () => {
    const text = `# T\n\nMissions :\n\nLe poste ${'est basé à la direction '.repeat(20_000)}.\n`;
    const start = performance.now();
    expect(read(text)).toBeNull();
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
