import { Router } from 'express';
import { MAX_TEXT_LENGTH } from '../../createAssistant.ts';
import {
  LIST_PARAMETERS,
  OFFER_STATUS_FILTERS,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
} from './offersRoute.ts';
import type { ApiErrorCode } from './apiError.ts';
import { VOTES } from '../../dialog/learning/feedbackLog.ts';
import { MAX_ANSWER_ID_LENGTH } from './feedbackRoute.ts';

/** The API's version as the description states it: bumped on any change integrators see. */
export const API_VERSION = '1.1.0';

const ERROR_CODES: readonly ApiErrorCode[] = [
  'bad_request',
  'invalid_json',
  'text_required',
  'text_too_long',
  'unknown_parameter',
  'invalid_parameter',
  'unknown_place',
  'invalid_reference',
  'invalid_feedback',
  'unknown_answer',
  'unauthorized',
  'not_found',
  'method_not_allowed',
  'length_required',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'internal_error',
  'unavailable',
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonOf = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...jsonOf(ref('Error')) });
const nullableText = { type: ['string', 'null'] };
const day = { type: ['string', 'null'], format: 'date' };

/** Answers every route may give (limits, server errors). */
const COMMON_ERRORS = {
  '429': error('Trop de requêtes pour cette adresse (`rate_limited`), avec `Retry-After`.'),
  '500': error('Erreur interne (`internal_error`).'),
};

const OFFER_LINKS = {
  url: {
    type: 'string',
    format: 'uri',
    description: 'La page de l’offre sur ce serveur (`/offres/{reference}`).',
  },
  communes: {
    type: 'array',
    items: { type: 'string' },
    description: 'Les communes du poste (vide quand le document n’en nomme aucune).',
  },
};

const LIST_PARAMETER_SCHEMAS: Record<string, { schema: object; description: string }> = {
  status: {
    schema: { type: 'string', enum: OFFER_STATUS_FILTERS },
    description:
      'open (par défaut, sauf avec `open`), closed ou all. Une offre pas encore publiée n’est jamais servie.',
  },
  place: {
    schema: { type: 'string', maxLength: 100 },
    description: 'Commune, quartier ou province.',
  },
  commune: {
    schema: { type: 'string', maxLength: 100 },
    description: 'Commune (ou un de ses quartiers).',
  },
  province: { schema: { type: 'string', maxLength: 100 }, description: 'sud, nord ou îles.' },
  direction: {
    schema: { type: 'string', maxLength: 200 },
    description: 'Sigle (DT) ou mots du nom.',
  },
  employer: {
    schema: { type: 'string', maxLength: 200 },
    description: 'Mots du nom de l’employeur.',
  },
  corps: { schema: { type: 'string', maxLength: 200 }, description: 'Mots d’un des corps.' },
  open: {
    schema: { type: 'string', format: 'date' },
    description: 'Ouvertes ce jour-là (AAAA-MM-JJ) ; `status` vaut alors all par défaut.',
  },
  q: { schema: { type: 'string', maxLength: 200 }, description: 'Recherche plein texte.' },
  page: {
    schema: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
    description: 'Page, à partir de 1.',
  },
  pageSize: {
    schema: { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT },
    description: `Offres par page, ${PAGE_SIZE_MAX} au maximum.`,
  },
};

