/**
 * Memory of the 👍/👎 log when full: 10,000 answers remembered for a vote (the longest scrubbed
 * question each, 160 characters, all distinct) and 1,000 voted question and intent pairs; and
 * the cost of remembering an answer (scrubbing included). Run:
 * `node --expose-gc --import tsx bench/feedbackLog.ts [typical]` (typical: 40-character questions).
 */
import { FeedbackLog } from '../src/dialog/learning/feedbackLog.ts';
import { MAX_SCRUBBED_LENGTH } from '../src/dialog/learning/scrub.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const clock = { now: () => new Date('2025-06-05T01:00:00Z') };
/** The longest question kept (cut at the cap, so ending in '…'), or a typical one of ~40 characters. */
const LONG = process.argv[2] !== 'typical';
const question = (i: number) =>
  LONG ? `question ${i} ${'x'.repeat(MAX_SCRUBBED_LENGTH)}` : `quels postes ouverts à Koné ${i} ?`;

gc();
const before = process.memoryUsage().heapUsed;
const log = new FeedbackLog({ clock });
const started = performance.now();
const ids: string[] = [];
for (let i = 0; i < 10_000; i += 1)
  ids.push(
    log.remember({
      conversation: `web:${crypto.randomUUID()}`,
      text: question(i),
      intent: 'offers.list',
    }) as string,
  );
const rememberMs = (performance.now() - started) / 10_000;
// Votes on 1,000 distinct questions fill the pair table (each answer votes once).
ids.length = 0;
for (let i = 0; i < 1_000; i += 1) {
  const conversation = `web:${crypto.randomUUID()}`;
  const id = log.remember({ conversation, text: question(10_000 + i), intent: 'offers.list' });
  log.vote(conversation, id as string, 'up');
}
gc();
const after = process.memoryUsage().heapUsed;
console.log(
  `${LONG ? 'longest' : 'typical'} questions: answers ${log.answers}, pairs ${log.size}: ${((after - before) / 1024 / 1024).toFixed(1)} MB; remember ${(rememberMs * 1000).toFixed(1)} µs an answer`,
);
