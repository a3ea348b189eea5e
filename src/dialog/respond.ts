import { FALLBACK_INTENT } from '../nlu/understand.ts';
import { chooseIntent } from './contextPolicy.ts';
import { withoutInvisibleDeep } from '../text/invisible.ts';
import { HANDLERS } from './handlers/index.ts';
import type { TurnContext, TurnResult } from './turnContext.ts';

/**
 * Runs the handler of the intent chosen. The answer leaves without invisible format characters
 * (every channel renders this one answer): the catalog already serves offers without them,
 * this is the last defence for offer text and for the user's own words echoed back.
 */
export function respond(context: TurnContext): TurnResult {
  const intent = chooseIntent(context);
  const handler = HANDLERS[intent] ?? HANDLERS[FALLBACK_INTENT]!;
  const result = handler(context);
  const answer = withoutInvisibleDeep(result.answer);
  return answer === result.answer ? result : { ...result, answer };
}
