import { FALLBACK_INTENT } from '../nlu/understand.ts';
import { withoutInvisibleDeep } from '../text/invisible.ts';
import { HANDLERS } from './handlers/index.ts';
import type { TurnContext, TurnResult } from './turnContext.ts';

/** Intents that, when they are the classifier's choice, mean the user changed the subject. */
const TOPIC_INTENTS = new Set(['greeting', 'thanks', 'goodbye', 'help', 'offers.list']);

/**
 * Chooses the intent to act on (refining the classifier's with the context
 * and the entities), then runs its handler.
 */
export function chooseIntent(context: TurnContext): string {
  const { understanding, state } = context;
  const namesOffer =
    understanding.references.length > 0 ||
    context.catalog.namesTitle(understanding.text, context.today);
  if (state.pendingIntent !== null && namesOffer && !TOPIC_INTENTS.has(understanding.intent))
    return state.pendingIntent;
  if (understanding.intent === FALLBACK_INTENT && namesOffer) return 'offer.details';
  if (understanding.intent === FALLBACK_INTENT && understanding.places.length > 0)
    return 'offers.list';
  return understanding.intent;
}

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
