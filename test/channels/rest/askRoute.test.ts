import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, Turn } from '../../../src/assistant.ts';
import { createApp } from '../../../src/server/app.ts';
import { seedAssistant } from '../../helpers.ts';
import { PRESENTED_TOKENS, TOKEN_SECRET, tokensOnWallClock } from '../tokenCases.ts';
import type { Express } from 'express';

let app: Express;

beforeAll(async () => {
  app = createApp({
    assistant: await seedAssistant('2025-06-05'),
    config: { sessionSecret: null, trustProxy: false },
  });
});

describe('POST /api/ask', () => {
  it('answers a question with the offers that answer it and issues a conversation', async () => {
    const res = await request(app)
      .post('/api/ask')
      .send({ text: 'quels postes sont ouverts à Nouméa ?' });
    expect(res.status).toBe(200);
    expect(res.body.conversation).toMatch(/^[0-9a-f-]{36}\.rest\.\d+\.[\w-]{43}$/);
    expect(res.body.offers.map((o: { reference: string }) => o.reference)).toEqual([
      '3134-25-0699/SR',
    ]);
    expect(res.body.offers[0]).toMatchObject({
      title: 'Chargé de la gestion des commissions',
      deadline: '2025-06-06',
      status: 'open',
    });
    expect(res.body).toHaveProperty('suggestions');
    expect(res.body).toHaveProperty('quickReplies');
    expect(typeof res.body.text).toBe('string');
  });

  it('keeps the context of a conversation it issued', async () => {
    const first = await request(app)
      .post('/api/ask')
      .send({ text: 'date limite pour 3134-25-0699/SR' });
    const second = await request(app)
      .post('/api/ask')
      .send({ conversation: first.body.conversation, text: 'quel diplôme faut-il ?' });
    expect(second.body.conversation).toBe(first.body.conversation);
    expect(second.body.offers.map((o: { reference: string }) => o.reference)).toEqual([
      '3134-25-0699/SR',
    ]);
    expect(second.body.text).toContain('ne précise ni diplôme');
  });

  const BAD_REQUESTS: Array<{ name: string; body: string; status: number; error: RegExp }> = [
    { name: 'invalid JSON', body: '{"text": "bonjour"', status: 400, error: /JSON valide/ },
    {
      name: 'a JSON string instead of an object',
      body: '"bonjour"',
      status: 400,
      error: /JSON valide/,
    },
    { name: 'no text', body: '{"conversation": "x"}', status: 400, error: /obligatoire/ },
    {
      name: 'a text that is not a string',
      body: '{"text": 42}',
      status: 400,
      error: /obligatoire/,
    },
    { name: 'an empty text', body: '{"text": "   "}', status: 400, error: /obligatoire/ },
    {
      name: 'a text over 500 characters',
      body: JSON.stringify({ text: 'a'.repeat(501) }),
      status: 400,
      error: /500 caractères/,
    },
    {
      name: 'a body over the size limit',
      body: JSON.stringify({ text: 'a'.repeat(10_000) }),
      status: 413,
      error: /volumineuse/,
    },
  ];

  it.each(BAD_REQUESTS)(
    'refuses $name with a $status and a short French message',
    async ({ body, status, error }) => {
      const res = await request(app)
        .post('/api/ask')
        .set('Content-Type', 'application/json')
        .send(body);
      expect(res.status).toBe(status);
      expect(res.body.error.message).toMatch(error);
      expect(JSON.stringify(res.body)).not.toMatch(/at |Error|stack/);
    },
  );

  it('still answers after bad requests', async () => {
    const res = await request(app).post('/api/ask').send({ text: 'bonjour' });
    expect(res.status).toBe(200);
  });

  it('answers 404 in French for an unknown route', async () => {
    const res = await request(app).get('/api/nothing');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('Ressource introuvable.');
  });
});

describe('POST /api/ask: conversation tokens of the API only, within their lifetime', () => {
  const turns: Turn[] = [];
  const { clock, tokens } = tokensOnWallClock();
  let tokenApp: Express;

  beforeAll(async () => {
    const real = await seedAssistant('2025-06-05');
    const spy: Assistant = {
      ask: (turn) => {
        turns.push(turn);
        return real.ask(turn);
      },
    };
    tokenApp = createApp({
      assistant: spy,
      config: { sessionSecret: TOKEN_SECRET, trustProxy: false },
      tokens,
    });
  });

  it.each(PRESENTED_TOKENS)(
    '$name token: resumed $resumes, else a fresh identity and a 200',
    async ({ make, resumes }) => {
      const presented = make(tokens, clock, 'rest');
      const res = await request(tokenApp)
        .post('/api/ask')
        .send({ conversation: presented, text: 'bonjour' });
      expect(res.status).toBe(200);
      const issued = String(res.body.conversation);
      const id = tokens.verify(issued, 'rest');
      expect(id).not.toBeNull();
      expect(turns.at(-1)?.conversation).toBe(`rest:${id}`);
      if (resumes) expect(issued).toBe(presented);
      else {
        expect(issued).not.toBe(presented);
        expect(presented.startsWith(String(id))).toBe(false); // never the identity it names
      }
    },
  );

  it('keeps a conversation going across the token lifetime, then starts a fresh one', async () => {
    const first = await request(tokenApp)
      .post('/api/ask')
      .send({ text: 'date limite pour 3134-25-0699/SR' });
    clock.at += 11 * 3_600_000;
    const later = await request(tokenApp)
      .post('/api/ask')
      .send({ conversation: first.body.conversation, text: 'quel diplôme faut-il ?' });
    expect(later.body.conversation).toBe(first.body.conversation);
    expect(later.body.text).toContain('ne précise ni diplôme');
    clock.at += 1 * 3_600_000;
    const expired = await request(tokenApp)
      .post('/api/ask')
      .send({ conversation: first.body.conversation, text: 'quel diplôme faut-il ?' });
    expect(expired.status).toBe(200);
    expect(expired.body.conversation).not.toBe(first.body.conversation);
    expect(expired.body.text).not.toContain('ne précise ni diplôme');
  });
});
