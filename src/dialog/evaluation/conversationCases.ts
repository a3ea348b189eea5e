import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** What one turn of a scripted conversation must show. */
const Expect = z
  .object({
    intent: z.string().optional(),
    /** Exactly these references in `offers`, in this order. */
    offers: z.array(z.string()).optional(),
    /** At least these references in `offers`. */
    offersInclude: z.array(z.string()).optional(),
    /** These references in `suggestions`. */
    suggestionsInclude: z.array(z.string()).optional(),
    suggestionsNonEmpty: z.boolean().optional(),
    /** Substrings of the text (compared without accents or case). */
    textIncludes: z.array(z.string()).optional(),
    textExcludes: z.array(z.string()).optional(),
    quickRepliesNonEmpty: z.boolean().optional(),
  })
  .strict();

const Turn = z.object({
  conversation: z.string().min(1),
  now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What the turn tests (`naming`, `context`, `listing`, `time`, `compare`, `facts`...): scores are printed per class. */
  class: z.string().min(1).optional(),
  text: z.string().min(1),
  expect: Expect,
});

const Header = z.object({ data: z.string().min(1), description: z.string().optional() });

export type ExpectedAnswer = z.infer<typeof Expect>;
export type ScriptedTurn = z.infer<typeof Turn> & { line: number };

export interface ConversationFile {
  path: string;
  /** Folder of offers the conversations run on. */
  data: string;
  turns: ScriptedTurn[];
}

/**
 * Reads a `test/conversations/*.jsonl` file: a first line `{"data": "folder"}`,
 * then one turn per line `{"conversation", "now", "text", "expect"}`.
 * Throws with the file and line on a malformed one.
 */
export function readConversationFile(path: string): ConversationFile {
  const lines = readFileSync(path, 'utf8').split('\n');
  let data: string | null = null;
  const turns: ScriptedTurn[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('//')) return;
    const where = `${path}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new Error(`${where}: JSON invalide`);
    }
    if (data === null) {
      data = Header.parse(json).data;
      return;
    }
    const turn = Turn.safeParse(json);
    if (!turn.success)
      throw new Error(
        `${where}: ${turn.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    turns.push({ ...turn.data, line: index + 1 });
  });
  if (data === null) throw new Error(`${path}: première ligne {"data": "..."} manquante`);
  return { path, data, turns };
}
