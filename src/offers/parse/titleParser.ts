import { cleanInline } from './document.ts';
import type { FieldParser } from './types.ts';

/**
 * The title: the first heading, or the first non-empty line, markdown removed,
 * unless that line is a labelled field ("Référence : ...").
 */
export const titleParser: FieldParser = {
  name: 'title',
  parse({ doc }, draft) {
    for (let i = 0; i < doc.lines.length; i++) {
      const line = doc.lines[i] ?? '';
      const text = cleanInline(line);
      if (text === '') continue;
      if ((doc.hits[i] ?? []).some((hit) => hit.atLineStart)) return;
      draft.title = text;
      return;
    }
  },
};
