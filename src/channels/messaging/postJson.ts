/** The fetch the senders use; injectable for tests. */
export type Fetch = typeof fetch;

/** An API call that did not succeed (network error, non-2xx, or `ok: false`). */
export class MessagingApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'MessagingApiError';
  }
}

/**
 * Calls a JSON API with a bearer token and a timeout; returns the parsed JSON
 * response, throws `MessagingApiError` on any failure.
 */
export async function callJsonApi(
  fetchImpl: Fetch,
  url: string,
  token: string,
  init: { method: 'GET' | 'POST'; body?: unknown; timeoutMs: number },
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: init.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (err) {
    throw new MessagingApiError(
      `${init.method} ${new URL(url).pathname}: ${(err as Error).message}`,
      null,
    );
  }
  const text = await response.text();
  if (!response.ok)
    throw new MessagingApiError(
      `${init.method} ${new URL(url).pathname}: HTTP ${response.status}`,
      response.status,
    );
  try {
    return text === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new MessagingApiError(
      `${init.method} ${new URL(url).pathname}: réponse non JSON`,
      response.status,
    );
  }
}

/** Joins a base URL (with or without trailing slash) and a method path. */
export function apiUrl(base: string, path: string): string {
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}
