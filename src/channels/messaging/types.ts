import type { Assistant } from '../../assistant.ts';
import type { Clock } from '../../time/clock.ts';

/** The logging a messaging channel needs (pino's `Logger` fits). */
export interface MessagingLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What every messaging router factory takes; `settings` is the channel's own. */
export interface MessagingDependencies<Settings> {
  assistant: Assistant;
  clock: Clock;
  logger: MessagingLogger;
  settings: Settings;
}
