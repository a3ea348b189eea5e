import { describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../src/assistant.ts';
import { createAssistant } from '../../src/createAssistant.ts';
import { fixedClock } from '../../src/time/clock.ts';

describe('createAssistant onTurn', () => {
  it('tells the observer about every answered turn', async () => {
    const events: TurnEvent[] = [];
    const assistant = await createAssistant({
      dataDir: 'data/offers',
      clock: fixedClock('2025-06-05'),
      onTurn: (e) => events.push(e),
    });
    await assistant.ask({
      conversation: 'c1',
      text: 'quels postes sont ouverts à Nouméa ?',
      channel: 'web',
    });
    await assistant.ask({ conversation: 'c2', text: 'xqzw kvvj' });
    expect(events).toEqual([
      expect.objectContaining({
        conversation: 'c1',
        channel: 'web',
        intent: 'offers.list',
        fallback: false,
        text: 'quels postes sont ouverts à Nouméa ?',
      }),
      expect.objectContaining({
        conversation: 'c2',
        channel: undefined,
        intent: 'fallback',
        fallback: true,
        text: 'xqzw kvvj',
      }),
    ]);
    expect(events[0]!.confidence).toBeGreaterThan(0.4);
    expect(events[1]!.confidence).toBeLessThan(0.4);
    for (const e of events) expect(e.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('never fails a turn because the observer throws', async () => {
    const assistant = await createAssistant({
      dataDir: 'data/offers',
      clock: fixedClock('2025-06-05'),
      onTurn: () => {
        throw new Error('observer down');
      },
    });
    await expect(assistant.ask({ conversation: 'c', text: 'bonjour' })).resolves.toMatchObject({
      intent: expect.any(String),
    });
  });
});
