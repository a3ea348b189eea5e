import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Assistant } from '../../assistant.ts';
import { parseClockSetting } from '../../time/clock.ts';

const Line = z.object({
  conversation: z.string().min(1).max(200),
  text: z.string().min(1).max(500),
  now: z.string().optional(),
});

/**
 * Reads `{"conversation", "text", "now"?}` per line and writes one Answer JSON
 * per line, in order; each conversation keeps its context. A bad line gets
 * `{"error": "..."}` on its own line and the others go on.
 */
export async function runJsonl(
  assistant: Assistant,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  let failures = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    if (raw.trim() === '') continue;
    try {
      const line = Line.parse(JSON.parse(raw));
      const now = line.now === undefined ? undefined : parseClockSetting(line.now);
      const answer = await assistant.ask({
        conversation: line.conversation,
        text: line.text,
        now,
        channel: 'cli',
      });
      output.write(`${JSON.stringify({ conversation: line.conversation, ...answer })}\n`);
    } catch (error) {
      failures += 1;
      const reason =
        error instanceof z.ZodError
          ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
          : (error as Error).message;
      output.write(`${JSON.stringify({ error: `ligne invalide : ${reason}` })}\n`);
    }
  }
  return failures;
}
