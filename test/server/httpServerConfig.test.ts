import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { httpServerOptions } from '../../src/server/httpServerConfig.ts';

describe('HTTP server timeouts: configuration', () => {
  it.each([
    [{}, { ms: [15_000, 10_000, 65_000], ttl: 12 * 3_600_000 }],
    [
      {
        HTTP_REQUEST_TIMEOUT_MS: '30000',
        HTTP_HEADERS_TIMEOUT_MS: '30000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '5000',
        CONVERSATION_TOKEN_TTL_MINUTES: '60',
      },
      { ms: [30_000, 30_000, 5_000], ttl: 3_600_000 },
    ],
  ])('%j → %j', (env, { ms, ttl }) => {
    const config = loadConfig(env);
    expect([
      config.httpRequestTimeoutMs,
      config.httpHeadersTimeoutMs,
      config.httpKeepAliveTimeoutMs,
    ]).toEqual(ms);
    expect(config.conversationTokenTtlMs).toBe(ttl);
  });

  it.each([
    [{ HTTP_REQUEST_TIMEOUT_MS: '500' }, /HTTP_REQUEST_TIMEOUT_MS : au moins 1000/],
    [
      { HTTP_KEEP_ALIVE_TIMEOUT_MS: '1.5' },
      /HTTP_KEEP_ALIVE_TIMEOUT_MS : attendu un nombre entier/,
    ],
    [{ HTTP_HEADERS_TIMEOUT_MS: 'vite' }, /HTTP_HEADERS_TIMEOUT_MS/],
    [
      { HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '6000' },
      /HTTP_HEADERS_TIMEOUT_MS : HTTP_HEADERS_TIMEOUT_MS doit être au plus HTTP_REQUEST_TIMEOUT_MS/,
    ],
    [{ CONVERSATION_TOKEN_TTL_MINUTES: '0' }, /CONVERSATION_TOKEN_TTL_MINUTES/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

/** Opens a raw connection, writes `first`, and collects what the server sends until it closes. */
function rawClient(port: number, first: string) {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {});
  socket.write(first);
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  return { socket, closed, received: () => received };
}

/** Writes one byte a second while the socket is writable; returns how many went. */
function dripInto(socket: net.Socket, byte: string): () => number {
  let sent = 0;
  const timer = setInterval(() => {
    if (socket.writable) socket.write(byte, () => (sent += 1));
  }, 1000);
  socket.once('close', () => clearInterval(timer));
  return () => sent;
}

describe('HTTP server timeouts: a real server on its options (request 2 s, headers 1 s, keep-alive 3 s)', () => {
  const server = http.createServer(
    httpServerOptions({
      httpRequestTimeoutMs: 2000,
      httpHeadersTimeoutMs: 1000,
      httpKeepAliveTimeoutMs: 3000,
    }),
    (req, res) => {
      req.resume().on('end', () => res.end('ok'));
    },
  );
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers 408 and closes a body dripped one byte a second, long before its end', async () => {
    const client = rawClient(port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n');
    const sent = dripInto(client.socket, 'a');
    expect(await client.closed).toMatch(/^HTTP\/1\.1 408 [\s\S]*^Connection: close/m);
    expect(sent()).toBeLessThan(20); // 2 s and the 1 s check, with a 10x margin
  });

  it('answers 408 to headers dripped one byte a second (slowloris)', async () => {
    const client = rawClient(port, 'GET / HTTP/1.1\r\nHost: x\r\n');
    const sent = dripInto(client.socket, 'X');
    expect(await client.closed).toMatch(/^HTTP\/1\.1 408 /);
    expect(sent()).toBeLessThan(10);
  });

  it('serves a kept-alive connection idle longer than the headers timeout, then closes it once idle past the keep-alive timeout', async () => {
    const client = rawClient(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 2000)); // idle: > headers timeout, < keep-alive
    client.socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const received = await client.closed; // then idle again until the server closes it
    expect(received.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    expect(received).not.toMatch(/408/);
    expect(received).toMatch(/^Keep-Alive: timeout=3/m);
  });
});
