import type http from 'node:http';
import type { Storage, StoreItems } from 'botbuilder';
import { Botkit } from 'botkit';
import type { Assistant } from '../../assistant.ts';
import type { Answer } from '../../dialog/answer.ts';
import type { FeedbackLog } from '../../dialog/learning/feedbackLog.ts';
import { ConversationTokens } from '../conversationTokens.ts';
import { receiveFeedback } from './feedbackFrames.ts';
import { WEB_MESSAGES } from './messages.ts';
import { renderWeb } from './renderWeb.ts';
import { SessionWebAdapter } from './sessionWebAdapter.ts';
import type { WebLimits, WebLogger, WebSession } from './types.ts';

export interface WebChannelOptions {
  /** The HTTP server the Express app listens with; `/ws` upgrades are handled on it. */
  server: http.Server;
  assistant: Assistant;
  logger?: WebLogger;
  /** Signs the session tokens; give the server's (`SESSION_SECRET`) so tokens outlive a restart. Random by default. */
  tokens?: ConversationTokens;
  /** Message rates and connection cap; `DEFAULT_WEB_LIMITS` when absent. */
  limits?: WebLimits;
  /** Origins besides the page's own allowed to open a socket (`ALLOWED_ORIGINS`). */
  allowedOrigins?: readonly string[];
  /** The client address of an upgrade request, as Express computes `req.ip` (`clientAddress(app)`). */
  clientIp?: (req: http.IncomingMessage) => string;
  /** Write client addresses in the channel's warnings (`LOG_CLIENT_IP`); off by default. */
  logClientIp?: boolean;
  now?: () => number;
  /** Where 👍/👎 are counted: each answer frame then carries an `answerId`, and `feedback` frames vote. */
  feedback?: FeedbackLog;
}

/** The limits when none are given (the configuration's defaults). */
export const DEFAULT_WEB_LIMITS: Readonly<WebLimits> = Object.freeze({
  sessionMessagesPerMinute: 20,
  ipMessagesPerMinute: 120,
  maxConnectionsPerIp: 20,
});

/**
 * The first frame of every socket: its identity, for the client to keep and present on
 * reconnection. `renewed`: the token it presented is no longer accepted, this is a fresh one;
 * the client keeps its transcript and says the conversation starts afresh (no welcome follows).
 */
export function sessionFrame({ token, resumed, renewed }: WebSession): {
  type: 'session';
  token: string;
  resumed: boolean;
  renewed: boolean;
} {
  return { type: 'session', token, resumed, renewed };
}

export interface WebChannel {
  /** Closes every socket (1001) and stops accepting `/ws` upgrades. Does not close `server`. */
  close(): Promise<void>;
}

/**
 * The conversation state lives in the assistant, not in Botkit: a storage that
 * keeps nothing, so sessions leave no trace in memory once their socket closes.
 */
const noStorage: Storage = {
  read: async (): Promise<StoreItems> => ({}),
  write: async () => {},
  delete: async () => {},
};

const consoleLogger: WebLogger = {
  info: () => {},
  warn: (obj, msg) => console.warn(msg ?? 'web', obj),
  error: (obj, msg) => console.error(msg ?? 'web', obj),
};

/** The welcome frame: same shape as an answer frame, so the widget has one renderer. */
export function welcomeFrame(): { type: 'message'; text: string; answer: Answer } {
  const text = WEB_MESSAGES.welcome;
  return {
    type: 'message',
    text,
    answer: {
      text,
      offers: [],
      suggestions: [],
      quickReplies: [...WEB_MESSAGES.welcomeQuickReplies],
      intent: 'welcome',
    },
  };
}

/**
 * Serves the assistant over WebSocket (`/ws`) through Botkit and the session
 * adapter. Each socket first gets a `session` frame (its signed token), then a
 * welcome unless it resumed a conversation with a valid token or was renewed. With
 * `feedback`, each answer frame carries an `answerId` and a `{type: 'feedback',
 * answerId, vote}` frame is answered with the vote counted or an `error`.
 */
export function attachWebChannel(options: WebChannelOptions): WebChannel {
  const { server, assistant, logger = consoleLogger, feedback } = options;
  const adapter = new SessionWebAdapter();
  const controller = new Botkit({
    adapter,
    disable_webserver: true,
    disable_console: true,
    storage: noStorage,
  });

  controller.on('message', async (bot, message) => {
    const conversation = message.user;
    try {
      const answer = await assistant.ask({
        conversation,
        text: message.text ?? '',
        channel: 'web',
      });
      logger.info(
        { session: conversation, intent: answer.intent, offers: answer.offers.length },
        'web: answered',
      );
      const text = message.text ?? '';
      const answerId = feedback?.remember({ conversation, text, intent: answer.intent }) ?? null;
      await bot.reply(message, renderWeb(answer, answerId));
    } catch (err) {
      logger.error({ err, session: conversation }, 'web: turn failed');
      await bot
        .reply(message, { text: WEB_MESSAGES.turnError, channelData: { error: 'turn_failed' } })
        .catch((sendErr: unknown) =>
          logger.error({ err: sendErr, session: conversation }, 'web: apology failed'),
        );
    }
  });

  adapter.attach(server, {
    logger,
    tokens: options.tokens ?? new ConversationTokens(null),
    limits: options.limits ?? DEFAULT_WEB_LIMITS,
    allowedOrigins: options.allowedOrigins,
    clientIp: options.clientIp,
    logClientIp: options.logClientIp,
    now: options.now,
    ...(feedback
      ? {
          onFeedback: (session: WebSession, frame: Record<string, unknown>) =>
            receiveFeedback(feedback, session.conversation, frame),
        }
      : {}),
    onConnection: (send, session) => {
      const { conversation, resumed, renewed } = session;
      logger.info({ session: conversation, resumed, renewed }, 'web: connected');
      send(sessionFrame(session));
      if (!resumed && !renewed) send(welcomeFrame());
    },
  });

  return {
    async close() {
      await adapter.close();
      await controller.shutdown();
    },
  };
}
