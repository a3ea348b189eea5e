import { describe, expect, it } from 'vitest';
import { AnswersInFlight } from '../../../src/channels/messaging/answersInFlight.ts';
import { recordingLogger } from '../slack/fakeApi.ts';

describe('AnswersInFlight', () => {
  const CASES: Array<{ name: string; job: () => Promise<void>; errors: string[] }> = [
    { name: 'an answer that succeeds', job: async () => {}, errors: [] },
    {
      name: 'an answer that rejects',
      job: async () => {
        throw new Error('Slack down');
      },
      errors: ['slack: answer failed'],
    },
    {
      name: 'an answer that throws before its first await',
      job: () => {
        throw new Error('sync');
      },
      errors: ['slack: answer failed'],
    },
  ];

  it.each(CASES)('$name: logged as such, never unhandled', async ({ job, errors }) => {
    const logger = recordingLogger();
    const seen: Array<Promise<void>> = [];
    const answers = new AnswersInFlight(logger, (work) => seen.push(work));
    answers.start('slack', job);
    expect(answers.size).toBe(1);
    await answers.settled();
    expect(answers.size).toBe(0);
    await expect(Promise.all(seen)).resolves.toEqual([undefined]);
    expect(logger.lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(errors);
  });

  it('waits for the answers started while it waits', async () => {
    const answers = new AnswersInFlight(recordingLogger());
    const order: string[] = [];
    answers.start('webex', async () => {
      order.push('first');
      answers.start('webex', async () => void order.push('second'));
    });
    await answers.settled();
    expect(order).toEqual(['first', 'second']);
    expect(answers.size).toBe(0);
  });
});
