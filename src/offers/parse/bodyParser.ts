import type { FieldParser } from './types.ts';

/** The document as plain text: heading marks and `**` removed, lines kept, outer blanks trimmed. */
export function plainBody(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/\*\*|__/g, '').replace(/^\s*#+\s*/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The body field parser. */
export const bodyParser: FieldParser = {
  name: 'body',
  parse({ doc }, draft) {
    draft.body = plainBody(doc.lines);
  },
};
