import type { Answer } from '../../dialog/answer.ts';
import { defineChannel } from '../channel.ts';
import { offerPageRouter } from './offerPage.ts';
import { offersRouter } from './offersRoute.ts';

/**
 * The HTTP API: `/api/offers` and the offer pages here; `POST /api/ask` and its OpenAPI
 * description are mounted by `createApp` itself, as every app (tests' included) carries them.
 * Always on.
 */
export const restChannel = defineChannel({
  name: 'rest',
  env: {},
  together: [],
  settings: () => ({}),
  routers: (_settings, { catalog, clock }) => [
    offersRouter({ catalog, clock }),
    offerPageRouter({ catalog, clock }),
  ],
  /** The API's JSON is the Answer itself (`askRouter` adds the conversation token and links). */
  render: (answer: Answer): Answer => answer,
});
