import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, Turn } from '../../../src/assistant.ts';
import { FeedbackLog } from '../../../src/dialog/learning/feedbackLog.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { ADMIN_TOKEN, connect, startStack, type Client, type Stack } from './harness.ts';

/** Answers every question with the same intent. */
const assistant: Assistant = {
  ask: async (turn: Turn) => ({
    text: `Réponse à « ${turn.text} »`,
    offers: [],
    suggestions: [],
    quickReplies: [],
    intent: 'offers.list',
  }),
};

let stack: Stack;
let feedback: FeedbackLog;
const opened: Client[] = [];

beforeAll(async () => {
  feedback = new FeedbackLog({ clock: fixedClock('2025-06-05') });
  stack = await startStack({ assistant, feedback });
});
afterAll(async () => {
  for (const client of opened) client.close();
  await stack.stop();
});

async function visitor() {
  const { client, session } = await connect(stack.wsUrl);
  opened.push(client);
  return { client, token: session.token as string };
}

async function adminList() {
  const res = await fetch(`${stack.baseUrl}/admin/feedback`, {
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  return (await res.json()) as Array<{ text: string; up: number; down: number }>;
}

describe('web channel: 👍/👎 over the socket', () => {
  it('gives each answer an id; a vote is acknowledged, changeable, and listed for admins', async () => {
    const { client } = await visitor();
    const answer = await client.ask('Je m’appelle Marie, des offres à Koné ?');
    expect(answer.answerId).toMatch(/^[\w-]{22}$/);
    const id = answer.answerId as string;
    client.send({ type: 'feedback', answerId: id, vote: 'up' });
    expect(await client.next()).toEqual({ type: 'feedback', answerId: id, vote: 'up' });
    client.send({ type: 'feedback', answerId: id, vote: 'down' });
    expect(await client.next()).toEqual({ type: 'feedback', answerId: id, vote: 'down' });
    const entry = (await adminList()).find((e) => e.text.includes('kone'));
    expect(entry).toMatchObject({
      text: "je m'appelle <nom>, des offres a kone ?",
      up: 0,
      down: 1,
    });
  });

  it.each([
    ['an answer of another conversation', 'other', 'up', 'unknown_answer'],
    ['an unknown answer id', 'unknown', 'up', 'unknown_answer'],
    ['a vote neither up nor down', 'own', 'bof', 'bad_feedback'],
    ['no answer id', 'none', 'up', 'bad_feedback'],
  ] as const)('refuses %s, counting nothing', async (_n, which, vote, error) => {
    const mine = await visitor();
    const other = await visitor();
    const own = (await mine.client.ask('offres à Bourail ?')).answerId as string;
    const theirs = (await other.client.ask('offres à Bourail ?')).answerId as string;
    const answerId = { own, other: theirs, unknown: 'AAAAAAAAAAAAAAAAAAAAAA', none: undefined }[
      which
    ];
    const before = JSON.stringify(feedback.top(1000));
    mine.client.send({ type: 'feedback', answerId, vote });
    const frame = await mine.client.next();
    expect(frame).toMatchObject({ type: 'feedback', error });
    expect(JSON.stringify(feedback.top(1000))).toBe(before);
  });
});
