import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { WebSocket } from 'ws';
import type { Assistant } from '../../../src/assistant.ts';
import { ConversationTokens } from '../../../src/channels/conversationTokens.ts';
import { offerPageRouter } from '../../../src/channels/rest/offerPage.ts';
import { offersRouter } from '../../../src/channels/rest/offersRoute.ts';
import { webAssetsRouter } from '../../../src/channels/web/assets.ts';
import type { WebLogger } from '../../../src/channels/web/sessionWebAdapter.ts';
import { attachWebChannel } from '../../../src/channels/web/webChannel.ts';
import type { WebChannel } from '../../../src/channels/web/webChannel.ts';
import type { Answer } from '../../../src/dialog/answer.ts';
import type { FeedbackLog } from '../../../src/dialog/learning/feedbackLog.ts';
import { UnansweredLog } from '../../../src/dialog/learning/unansweredLog.ts';
import { adminRouter } from '../../../src/server/admin.ts';
import type { LoadedAssistant } from '../../../src/createAssistant.ts';
import { createApp } from '../../../src/server/app.ts';
import { withSecurityDefaults, type SecuritySettings } from '../../../src/server/security.ts';
import { webChannelSecurity } from '../../../src/server/securityConfig.ts';
import type { Clock } from '../../../src/time/clock.ts';

export const SECRET = 'un secret de test assez long pour signer des jetons';
/** The admin token of a stack given a feedback log. */
export const ADMIN_TOKEN = 'jeton-admin-de-test-0123456789';

/** A frame the server sends (session or message). */
export interface Frame {
  type: string;
  text: string;
  answer?: Answer;
  error?: string;
  token?: string;
  resumed?: boolean;
  /** The client presented a token the server no longer accepts: a fresh one, no welcome. */
  renewed?: boolean;
  /** An answer's id, for a feedback frame. */
  answerId?: string;
  /** A feedback frame's vote. */
  vote?: string;
}

export const silentLogger: WebLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface Stack {
  app: Express;
  server: http.Server;
  channel: WebChannel;
  baseUrl: string;
  wsUrl: string;
  tokens: ConversationTokens;
  /** Re-attaches the web channel after `channel.close()` (a server-side restart of the sockets). */
  reattach(): void;
  stop(): Promise<void>;
}

/** The whole HTTP stack as `main.ts` builds it (security, offer routes, widget, web channel) on a free port. */
export async function startStack(options: {
  assistant: Assistant & Partial<Pick<LoadedAssistant, 'catalog'>>;
  clock?: Clock;
  security?: Partial<SecuritySettings>;
  logger?: WebLogger;
  /** The rate limiters' clock (milliseconds). */
  now?: () => number;
  /** `LOG_CLIENT_IP` (false by default, as in production). */
  logClientIp?: boolean;
  /** Signs and checks the tokens of both channels (e.g. on a test's wall clock); from SECRET when absent. */
  tokens?: ConversationTokens;
  /** Where both channels count 👍/👎; listed at `/admin/feedback` behind {@link ADMIN_TOKEN}. */
  feedback?: FeedbackLog;
}): Promise<Stack> {
  const { assistant, clock, logger = silentLogger, now } = options;
  const tokens = options.tokens ?? new ConversationTokens(SECRET);
  const config = {
    sessionSecret: SECRET,
    trustProxy: false as const,
    logClientIp: options.logClientIp ?? false,
    ...withSecurityDefaults(options.security ?? {}),
  };
  const catalog = assistant.catalog;
  const routers =
    catalog && clock ? [offersRouter({ catalog, clock }), offerPageRouter({ catalog, clock })] : [];
  const { feedback } = options;
  const admin = feedback
    ? adminRouter(ADMIN_TOKEN, {
        feedback,
        unanswered: new UnansweredLog({ clock: { now: () => new Date() } }),
      })
    : null;
  const app = createApp({
    assistant,
    config,
    tokens,
    feedback,
    routers: [...routers, webAssetsRouter(), ...(admin ? [admin] : [])],
  });
  const server = http.createServer(app);
  const attach = () =>
    attachWebChannel({
      server,
      assistant,
      logger,
      now,
      ...webChannelSecurity(config, app),
      tokens,
      feedback,
    });
  const stack: Stack = {
    app,
    server,
    channel: attach(),
    baseUrl: '',
    wsUrl: '',
    tokens,
    reattach() {
      stack.channel = attach();
    },
    async stop() {
      await stack.channel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  stack.baseUrl = `http://127.0.0.1:${port}`;
  stack.wsUrl = `ws://127.0.0.1:${port}/ws`;
  return stack;
}

/** How a client presents itself on the handshake. */
export interface ClientOptions {
  token?: string;
  protocols?: string[];
  origin?: string;
}

/** A ws client that queues the frames it receives. */
export class Client {
  readonly ws: WebSocket;
  private readonly frames: Frame[] = [];
  private waiters: ((frame: Frame) => void)[] = [];
  readonly closed: Promise<{ code: number }>;

  constructor(url: string, options: ClientOptions = {}) {
    const protocols = options.protocols ?? [
      'avp.v1',
      ...(options.token ? [`token.${options.token}`] : []),
    ];
    this.ws = new WebSocket(url, protocols, options.origin ? { origin: options.origin } : {});
    this.ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      const waiter = this.waiters.shift();
      if (waiter) waiter(frame);
      else this.frames.push(frame);
    });
    this.closed = new Promise((resolve) => this.ws.on('close', (code) => resolve({ code })));
  }

  static async open(url: string, options: ClientOptions = {}): Promise<Client> {
    const client = new Client(url, options);
    await new Promise<void>((resolve, reject) => {
      client.ws.once('open', () => resolve());
      client.ws.once('error', reject);
    });
    return client;
  }

  next(timeoutMs = 10_000): Promise<Frame> {
    const queued = this.frames.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no frame received')), timeoutMs);
      this.waiters.push((frame) => {
        clearTimeout(timer);
        resolve(frame);
      });
    });
  }

  /** Resolves true when no frame arrives within `ms`. */
  async silentFor(ms: number): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.frames.length === 0;
  }

  send(payload: unknown): void {
    this.ws.send(typeof payload === 'string' ? payload : JSON.stringify(payload));
  }

  /** Sends a question and waits for its answer. */
  async ask(text: string): Promise<Frame> {
    this.send({ type: 'message', text });
    return this.next();
  }

  close(): void {
    this.ws.close();
  }
}

/** Opens a socket and reads its session frame (and the welcome of a new visitor: neither resumed nor renewed). */
export async function connect(
  url: string,
  options: ClientOptions = {},
): Promise<{ client: Client; session: Frame }> {
  const client = await Client.open(url, options);
  const session = await client.next();
  if (session.type !== 'session') throw new Error(`expected a session frame, got ${session.type}`);
  if (!session.resumed && !session.renewed) {
    const welcome = await client.next();
    if (welcome.answer?.intent !== 'welcome') throw new Error('expected the welcome frame');
  }
  return { client, session };
}

/** The HTTP status a refused upgrade answers with, and its body. */
export function refusedUpgrade(
  url: string,
  options: ClientOptions = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new Client(url, options).ws;
    ws.on('open', () => reject(new Error('upgrade accepted')));
    ws.on('error', () => {});
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
  });
}

export function references(frame: Frame): string[] {
  return (frame.answer?.offers ?? []).map((o) => o.reference);
}
