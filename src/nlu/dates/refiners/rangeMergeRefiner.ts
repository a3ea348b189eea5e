import type { DateRefiner, DaySpan, ParsedDate } from '../types.ts';
import { pastClauseBefore } from './tense.ts';

const INTRO = /(?:^|\s)(?:du|entre|de|depuis|a partir du|a partir de)\s(?:la |le )?$/;
const LINK = /^\s(?:au|a|et|jusqu'au|jusqu'a|jusqu au|jusqu a|-)(?:\s(?:le|la|les))?\s$/;

function readings(result: ParsedDate): DaySpan[] {
  const spans: DaySpan[] = [];
  if (result.start !== null && result.end !== null)
    spans.push({ start: result.start, end: result.end });
  if (result.past) spans.push(result.past);
  return spans;
}

/**
 * Joins two dates into one range: `du 1er mai au 15 juin`, `entre lundi et vendredi`,
 * `du 15/06 au 30/06`, `depuis le 2 juin jusqu'au 20 juin`. The end takes its tense reading;
 * the start, the latest of its readings not after the end.
 */
export const rangeMergeRefiner: DateRefiner = {
  name: 'rangeMerge',
  refine(results, { text }) {
    const out: ParsedDate[] = [];
    for (let i = 0; i < results.length; i++) {
      const first = results[i];
      const second = results[i + 1];
      if (first === undefined) continue;
      const intro = INTRO.exec(text.slice(Math.max(0, first.index - 14), first.index));
      const between = second ? text.slice(first.index + first.text.length, second.index) : '';
      if (!second || !intro || !LINK.test(` ${between.trim()} `)) {
        out.push(first);
        continue;
      }
      const ends = readings(second);
      const end =
        (second.past && pastClauseBefore(text, first.index) ? second.past : ends[0]) ?? null;
      const start = readings(first)
        .filter((s) => end === null || s.start <= end.end)
        .sort((a, b) => (a.start < b.start ? 1 : -1))[0];
      if (!start || !end) {
        out.push(first);
        continue;
      }
      const index = first.index - intro[0].trimStart().length;
      const stop = second.index + second.text.length;
      out.push({
        index,
        text: text.slice(index, stop),
        start: start.start,
        end: end.end,
        relation: 'within',
        bounded: true,
      });
      i++;
    }
    return out;
  },
};
