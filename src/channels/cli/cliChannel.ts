import { defineChannel } from '../channel.ts';
import { renderText } from './renderText.ts';

/** The desk terminal (`npm run cli`): no HTTP route, no settings; its own process. */
export const cliChannel = defineChannel({
  name: 'cli',
  env: {},
  together: [],
  settings: () => ({}),
  routers: () => [],
  render: renderText,
});
