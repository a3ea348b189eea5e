import express, { type Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { offersRouter } from '../../../src/channels/rest/offersRoute.ts';
import type { Catalog } from '../../../src/offers/catalog.ts';
import { loadCatalog } from '../../../src/offers/loadCatalog.ts';
import { fixedClock } from '../../../src/time/clock.ts';

let real: Catalog;
let seeds: Catalog;
let realApp: Express;
let seedApp: Express;

const serve = (catalog: () => Catalog, day: string) =>
  express().use(offersRouter({ catalog, clock: fixedClock(day) }));
/** The offers' numbers ("0754" of 3134-26-0754/SR), sorted. */
const numbers = (body: { offers: Array<{ reference: string }> }) =>
  body.offers.map((o) => o.reference.replace(/^\d+-\d+-(\d+)\/.*$/, '$1')).sort();

beforeAll(async () => {
  [real, seeds] = await Promise.all([
    loadCatalog('test/fixtures/real-avp', new Date()),
    loadCatalog('data/offers', new Date()),
  ]);
  realApp = serve(() => real, '2026-12-31');
  seedApp = serve(() => seeds, '2025-06-10');
});

const DT = ['0624', '0705', '0713', '0715', '0717', '0747'];
const DDI = ['0752', '0754'];
const NOUMEA = [
  '0624',
  '0672',
  '0674',
  '0676',
  '0678',
  '0680',
  '0682',
  '0684',
  '0686',
  '0688',
  '0690',
  '0692',
  '0705',
  '0713',
  '0715',
  '0717',
  '0747',
  '0752',
  '0778',
];

describe('GET /api/offers filters on the 20 real offers', () => {
  it.each([
    ['commune=Kon%C3%A9', ['0754']],
    ['commune=kone', ['0754']],
    ['commune=POUEMBOUT', ['0754']],
    ['commune=noumea', NOUMEA],
    // a quarter keeps the offers whose place of work names it, not the whole of Nouméa
    ['commune=Ducos', ['0778']],
    ['commune=Lifou', []],
    ['province=nord', ['0754']],
    ['province=Province%20Nord', ['0754']],
    ['province=sud', NOUMEA],
    ['province=%C3%AEles', []],
    ['province=iles%20loyaute', []],
    ['commune=kone&province=nord', ['0754']],
    ['commune=kone&province=sud', []],
    ['place=ducos&commune=pouembout', []],
    ['direction=DT', DT],
    ['direction=dt', DT],
    ['direction=t%C3%A9l%C3%A9communications', DT],
    ['direction=Direction%20des%20telecommunications', DT],
    ['direction=DDI', DDI],
    ['direction=distribution', DDI],
    ['direction=DMI', ['0778']],
    ['direction=immobilier', ['0778']],
    ['direction=XYZ', []],
    ['direction=DEL', []],
    ['direction=DDI&commune=kone', ['0754']],
    ['corps=contr%C3%B4leur', ['0624', '0680', '0682', '0690', '0692', '0747', '0754', '0778']],
    ['corps=technicien', ['0713']],
    ['corps=cadre%20technique', ['0705', '0717']],
    ['corps=exploitation%20ou%20controleur', []],
    ['corps=controleur&direction=DT', ['0624', '0747']],
  ])('%s', async (query, expected) => {
    const res = await request(realApp).get(`/api/offers?status=all&${query}&pageSize=100`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(expected.length);
    expect(numbers(res.body)).toEqual(expected);
  });

  it('lists an offer in two communes with its first commune and all its communes', async () => {
    const res = await request(realApp).get('/api/offers?status=all&commune=pouembout');
    expect(res.body.offers[0]).toMatchObject({
      commune: 'Koné',
      communes: ['Koné', 'Pouembout'],
      province: 'nord',
    });
  });
});

describe('GET /api/offers filters on the seeds', () => {
  it.each([
    ['commune=Dumb%C3%A9a', ['0833']],
    ['commune=hienghene', ['0648']],
    ['province=nord', ['0648']],
    ['province=sud', ['0699', '0833', '2014']],
    ['commune=bourail', []],
  ])('%s', async (query, expected) => {
    const res = await request(seedApp).get(`/api/offers?status=all&${query}`);
    expect(res.status).toBe(200);
    expect(numbers(res.body)).toEqual(expected);
  });
});

describe('GET /api/offers refusals', () => {
  it.each([
    ['commune=atlantide', 'Commune inconnue : « atlantide »'],
    ['commune=nord', 'Commune inconnue : « nord »'],
    ['province=atlantide', 'Province inconnue : « atlantide »'],
    ['province=noumea', 'Province inconnue : « noumea »'],
    ['place=atlantide', 'Lieu inconnu : « atlantide »'],
    ['commune=', 'valeur incorrecte pour « commune »'],
    ['lieu=noumea', 'paramètre inconnu : lieu (paramètres reconnus : place, commune, province'],
    ['sigle=DT&x=1', 'paramètre inconnu : sigle, x (paramètres reconnus : '],
  ])('%s → 400', async (query, message) => {
    const res = await request(realApp).get(`/api/offers?status=all&${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('names every known parameter when refusing an unknown one', async () => {
    const res = await request(realApp).get('/api/offers?status=all&tri=date');
    for (const known of ['commune', 'province', 'direction', 'corps', 'q', 'page', 'pageSize'])
      expect(res.body.error.message).toContain(known);
  });
});
