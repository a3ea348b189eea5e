import request from 'supertest';
import type { Express } from 'express';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConversationTokens } from '../../../src/channels/conversationTokens.ts';
import { FeedbackLog } from '../../../src/dialog/learning/feedbackLog.ts';
import { createApp } from '../../../src/server/app.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { seedAssistant } from '../../helpers.ts';

const SECRET = 'un secret de test assez long pour signer des jetons';
let app: Express;
let feedback: FeedbackLog;
const tokens = new ConversationTokens(SECRET);

beforeAll(async () => {
  feedback = new FeedbackLog({ clock: fixedClock('2025-06-05') });
  app = createApp({
    assistant: await seedAssistant('2025-06-05'),
    config: { sessionSecret: SECRET, trustProxy: false },
    tokens,
    feedback,
  });
});

/** Asks a question in a new conversation (or `conversation`'s); its token and the answer's id. */
async function ask(text: string, conversation?: string) {
  const res = await request(app)
    .post('/api/ask')
    .send({ text, ...(conversation ? { conversation } : {}) })
    .expect(200);
  return { conversation: res.body.conversation as string, answerId: res.body.answerId as string };
}

const vote = (body: unknown) =>
  request(app)
    .post('/api/feedback')
    .send(body as object);

describe('POST /api/feedback', () => {
  it('each answer carries its own answerId', async () => {
    const first = await ask('quels postes sont ouverts à Nouméa ?');
    const second = await ask('et à Dumbéa ?', first.conversation);
    expect(first.answerId).toMatch(/^[\w-]{22}$/);
    expect(second.answerId).toMatch(/^[\w-]{22}$/);
    expect(second.answerId).not.toBe(first.answerId);
  });

  it('records a vote, one per answer, changeable; the counts show it', async () => {
    const { conversation, answerId } = await ask('Je m’appelle Sione, offres à Lifou ?');
    const sent = await vote({ conversation, answerId, vote: 'up' }).expect(200);
    expect(sent.body).toEqual({ answerId, vote: 'up' });
    await vote({ conversation, answerId, vote: 'up' }).expect(200);
    await vote({ conversation, answerId, vote: 'down' }).expect(200);
    const entry = feedback.top(100).find((e) => e.text.includes('lifou'));
    expect(entry).toMatchObject({ text: "je m'appelle <nom>, offres a lifou ?", up: 0, down: 1 });
  });

  it.each([
    ['another conversation’s token', 'other', 'own'],
    ['a forged token', 'forged', 'own'],
    ['a web token of the same conversation id', 'web', 'own'],
    ['an unknown answer id', 'own', 'unknown'],
  ] as const)('refuses %s (404 unknown_answer), counting nothing', async (_n, token, id) => {
    const mine = await ask('offres ouvertes à Koné ?');
    const other = await ask('offres ouvertes à Koné ?');
    const conversation = {
      own: mine.conversation,
      other: other.conversation,
      forged: `${mine.conversation.slice(0, -2)}AA`,
      web: tokens.issue('web'),
    }[token];
    const answerId = id === 'own' ? mine.answerId : 'AAAAAAAAAAAAAAAAAAAAAA';
    const before = JSON.stringify(feedback.top(1000));
    const res = await vote({ conversation, answerId, vote: 'up' }).expect(404);
    expect(res.body.error.code).toBe('unknown_answer');
    expect(JSON.stringify(feedback.top(1000))).toBe(before);
  });

  it.each([
    ['no vote', (c: string, a: string) => ({ conversation: c, answerId: a })],
    [
      'a vote other than up or down',
      (c: string, a: string) => ({ conversation: c, answerId: a, vote: 'bof' }),
    ],
    ['no answerId', (c: string) => ({ conversation: c, vote: 'up' })],
    ['no conversation', (_c: string, a: string) => ({ answerId: a, vote: 'up' })],
    [
      'an answerId too long',
      (c: string) => ({ conversation: c, answerId: 'a'.repeat(65), vote: 'up' }),
    ],
    ['an array', () => []],
  ])('refuses a body with %s (400 invalid_feedback)', async (_n, body) => {
    const { conversation, answerId } = await ask('offres ?');
    const res = await vote(body(conversation, answerId)).expect(400);
    expect(res.body.error.code).toBe('invalid_feedback');
    expect(res.body.error.message).toMatch(/up.*down/);
  });
});
