import { helpExamples } from '../helpExamples.ts';
import { messages } from '../messages.fr.ts';
import { answer } from '../render.ts';
import type { Handler } from '../turnContext.ts';

const START = [messages.quick.openOffers, messages.quick.help];

function say(intent: string, text: string, quickReplies: string[] = START): Handler {
  return ({ state }) => ({
    answer: answer(intent, text, { quickReplies }),
    state: { ...state, lastIntent: intent },
  });
}

export const greeting = say('greeting', messages.greeting);
export const thanks = say('thanks', messages.thanks);
export const goodbye = say('goodbye', messages.goodbye, []);
/** "Aide": what the assistant knows, with questions that work on the catalog being served. */
export const help: Handler = (context) =>
  say('help', messages.help(helpExamples(context.catalog, context.today)))(context);
export const outOfScope = say('outOfScope', messages.outOfScope);
export const fallback = say('fallback', messages.fallback);
