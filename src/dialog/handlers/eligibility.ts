import { findResidenceClaim, residenceYears } from '../../nlu/entities/residenceYears.ts';
import { messages } from '../messages.fr.ts';
import { offerName } from '../render.ts';
import { aboutOffer } from './aboutOffer.ts';
import type { Handler } from '../turnContext.ts';

/**
 * "J'habite ici depuis 7 ans, je peux postuler ?": compares the residence the
 * user states with the one the offer requires, and says what it means.
 */
export const residenceEligibility: Handler = aboutOffer(
  'eligibility.residence',
  (entry, { understanding, today }) => {
    const name = offerName(entry);
    const required = entry.offer.residence;
    const claim = findResidenceClaim(understanding.words.join(' '));
    const lines: string[] = [];
    if (required === null && entry.offer.residenceRequired === null)
      lines.push(messages.residenceSilent(name));
    else if (required === null) lines.push(messages.residenceNone(name));
    else if (required.years === null) lines.push(messages.residenceText(name, required.text));
    else if (claim?.kind === 'citizen') lines.push(messages.residenceCitizen(name, required.years));
    else {
      const years = claim === null ? null : residenceYears(claim, today);
      if (years === null) lines.push(messages.residenceAsk(name, required.years));
      else if (years >= required.years)
        lines.push(messages.residenceEnough(name, years, required.years));
      else lines.push(messages.residenceShort(name, years, required.years));
    }
    if (required !== null) lines.push(messages.residenceMeaning);
    return { text: lines.join('\n') };
  },
);
