import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant, Turn } from '../../../src/assistant.ts';
import { createAssistant } from '../../../src/createAssistant.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { PRESENTED_TOKENS, tokensOnWallClock } from '../tokenCases.ts';
import { Client, connect, references, refusedUpgrade, startStack, type Stack } from './harness.ts';

const QUESTION = 'quels postes sont ouverts à Nouméa ?';
const FOLLOW_UP = 'et la date limite ?';
const REFERENCE = '3134-25-0699/SR';
const TOKEN = /^[0-9a-f-]{36}\.web\.\d+\.[\w-]{43}$/;

describe('web sessions: server-issued identity, checked at the handshake', () => {
  const turns: Turn[] = [];
  let stack: Stack;

  beforeAll(async () => {
    const clock = fixedClock('2025-06-05');
    const real = await createAssistant({ dataDir: 'data', clock });
    const spy: Assistant = {
      ask: (turn) => {
        turns.push(turn);
        return real.ask(turn);
      },
    };
    stack = await startStack({
      assistant: Object.assign(spy, { catalog: real.catalog }),
      clock,
      security: { allowedOrigins: ['https://partenaire.nc'] },
    });
  });
  afterAll(async () => stack?.stop());

  it('issues a signed token in the first frame, and the conversation is its id', async () => {
    const { client, session } = await connect(stack.wsUrl);
    expect(session).toMatchObject({ type: 'session', resumed: false, renewed: false });
    expect(session.token).toMatch(TOKEN);
    const before = turns.length;
    await client.ask(QUESTION);
    expect(turns[before]?.conversation).toBe(
      `web:${stack.tokens.verify(session.token ?? '', 'web')}`,
    );
    client.close();
  });

  it('keeps two sockets apart: one can neither read nor continue the other', async () => {
    const a = await connect(stack.wsUrl);
    const b = await connect(stack.wsUrl);
    expect(a.session.token).not.toBe(b.session.token);
    expect(references(await a.client.ask(QUESTION))).toContain(REFERENCE);
    // B names A's conversation every way a client could: in the message, unsigned, with a forged signature.
    const idA = stack.tokens.verify(a.session.token ?? '', 'web');
    b.client.send({ type: 'message', text: FOLLOW_UP, user: idA, conversation: a.session.token });
    const fromB = await b.client.next();
    expect(fromB.answer?.offers).toEqual([]);
    expect(fromB.text).not.toContain('date limite de candidature pour');
    for (const token of [idA, `${idA}.forged`, `${idA}.${'A'.repeat(43)}`]) {
      const thief = await connect(stack.wsUrl, { token: token ?? '' });
      expect(thief.session.resumed).toBe(false);
      expect(thief.session.token).not.toBe(a.session.token);
      const answer = await thief.client.ask(FOLLOW_UP);
      expect(answer.answer?.offers).toEqual([]);
      thief.client.close();
    }
    expect(await a.client.silentFor(300)).toBe(true);
    a.client.close();
    b.client.close();
  });

  it('continues the conversation after a reload (same token, new socket)', async () => {
    const first = await connect(stack.wsUrl);
    expect(references(await first.client.ask(QUESTION))).toContain(REFERENCE);
    first.client.close();
    await first.client.closed;

    const reloaded = await connect(stack.wsUrl, { token: first.session.token ?? '' });
    expect(reloaded.session).toMatchObject({
      type: 'session',
      resumed: true,
      token: first.session.token,
    });
    const answer = await reloaded.client.ask(FOLLOW_UP);
    expect(references(answer)).toEqual([REFERENCE]);
    expect(answer.text).toContain(REFERENCE);
    reloaded.client.close();
  });

  it('sends each reply only to the socket that asked, even with the same token twice', async () => {
    const one = await connect(stack.wsUrl);
    const two = await connect(stack.wsUrl, { token: one.session.token ?? '' });
    expect(references(await one.client.ask(QUESTION))).toContain(REFERENCE);
    expect(await two.client.silentFor(200)).toBe(true);
    one.client.close();
    two.client.close();
  });

  it('checks the Origin: same origin and configured origins pass, others get 403', async () => {
    const same = await connect(stack.wsUrl, { origin: stack.baseUrl });
    same.client.close();
    const partner = await connect(stack.wsUrl, { origin: 'https://partenaire.nc' });
    partner.client.close();
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
      const refused = await refusedUpgrade(stack.wsUrl, { origin });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body).error).toMatch(/n'est pas autorisée/);
    }
  });

  it('refuses a malformed identity with 401 (two tokens, or not our subprotocol)', async () => {
    const token = stack.tokens.issue('web');
    expect(
      (
        await refusedUpgrade(stack.wsUrl, {
          protocols: ['avp.v1', `token.${token}`, `token.${stack.tokens.issue('web')}`],
        })
      ).status,
    ).toBe(401);
    expect((await refusedUpgrade(stack.wsUrl, { protocols: [`token.${token}`] })).status).toBe(401);
  });

  it('ignores a token in the URL: identity travels only in the subprotocol', async () => {
    const a = await connect(stack.wsUrl);
    const viaQuery = await Client.open(
      `${stack.wsUrl}?token=${encodeURIComponent(a.session.token ?? '')}`,
    );
    expect((await viaQuery.next()).token).not.toBe(a.session.token);
    viaQuery.close();
    a.client.close();
  });
});

