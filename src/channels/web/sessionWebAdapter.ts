import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Activity, ResourceResponse } from 'botbuilder';
import { WebAdapter } from 'botbuilder-adapter-web';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { createGate } from './gate.ts';
import type { Admitted, Gate, GateOptions } from './gate.ts';
import { SUBPROTOCOL } from './handshake.ts';
import { WEB_MESSAGES } from './messages.ts';
import { aggregateWarnings, type AggregatingLogger } from './repeatedWarnings.ts';
import { keepAlive, sendFrame } from './socket.ts';
import type { WebErrorCode } from './messages.ts';
import { requestPath, WS_PATH } from './types.ts';
import type { WebSession } from './types.ts';

export const MAX_PAYLOAD_BYTES = 4096;
export const MAX_TEXT_CHARS = 500;
const MAX_PENDING_TURNS = 3;
/** At most one "doucement" notice per socket in this interval; extra frames are dropped silently. */
const NOTICE_INTERVAL_MS = 2000;

export type { WebLimits, WebLogger, WebSession } from './types.ts';
export { WS_PATH } from './types.ts';

export interface AttachOptions extends GateOptions {
  /** Called once per new socket, e.g. to send the session and welcome frames. */
  onConnection?: (send: (frame: object) => void, session: WebSession) => void;
  /** Answers a `{type: 'feedback'}` frame of the socket's session (a vote on an answer); refused as a bad message when absent. */
  onFeedback?: (session: WebSession, frame: Record<string, unknown>) => object;
}

type Logic = (context: TurnContext) => Promise<void>;
interface Connection extends Admitted {
  ws: WebSocket;
  pending: number;
  queue: Promise<void>;
  noticeAt: number;
}

/**
 * The stock WebAdapter, made safe: no socket server on `init`, no webhook, and
 * a server-verified identity: the conversation is the id inside a signed token
 * the server issued (a client-sent `user` is ignored). Replies go to the socket
 * that asked, never to another socket of any conversation.
 */
export class SessionWebAdapter extends WebAdapter {
  private logic: Logic | null = null;
  private readonly connections = new Map<string, Connection>();
  private server: WebSocketServer | null = null;
  private detach: (() => void) | null = null;
  private logger: AggregatingLogger | null = null;

  /** Botkit calls this on registration: only remember its turn handler. */
  override init(botkit: { handleTurn(context: TurnContext): Promise<unknown> }): void {
    this.logic = async (context) => {
      await botkit.handleTurn(context);
    };
  }

  override createSocketServer(): void {
    throw new Error('SessionWebAdapter: use attach()');
  }
  override async processActivity(): Promise<void> {
    throw new Error('SessionWebAdapter: no webhook');
  }

