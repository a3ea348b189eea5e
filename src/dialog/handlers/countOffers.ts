import type { Handler } from '../turnContext.ts';
import { listOffers } from './listOffers.ts';

/**
 * "Combien d'offres…": the listing with the same filters, whose first sentence gives the number
 * ("3 offres ouvertes à Nouméa…"), then the offers counted.
 */
export const countOffers: Handler = (context) => {
  const result = listOffers(context);
  return {
    answer: { ...result.answer, intent: 'offers.count' },
    state: { ...result.state, lastIntent: 'offers.count' },
  };
};
