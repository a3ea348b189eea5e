import { describe, expect, it } from 'vitest';
import { FeedbackLog, type Vote } from '../../../src/dialog/learning/feedbackLog.ts';
import type { Clock } from '../../../src/time/clock.ts';

/** A clock the test moves by hand. */
function manualClock(
  start = Date.parse('2025-06-05T01:00:00Z'),
): Clock & { tick(ms?: number): void } {
  let now = start;
  return { now: () => new Date(now), tick: (ms = 1000) => void (now += ms) };
}

const answered = (text: string, intent = 'offers.list', conversation = 'web:a') => ({
  conversation,
  text,
  intent,
});

describe('FeedbackLog: personal data never stored', () => {
  it.each([
    ['an e-mail', 'écrivez à jean.dupont@mail.nc svp', 'ecrivez a <email> svp', /@|dupont/],
    ['a local phone', 'appelez le 26 77 98', 'appelez le <tel>', /26 77 98/],
    ['an international phone', 'mon numero +687 79.12.34', 'mon numero <tel>', /687|79/],
    ['a name after "je m’appelle"', 'Je m’appelle Sione Tuifua', "je m'appelle <nom>", /sione/i],
    ['a name after a civility', 'je suis Mme Wamytan', 'je suis <nom>', /wamytan/i],
    ['nothing personal', 'Offres à Nouméa ?', 'offres a noumea ?', /@/],
  ])('%s', (_name, text, kept, forbidden) => {
    const log = new FeedbackLog({ clock: manualClock() });
    const id = log.remember(answered(text));
    expect(id).not.toBeNull();
    expect(log.vote('web:a', id as string, 'up')).toBe('recorded');
    const [entry] = log.top(10);
    expect(entry?.text).toBe(kept);
    expect(JSON.stringify(log.top(10))).not.toMatch(forbidden);
  });

  it('gives no id to an answer whose question scrubs to nothing', () => {
    const log = new FeedbackLog({ clock: manualClock() });
    expect(log.remember(answered('   '))).toBeNull();
  });
});