  /** Handles `upgrade` requests for `/ws` on the given HTTP server: Origin, token, rate and connection checks first. */
  attach(httpServer: http.Server, given: AttachOptions): void {
    if (this.server) throw new Error('SessionWebAdapter: already attached');
    // Refusals and socket errors come in floods when someone hammers /ws: repeats are folded.
    const logger = aggregateWarnings(given.logger);
    const options = { ...given, logger };
    const gate = createGate(options);
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: MAX_PAYLOAD_BYTES,
      handleProtocols: (offered) => (offered.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
    });
    this.server = wss;
    this.logger = logger;
    const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
      if (requestPath(req.url) !== WS_PATH) {
        if (httpServer.listenerCount('upgrade') === 1) socket.destroy();
        return;
      }
      socket.on('error', (err) => logger.warn({ err }, 'web: upgrade socket error'));
      const admitted = gate.admitUpgrade(req, socket);
      if (admitted)
        wss.handleUpgrade(req, socket, head, (ws) => this.open(ws, admitted, gate, options));
    };
    httpServer.on('upgrade', onUpgrade);
    this.detach = () => httpServer.off('upgrade', onUpgrade);
  }

  private open(ws: WebSocket, admitted: Admitted, gate: Gate, options: AttachOptions): void {
    const { logger } = options;
    const id = randomUUID();
    const conn: Connection = {
      ...admitted,
      ws,
      pending: 0,
      queue: Promise.resolve(),
      noticeAt: -Infinity,
    };
    this.connections.set(id, conn);
    keepAlive(ws);
    ws.on('close', () => this.connections.delete(id));
    ws.on('error', (err) => logger.warn({ err, connection: id }, 'web: socket error'));
    ws.on('message', (data, isBinary) => this.receive(id, conn, gate, data, isBinary, options));
    try {
      options.onConnection?.((frame) => sendFrame(ws, frame, logger), admitted.session);
    } catch (err) {
      logger.error({ err, connection: id }, 'web: onConnection failed');
    }
  }

  private receive(
    id: string,
    conn: Connection,
    gate: Gate,
    data: unknown,
    isBinary: boolean,
    options: AttachOptions,
  ): void {
    const { logger, now = Date.now } = options;
    const fail = (code: WebErrorCode, text: string) =>
      sendFrame(conn.ws, { type: 'message', text, error: code }, logger);
    if (!gate.admitMessage(conn)) {
      if (now() - conn.noticeAt < NOTICE_INTERVAL_MS) return;
      conn.noticeAt = now();
      return fail('rate_limited', WEB_MESSAGES.rateLimited);
    }
    let message: unknown;
    try {
      if (isBinary) throw new Error('binary frame');
      message = JSON.parse(String(data));
    } catch {
      return fail('bad_json', WEB_MESSAGES.badJson);
    }
    const { type, text } = (message ?? {}) as { type?: unknown; text?: unknown };
    if (type === 'feedback' && options.onFeedback) {
      const frame = message as Record<string, unknown>;
      return sendFrame(conn.ws, options.onFeedback(conn.session, frame), logger);
    }
    if (type !== 'message' || typeof text !== 'string' || text.trim() === '')
      return fail('bad_message', WEB_MESSAGES.badMessage);
    if (text.length > MAX_TEXT_CHARS) return fail('too_long', WEB_MESSAGES.tooLong);
    if (conn.pending >= MAX_PENDING_TURNS) return fail('busy', WEB_MESSAGES.busy);
    const logic = this.logic;
    if (!logic) return logger.error({ connection: id }, 'web: no turn handler (init not called)');
    const activity: Partial<Activity> = {
      timestamp: new Date(),
      channelId: 'websocket',
      conversation: { id } as Activity['conversation'],
      from: { id: conn.session.conversation, name: 'visiteur' },
      recipient: { id: 'bot', name: 'bot' },
      channelData: { type: 'message', text: text.trim() },
      text: text.trim(),
      type: ActivityTypes.Message,
    };
    conn.pending += 1;
    conn.queue = conn.queue
      .then(() => this.runMiddleware(new TurnContext(this, activity), logic))
      .catch((err: unknown) => logger.error({ err, connection: id }, 'web: turn failed'))
      .finally(() => {
        conn.pending -= 1;
      });
  }

  /** Sends each activity to the socket whose turn it answers (the activity's conversation is that socket's id). */
  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const conn = this.connections.get(
        activity.conversation?.id ?? context.activity.conversation.id,
      );
      const frame = { type: activity.type, text: activity.text, ...activity.channelData };
      if (conn) sendFrame(conn.ws, frame, this.logger ?? undefined);
      responses.push({ id: randomUUID() });
    }
    return responses;
  }

  override isConnected(connection: string): boolean {
    return this.connections.has(connection);
  }

  /** Closes every socket (1001, going away) and the socket server. */
  async close(): Promise<void> {
    this.detach?.();
    this.detach = null;
    this.logger?.close();
    for (const { ws } of this.connections.values()) {
      ws.close(1001, 'server shutting down');
      setTimeout(() => ws.terminate(), 2000).unref();
    }
    this.connections.clear();
    const wss = this.server;
    this.server = null;
    if (wss) await new Promise<void>((resolve) => wss.close(() => resolve()));
  }
}
