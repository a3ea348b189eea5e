import type { Handler } from '../turnContext.ts';
import { listOffers } from './listOffers.ts';
import { deadline, requirements, fieldHandlers } from './offerFields.ts';
import { greeting, thanks, goodbye, help, outOfScope, fallback } from './smallTalk.ts';

/** The handler of each intent; an intent without one gets the fallback. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  'offers.list': listOffers,
  'offer.deadline': deadline,
  'offer.requirements': requirements,
  ...fieldHandlers,
  greeting,
  thanks,
  goodbye,
  help,
  outOfScope,
  fallback,
};
