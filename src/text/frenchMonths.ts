/**
 * French calendar words, as offers print them, keyed by their normalised
 * spelling (see `normalize`): accented and unaccented forms both fold to these.
 */

/** Month number (1-12) by normalised French month name, with common abbreviations. */
export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/** Day of the week (0 = Sunday, as `Date.getUTCDay`) by normalised French weekday name. */
export const FRENCH_WEEKDAYS: Readonly<Record<string, number>> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
};
