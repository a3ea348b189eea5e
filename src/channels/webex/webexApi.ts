import { apiUrl, callJsonApi, MessagingApiError, type Fetch } from '../messaging/postJson.ts';

/** A message as `GET /messages/{id}` gives it, as far as we use it. */
export interface WebexMessage {
  id: string;
  roomId: string;
  personId: string;
  text: string;
  html: string | null;
  parentId: string | null;
  /** When it was posted (ISO 8601), as Webex says; null when absent. */
  created: string | null;
}

/** A `POST /messages` body, as far as we use it. */
export interface WebexOutgoing {
  roomId: string;
  text: string;
  markdown: string;
  parentId?: string;
}

/** The Webex calls the channel makes: read the notified message, post the reply. */
export interface WebexApi {
  getMessage(id: string): Promise<WebexMessage>;
  createMessage(message: WebexOutgoing): Promise<void>;
}

export interface WebexRestOptions {
  accessToken: string;
  /** Defaults to `https://webexapis.com/v1/`. */
  apiBaseUrl?: string;
  fetch?: Fetch;
  timeoutMs?: number;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The Webex REST API over fetch; throws `MessagingApiError` on any failure. */
export function webexRestApi({
  accessToken,
  apiBaseUrl = 'https://webexapis.com/v1/',
  fetch: fetchImpl = fetch,
  timeoutMs = 5000,
}: WebexRestOptions): WebexApi {
  return {
    async getMessage(id) {
      const url = apiUrl(apiBaseUrl, `messages/${encodeURIComponent(id)}`);
      const m = (await callJsonApi(fetchImpl, url, accessToken, {
        method: 'GET',
        timeoutMs,
      })) as Record<string, unknown>;
      const [mid, roomId, personId] = [str(m.id), str(m.roomId), str(m.personId)];
      if (mid === null || roomId === null || personId === null)
        throw new MessagingApiError('GET /messages: réponse incomplète', 200);
      return {
        id: mid,
        roomId,
        personId,
        text: str(m.text) ?? '',
        html: str(m.html),
        parentId: str(m.parentId),
        created: str(m.created),
      };
    },
    async createMessage(message) {
      await callJsonApi(fetchImpl, apiUrl(apiBaseUrl, 'messages'), accessToken, {
        method: 'POST',
        body: message,
        timeoutMs,
      });
    },
  };
}
