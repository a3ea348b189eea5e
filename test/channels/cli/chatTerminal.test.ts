import { describe, expect, it } from 'vitest';
import { hasScript, runOnTerminal } from './terminal.ts';

const PROMPT = 'vous › ';
const COLOURED_PROMPT = '\u001b[1;36mvous › \u001b[0m';
/** The styles the chat paints with (prompt, quick replies); readline's cursor moves are not colour. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes are what is looked for
const COLOUR = /\u001b\[(?:1;36|2|31)m/;

const present = hasScript();
const title = present
  ? 'cli chat on a real terminal (util-linux script)'
  : 'cli chat on a real terminal: SKIPPED, `script` (util-linux) is not installed';

describe.skipIf(!present)(title, () => {
  it.each([
    { name: 'colour on a terminal', env: { NO_COLOR: undefined, TERM: 'xterm' }, colour: true },
    { name: 'no colour with NO_COLOR=1', env: { NO_COLOR: '1', TERM: 'xterm' }, colour: false },
    {
      name: 'no colour on a dumb terminal',
      env: { NO_COLOR: undefined, TERM: 'dumb' },
      colour: false,
    },
  ])(
    '$name: prompt, a follow-up in context, Ctrl+D exits 0',
    async ({ env, colour }) => {
      const cli = runOnTerminal(['chat', '--now', '2025-06-05'], env);
      await cli.waitFor(PROMPT);
      expect(cli.output()).toContain('Ctrl+D pour quitter');
      cli.type('postes a noumea\r');
      await cli.waitFor(PROMPT, 2);
      expect(cli.output()).toContain('3134-25-0699/SR');
      // The follow-up names no offer: only the conversation's context says which one.
      cli.type('le premier\r');
      await cli.waitFor(PROMPT, 3);
      const afterFollowUp = cli.output().split('le premier').at(-1) ?? '';
      expect(afterFollowUp).toContain('Chargé de la gestion des commissions');
      expect(afterFollowUp).toContain('Date limite');
      cli.type('\u0004');
      expect(await cli.exited).toBe(0);
      expect(cli.output().includes(COLOURED_PROMPT)).toBe(colour);
      expect(COLOUR.test(cli.output())).toBe(colour);
    },
    60_000,
  );
});
