import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type LoadedAssistant } from '../../src/createAssistant.ts';
import { mergeWithDocument, parseFeed } from '../../src/offers/feed/index.ts';
import { Catalog } from '../../src/offers/catalog.ts';
import type { Offer } from '../../src/offers/offer.ts';
import { parseOfferDocument } from '../../src/offers/parse/index.ts';
import { fixedClock } from '../../src/time/clock.ts';

/** The portal's records: 0674 merged with its PDF, 0747 a local document only, the rest columns only. */
const records = parseFeed(readFileSync('test/fixtures/feed/datagouv-export-sample.csv'), {
  sourceName: 'datagouv',
}).offers;
const pdf = (ref: string) =>
  parseOfferDocument(readFileSync(`test/fixtures/real-avp/${ref}.md`, 'utf8'), `${ref}.md`);
const record = (ref: string) => records.find((o) => o.reference === `3134-${ref}/SR`) as Offer;
const merged = mergeWithDocument(record('26-0674'), pdf('26-0674')).offer;
const offers = [
  merged,
  { ...pdf('26-0747'), documentUrl: null },
  ...records.filter((o) => !['3134-26-0674/SR', '3134-26-0747/SR'].includes(o.reference)),
];
const urlOf = (ref: string) => record(ref).documentUrl as string;

let assistant: LoadedAssistant;
beforeAll(async () => {
  const catalog = new Catalog(offers, [], new Date('2026-05-20T00:00:00Z'));
  assistant = await createAssistant({
    catalog: { current: () => catalog },
    clock: fixedClock('2026-05-20T00:00:00Z'),
  });
});

let turn = 0;
const ask = async (text: string) =>
  (await assistant.ask({ conversation: `notice-${turn++}`, text })).text;
const SILENT = /ne précise pas|ne dit rien|ne donne pas|ne précise ni/;

describe('answers point to the official document', () => {
  it.each([
    // question, reference, expected in the answer
    ["Parle-moi de l'offre 26-0674", '26-0674', 'Avis officiel : '],
    ["Parle-moi de l'offre 26-0690", '26-0690', 'Avis officiel : '],
  ])('%s → the details answer gives the URL', async (question, ref, label) => {
    expect(await ask(question)).toContain(`${label}${urlOf(ref)}`);
  });

  it.each([
    ["Qui est le supérieur hiérarchique de l'offre 26-0690 ?", '26-0690'],
    ["Combien d'agents encadre l'offre 26-0690 ?", '26-0690'],
    ["Quel diplôme faut-il pour l'offre 26-0690 ?", '26-0690'],
    ["Comment postuler à l'offre 26-0690 ?", '26-0690'],
  ])(
    'columns only: %s → in the official document, never "the document does not say"',
    async (question, ref) => {
      const text = await ask(question);
      expect(text).toContain(urlOf(ref));
      expect(text).toMatch(/avis officiel/);
      expect(text).not.toMatch(SILENT);
    },
  );

  it.each(['Y a-t-il des astreintes pour', 'Combien de postes pour'])(
    "read from its PDF: %s l'offre 26-0674 → silent, and the URL follows",
    async (question) => {
      const text = await ask(`${question} l'offre 26-0674 ?`);
      expect(text).toMatch(SILENT);
      expect(text).toContain(`; l'avis officiel : ${urlOf('26-0674')}`);
    },
  );

  it.each(['Y a-t-il des astreintes pour', 'Combien de postes pour'])(
    "a local document without URL: %s l'offre 26-0747 → silent as before, no notice",
    async (question) => {
      const text = await ask(`${question} l'offre 26-0747 ?`);
      expect(text).toMatch(SILENT);
      expect(text).not.toMatch(/avis officiel :|https?:/);
    },
  );

  it('a local document without URL: no notice on its card', async () => {
    expect(await ask("Parle-moi de l'offre 26-0747")).not.toContain('Avis officiel');
  });
});
