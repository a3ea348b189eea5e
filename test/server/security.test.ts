import http from 'node:http';
import { Router } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/assistant.ts';
import { webAssetsRouter } from '../../src/channels/web/assets.ts';
import { createApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { clientAddress, type SecuritySettings } from '../../src/server/security.ts';

const echo: Assistant = {
  ask: async ({ text }) => ({
    text,
    offers: [],
    suggestions: [],
    quickReplies: [],
    intent: 'echo',
  }),
};
const SECRET_DETAIL = 'mot de passe interne dans /srv/secret.txt';

function failing(): Router {
  const router = Router();
  router.get('/boom', () => {
    throw new Error(SECRET_DETAIL);
  });
  router.get('/boom-async', async () => {
    await Promise.resolve();
    throw Object.assign(new TypeError(SECRET_DETAIL), { code: 'EINTERNE' });
  });
  router.get('/boom-client', () => {
    throw Object.assign(new Error(SECRET_DETAIL), { status: 400, expose: true });
  });
  return router;
}

function app(security: Partial<SecuritySettings> = {}, errors: unknown[] = []) {
  return createApp({
    assistant: echo,
    config: { sessionSecret: null, trustProxy: false, ...security },
    routers: [failing(), webAssetsRouter()],
    onError: (error) => errors.push(error),
  });
}

describe('HTTP hygiene', () => {
  it('sends a strict CSP: own scripts only, same-host sockets, configured frame ancestors', async () => {
    const res = await request(app({ frameAncestors: ['https://partenaire.nc'] }))
      .get('/')
      .set('Host', 'bot.exemple.nc')
      .expect(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' ws://bot.exemple.nc wss://bot.exemple.nc");
    expect(csp).toContain("frame-ancestors 'self' https://partenaire.nc");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('forbids framing by others when no ancestor is configured; /embed.js is loadable cross-origin', async () => {
    const server = app();
    const page = await request(server).get('/').expect(200);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'self'(;|$)/);
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    const embed = await request(server).get('/embed.js').expect(200);
    expect(embed.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('answers 429 in French past the per-address HTTP rate', async () => {
    const server = app({ httpRateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) await request(server).get('/widget.css').expect(200);
    const limited = await request(server).get('/widget.css').expect(429);
    expect(limited.body.error.message).toMatch(/^Doucement…/);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('caps every body before any parser: 413 over the limit, 411 without a declared length', async () => {
    const server = app({ bodyLimitBytes: 1024 });
    const big = await request(server)
      .post('/nimporte-ou')
      .set('Content-Type', 'text/plain')
      .send('x'.repeat(2048))
      .expect(413);
    expect(big.body.error.message).toBe('Requête trop volumineuse.');
    const listener = http.createServer(server).listen(0, '127.0.0.1');
    await new Promise((resolve) => listener.once('listening', resolve));
    const { port } = listener.address() as { port: number };
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/api/ask',
          headers: { 'Content-Type': 'application/json' },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.write('{"text":');
      req.end('"bonjour"}');
    });
    listener.closeAllConnections();
    listener.close();
    expect(status).toBe(411);
  });

  it('never sends a stack or an internal message; the error handler sees them', async () => {
    const errors: unknown[] = [];
    const server = app({}, errors);
    for (const path of ['/boom', '/boom-async']) {
      const res = await request(server).get(path).expect(500);
      expect(res.body).toEqual({
        error: {
          code: 'internal_error',
          message: 'Une erreur interne est survenue. Réessayez dans un instant.',
        },
      });
      expect(res.text).not.toMatch(/secret|EINTERNE|at .*\.ts|Error/);
    }
    expect(errors).toHaveLength(2);
    const client = await request(server).get('/boom-client').expect(400);
    expect(client.body).toEqual({ error: { code: 'bad_request', message: 'Requête invalide.' } });
    const badJson = await request(server)
      .post('/api/ask')
      .set('Content-Type', 'application/json')
      .send('{"text": tru')
      .expect(400);
    expect(badJson.text).not.toMatch(/Unexpected|position|SyntaxError/);
  });

  it('computes a socket client address the way Express computes req.ip', () => {
    const express = createApp({ assistant: echo, config: { sessionSecret: null, trustProxy: 1 } });
    const req = {
      headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' },
      socket: { remoteAddress: '10.0.0.2' },
    } as unknown as http.IncomingMessage;
    expect(clientAddress(express)(req)).toBe('198.51.100.7');
    const direct = createApp({
      assistant: echo,
      config: { sessionSecret: null, trustProxy: false },
    });
    expect(clientAddress(direct)(req)).toBe('10.0.0.2');
  });
});

describe('security settings', () => {
  it('has safe defaults and reads every setting', () => {
    expect(loadConfig({})).toMatchObject({
      allowedOrigins: [],
      frameAncestors: [],
      bodyLimitBytes: 32 * 1024,
      trustProxy: false,
    });
    const config = loadConfig({
      ALLOWED_ORIGINS: 'https://partenaire.nc, https://autre.nc/',
      FRAME_ANCESTORS: 'https://*.gouv.nc',
      BODY_LIMIT_KB: '8',
      HTTP_RATE_LIMIT_PER_MINUTE: '60',
      WS_SESSION_MESSAGES_PER_MINUTE: '10',
      WS_IP_MESSAGES_PER_MINUTE: '50',
      WS_MAX_CONNECTIONS_PER_IP: '5',
      TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      allowedOrigins: ['https://partenaire.nc', 'https://autre.nc'],
      frameAncestors: ['https://*.gouv.nc'],
      bodyLimitBytes: 8192,
      httpRateLimitPerMinute: 60,
      wsSessionMessagesPerMinute: 10,
      wsIpMessagesPerMinute: 50,
      wsMaxConnectionsPerIp: 5,
      trustProxy: 1,
    });
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://partenaire.nc' }).frameAncestors).toEqual([
      'https://partenaire.nc',
    ]);
  });

  it('refuses origins that could inject into the CSP', () => {
    expect(() =>
      loadConfig({ FRAME_ANCESTORS: "https://a.nc; script-src 'unsafe-inline'" }),
    ).toThrow(/FRAME_ANCESTORS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'javascript:alert(1)' })).toThrow(/ALLOWED_ORIGINS/);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://a.nc/chemin' })).toThrow(/ALLOWED_ORIGINS/);
  });
});
