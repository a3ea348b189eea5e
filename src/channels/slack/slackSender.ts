import { apiUrl, callJsonApi, MessagingApiError, type Fetch } from '../messaging/postJson.ts';

/** A `chat.postMessage` body, as far as we use it. */
export interface SlackMessage {
  channel: string;
  text: string;
  thread_ts?: string;
  blocks?: object[];
}

/** Where replies go: the Slack Web API in production, a recorder or a local server in tests. */
export interface SlackSender {
  postMessage(message: SlackMessage): Promise<void>;
}

export interface SlackWebApiOptions {
  botToken: string;
  /** Defaults to `https://slack.com/api/`. */
  apiBaseUrl?: string;
  fetch?: Fetch;
  timeoutMs?: number;
}

/** Posts with `chat.postMessage`; throws on HTTP errors and on Slack's `{ ok: false }`. */
export function slackWebApiSender({
  botToken,
  apiBaseUrl = 'https://slack.com/api/',
  fetch: fetchImpl = fetch,
  timeoutMs = 5000,
}: SlackWebApiOptions): SlackSender {
  const url = apiUrl(apiBaseUrl, 'chat.postMessage');
  return {
    async postMessage(message) {
      const result = (await callJsonApi(fetchImpl, url, botToken, {
        method: 'POST',
        body: message,
        timeoutMs,
      })) as { ok?: unknown; error?: unknown };
      if (result.ok !== true)
        throw new MessagingApiError(
          `chat.postMessage: ${String(result.error ?? 'ok absent')}`,
          200,
        );
    },
  };
}