describe('FeedbackLog: votes', () => {
  it('groups by scrubbed question and intent, most voted first, with 👍 and 👎 counts', () => {
    const clock = manualClock();
    const log = new FeedbackLog({ clock });
    const votes: Array<[string, string, Vote]> = [
      ['Offres à Nouméa ?', 'offers.list', 'up'],
      ['offres a noumea ?', 'offers.list', 'down'],
      ['OFFRES À NOUMÉA ?', 'offers.list', 'up'],
      ['offres à nouméa ?', 'fallback', 'down'],
      ['Je m’appelle Marie, des offres ?', 'offers.list', 'down'],
      ['je m’appelle Paul, des offres ?', 'offers.list', 'down'],
    ];
    for (const [text, intent, vote] of votes) {
      const id = log.remember(answered(text, intent)) as string;
      clock.tick();
      expect(log.vote('web:a', id, vote)).toBe('recorded');
    }
    expect(log.top(10)).toEqual([
      {
        text: 'offres a noumea ?',
        intent: 'offers.list',
        up: 2,
        down: 1,
        lastVoted: '2025-06-05T01:00:03.000Z',
      },
      {
        text: "je m'appelle <nom>, des offres ?",
        intent: 'offers.list',
        up: 0,
        down: 2,
        lastVoted: '2025-06-05T01:00:06.000Z',
      },
      {
        text: 'offres a noumea ?',
        intent: 'fallback',
        up: 0,
        down: 1,
        lastVoted: '2025-06-05T01:00:04.000Z',
      },
    ]);
    expect(log.top(1)).toHaveLength(1);
  });

  it.each<[string, Vote[], { up: number; down: number }, string[]]>([
    ['one 👍', ['up'], { up: 1, down: 0 }, ['recorded']],
    [
      'the same vote twice counts once',
      ['up', 'up'],
      { up: 1, down: 0 },
      ['recorded', 'unchanged'],
    ],
    ['changed to 👎', ['up', 'down'], { up: 0, down: 1 }, ['recorded', 'recorded']],
    [
      'changed back',
      ['down', 'up', 'down'],
      { up: 0, down: 1 },
      ['recorded', 'recorded', 'recorded'],
    ],
  ])('one vote per answer, changeable: %s', (_name, votes, counts, results) => {
    const log = new FeedbackLog({ clock: manualClock() });
    const id = log.remember(answered('offres ?')) as string;
    expect(votes.map((vote) => log.vote('web:a', id, vote))).toEqual(results);
    expect(log.top(10)).toEqual([expect.objectContaining(counts)]);
  });

  it.each([
    ['another conversation', 'web:b', (id: string) => id],
    ['the same id on the other channel', 'rest:a', (id: string) => id],
    ['an id never given', 'web:a', () => 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['an empty id', 'web:a', () => ''],
    ['a changed id', 'web:a', (id: string) => `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`],
  ])('refuses a vote for %s, and counts nothing', (_name, conversation, idOf) => {
    const log = new FeedbackLog({ clock: manualClock() });
    const id = log.remember(answered('offres ?', 'offers.list', 'web:a')) as string;
    expect(log.vote(conversation, idOf(id), 'up')).toBe('unknown');
    expect(log.top(10)).toEqual([]);
    expect(log.vote('web:a', id, 'down')).toBe('recorded'); // its own conversation still votes
  });

  it('gives each answer its own id', () => {
    const log = new FeedbackLog({ clock: manualClock() });
    const ids = new Set(Array.from({ length: 100 }, () => log.remember(answered('offres ?'))));
    expect(ids.size).toBe(100);
  });
});

describe('FeedbackLog: bounds', () => {
  it('forgets an answer after its time to vote', () => {
    const clock = manualClock();
    const log = new FeedbackLog({ clock, answerTtlMs: 60_000 });
    const late = log.remember(answered('offres ?')) as string;
    const inTime = log.remember(answered('offres ?')) as string;
    clock.tick(59_999);
    expect(log.vote('web:a', inTime, 'up')).toBe('recorded');
    clock.tick(1);
    expect(log.vote('web:a', late, 'up')).toBe('unknown');
    expect(log.vote('web:a', inTime, 'down')).toBe('unknown');
  });

  it('remembers at most maxAnswers answers, the oldest forgotten first', () => {
    const log = new FeedbackLog({ clock: manualClock(), maxAnswers: 10 });
    const ids = Array.from({ length: 11 }, (_, i) => log.remember(answered(`q ${i}`)) as string);
    expect(log.answers).toBe(10);
    expect(log.vote('web:a', ids[0] as string, 'up')).toBe('unknown');
    expect(log.vote('web:a', ids[1] as string, 'up')).toBe('recorded');
  });

  it('keeps at most maxEntries questions, evicting a rarely voted one not voted lately', () => {
    const log = new FeedbackLog({ clock: manualClock(), maxEntries: 50 });
    const vote = (text: string, v: Vote) =>
      log.vote('web:a', log.remember(answered(text)) as string, v);
    for (let i = 0; i < 5; i += 1) vote('question frequente', i % 2 ? 'up' : 'down');
    for (let i = 0; i < 500; i += 1) vote(`question rare ${i}`, 'down');
    expect(log.size).toBe(50);
    expect(log.top(1)[0]).toMatchObject({ text: 'question frequente', up: 2, down: 3 });
  });

  it('a changed vote whose question was evicted meanwhile counts as a new one', () => {
    const log = new FeedbackLog({ clock: manualClock(), maxEntries: 1 });
    const first = log.remember(answered('premiere')) as string;
    log.vote('web:a', first, 'up');
    log.vote('web:a', log.remember(answered('seconde')) as string, 'up');
    expect(log.vote('web:a', first, 'down')).toBe('recorded');
    expect(log.top(10)).toEqual([expect.objectContaining({ text: 'premiere', up: 0, down: 1 })]);
  });
});
