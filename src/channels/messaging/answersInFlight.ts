import type { ChannelName } from '../../assistant.ts';
import type { MessagingLogger } from './types.ts';

/**
 * The answers of acknowledged webhooks, run after the 200 was sent. A failing
 * answer is logged (`<channel>: answer failed`), never an unhandled rejection;
 * shutdown (through `onStart`) and tests (through {@link settled}) can wait for
 * those in flight.
 */
export class AnswersInFlight {
  private readonly running = new Set<Promise<void>>();

  /** `onStart` sees each answer's promise (which never rejects), e.g. the shutdown drain's `hold`. */
  constructor(
    private readonly logger: MessagingLogger,
    private readonly onStart: (work: Promise<void>) => void = () => {},
  ) {}

  /** Answers under way. */
  get size(): number {
    return this.running.size;
  }

  /** Runs `job` on its own, after the current request handler returned. */
  start(channel: ChannelName, job: () => Promise<void>): void {
    const work = Promise.resolve()
      .then(job)
      .catch((err: unknown) => this.logger.error({ err, channel }, `${channel}: answer failed`));
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
    this.onStart(work);
  }

  /** Resolves once every answer started so far (and any started meanwhile) has settled. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }
}
