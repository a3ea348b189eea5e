import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOfferPage } from '../../../src/channels/rest/offerPage.ts';
import { createAssistant, type LoadedAssistant } from '../../../src/createAssistant.ts';
import { Catalog } from '../../../src/offers/catalog.ts';
import { offerJsonLd } from '../../../src/offers/jsonLd.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { startStack, type Stack } from '../web/harness.ts';
import { INVISIBLE_IN_OUTPUT } from './hostileText.ts';
import { offerWith } from '../../support/offerWith.ts';

const REF = '3134-25-0996/SR';
const RLO = '\u202E';

/** An offer holding controls in every text a user may see, as no catalog would serve it. */
const raw: Offer = offerWith({
  reference: REF,
  title: `Agent ${RLO}exe.pdf\u202C comptable`,
  employer: 'Province\u2067 Nord\u2069',
  corps: ['adjoint\u200B administratif'],
  direction: 'Direction\u200F des finances',
  location: 'Koné\u061C',
  residence: { text: 'au moins\u2066 égale à 5 ans', years: 5 },
  residenceRequired: true,
  publishedOn: '2025-05-20',
  deadline: '2025-06-20',
  startDate: { text: `Immédiatement${RLO}`, iso: null },
  missions: [`Tenir la comptabilité ${RLO}sed seénnod`, 'Contrôler\uFEFF les pièces'],
  requirements: ['Bac\u00AD+2 en comptabilité'],
  body: `Agent ${RLO}exe.pdf comptable. Missions : tenir la comptabilité. Temps complet.`,
  source: 'raw.txt',
});

/**
 * Defence in depth: should an offer with controls reach the catalog some other way (a source
 * added later, a test double), what leaves for a user is still cleaned.
 */
describe('offer text on the way out', () => {
  let stack: Stack;
  let assistant: LoadedAssistant;
  const clock = fixedClock('2025-06-05');

  beforeAll(async () => {
    const catalog = new Catalog([{ ...raw }], [], clock.now());
    // The catalog cleans what it is given: put the raw texts back behind its back.
    Object.assign(catalog.byRef(REF)?.offer ?? {}, raw);
    expect(catalog.byRef(REF)?.offer.title).toContain(RLO);
    assistant = await createAssistant({ catalog: { current: () => catalog }, clock });
    stack = await startStack({ assistant, clock });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('renders the offer page and its JSON-LD without controls', () => {
    const html = renderOfferPage(
      { offer: raw, commune: null, communes: [], province: null },
      'open',
    );
    expect(html).not.toMatch(INVISIBLE_IN_OUTPUT);
    expect(html).toContain('<h1>Agent exe.pdf comptable</h1>');
    expect(JSON.stringify(offerJsonLd(raw, null))).not.toMatch(INVISIBLE_IN_OUTPUT);
  });

  it.each([
    `offre ${REF}`,
    `quelles sont les missions de l'offre ${REF} ?`,
    `quel diplôme pour l'offre ${REF} ?`,
    `où se trouve le poste ${REF} ?`,
  ])('answers %j without controls', async (text) => {
    const answer = await assistant.ask({ conversation: 'c', text });
    expect(JSON.stringify(answer)).not.toMatch(INVISIBLE_IN_OUTPUT);
  });

  it('serves /api/offers and /api/offers/:reference without controls', async () => {
    for (const url of [
      '/api/offers',
      `/api/offers/${encodeURIComponent(REF)}`,
      `/api/offers/${encodeURIComponent(REF)}.jsonld`,
    ]) {
      const res = await request(stack.server).get(url).expect(200);
      expect(res.text).toContain(REF);
      expect(res.text).not.toMatch(INVISIBLE_IN_OUTPUT);
    }
  });
});
