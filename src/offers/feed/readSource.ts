import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bytes of a feed source, or why they could not be had. */
export type SourceBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Limits on reading a source. */
export interface ReadSourceOptions {
  /** Largest accepted body or file, in bytes. */
  maxBytes: number;
  /** Time allowed for an HTTP request, body included, in ms. */
  timeoutMs: number;
}

/** True for an `http://` or `https://` source. */
export function isHttpSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** A short name for a source: the host of a URL, the file name of a path. */
export function sourceNameOf(source: string): string {
  if (isHttpSource(source)) return new URL(source).host;
  return basename(source.startsWith('file:') ? fileURLToPath(source) : source);
}

/** A response body up to `maxBytes` (null past it: the rest is not read). */
export async function readBody(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function fetchBytes(
  url: string,
  { maxBytes, timeoutMs }: ReadSourceOptions,
): Promise<SourceBytes> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { accept: 'text/csv, application/json, */*;q=0.5' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const tooLarge = {
      ok: false,
      reason: `réponse trop volumineuse (maximum ${maxBytes} octets)`,
    } as const;
    if (declared > maxBytes) {
      controller.abort();
      return tooLarge;
    }
    const bytes = response.body ? await readBody(response.body, maxBytes) : new Uint8Array();
    return bytes === null ? tooLarge : { ok: true, bytes };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, reason: `pas de réponse complète en ${timeoutMs} ms` };
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return {
      ok: false,
      reason: `téléchargement impossible : ${(error as Error).message}${cause ? ` (${cause})` : ''}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readLocal(source: string, maxBytes: number): Promise<SourceBytes> {
  try {
    const path = source.startsWith('file:') ? fileURLToPath(source) : source;
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: "ce n'est pas un fichier" };
    if (info.size > maxBytes)
      return {
        ok: false,
        reason: `fichier trop volumineux : ${info.size} octets (maximum ${maxBytes})`,
      };
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, reason: `lecture impossible : ${(error as Error).message}` };
  }
}

/**
 * Reads a feed source: an `http(s)://` URL (fetched with a timeout and a size cap),
 * a `file:` URL or a file path. Never throws.
 */
export async function readSource(source: string, options: ReadSourceOptions): Promise<SourceBytes> {
  if (isHttpSource(source)) return fetchBytes(source, options);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source) && !source.startsWith('file:')) {
    return {
      ok: false,
      reason: `source non prise en charge : ${source.slice(0, source.indexOf(':'))}`,
    };
  }
  return readLocal(source, options.maxBytes);
}
