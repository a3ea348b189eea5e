/** E-mail addresses and web links: `jean@gouv.nc`, `https://…`, `www.…`. */
const ADDRESS =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b(?:https?:\/\/|www\.)\S+/giu;

/**
 * The text with its e-mail addresses and links blanked: their parts are not
 * words of the question ("marie@gouv.nc" names no employer, "www.province-sud.nc"
 * no place).
 *
 * @example
 * withoutAddresses('écrire à marie@gouv.nc ?') // 'écrire à   ?'
 */
export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, ' ');
}
