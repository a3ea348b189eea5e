import type { Assistant } from '../../assistant.ts';
import type { Clock } from '../../time/clock.ts';
import type { AnswersInFlight } from './answersInFlight.ts';
import type { ReplayGuard } from './replayGuard.ts';

/** The logging a messaging channel needs (pino's `Logger` fits). */
export interface MessagingLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What every messaging router factory takes; `settings` is the channel's own. */
export interface MessagingDependencies<Settings> {
  assistant: Assistant;
  logger: MessagingLogger;
  settings: Settings;
  /**
   * The real time, for security checks (Slack's signature window, the replay
   * window); never the bot's business clock, which `BOT_NOW` may pin.
   * Defaults to the system clock.
   */
  wallClock?: Clock;
  /** The events already accepted; defaults to this router's own in-process window. */
  replays?: ReplayGuard;
  /** Where answers run after the acknowledgement; defaults to the router's own. */
  answers?: AnswersInFlight;
}
