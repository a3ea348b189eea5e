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
export const help = say('help', messages.help);
export const outOfScope = say('outOfScope', messages.outOfScope);
export const fallback = say('fallback', messages.fallback);
