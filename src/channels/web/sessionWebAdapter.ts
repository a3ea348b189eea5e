import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { ActivityTypes, TurnContext } from 'botbuilder';
import type { Activity, ResourceResponse } from 'botbuilder';
import { WebAdapter } from 'botbuilder-adapter-web';
import { WebSocket, WebSocketServer } from 'ws';
import { WEB_MESSAGES } from './messages.ts';
import type { WebErrorCode } from './messages.ts';

export const WS_PATH = '/ws';
export const MAX_PAYLOAD_BYTES = 4096;
export const MAX_TEXT_CHARS = 500;
const HEARTBEAT_MS = 30_000;
const MAX_PENDING_TURNS = 3;

export interface WebLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface AttachOptions {
  logger: WebLogger;
  /** Called once per new connection, e.g. to send a welcome frame. */
  onConnection?: (send: (frame: object) => void, session: string) => void;
}

type Logic = (context: TurnContext) => Promise<void>;
interface Session { ws: WebSocket; pending: number; queue: Promise<void> }

/**
 * The stock WebAdapter, made safe: no socket server on `init`, no webhook, and
 * a server-chosen session id per connection (the client's `user` is ignored).
 */
export class SessionWebAdapter extends WebAdapter {
  private logic: Logic | null = null;
  private readonly sessions = new Map<string, Session>();
  private server: WebSocketServer | null = null;
  private detach: (() => void) | null = null;
  private logger: WebLogger | null = null;

  /** Botkit calls this on registration: only remember its turn handler. */
  override init(botkit: { handleTurn(context: TurnContext): Promise<unknown> }): void {
    this.logic = async (context) => { await botkit.handleTurn(context); };
  }

  override createSocketServer(): void { throw new Error('SessionWebAdapter: use attach()'); }
  override async processActivity(): Promise<void> { throw new Error('SessionWebAdapter: no webhook'); }

  /** Handles `upgrade` requests for `/ws` on the given HTTP server. */
  attach(httpServer: http.Server, options: AttachOptions): void {
    const { logger } = options;
    if (this.server) throw new Error('SessionWebAdapter: already attached');
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
    this.server = wss;
    this.logger = logger;
    const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer): void => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path !== WS_PATH) {
        if (httpServer.listenerCount('upgrade') === 1) socket.destroy();
        return;
      }
      socket.on('error', (err) => logger.warn({ err }, 'web: upgrade socket error'));
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    };
    httpServer.on('upgrade', onUpgrade);
    this.detach = () => httpServer.off('upgrade', onUpgrade);
    wss.on('connection', (ws: WebSocket) => {
      const id = randomUUID();
      const session: Session = { ws, pending: 0, queue: Promise.resolve() };
      this.sessions.set(id, session);
      let alive = true;
      ws.on('pong', () => { alive = true; });
      const heartbeat = setInterval(() => {
        if (!alive) return ws.terminate();
        alive = false;
        ws.ping();
      }, HEARTBEAT_MS);
      heartbeat.unref();
      ws.on('close', () => { clearInterval(heartbeat); this.sessions.delete(id); });
      ws.on('error', (err) => logger.warn({ err, session: id }, 'web: socket error'));
      ws.on('message', (data, isBinary) => this.receive(id, session, data, isBinary, logger));
      try {
        options.onConnection?.((frame) => send(ws, frame, logger), id);
      } catch (err) {
        logger.error({ err, session: id }, 'web: onConnection failed');
      }
    });
  }

  private receive(id: string, session: Session, data: unknown, isBinary: boolean, logger: WebLogger): void {
    const fail = (code: WebErrorCode, text: string) =>
      send(session.ws, { type: 'message', text, error: code }, logger);
    let message: unknown;
    try {
      if (isBinary) throw new Error('binary frame');
      message = JSON.parse(String(data));
    } catch {
      return fail('bad_json', WEB_MESSAGES.badJson);
    }
    const { type, text } = (message ?? {}) as { type?: unknown; text?: unknown };
    if (type !== 'message' || typeof text !== 'string' || text.trim() === '') {
      return fail('bad_message', WEB_MESSAGES.badMessage);
    }
    if (text.length > MAX_TEXT_CHARS) return fail('too_long', WEB_MESSAGES.tooLong);
    if (session.pending >= MAX_PENDING_TURNS) return fail('busy', WEB_MESSAGES.busy);
    const logic = this.logic;
    if (!logic) return logger.error({ session: id }, 'web: no turn handler (init not called)');
    const activity: Partial<Activity> = {
      timestamp: new Date(),
      channelId: 'websocket',
      conversation: { id } as Activity['conversation'],
      from: { id, name: 'visiteur' },
      recipient: { id: 'bot', name: 'bot' },
      channelData: { type: 'message', text: text.trim() },
      text: text.trim(),
      type: ActivityTypes.Message,
    };
    session.pending += 1;
    session.queue = session.queue
      .then(() => this.runMiddleware(new TurnContext(this, activity), logic))
      .catch((err: unknown) => logger.error({ err, session: id }, 'web: turn failed'))
      .finally(() => { session.pending -= 1; });
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const id = activity.conversation?.id ?? context.activity.conversation.id;
      const session = this.sessions.get(id);
      const frame = { type: activity.type, text: activity.text, ...activity.channelData };
      if (session) send(session.ws, frame, this.logger ?? undefined);
      responses.push({ id: randomUUID() });
    }
    return responses;
  }

  override isConnected(user: string): boolean { return this.sessions.has(user); }

  /** Closes every socket (1001, going away) and the socket server. */
  async close(): Promise<void> {
    this.detach?.();
    this.detach = null;
    for (const { ws } of this.sessions.values()) {
      ws.close(1001, 'server shutting down');
      setTimeout(() => ws.terminate(), 2000).unref();
    }
    this.sessions.clear();
    const wss = this.server;
    this.server = null;
    if (wss) await new Promise<void>((resolve) => wss.close(() => resolve()));
  }
}

function send(ws: WebSocket, frame: object, logger?: WebLogger): void {
  if (ws.readyState !== WebSocket.OPEN) return;
  ws.send(JSON.stringify(frame), (err) => { if (err) logger?.warn({ err }, 'web: send failed'); });
}
