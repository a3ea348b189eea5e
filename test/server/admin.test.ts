import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearerMatches } from '../../src/server/bearer.ts';
import { ADMIN_TOKEN, observedApp, type Harness } from './observabilityHarness.ts';

let h: Harness;
const bearer = `Bearer ${ADMIN_TOKEN}`;

beforeAll(async () => {
  h = await observedApp();
  const questions = [
    'xqzw kvvj',
    'XQZW   kvvj',
    'xqzw kvvj',
    'asdf qwer jean.dupont@mail.nc',
    'asdf qwer marie@gouv.nc',
    'flibidi +687 26 77 98',
    'quels postes sont ouverts à Nouméa ?', // understood: not recorded
  ];
  for (const text of questions) await request(h.app).post('/api/ask').send({ text }).expect(200);
});

describe('GET /admin/unanswered', () => {
  it('refuses a request without a token or with a wrong one (401)', async () => {
    await request(h.app).get('/admin/unanswered').expect(401).expect('WWW-Authenticate', 'Bearer');
    await request(h.app)
      .get('/admin/unanswered')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}x`)
      .expect(401);
    await request(h.app).get('/admin/unanswered').set('Authorization', ADMIN_TOKEN).expect(401);
    await request(h.app).get('/admin/unanswered').set('Authorization', 'Bearer ').expect(401);
  });

  it('lists the most frequent fallbacks with their counts, scrubbed', async () => {
    const res = await request(h.app)
      .get('/admin/unanswered')
      .set('Authorization', bearer)
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const entries = res.body as Array<{
      text: string;
      count: number;
      intent: string;
      lastSeen: string;
    }>;
    expect(entries.slice(0, 2)).toEqual([
      { text: 'xqzw kvvj', count: 3, intent: 'fallback', lastSeen: '2025-06-05T01:00:00.000Z' },
      {
        text: 'asdf qwer <email>',
        count: 2,
        intent: 'fallback',
        lastSeen: '2025-06-05T01:00:00.000Z',
      },
    ]);
    expect(entries.map((e) => e.text)).toContain('flibidi <tel>');
    expect(entries.map((e) => e.text)).not.toContain('quels postes sont ouverts a noumea ?');
    const body = JSON.stringify(entries);
    expect(body).not.toMatch(/@|dupont|marie|26 77 98|687/);
  });

  it('honours limit and refuses a bad one', async () => {
    const res = await request(h.app)
      .get('/admin/unanswered?limit=1')
      .set('Authorization', bearer)
      .expect(200);
    expect(res.body).toHaveLength(1);
    await request(h.app)
      .get('/admin/unanswered?limit=abc')
      .set('Authorization', bearer)
      .expect(400);
    await request(h.app).get('/admin/unanswered?limit=0').set('Authorization', bearer).expect(400);
  });

  it('does not exist when ADMIN_TOKEN is unset', async () => {
    const open = await observedApp({ adminToken: null });
    await request(open.app).get('/admin/unanswered').expect(404);
    await request(open.app).get('/admin/unanswered').set('Authorization', bearer).expect(404);
  });
});

describe('bearerMatches', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['Bearer', false],
    ['Bearer ', false],
    [`bearer ${ADMIN_TOKEN}`, false],
    [`Bearer ${ADMIN_TOKEN.slice(0, -1)}`, false],
    [`Bearer ${ADMIN_TOKEN} `, false],
    [`Bearer ${ADMIN_TOKEN}`, true],
  ])('%j → %s', (header, expected) => {
    expect(bearerMatches(header, ADMIN_TOKEN)).toBe(expected);
  });
});

describe('GET /admin/feedback', () => {
  /** Asks in a fresh conversation, then votes on the answer. */
  async function askAndVote(app: Harness['app'], text: string, vote: 'up' | 'down') {
    const asked = await request(app).post('/api/ask').send({ text }).expect(200);
    const { conversation, answerId } = asked.body as { conversation: string; answerId: string };
    await request(app).post('/api/feedback').send({ conversation, answerId, vote }).expect(200);
  }

  it('lists the votes per scrubbed question and intent, most voted first, behind the token', async () => {
    const voted = await observedApp();
    const votes: Array<[string, 'up' | 'down']> = [
      ['quels postes sont ouverts à Nouméa ?', 'up'],
      ['Quels postes sont ouverts à Nouméa ?', 'down'],
      ['quels postes sont ouverts a noumea ?', 'up'],
      ['je m’appelle Jean Dupont, postes à Lifou ? jean@mail.nc', 'down'],
    ];
    for (const [text, vote] of votes) await askAndVote(voted.app, text, vote);
    await request(voted.app).get('/admin/feedback').expect(401);
    const res = await request(voted.app)
      .get('/admin/feedback?limit=10')
      .set('Authorization', bearer)
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual([
      {
        text: 'quels postes sont ouverts a noumea ?',
        intent: expect.any(String),
        up: 2,
        down: 1,
        lastVoted: '2025-06-05T01:00:00.000Z',
      },
      {
        text: "je m'appelle <nom>, postes a lifou ? <email>",
        intent: expect.any(String),
        up: 0,
        down: 1,
        lastVoted: '2025-06-05T01:00:00.000Z',
      },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/jean|dupont|@/i);
    await request(voted.app)
      .get('/admin/feedback?limit=0')
      .set('Authorization', bearer)
      .expect(400);
  });

  it('does not exist when ADMIN_TOKEN is unset', async () => {
    const open = await observedApp({ adminToken: null });
    await request(open.app).get('/admin/feedback').set('Authorization', bearer).expect(404);
  });
});
