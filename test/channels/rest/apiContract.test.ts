import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offersRouter } from '../../../src/channels/rest/offersRoute.ts';
import { createApp } from '../../../src/server/app.ts';
import { healthRouter } from '../../../src/server/health.ts';
import { fixedClock } from '../../../src/time/clock.ts';
import { seedAssistant } from '../../helpers.ts';

/** The seed catalog on 2025-06-10: 0833 open (Dumbéa); 0699, 0648, 2014 closed; 0977 not yet published. */
const DAY = '2025-06-10';
const ADMIN = 'jeton-admin-de-test-0123456789';

interface Served {
  base: string;
  server: Server;
}

async function serve(settings: { httpRateLimitPerMinute?: number } = {}): Promise<Served> {
  const assistant = await seedAssistant(DAY);
  const clock = fixedClock(DAY);
  const app = createApp({
    assistant,
    catalog: () => assistant.catalog(),
    config: { sessionSecret: null, trustProxy: false, adminToken: ADMIN, ...settings },
    catalogStatus: () => ({
      offers: assistant.catalog().size,
      problems: [],
      loadedAt: '2025-06-10T00:00:00.000Z',
      lastReloadAt: null,
      reloads: 0,
      reloadErrors: 0,
    }),
    routers: [
      healthRouter({ catalogStatus: () => null }),
      offersRouter({ catalog: () => assistant.catalog(), clock }),
    ],
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, server };
}

let api: Served;
let document: OpenApi;

beforeAll(async () => {
  api = await serve();
  document = (await (await fetch(`${api.base}/api/openapi.json`)).json()) as OpenApi;
});
afterAll(() => new Promise((resolve) => api.server.close(resolve)));

interface OpenApi {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

interface Call {
  method: string;
  path: string;
  body?: string;
  type?: string;
  headers?: Record<string, string>;
}

async function call({ method, path, body, type, headers = {} }: Call) {
  const res = await fetch(`${api.base}${path}`, {
    method,
    headers: { ...(type ? { 'content-type': type } : {}), ...headers },
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  const json =
    text !== '' && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: res.status, headers: res.headers, body: json };
}

const json = 'application/json';
const ask = (body: unknown): Call => ({
  method: 'POST',
  path: '/api/ask',
  type: json,
  body: JSON.stringify(body),
});

/** The documented path (template) a concrete path falls under, if any. */
function documentedPath(path: string): string | undefined {
  const bare = path.split('?')[0] ?? '';
  return Object.keys(document.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare),
  );
}

function responseValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document as object, 'openapi');
  return (pointer: string) =>
    ajv.getSchema(`openapi#${pointer}`) ?? ajv.compile({ $ref: `openapi#${pointer}` });
}

const pointerSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** A vote on a fresh answer of `/api/ask` (the answer's id and token exist only once asked). */
async function voteOnAFreshAnswer(template: Call): Promise<Call> {
  const asked = await call(ask({ text: 'quels postes sont ouverts à Dumbéa ?' }));
  const { conversation, answerId } = asked.body as { conversation: string; answerId: string };
  return { ...template, body: JSON.stringify({ conversation, answerId, vote: 'up' }) };
}
const feedback = (body: unknown): Call => ({
  method: 'POST',
  path: '/api/feedback',
  type: json,
  body: JSON.stringify(body),
});

/** Every request the contract is checked with: one per documented answer at least. */
const CONTRACT: Array<{
  name: string;
  call: Call;
  status: number;
  code?: string;
  /** Completes the call with what only exists at run time (an answer's id). */
  prepare?: (c: Call) => Promise<Call>;
}> = [
  { name: 'a question', call: ask({ text: 'quels postes sont ouverts à Dumbéa ?' }), status: 200 },
  {
    name: 'invalid JSON',
    call: { ...ask({}), body: '{"text": "x"' },
    status: 400,
    code: 'invalid_json',
  },
  { name: 'no text', call: ask({ conversation: 'x' }), status: 400, code: 'text_required' },
  {
    name: 'a text too long',
    call: ask({ text: 'a'.repeat(501) }),
    status: 400,
    code: 'text_too_long',
  },
  {
    name: 'a body too large',
    call: ask({ text: 'a'.repeat(10_000) }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'a text/plain body',
    call: { method: 'POST', path: '/api/ask', type: 'text/plain', body: 'bonjour' },
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'GET /api/ask',
    call: { method: 'GET', path: '/api/ask' },
    status: 405,
    code: 'method_not_allowed',
  },
  { name: 'a vote', call: feedback({}), prepare: voteOnAFreshAnswer, status: 200 },
  {
    name: 'a vote neither up nor down',
    call: feedback({ conversation: 'x', answerId: 'y', vote: 'bof' }),
    status: 400,
    code: 'invalid_feedback',
  },
  {
    name: 'a vote on an unknown answer',
    call: feedback({ conversation: 'x', answerId: 'y', vote: 'up' }),
    status: 404,
    code: 'unknown_answer',
  },
  { name: 'the open offers', call: { method: 'GET', path: '/api/offers' }, status: 200 },
  {
    name: 'all the offers of Nouméa',
    call: { method: 'GET', path: '/api/offers?status=all&commune=noumea' },
    status: 200,
  },
  {
    name: 'an unknown parameter',
    call: { method: 'GET', path: '/api/offers?tri=date' },
    status: 400,
    code: 'unknown_parameter',
  },
  {
    name: 'a page too large',
    call: { method: 'GET', path: '/api/offers?pageSize=101' },
    status: 400,
    code: 'invalid_parameter',
  },
  {
    name: 'an unknown commune',
    call: { method: 'GET', path: '/api/offers?commune=atlantide' },
    status: 400,
    code: 'unknown_place',
  },
  { name: 'an offer', call: { method: 'GET', path: '/api/offers/3134-25-0699%2FSR' }, status: 200 },
  {
    name: 'an offer not published',
    call: { method: 'GET', path: '/api/offers/3134-25-0977%2FSR' },
    status: 404,
    code: 'not_found',
  },
  {
    name: 'a malformed reference',
    call: { method: 'GET', path: '/api/offers/abc' },
    status: 400,
    code: 'invalid_reference',
  },
  { name: 'the status', call: { method: 'GET', path: '/api/status' }, status: 200 },
  {
    name: 'the status with a wrong token',
    call: { method: 'GET', path: '/api/status', headers: { authorization: 'Bearer faux' } },
    status: 401,
    code: 'unauthorized',
  },
  { name: 'liveness', call: { method: 'GET', path: '/healthz' }, status: 200 },
  { name: 'readiness before the catalog', call: { method: 'GET', path: '/readyz' }, status: 503 },
  { name: 'the description', call: { method: 'GET', path: '/api/openapi.json' }, status: 200 },
  {
    name: 'an unknown path',
    call: { method: 'GET', path: '/api/nothing' },
    status: 404,
    code: 'not_found',
  },
];

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document, served at /api/openapi.json', async () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    const result = await new Validator().validate(
      structuredClone(document) as unknown as Record<string, unknown>,
    );
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('is refused by the validator once broken (the check can fail)', async () => {
    const broken = structuredClone(document) as unknown as Record<string, unknown>;
    delete broken.info;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it('describes every route an integrator uses', () => {
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/ask',
      '/api/feedback',
      '/api/offers',
      '/api/offers/{reference}',
      '/api/openapi.json',
      '/api/status',
      '/healthz',
      '/readyz',
    ]);
    expect(document.components.schemas).toHaveProperty('Error');
    expect(document.components.schemas.Answer).toHaveProperty('properties.answerId');
  });

  it('states the largest page size', () => {
    const list = document.paths['/api/offers']?.get as unknown as {
      parameters: Array<{ name: string; schema: { maximum?: number } }>;
    };
    expect(list.parameters.find((p) => p.name === 'pageSize')?.schema.maximum).toBe(100);
  });

  it('exercises every documented operation in the contract table', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const exercised = new Set(
      CONTRACT.map(({ call: c }) => `${c.method} ${documentedPath(c.path) ?? c.path}`),
    );
    expect(operations.filter((op) => !exercised.has(op))).toEqual([]);
  });
});

describe('real answers match the description', () => {
  it.each(CONTRACT)('$name → $status', async ({ call: c, status, code, prepare }) => {
    const res = await call(prepare ? await prepare(c) : c);
    expect(res.status).toBe(status);
    const validate = responseValidator();
    const template = documentedPath(c.path);
    const operation = template ? document.paths[template]?.[c.method.toLowerCase()] : undefined;
    const pointer =
      operation?.responses[String(status)] !== undefined
        ? `/paths/${pointerSegment(template ?? '')}/${c.method.toLowerCase()}/responses/${status}/content/${pointerSegment(json)}/schema`
        : '/components/schemas/Error';
    const check = validate(pointer);
    expect(check(res.body), JSON.stringify(check.errors)).toBe(true);
    if (code !== undefined) {
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/^[A-ZÀ-Ü]/);
    }
  });

  it('refuses the old error shape (the schema check can fail)', () => {
    const check = responseValidator()('/components/schemas/Error');
    expect(check({ error: 'Ressource introuvable.' })).toBe(false);
    expect(check({ error: { code: 'not_found', message: 'Ressource introuvable.' } })).toBe(true);
  });
});

