import type { Router } from 'express';
import type { Storage } from '../dialog/state/storage.ts';
import { type Clock, systemClock } from '../time/clock.ts';
import type { ChannelEnv, ChannelServices } from './channel.ts';
import { cliChannel } from './cli/cliChannel.ts';
import { AnswersInFlight } from './messaging/answersInFlight.ts';
import { memoryReplayGuard, REPLAY_WINDOW, sharedReplayGuard } from './messaging/replayGuard.ts';
import { restChannel } from './rest/restChannel.ts';
import { slackChannel } from './slack/slackChannel.ts';
import { widgetChannel } from './web/widgetChannel.ts';
import { webexChannel } from './webex/webexChannel.ts';

/**
 * Every channel, once. Adding one is an entry here and its module: its name joins
 * `ChannelName` (turns, metrics labels, logs), its variables the configuration, its routes the
 * server.
 */
export const CHANNELS = [
  widgetChannel,
  restChannel,
  cliChannel,
  slackChannel,
  webexChannel,
] as const;

type AnyChannel = (typeof CHANNELS)[number];

/** The name of a channel of the table: what every turn is stamped with. */
export type ChannelName = AnyChannel['name'];

/** Each channel's settings by name; null when the channel is off. */
export type ChannelSettings = {
  [C in AnyChannel as C['name']]: ReturnType<C['settings']>;
};

/** Every channel's environment variables, spread into the server's configuration schema. */
export const channelEnvShape = Object.assign({}, ...CHANNELS.map((c) => c.env)) as UnionToShape<
  AnyChannel['env']
>;

type UnionToShape<U> = (U extends unknown ? (u: U) => void : never) extends (u: infer I) => void
  ? I
  : never;

/**
 * Each channel's settings from the validated environment; throws one French line per variable
 * missing from a pair (`SLACK_BOT_TOKEN : obligatoire avec SLACK_SIGNING_SECRET`).
 */
export function channelSettings(env: ChannelEnv): ChannelSettings {
  const lines = CHANNELS.flatMap((channel) =>
    channel.together
      .filter(([a, b]) => (env[a] === undefined) !== (env[b] === undefined))
      .map(([a, b]) => (env[a] === undefined ? [a, b] : [b, a]))
      .map(([missing, given]) => `- ${missing} : obligatoire avec ${given}`),
  );
  if (lines.length > 0) throw new Error(`Configuration invalide :\n${lines.join('\n')}`);
  return Object.fromEntries(CHANNELS.map((c) => [c.name, c.settings(env)])) as ChannelSettings;
}

/** What the server gives `channelRouters`; the webhook replay window and answers are built here. */
export interface ChannelRoutersDependencies
  extends Omit<ChannelServices, 'replays' | 'answers' | 'wallClock'> {
  /** Sees each webhook answer run after its acknowledgement (the shutdown drain's `hold`). */
  hold?: (work: Promise<void>) => void;
  /** The conversation storage when several instances share it (Redis): one replay window then. */
  sharedStorage?: Storage | null;
  /** The real time for security checks; the system clock unless a test pins it. */
  wallClock?: Clock;
  /** The answers in flight, when a test waits for them; built here otherwise. */
  answers?: AnswersInFlight;
}

/**
 * The routes of every channel that is on, in the table's order. The webhook channels share one
 * replay window and one set of answers in flight.
 */
export function channelRouters(
  settings: ChannelSettings,
  { hold, sharedStorage = null, wallClock = systemClock, ...deps }: ChannelRoutersDependencies,
): Router[] {
  const local = memoryReplayGuard(REPLAY_WINDOW, wallClock);
  const services: ChannelServices = {
    ...deps,
    wallClock,
    replays: sharedStorage === null ? local : sharedReplayGuard(sharedStorage, local, deps.logger),
    answers: deps.answers ?? new AnswersInFlight(deps.logger, hold),
  };
  return CHANNELS.flatMap((channel) => {
    const own = settings[channel.name];
    // Each entry's settings type is its own: the table's union is narrowed by the name.
    return own === null
      ? []
      : (channel.routers as (s: typeof own, v: ChannelServices) => Router[])(own, services);
  });
}
