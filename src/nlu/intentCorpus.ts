import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** One intent of the corpus: training utterances and held-out tests (nlp.js style). */
export const IntentSchema = z.object({
  intent: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/),
  description: z.string().optional(),
  /**
   * Exact messages that mean this intent whatever the classifier says: the
   * quick replies the bot offers ("Aide", "Date limite"), compared normalised.
   */
  commands: z.array(z.string().min(1)).default([]),
  utterances: z.array(z.string().min(1)).min(1),
  tests: z.array(z.string().min(1)).default([]),
});

export type IntentData = z.infer<typeof IntentSchema>;

/** Reads every `*.json` of the intents folder; throws with the file's path on a malformed one. */
export function loadIntentCorpus(dir: string): IntentData[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    const parsed = IntentSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success)
      throw new Error(`${path}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    return parsed.data;
  });
}
