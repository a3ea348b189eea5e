import { defineChannel } from '../channel.ts';
import { webAssetsRouter } from './assets.ts';
import { renderWeb } from './renderWeb.ts';

/**
 * The widget: its assets here; its WebSocket (Botkit, loaded once the server listens) is attached
 * to the HTTP server by `deferWebChannel`, not mounted as a route. Always on.
 */
export const widgetChannel = defineChannel({
  name: 'web',
  env: {},
  together: [],
  settings: () => ({}),
  routers: () => [webAssetsRouter()],
  render: renderWeb,
});