describe('web sessions: tokens of the web channel only, within their lifetime', () => {
  const turns: Turn[] = [];
  const { clock, tokens } = tokensOnWallClock();
  let stack: Stack;

  beforeAll(async () => {
    const real = await createAssistant({ dataDir: 'data', clock: fixedClock('2025-06-05') });
    const spy: Assistant = {
      ask: (turn) => {
        turns.push(turn);
        return real.ask(turn);
      },
    };
    stack = await startStack({ assistant: spy, tokens });
  });
  afterAll(async () => stack?.stop());

  it.each(PRESENTED_TOKENS)(
    '$name token: resumed $resumes, else a fresh identity, said to be renewed, and no welcome',
    async ({ make, resumes }) => {
      const presented = make(tokens, clock, 'web');
      const { client, session } = await connect(stack.wsUrl, { token: presented }); // reads the welcome of a new visitor
      expect(session.resumed).toBe(resumes);
      expect(session.renewed).toBe(!resumes);
      expect(await client.silentFor(50)).toBe(true); // no welcome: the widget says it starts afresh
      const id = tokens.verify(session.token ?? '', 'web');
      expect(id).not.toBeNull();
      if (resumes) expect(session.token).toBe(presented);
      else expect(presented.startsWith(String(id))).toBe(false); // never the identity it names
      await client.ask('bonjour');
      expect(turns.at(-1)?.conversation).toBe(`web:${id}`);
      client.close();
    },
  );

  it('refuses the token the API issued (a fresh web identity, not an empty resumed one)', async () => {
    const res = await fetch(`${stack.baseUrl}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'bonjour' }),
    });
    const { conversation } = (await res.json()) as { conversation: string };
    const { client, session } = await connect(stack.wsUrl, { token: conversation });
    expect(session.resumed).toBe(false);
    expect(session.renewed).toBe(true);
    expect(session.token).not.toBe(conversation);
    client.close();
  });

  it('resumes within the lifetime, then gives a fresh identity once the token expired', async () => {
    const first = await connect(stack.wsUrl);
    first.client.close();
    clock.at += 12 * 3_600_000 - 1000;
    const resumed = await connect(stack.wsUrl, { token: first.session.token ?? '' });
    expect(resumed.session.resumed).toBe(true);
    resumed.client.close();
    clock.at += 1000;
    const expired = await connect(stack.wsUrl, { token: first.session.token ?? '' });
    expect(expired.session.resumed).toBe(false);
    expect(expired.session.token).not.toBe(first.session.token);
    expired.client.close();
  });
});
