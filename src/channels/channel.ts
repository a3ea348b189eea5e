import type { Router } from 'express';
import type { z } from 'zod';
import type { Assistant } from '../assistant.ts';
import type { Answer } from '../dialog/answer.ts';
import type { Catalog } from '../offers/catalog.ts';
import type { Clock } from '../time/clock.ts';
import type { AnswersInFlight } from './messaging/answersInFlight.ts';
import type { ReplayGuard } from './messaging/replayGuard.ts';
import type { MessagingLogger } from './messaging/types.ts';

/** The environment as the channels read it: the variables their `env` shapes validated. */
export type ChannelEnv = Readonly<Record<string, unknown>>;

/** What the server hands every channel's `routers`: the core and the shared webhook machinery. */
export interface ChannelServices {
  assistant: Assistant;
  logger: MessagingLogger;
  /** The bot's business clock (`BOT_NOW` may pin it). */
  clock: Clock;
  /** The real time, for security checks (signature and replay windows). */
  wallClock: Clock;
  /** The catalog in service. */
  catalog: () => Catalog;
  /** The events the webhook channels already accepted: one window for all of them. */
  replays: ReplayGuard;
  /** The webhook answers run after their acknowledgement (shutdown waits for them). */
  answers: AnswersInFlight;
}

/**
 * One channel, as the table in `channels.ts` lists it: its name (stamped on every turn it
 * carries, the `channel` label of the metrics and logs), its environment variables (a zod shape
 * spread into the server's configuration), its settings built from them, its HTTP routes and its
 * renderer of an Answer.
 */
export interface Channel<Name extends string = string, Settings = unknown, Payload = unknown> {
  readonly name: Name;
  /** Its environment variables; none for a channel without settings. */
  readonly env: z.ZodRawShape;
  /** Variables that go together: all set or none (else a French line names the missing one). */
  readonly together: ReadonlyArray<readonly [string, string]>;
  /** Its settings from the validated environment; null when the channel is off. */
  settings(env: ChannelEnv): Settings | null;
  /** Its HTTP routes when on (`settings` not null); none for a channel without HTTP. */
  routers(settings: Settings, services: ChannelServices): Router[];
  /** An Answer as this channel shows it. */
  render(answer: Answer): Payload;
}

/** Declares a channel with its types inferred (the table's entries use it). */
export function defineChannel<Name extends string, Settings, Payload>(
  channel: Channel<Name, Settings, Payload>,
): Channel<Name, Settings, Payload> {
  return channel;
}
