import { weekOf } from '../calendar.ts';
import type { DateRefiner } from '../types.ts';

const INTRO = /(?:^|\s)(?:la |cette )?semaine du\s$/;

/** `la semaine du 14 juillet`: the Monday-to-Sunday week holding the day (after its tense is settled). */
export const weekOfRefiner: DateRefiner = {
  name: 'weekOf',
  refine(results, { text }) {
    return results.map((result) => {
      const intro = INTRO.exec(text.slice(Math.max(0, result.index - 20), result.index));
      if (!intro || result.start === null || result.start !== result.end) return result;
      const index = result.index - intro[0].trimStart().length;
      return {
        ...result,
        ...weekOf(result.start),
        index,
        text: text.slice(index, result.index + result.text.length),
      };
    });
  },
};
