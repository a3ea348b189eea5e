import type { DateRefiner } from '../types.ts';
import { pastClauseBefore } from './tense.ts';

/**
 * Settles the bare forms that have two readings ("30 juin", "vendredi", "fin juin", "en mai", "le 15").
 * Rule: the past one when the clause says "depuis", "publié(e)s", "parues", "il y a"...;
 * else the upcoming one (today included), since most questions are about deadlines.
 */
export const tenseRefiner: DateRefiner = {
  name: 'tense',
  refine(results, { text }) {
    return results.map((result) => {
      const { past, ...rest } = result;
      if (past === undefined) return result;
      return pastClauseBefore(text, result.index)
        ? { ...rest, start: past.start, end: past.end }
        : rest;
    });
  },
};
