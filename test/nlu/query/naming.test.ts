import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import type { Catalog } from '../../../src/offers/catalog.ts';
import { extractQuery } from '../../../src/nlu/query/extractors.ts';
import { withoutAddresses } from '../../../src/text/addresses.ts';
import { words } from '../../../src/text/tokens.ts';
import type { Query } from '../../../src/nlu/query/query.ts';

let real: Catalog;
let seeds: Catalog;
beforeAll(async () => {
  real = await loadCatalog('test/fixtures/real-avp', new Date('2026-05-01T00:00:00Z'));
  seeds = await loadCatalog('data/offers', new Date('2025-01-01T00:00:00Z'));
});

function read(catalog: Catalog, said: string, today: string): Query {
  const text = withoutAddresses(said);
  return extractQuery({ text, said, words: words(text), today, vocabulary: catalog });
}

const real26 = (n: string) => `3134-26-${n}/SR`;
const seed = (n: string) => (n === '2014' ? '3134-24-2014/SR' : `3134-25-${n}/SR`);

describe('a distinctive title word names its offer; common title words and places do not', () => {
  const cases: Array<[string, string, string, string]> = [
    // text, day, first candidate expected, words said
    ['diplôme technicien', '2026-05-20', '0713', 'technicien'],
    ["l'offre d'acheteur", '2026-05-25', '0778', 'acheteur'],
    ['cybersécurité', '2026-05-20', '0705', 'cybersecurite'],
    ['le poste cyber c ou', '2026-05-27', '0705', 'cyber'],
    ['c koi loffre cyber', '2026-05-21', '0705', 'cyber'],
    ['quel dipome pour le poste cybersecurite ?', '2026-05-22', '0705', 'cybersecurite'],
    ['le chef de section SAV', '2026-05-20', '0717', 'chef section sav'],
    ['ladmin des pratiques metiers c ds kel direction', '2026-05-16', '0690', 'ladmin pratiques'],
    [
      'c koi le taf du chef de section experience commerciale',
      '2026-05-13',
      '0674',
      'chef section experience commerciale',
    ],
  ];
  it.each(cases)('« %s » (%s) names %s', (text, day, number, said) => {
    const [mention] = read(real, text, day).offers;
    expect(mention?.by).toBe('title');
    expect(mention?.candidates[0]).toBe(real26(number));
    expect(mention?.said).toBe(said);
  });

  it('names one candidate only when the word is unique: chef de section experience commerciale', () => {
    const [mention] = read(real, 'le chef de section experience commerciale', '2026-05-13').offers;
    expect(mention?.candidates).toEqual([real26('0674')]);
  });

  const none: Array<[string, string]> = [
    ['chef', '2026-05-20'],
    ['quelle direction ?', '2026-05-20'],
    ['le poste de chargé', '2026-05-20'],
    ['agent', '2026-05-20'],
    ['un poste de responsable ?', '2026-05-20'],
    ['des offres à Nouméa ?', '2026-05-20'],
    ['des offres à Koné', '2026-05-20'],
    ['les postes de la DPSP', '2026-05-20'],
    ['plus d infos sur les postes ouverts', '2026-05-20'],
    ['publiée quand ?', '2026-05-20'],
    ['et la référence ?', '2026-05-20'],
    ['contact ?', '2026-05-20'],
    ['y a-t-il un logement de fonction ?', '2026-05-20'],
    ['quelle durée de résidence ?', '2026-05-20'],
  ];
  it.each(none)('« %s » names no offer', (text, day) => {
    expect(read(real, text, day).offers).toEqual([]);
  });
});

