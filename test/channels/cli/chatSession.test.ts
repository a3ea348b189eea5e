import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Assistant, Turn } from '../../../src/assistant.ts';
import { runChat, wantsColor } from '../../../src/channels/cli/chat.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI colour is what is looked for
const COLOUR = /\u001b\[\d+(;\d+)*m/;

/** An assistant that echoes and records every turn. */
function echo(): { assistant: Assistant; turns: Turn[] } {
  const turns: Turn[] = [];
  return {
    turns,
    assistant: {
      async ask(turn) {
        turns.push(turn);
        return {
          text: `écho : ${turn.text}`,
          offers: [],
          suggestions: [],
          quickReplies: ['Aide'],
          intent: 'test',
        };
      },
    },
  };
}

/** Runs a session on fake streams, typing `keys` (a terminal sends \r for Enter). */
async function session(keys: string[], interactive: boolean, color: boolean) {
  const { assistant, turns } = echo();
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (written += chunk));
  const done = runChat(assistant, input, output, { conversation: 'cli:s1', interactive, color });
  for (const key of keys) {
    input.write(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  input.end();
  await done;
  return { turns, written };
}

describe('the chat session', () => {
  it('on a terminal: a prompt, history (up arrow), one conversation, colour when asked', async () => {
    const { turns, written } = await session(
      ['postes\r', 'le premier\r', '\u001b[A\r'],
      true,
      true,
    );
    expect(turns.map((t) => t.text)).toEqual(['postes', 'le premier', 'le premier']);
    expect(new Set(turns.map((t) => t.conversation))).toEqual(new Set(['cli:s1']));
    expect(turns.every((t) => t.channel === 'cli')).toBe(true);
    expect(written).toContain('vous ›');
    expect(written).toContain('écho : postes');
    expect(written).toMatch(COLOUR);
  });

  it('on a terminal without colour: the prompt, no colour code', async () => {
    const { written } = await session(['bonjour\r'], true, false);
    expect(written).toContain('vous ›');
    expect(written).toContain('écho : bonjour');
    expect(written).not.toMatch(COLOUR);
  });

  it('through a pipe: no prompt, no colour, one block per answer', async () => {
    const { turns, written } = await session(['a\n\n  \nb\n'], false, false);
    expect(turns.map((t) => t.text)).toEqual(['a', 'b']);
    expect(written).toBe('écho : a\n→ Aide\n\nécho : b\n→ Aide\n');
  });

  it('a failed turn is reported and the session goes on', async () => {
    let calls = 0;
    const assistant: Assistant = {
      async ask(turn) {
        calls += 1;
        if (calls === 1) throw new Error('panne');
        return { text: turn.text, offers: [], suggestions: [], quickReplies: [], intent: 't' };
      },
    };
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.setEncoding('utf8').on('data', (chunk: string) => (written += chunk));
    input.end('un\ndeux\n');
    await runChat(assistant, input, output, {
      conversation: 'c',
      interactive: false,
      color: false,
    });
    expect(written).toBe('Erreur : panne\n\ndeux\n');
  });

  const colour: Array<[boolean | undefined, Record<string, string>, boolean]> = [
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true], // an empty NO_COLOR is unset (no-color.org)
    [true, { TERM: 'dumb' }, false],
    [false, {}, false],
    [undefined, { FORCE_COLOR: '1' }, false],
  ];
  it.each(colour)('wantsColor(isTTY %s, %j) is %s', (isTTY, env, expected) => {
    expect(wantsColor({ isTTY }, env)).toBe(expected);
  });
});
