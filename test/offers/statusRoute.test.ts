import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { CatalogStatus } from '../../src/offers/catalogStore.ts';
import { createApp } from '../../src/server/app.ts';

const assistant = { ask: () => Promise.reject(new Error('pas utilisé')) };
const config = { sessionSecret: null, trustProxy: false };

describe('GET /api/status', () => {
  it("serves the live catalog's status as JSON", async () => {
    const status: CatalogStatus = {
      offers: 4,
      problems: [
        {
          path: 'a.md',
          reason: 'fichier vide',
          since: '2025-06-10T01:00:00.000Z',
          servingPrevious: true,
        },
      ],
      loadedAt: '2025-06-10T01:00:00.000Z',
      lastReloadAt: '2025-06-10T01:00:00.000Z',
      reloads: 1,
      reloadErrors: 0,
    };
    const res = await request(createApp({ assistant, config, catalogStatus: () => status })).get(
      '/api/status',
    );
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual(status);
  });

  it('does not exist without a live catalog', async () => {
    expect((await request(createApp({ assistant, config })).get('/api/status')).status).toBe(404);
  });
});