describe('a short number names the offer whose reference has it, when it reads like one', () => {
  const cases: Array<['real' | 'seeds', string, string, string, string]> = [
    ['real', '0747', '2026-05-20', real26('0747'), '0747'],
    ['real', "l'offre 754", '2026-05-20', real26('0754'), '754'],
    ['real', '0713 date limite', '2026-05-20', real26('0713'), '0713'],
    ['real', 'lieu 0713', '2026-05-20', real26('0713'), '0713'],
    ['real', 'la 0705 elle a ete publiee qd', '2026-05-14', real26('0705'), '0705'],
    ['real', 'superieur 0747 ?', '2026-05-18', real26('0747'), '0747'],
    ['real', '754', '2026-05-20', real26('0754'), '754'],
    ['real', 'réf 717', '2026-05-20', real26('0717'), '717'],
    ['seeds', "l'offre 2014 elle est encore ouverte ?", '2025-01-10', seed('2014'), '2014'],
    ['seeds', 'nb de postes 0648', '2025-05-13', seed('0648'), '0648'],
    ['seeds', 'poste n° 833', '2025-06-16', seed('0833'), '833'],
  ];
  it.each(cases)('%s: « %s » (%s) names %s', (which, text, day, reference, said) => {
    const catalog = which === 'real' ? real : seeds;
    expect(read(catalog, text, day).offers).toEqual([
      { said, by: 'number', candidates: [reference], written: said },
    ]);
  });

  const none: Array<['real' | 'seeds', string, string]> = [
    ['seeds', 'je suis en Calédonie depuis 2014, je peux postuler ?', '2025-01-10'],
    ['seeds', 'il faut 10 ans de résidence ?', '2025-06-16'],
    ['seeds', 'bac+2 suffit pour postuler à des offres publiées en 2025 ?', '2025-06-16'],
    ['real', 'il y a 8 postes à pourvoir ?', '2026-05-20'],
    ['real', 'appelez le 20 64 60 ou le 747 1234', '2026-05-20'],
    ['real', 'les offres qui ferment le 12', '2026-05-20'],
    ['real', 'ils ont 705 agents dans cette direction ?', '2026-05-20'],
    ['real', 'salaire de 705 000 francs ?', '2026-05-20'],
    ['real', '0999', '2026-05-20'],
    ['real', '0778', '2026-05-20'], // not yet published that day
  ];
  it.each(none)('%s: « %s » names no offer', (which, text, day) => {
    expect(read(which === 'real' ? real : seeds, text, day).offers).toEqual([]);
  });
});

describe('everyday job words', () => {
  const cases: Array<[string, string, string, string[]]> = [
    // text, day, job label, offers named (first candidates, in order)
    ['g vu une annonce pr un poste RH a la poste', '2026-05-16', 'ressources humaines', ['0682']],
    ['comment postuler pr le poste RH', '2026-05-14', 'ressources humaines', ['0682']],
    ['vous avez un poste dans les achats ?', '2026-05-25', 'achats', ['0778']],
    ['un truc en sécurité informatique, vous avez ?', '2026-05-21', 'cybersécurité', ['0705']],
    ['un poste de chauffeur ?', '2026-05-20', 'chauffeur', []],
    ['vous cherchez des infirmieres ?', '2026-05-20', 'infirmier', []],
    ['y a des postes de prof ?', '2026-05-20', 'enseignement', []],
  ];
  it.each(cases)('« %s » is the job %s', (text, day, label, named) => {
    const query = read(real, text, day);
    expect(query.jobs.map((j) => j.label)).toEqual([label]);
    expect(query.offers.map((m) => m.candidates[0])).toEqual(named.map(real26));
    for (const m of query.offers) expect(m.by).toMatch(/title|job/);
  });

  it('a job word of the seeds: le poste CESF names the social worker', () => {
    const query = read(seeds, 'le poste CESF c quoi la date limite', '2025-07-30');
    expect(query.jobs[0]?.said).toBe('cesf');
    expect(query.offers[0]?.candidates).toEqual([seed('0977')]);
    expect(query.offers[0]?.by).toBe('job');
  });

  const none = [
    'plus d infos sur le poste',
    'le poste cadre technique',
    'je veux une information',
    'recrutement sur titre ça veut dire quoi',
  ];
  it.each(none)('« %s » names no job', (text) => {
    expect(read(real, text, '2026-05-20').jobs).toEqual([]);
  });
});

describe('several offers named in one message', () => {
  it("entre le chef d'agence de Koné et le chef de section SAV", () => {
    const offers = read(
      real,
      "entre le chef d'agence de Koné et le chef de section SAV, lequel encadre le plus ?",
      '2026-05-20',
    ).offers;
    expect(offers.map((m) => m.candidates[0])).toEqual([real26('0754'), real26('0717')]);
  });

  it("entre l'accueil à Dumbéa et le travailleur social", () => {
    const offers = read(
      seeds,
      "entre l'accueil à Dumbéa et le travailleur social",
      '2025-07-04',
    ).offers;
    expect(offers).toHaveLength(2);
    expect(offers[0]?.candidates).toContain(seed('0833'));
    expect(offers[1]?.candidates[0]).toBe(seed('0977'));
  });

  it('la 0705 ou la 0713', () => {
    const offers = read(real, 'la 0705 ou la 0713 ?', '2026-05-20').offers;
    expect(offers.map((m) => m.candidates[0])).toEqual([real26('0705'), real26('0713')]);
  });

  it('a title holding "et" stays one mention', () => {
    const offers = read(real, 'le chargé de relation client et vente', '2026-05-20').offers;
    expect(offers.map((m) => m.candidates[0])).toEqual([real26('0686')]);
  });
});
