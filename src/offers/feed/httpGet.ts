import { readBody } from './readSource.ts';

/** Limits on one HTTP GET (redirects and body included). */
export interface HttpGetLimits {
  /** Largest body, in bytes: a larger one is refused (declared or counted while read). */
  maxBytes: number;
  /** Time for the whole exchange: every redirect and the body. */
  timeoutMs: number;
  /** Redirects followed at most (each to http or https only). */
  maxRedirects: number;
}

/** Why a GET gave no usable body, by kind (counted in `/metrics`), with a French reason. */
export type HttpFailureKind =
  | 'unreachable'
  | 'http_status'
  | 'timeout'
  | 'too_large'
  | 'redirects'
  | 'scheme';

/** What a GET gave: a body, a 304, or a failure. */
export type HttpGetResult =
  | { kind: 'body'; bytes: Uint8Array; headers: Headers; url: string }
  | { kind: 'notModified'; headers: Headers }
  | { kind: 'failed'; failure: HttpFailureKind; reason: string };

const failed = (failure: HttpFailureKind, reason: string): HttpGetResult => ({
  kind: 'failed',
  failure,
  reason,
});

/** The URL without its query (a portal URL may carry an API key). */
export function shownUrl(url: string): string {
  return url.replace(/[?#].*$/s, '');
}

/**
 * One GET under limits: redirects followed by hand (at most `maxRedirects`, http(s) only, so a
 * `file:` or `ftp:` location is refused), one time budget for the whole exchange, the body read
 * up to `maxBytes`. Never throws.
 */
export async function httpGet(
  url: string,
  limits: HttpGetLimits,
  headers: Record<string, string> = {},
): Promise<HttpGetResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      if (!/^https?:\/\//i.test(current))
        return failed('scheme', `adresse non http(s) : ${shownUrl(current).slice(0, 100)}`);
      const response = await fetch(current, {
        signal: controller.signal,
        headers,
        redirect: 'manual',
      });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (location === null)
          return failed('http_status', `HTTP ${response.status} sans Location`);
        if (redirects >= limits.maxRedirects)
          return failed('redirects', `plus de ${limits.maxRedirects} redirections`);
        current = new URL(location, current).href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'notModified', headers: response.headers };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return failed('http_status', `HTTP ${response.status} ${response.statusText}`.trim());
      }
      const tooLarge = failed('too_large', `trop volumineux (maximum ${limits.maxBytes} octets)`);
      if (Number(response.headers.get('content-length') ?? Number.NaN) > limits.maxBytes) {
        controller.abort();
        return tooLarge;
      }
      const bytes = response.body
        ? await readBody(response.body, limits.maxBytes)
        : new Uint8Array();
      return bytes === null
        ? tooLarge
        : { kind: 'body', bytes, headers: response.headers, url: current };
    }
  } catch (error) {
    if (controller.signal.aborted)
      return failed('timeout', `pas de réponse complète en ${limits.timeoutMs} ms`);
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return failed(
      'unreachable',
      `téléchargement impossible : ${(error as Error).message}${cause ? ` (${cause})` : ''}`,
    );
  } finally {
    clearTimeout(timer);
  }
}