/**
 * The OpenAPI 3.1 description of the HTTP API, served at `/api/openapi.json`. Written by hand,
 * kept next to the routes; its bounds come from the routes' own constants, and
 * `test/channels/rest/apiContract.test.ts` checks real answers against it.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Offres d’emploi public de Nouvelle-Calédonie (AVP)',
    version: API_VERSION,
    description:
      'Questions en français et offres publiées. Toute erreur a la forme `{"error": {"code", "message"}}` : `code` est stable, `message` est en français.',
  },
  paths: {
    '/api/ask': {
      post: {
        summary: 'Poser une question à l’assistant',
        requestBody: {
          required: true,
          ...jsonOf({
            type: 'object',
            required: ['text'],
            properties: {
              text: { type: 'string', minLength: 1, maxLength: MAX_TEXT_LENGTH },
              conversation: {
                type: 'string',
                description: 'Le `conversation` de la réponse précédente, pour garder le contexte.',
              },
            },
          }),
        },
        responses: {
          '200': { description: 'La réponse.', ...jsonOf(ref('Answer')) },
          '400': error(
            'JSON invalide (`invalid_json`), texte absent ou vide (`text_required`), trop long (`text_too_long`).',
          ),
          '405': error('Méthode autre que POST (`method_not_allowed`), avec `Allow`.'),
          '413': error('Corps trop volumineux (`payload_too_large`).'),
          '415': error('Corps qui n’est pas du JSON (`unsupported_media_type`).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/feedback': {
      post: {
        summary: 'Dire si une réponse a aidé (👍/👎)',
        description:
          'Un vote par réponse, remplacé par le suivant. Seule la conversation qui a reçu la réponse peut voter : son jeton est exigé. La question est gardée sans données personnelles, avec l’intention, pour les administrateurs.',
        requestBody: {
          required: true,
          ...jsonOf({
            type: 'object',
            required: ['conversation', 'answerId', 'vote'],
            properties: {
              conversation: {
                type: 'string',
                description: 'Le `conversation` de la réponse notée.',
              },
              answerId: {
                type: 'string',
                maxLength: MAX_ANSWER_ID_LENGTH,
                description: 'L’`answerId` de la réponse notée.',
              },
              vote: { enum: VOTES, description: 'up (👍) ou down (👎).' },
            },
          }),
        },
        responses: {
          '200': {
            description: 'Le vote est compté.',
            ...jsonOf({
              type: 'object',
              required: ['answerId', 'vote'],
              additionalProperties: false,
              properties: { answerId: { type: 'string' }, vote: { enum: VOTES } },
            }),
          },
          '400': error('Corps incomplet ou vote autre que up ou down (`invalid_feedback`).'),
          '404': error(
            'Réponse inconnue, expirée, ou d’une autre conversation ; jeton invalide (`unknown_answer`).',
          ),
          '405': error('Méthode autre que POST (`method_not_allowed`), avec `Allow`.'),
          '413': error('Corps trop volumineux (`payload_too_large`).'),
          '415': error('Corps qui n’est pas du JSON (`unsupported_media_type`).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/offers': {
      get: {
        summary: 'Lister les offres publiées',
        parameters: LIST_PARAMETERS.map((name) => ({
          name,
          in: 'query',
          required: false,
          ...LIST_PARAMETER_SCHEMAS[name],
        })),
        responses: {
          '200': { description: 'Une page d’offres.', ...jsonOf(ref('OfferList')) },
          '400': error(
            `Paramètre inconnu (\`unknown_parameter\`, \`details.known\` liste les paramètres reconnus), valeur incorrecte (\`invalid_parameter\` ; pageSize ${PAGE_SIZE_MAX} au maximum) ou lieu inconnu (\`unknown_place\`).`,
          ),
          '405': error('Méthode autre que GET (`method_not_allowed`).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/offers/{reference}': {
      get: {
        summary: 'Une offre',
        parameters: [
          {
            name: 'reference',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description:
              'Référence sous toute forme écrite (`3134-25-0833/SR`, `/` encodé en %2F, ou `25-0833`) ; suffixe `.jsonld` pour le JSON-LD.',
          },
        ],
        responses: {
          '200': {
            description: 'L’offre ; en JobPosting schema.org avec `Accept: application/ld+json`.',
            content: {
              'application/json': { schema: ref('Offer') },
              'application/ld+json': { schema: { type: 'object' } },
            },
          },
          '400': error('Référence mal formée (`invalid_reference`).'),
          '404': error('Aucune offre publiée sous cette référence (`not_found`).'),
          '405': error('Méthode autre que GET (`method_not_allowed`).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/status': {
      get: {
        summary: 'État du catalogue',
        description:
          'Avec `Authorization: Bearer <ADMIN_TOKEN>`, ajoute `details` (premiers problèmes).',
        responses: {
          '200': { description: 'Comptes et dates.', ...jsonOf(ref('Status')) },
          '401': error('Jeton absent du serveur ou faux (`unauthorized`).'),
          '405': error('Méthode autre que GET (`method_not_allowed`).'),
          ...COMMON_ERRORS,
        },
      },
    },
    '/api/openapi.json': {
      get: {
        summary: 'Cette description',
        responses: { '200': { description: 'OpenAPI 3.1.', ...jsonOf({ type: 'object' }) } },
      },
    },
    '/healthz': {
      get: {
        summary: 'Vivacité',
        responses: {
          '200': {
            description: 'Le processus répond.',
            ...jsonOf({
              type: 'object',
              required: ['status'],
              properties: { status: { const: 'ok' } },
            }),
          },
        },
      },
    },
    '/readyz': {
      get: {
        summary: 'Disponibilité',
        responses: {
          '200': { description: 'Prêt.', ...jsonOf(ref('Readiness')) },
          '503': {
            description: 'Catalogue en chargement ou arrêt en cours.',
            ...jsonOf(ref('Readiness')),
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        additionalProperties: false,
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            additionalProperties: false,
            properties: {
              code: { type: 'string', enum: ERROR_CODES },
              message: { type: 'string', description: 'En français, pour un humain.' },
              details: {
                type: 'object',
                description: 'Pour un programme (paramètres reconnus, maximum...).',
              },
            },
          },
        },
      },
      OfferCard: {
        type: 'object',
        required: ['reference', 'title', 'status', 'deadline', 'publishedOn', 'url', 'communes'],
        properties: {
          reference: { type: 'string' },
          title: { type: 'string' },
          employer: nullableText,
          location: nullableText,
          publishedOn: day,
          deadline: day,
          status: { enum: ['open', 'closed'] },
          ...OFFER_LINKS,
        },
      },
      Answer: {
        type: 'object',
        required: ['conversation', 'text', 'offers', 'suggestions', 'quickReplies'],
        properties: {
          conversation: { type: 'string', description: 'À renvoyer avec la question suivante.' },
          answerId: {
            type: 'string',
            description:
              'L’identifiant de cette réponse, pour `POST /api/feedback` (absent quand la question ne garde aucun mot une fois nettoyée).',
          },
          text: { type: 'string', description: 'Texte brut en français.' },
          offers: { type: 'array', items: ref('OfferCard') },
          suggestions: { type: 'array', items: ref('OfferCard') },
          quickReplies: { type: 'array', items: { type: 'string' } },
          intent: { type: 'string' },
        },
      },
      OfferSummary: {
        type: 'object',
        required: ['reference', 'title', 'status', 'commune', 'province', 'url', 'communes'],
        properties: {
          reference: { type: 'string' },
          title: { type: 'string' },
          status: { enum: ['open', 'closed'] },
          commune: nullableText,
          province: nullableText,
          deadline: day,
          publishedOn: day,
          ...OFFER_LINKS,
        },
      },
      Offer: {
        allOf: [ref('OfferSummary')],
        description: 'Tous les champs de l’offre (textes longs compris).',
      },
      OfferList: {
        type: 'object',
        required: ['total', 'page', 'pageSize', 'offers'],
        properties: {
          total: { type: 'integer', minimum: 0 },
          page: { type: 'integer', minimum: 1 },
          pageSize: { type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX },
          offers: { type: 'array', items: ref('OfferSummary'), maxItems: PAGE_SIZE_MAX },
        },
      },
      Status: {
        type: 'object',
        required: ['offers', 'loadedAt', 'lastReloadAt', 'reloads', 'reloadErrors', 'problems'],
        properties: {
          offers: { type: 'integer', minimum: 0 },
          loadedAt: { type: 'string', format: 'date-time' },
          lastReloadAt: { type: ['string', 'null'], format: 'date-time' },
          reloads: { type: 'integer', minimum: 0 },
          reloadErrors: { type: 'integer', minimum: 0 },
          problems: { type: 'object' },
          details: { type: 'object' },
        },
      },
      Readiness: {
        type: 'object',
        required: ['ready', 'catalog', 'recognizer', 'webChannel'],
        properties: {
          ready: { type: 'boolean' },
          reason: { type: 'string' },
          catalog: {
            type: 'object',
            required: ['loaded', 'offers', 'loadedAt'],
            properties: {
              loaded: { type: 'boolean' },
              offers: { type: 'integer', minimum: 0 },
              loadedAt: { type: ['string', 'null'] },
            },
          },
          recognizer: { type: 'string' },
          webChannel: { type: 'string' },
          note: { type: 'string' },
        },
      },
    },
  },
} as const;

/** The methods each described path takes (for 405 and `Allow`), from the description itself. */
export const DESCRIBED_METHODS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(openApiDocument.paths).map(([path, item]) => [
    path,
    Object.keys(item).map((method) => method.toUpperCase()),
  ]),
);

/** `GET /api/openapi.json`: the description above. */
export function openApiRouter(): Router {
  const router = Router();
  const body = JSON.stringify(openApiDocument);
  router.get('/api/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('application/json').send(body);
  });
  return router;
}
