import { createInterface } from 'node:readline';
import type { Assistant } from '../../assistant.ts';
import { CHAT_MESSAGES } from './messages.fr.ts';

/** Lines kept for the up and down arrows, for the session only (nothing is written to disk). */
const HISTORY_SIZE = 200;

const STYLE = {
  prompt: (s: string) => `\u001b[1;36m${s}\u001b[0m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[0m`,
  error: (s: string) => `\u001b[31m${s}\u001b[0m`,
};

export interface ChatOptions {
  /** The session's one conversation id: every line continues it. */
  conversation: string;
  /** A person at a terminal: prompt, line editing and history. Otherwise a script: answers only. */
  interactive: boolean;
  /** ANSI colours (only ever on a terminal: see `wantsColor`). */
  color: boolean;
}

/**
 * One answer as a block without an empty line inside (the text's own empty lines dropped, the
 * quick replies on the last line), so that an empty line always separates two answers.
 */
export function answerBlock(
  text: string,
  quickReplies: readonly string[],
  styleReplies: (line: string) => string = (line) => line,
): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (quickReplies.length > 0) lines.push(styleReplies(`→ ${quickReplies.join(' | ')}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Whether to colour what goes to `stream`: a terminal only, never with `NO_COLOR` set to
 * anything non-empty (no-color.org) or on a dumb terminal.
 */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

/**
 * A desk session: each line of `input` is a turn of one conversation, answered in order. On a
 * terminal it prompts and keeps a history; through a pipe it writes one block per answer
 * (`answerBlock`), blocks separated by an empty line. A failed turn is reported in its block and the session goes
 * on. Resolves with the number of failed turns once `input` ends (Ctrl+D, Ctrl+C, end of pipe).
 */
export async function runChat(
  assistant: Assistant,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  options: ChatOptions,
): Promise<number> {
  const { interactive, color } = options;
  const paint = (style: keyof typeof STYLE, text: string) => (color ? STYLE[style](text) : text);
  const rl = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: interactive ? HISTORY_SIZE : 0,
    removeHistoryDuplicates: true,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  rl.on('SIGINT', () => rl.close());
  rl.setPrompt(paint('prompt', CHAT_MESSAGES.prompt));
  if (interactive) {
    output.write(`${paint('dim', CHAT_MESSAGES.greeting)}\n`);
    rl.prompt();
  }
  let failures = 0;
  let answered = 0;
  for await (const line of rl) {
    const text = line.trim();
    if (text !== '') {
      let block: string;
      try {
        const answer = await assistant.ask({
          conversation: options.conversation,
          text,
          channel: 'cli',
        });
        block = answerBlock(answer.text, answer.quickReplies, (replies) => paint('dim', replies));
      } catch (error) {
        failures += 1;
        block = `${paint('error', CHAT_MESSAGES.turnFailed((error as Error).message))}\n`;
      }
      output.write(answered > 0 || interactive ? `\n${block}` : block);
      answered += 1;
    }
    if (interactive) {
      if (text !== '') output.write('\n');
      rl.prompt();
    }
  }
  if (interactive) output.write('\n');
  return failures;
}
