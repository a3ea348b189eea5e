import type { Handler } from '../turnContext.ts';
import { listOffers } from './listOffers.ts';
import { countOffers } from './countOffers.ts';
import { sortOffers } from './sortOffers.ts';
import { offerDetails, deadlineChanged } from './offerSummary.ts';
import { offerConditions, offerApply } from './documentQuestions.ts';
import { residenceEligibility } from './eligibility.ts';
import { glossary } from './glossary.ts';
import { deadline, requirements, salary, fieldHandlers } from './offerFields.ts';
import { offerContact } from './contact.ts';
import { greeting, thanks, goodbye, help, outOfScope, fallback } from './smallTalk.ts';

/** The handler of each intent; an intent without one gets the fallback. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  'offers.list': listOffers,
  'offers.count': countOffers,
  'offers.sort': sortOffers,
  'offer.details': offerDetails,
  'offer.deadlineChanged': deadlineChanged,
  'offer.conditions': offerConditions,
  'offer.apply': offerApply,
  'eligibility.residence': residenceEligibility,
  glossary,
  'offer.deadline': deadline,
  'offer.requirements': requirements,
  'offer.salary': salary,
  ...fieldHandlers,
  'offer.contact': offerContact,
  greeting,
  thanks,
  goodbye,
  help,
  outOfScope,
  fallback,
};
