import express, { type Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { offersRouter } from '../../../src/channels/rest/offersRoute.ts';
import type { Catalog } from '../../../src/offers/catalog.ts';
import { offerJsonLd, statedEmploymentTypes } from '../../../src/offers/jsonLd.ts';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import type { Offer } from '../../../src/offers/offer.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { offerWith } from '../../support/offerWith.ts';

let catalog: Catalog;
let app: Express;

/** The seed catalog served on a pinned Nouméa day. */
function appOn(day: string): Express {
  return express().use(offersRouter({ catalog: () => catalog, clock: fixedClock(day) }));
}
const refs = (body: { offers: Array<{ reference: string }> }) =>
  body.offers.map((o) => o.reference);

beforeAll(async () => {
  catalog = await loadCatalog('data/offers', new Date());
  app = appOn('2025-06-10');
});

describe('GET /api/offers', () => {
  it('lists the published offers, most recent first, never one not yet published', async () => {
    const res = await request(app).get('/api/offers?status=all');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(refs(res.body)).toEqual([
      '3134-25-0833/SR',
      '3134-25-0699/SR',
      '3134-25-0648/SR',
      '3134-24-2014/SR',
    ]);
    expect(res.body.offers[0]).toMatchObject({
      title: "Chargé(e) de relation à l'usager",
      commune: 'Dumbéa',
      province: 'sud',
      deadline: '2025-06-27',
      status: 'open',
    });
    expect(res.body.offers[0]).not.toHaveProperty('body');
  });

  it('filters by place: commune or province, without accents or with a typo', async () => {
    expect(refs((await request(app).get('/api/offers?status=all&place=noumea')).body)).toEqual([
      '3134-25-0699/SR',
      '3134-24-2014/SR',
    ]);
    expect(refs((await request(app).get('/api/offers?status=all&place=Noum%C3%A9a')).body)).toEqual(
      ['3134-25-0699/SR', '3134-24-2014/SR'],
    );
    expect(refs((await request(app).get('/api/offers?status=all&place=noumae')).body)).toEqual([
      '3134-25-0699/SR',
      '3134-24-2014/SR',
    ]);
    expect(refs((await request(app).get('/api/offers?status=all&place=hienghene')).body)).toEqual([
      '3134-25-0648/SR',
    ]);
    expect(
      refs((await request(app).get('/api/offers?status=all&place=province%20nord')).body),
    ).toEqual(['3134-25-0648/SR']);
    expect((await request(app).get('/api/offers?status=all&place=sud')).body.total).toBe(3);
  });

  it('filters by employer, corps and the day an offer is open', async () => {
    expect(
      refs((await request(app).get('/api/offers?status=all&employer=province%20nord')).body),
    ).toEqual(['3134-25-0648/SR']);
    expect(refs((await request(app).get('/api/offers?status=all&corps=redacteur')).body)).toEqual([
      '3134-25-0699/SR',
      '3134-25-0648/SR',
    ]);
    expect(refs((await request(app).get('/api/offers?status=all&open=2025-06-10')).body)).toEqual([
      '3134-25-0833/SR',
    ]);
    expect(refs((await request(app).get('/api/offers?status=all&open=2025-05-20')).body)).toEqual([
      '3134-25-0699/SR',
    ]);
  });

  it('searches the full text, tolerant of typos, best first', async () => {
    expect(refs((await request(app).get('/api/offers?status=all&q=commision')).body)).toEqual([
      '3134-25-0699/SR',
    ]);
    expect(
      refs((await request(app).get('/api/offers?status=all&q=relations%20public')).body),
    ).toEqual(['3134-24-2014/SR']);
    expect(
      refs((await request(app).get('/api/offers?status=all&q=travailleur%20social')).body),
    ).not.toContain('3134-25-0977/SR');
    expect(
      refs((await request(app).get('/api/offers?status=all&q=logement&place=dumbea')).body),
    ).toEqual(['3134-25-0833/SR']);
  });

  it('pages', async () => {
    const res = await request(app).get('/api/offers?status=all&page=2&pageSize=3');
    expect(res.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(refs(res.body)).toEqual(['3134-24-2014/SR']);
  });

  it.each([
    ['pageSize=101', /pageSize/],
    ['page=0', /page/],
    ['open=2025-13-01', /open/],
    ['open=demain', /open/],
    ['tri=date', /inconnu : tri/],
    ['place=noumea&place=kone', /place/],
    ['q=', /q/],
  ])('refuses %s with a short French message', async (query, detail) => {
    const res = await request(app).get(`/api/offers?status=all&${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Paramètres invalides : /);
    expect(res.body.error.message).toMatch(detail);
  });

  it('refuses an unknown place', async () => {
    const res = await request(app).get('/api/offers?status=all&place=atlantide');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Lieu inconnu : « atlantide » (commune ou province de Nouvelle-Calédonie attendue).',
    );
  });
});

describe('GET /api/offers/:reference', () => {
  it.each(['3134-25-0833%2FSR', '3134-25-0833-SR', '25-0833', '3134-25-833'])(
    'serves %s as JSON',
    async (written) => {
      const res = await request(app).get(`/api/offers/${written}`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/json');
      expect(res.body).toMatchObject({
        reference: '3134-25-0833/SR',
        status: 'open',
        commune: 'Dumbéa',
        employer: 'Province Sud',
      });
      expect(res.body.missions.length).toBe(9);
      expect(res.body).not.toHaveProperty('source');
    },
  );

  it('serves schema.org JobPosting JSON-LD on Accept or with .jsonld', async () => {
    const byAccept = await request(app)
      .get('/api/offers/3134-25-0833-SR')
      .set('Accept', 'application/ld+json');
    const bySuffix = await request(app).get('/api/offers/3134-25-0833-SR.jsonld');
    for (const res of [byAccept, bySuffix]) {
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/ld+json');
    }
    const ld = JSON.parse(byAccept.text);
    expect(JSON.parse(bySuffix.text)).toEqual(ld);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: "Chargé(e) de relation à l'usager",
      identifier: { '@type': 'PropertyValue', value: '3134-25-0833/SR' },
      datePosted: '2025-06-06',
      validThrough: '2025-06-27T23:59:59+11:00',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Province Sud',
        department: { name: "Direction de l'emploi et du logement" },
      },
      jobLocation: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Dumbéa',
          addressRegion: 'Province Sud',
          addressCountry: 'NC',
        },
      },
    });
    expect(ld.description.split('\n')[0]).toBe(
      "d'assurer l'accueil physique et téléphonique des usagers et de traiter les demandes d’informations en ligne,",
    );
    expect(ld.qualifications).toMatch(/baccalauréat/);
    expect(ld).not.toHaveProperty('employmentType');
  });

  it('does not serve an offer before its publication day, and says so in French', async () => {
    const res = await request(app).get('/api/offers/3134-25-0977-SR');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('Aucune offre publiée sous la référence 3134-25-0977/SR.');
    expect((await request(appOn('2025-06-27')).get('/api/offers/3134-25-0977-SR')).status).toBe(
      200,
    );
  });

  it('answers 404 for an unknown reference and 400 for what is not one', async () => {
    expect((await request(app).get('/api/offers/3134-25-9999-SR')).status).toBe(404);
    const bad = await request(app).get('/api/offers/bonjour');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^Référence invalide/);
  });
});

describe('offerJsonLd', () => {
  const bare: Offer = offerWith({
    reference: '3134-26-0001/SR',
    title: 'Agent',
    body: 'Poste à temps complet.',
    source: 'x.txt',
  });

  it('leaves out what the document does not give, and never guesses', () => {
    expect(offerJsonLd({ ...bare, body: 'Agent' }, null)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Agent',
      identifier: { '@type': 'PropertyValue', name: 'Référence AVP', value: '3134-26-0001/SR' },
    });
  });

  it('states the employment type only when the text says it', () => {
    expect(offerJsonLd(bare, null).employmentType).toBe('FULL_TIME');
    expect(statedEmploymentTypes('Contrat à durée déterminée, temps partiel')).toEqual([
      'PART_TIME',
      'TEMPORARY',
    ]);
    expect(statedEmploymentTypes('Poste de catégorie A')).toEqual([]);
  });

  it('gives the place of work alone when its commune is unknown', () => {
    expect(offerJsonLd({ ...bare, location: 'Wallis' }, null).jobLocation).toEqual({
      '@type': 'Place',
      name: 'Wallis',
    });
  });
});