describe('methods and content types', () => {
  it.each([
    ['GET', '/api/ask', 'POST'],
    ['PUT', '/api/ask', 'POST'],
    ['GET', '/api/feedback', 'POST'],
    ['DELETE', '/api/ask', 'POST'],
    ['POST', '/api/offers', 'GET, HEAD'],
    ['DELETE', '/api/offers/3134-25-0699%2FSR', 'GET, HEAD'],
    ['POST', '/api/status', 'GET, HEAD'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['PUT', '/api/openapi.json', 'GET, HEAD'],
  ])('%s %s → 405, Allow: %s', async (method, path, allow) => {
    const res = await call({ method, path });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.body.error.code).toBe('method_not_allowed');
  });

  it.each([
    ['OPTIONS', '/api/ask', 200],
    ['GET', '/api/inconnu', 404],
    ['PUT', '/api/inconnu', 404],
    ['HEAD', '/api/offers', 200],
  ])('%s %s → %i, not 405', async (method, path, status) => {
    const res = await call({ method, path });
    expect(res.status).toBe(status);
    if (method === 'OPTIONS') expect(res.headers.get('allow')).toBe('POST');
  });

  it.each([
    ['text/plain', 'bonjour', 415],
    ['application/x-www-form-urlencoded', 'text=bonjour', 415],
    ['text/html', '{"text":"bonjour"}', 415],
    ['application/json; charset=utf-8', '{"text":"bonjour"}', 200],
    ['application/json', '{}', 400],
  ])('POST /api/ask as %s → %i', async (type, body, status) => {
    const res = await call({ method: 'POST', path: '/api/ask', type, body });
    expect(res.status).toBe(status);
    if (status === 415) expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 429 with rate_limited once the budget is spent', async () => {
    const limited = await serve({ httpRateLimitPerMinute: 1 });
    try {
      await fetch(`${limited.base}/api/offers`);
      const res = await fetch(`${limited.base}/api/offers`);
      expect(res.status).toBe(429);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    } finally {
      await new Promise((resolve) => limited.server.close(resolve));
    }
  });
});

describe('GET /api/offers parameters', () => {
  const refs = (body: { offers: Array<{ reference: string }> }) =>
    body.offers.map((o) => o.reference.slice(8, 12));
  it.each([
    ['', ['0833']],
    ['status=open', ['0833']],
    ['status=closed', ['0699', '0648', '2014']],
    ['status=all', ['0833', '0699', '0648', '2014']],
    ['status=all&commune=noumea', ['0699', '2014']],
    ['status=closed&commune=hienghene', ['0648']],
    ['open=2025-06-05', ['0699']],
    ['open=2025-06-05&status=open', []],
  ])('%s → %j', async (query, expected) => {
    const res = await call({ method: 'GET', path: `/api/offers?${query}` });
    expect(res.status).toBe(200);
    expect(refs(res.body)).toEqual(expected);
  });

  it.each([
    ['status=ouvert', 'invalid_parameter', /open, closed, all/],
    ['tri=date', 'unknown_parameter', /paramètres reconnus : .*status/],
    ['pageSize=101', 'invalid_parameter', /100 au maximum/],
    ['pageSize=0', 'invalid_parameter', /pageSize/],
  ])('%s → 400 %s', async (query, code, message) => {
    const res = await call({ method: 'GET', path: `/api/offers?${query}` });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(message);
  });

  it('lists the known parameters and the page size maximum in the details', async () => {
    const unknown = await call({ method: 'GET', path: '/api/offers?tri=date&x=1' });
    expect(unknown.body.error.details).toMatchObject({ unknown: ['tri', 'x'] });
    expect(unknown.body.error.details.known).toEqual(
      expect.arrayContaining(['status', 'commune', 'direction', 'page', 'pageSize']),
    );
    const big = await call({ method: 'GET', path: '/api/offers?pageSize=500' });
    expect(big.body.error.details).toMatchObject({ parameter: 'pageSize', maximum: 100 });
  });
});

describe('offers carry their page URL and communes', () => {
  const page = (ref: string) => `${api.base}/offres/${encodeURIComponent(ref)}`;
  it.each([
    [ask({ text: 'quels postes sont ouverts à Dumbéa ?' }), 'offers'],
    [{ method: 'GET', path: '/api/offers' } as Call, 'offers'],
  ])('$path', async (c, key) => {
    const res = await call(c);
    expect(res.body[key].length).toBeGreaterThan(0);
    for (const offer of res.body[key]) {
      expect(offer.url).toBe(page(offer.reference));
      expect(offer.communes).toEqual(['Dumbéa']);
      expect(offer.documentUrl).toBeNull(); // a local document has no official URL
    }
  });

  it('gives the page and the communes of one offer', async () => {
    const res = await call({ method: 'GET', path: '/api/offers/3134-24-2014%2FSR' });
    expect(res.body).toMatchObject({ url: page('3134-24-2014/SR'), communes: ['Nouméa'] });
  });
});
