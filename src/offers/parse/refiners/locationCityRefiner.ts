import { cleanInline } from '../document.ts';
import type { Refiner } from '../types.ts';

const ENDS_WITH_POSTCODE = /\b98[89]\d\d\s*$/;
const CITY_LINE = /^[\p{Lu}][\p{Lu}\s'’-]*$/u;

/**
 * A place of work ending with a New Caledonian postcode ("206 rue Jacques IEKAWE
 * PK5 - 98841") lost its city in the PDF conversion: the city is the first
 * stand-alone upper-case line of the document's first part ("NOUMEA CEDEX").
 */
export const locationCityRefiner: Refiner = {
  name: 'locationCity',
  refine({ doc }, draft) {
    if (draft.location === null || !ENDS_WITH_POSTCODE.test(draft.location)) return;
    const city = doc.lines
      .slice(0, 60)
      .filter((line) => !/^\s*#/.test(line))
      .map(cleanInline)
      .find(
        (line) => CITY_LINE.test(line) && line.split(' ').length <= 3 && !/^PROVINCE\b/.test(line),
      );
    if (city === undefined) return;
    draft.location = `${draft.location} ${city}`;
    draft.warnings.push(
      `Ville du lieu de travail (« ${city} ») retrouvée hors de sa ligne dans le document.`,
    );
  },
};
